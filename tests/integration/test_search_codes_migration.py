"""Migration 0014 (the search index's codes for 类别, 办理结果, 形式, 议题来源) indexes every record anew.

A demo ledger is taken back to 0013 — its index rebuilt in 0013's format, without those codes and with
the documents' lengths — then upgraded again. The records are the same row for row on both sides; at
the head each record has one index entry, dated as before and with the fingerprint the app computes
for it (so the migration writes what the app writes), and the index answers each new code with exactly
the records that have that value.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

import app.db.migrate as migrate
from app.db import Database
from app.db.engine import create_db_engine
from app.models.enums import ResultClass, SessionForm, SessionState, SuggestionCategory, TopicSource
from app.services import search_docs as docs
from app.services.hub import Services
from app.services.integrity import check_database
from app.services.listing import ListQuery
from tests.support import ADMIN_ACTOR, demo_ledger

TODAY = date(2026, 6, 30)
# (kind, table, column, the app's code of a value, the values)
CODED = (
    (docs.KIND_SESSION, "consultation_session", "form", docs.form_code, list(SessionForm)),
    (docs.KIND_SESSION, "consultation_session", "topic_source", docs.source_code, list(TopicSource)),
    (docs.KIND_SUGGESTION, "suggestion", "category", docs.category_code, list(SuggestionCategory)),
    (docs.KIND_SUGGESTION, "suggestion", "result_class", docs.result_code, list(ResultClass)),
)


def records(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the index's own."""
    with sqlite3.connect(path) as conn:
        names = [
            n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {
            n: conn.execute(f'SELECT rowid, * FROM "{n}" ORDER BY rowid').fetchall()
            for n in names
            if not n.startswith("search_") and n != "alembic_version"
        }


def entries(path: Path) -> dict[bytes, tuple[str, int, int]]:
    """Each record's index entry: kind, fingerprint and the day its rowid holds."""
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT doc_id, kind, fingerprint, fts_rowid FROM search_doc").fetchall()
    return {doc_id: (kind, fp, rowid >> docs.DAY_SHIFT) for doc_id, kind, fp, rowid in found}


def index_table(path: Path) -> tuple[str, set[str]]:
    with sqlite3.connect(path) as conn:
        [(sql,)] = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchall()
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search_fts_%'")}
    return sql, tables


def answered(path: Path, kind: str, code: str) -> set[bytes]:
    """The records the index names for the record kind and `code`."""
    match = f'"{docs.kind_code(kind)}" AND "{code}"'
    sql = (
        "SELECT d.doc_id FROM search_fts f JOIN search_doc d ON d.fts_rowid = f.rowid"
        " WHERE search_fts MATCH ?"
    )
    with sqlite3.connect(path) as conn:
        return {doc_id for (doc_id,) in conn.execute(sql, (match,))}


def having(path: Path, table: str, column: str, value: str) -> set[bytes]:
    with sqlite3.connect(path) as conn:
        return {i for (i,) in conn.execute(f"SELECT id FROM {table} WHERE {column} = ?", (value,))}


def app_fingerprints(path: Path) -> dict[bytes, int]:
    """The fingerprint the app gives each record's document now."""
    out: dict[bytes, int] = {}
    with sqlite3.connect(path) as conn:
        for table, attrs, make in (
            ("consultation_session", docs.SESSION_ATTRS, docs.session_doc),
            ("suggestion", docs.SUGGESTION_ATTRS, docs.suggestion_doc),
        ):
            for row in conn.execute(f"SELECT id, {', '.join(attrs)} FROM {table}"):
                doc = make(dict(zip(("id", *attrs), row, strict=True)))
                out[doc.stored_id] = doc.fingerprint
    return out


def test_the_index_is_made_anew_with_the_codes_and_every_record_kept(
    migrated_template: Path, tmp_path: Path
) -> None:
    path = demo_ledger(migrated_template, tmp_path / "city.sqlite3", sessions=40, seed=7, today=TODAY)
    head_records, head_entries = records(path), entries(path)
    assert all(head_records[t] for t in ("consultation_session", "suggestion", "follow_up_event"))
    assert len(head_entries) == len(head_records["consultation_session"]) + len(head_records["suggestion"])
    engine = create_db_engine(path)
    try:
        migrate.downgrade(engine, "0013")
        assert records(path) == head_records
        sql, tables = index_table(path)
        assert "columnsize" not in sql and "search_fts_docsize" in tables  # 0013's table
        old = entries(path)
        assert {i: (k, d) for i, (k, _f, d) in old.items()} == {
            i: (k, d) for i, (k, _f, d) in head_entries.items()
        }
        for kind, _table, column, code, values in CODED:
            for value in values:
                assert answered(path, kind, code(value)) == set(), (column, value)  # not in 0013's format
        assert answered(path, docs.KIND_SUGGESTION, docs.result_code(None)) == set()
        for state in SessionState:  # the codes 0013 had answer as they did
            held = having(path, "consultation_session", "state", state.value)
            assert answered(path, docs.KIND_SESSION, docs.state_code(state)) == held

        migrate.upgrade(engine, backup=False)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    assert records(path) == head_records
    assert entries(path) == head_entries  # each record dated as before, with the app's own fingerprint
    assert {i: fp for i, (_k, fp, _d) in entries(path).items()} == app_fingerprints(path)
    sql, tables = index_table(path)
    assert "columnsize=0" in sql and "search_fts_docsize" not in tables
    for kind, table, column, code, values in CODED:
        named: set[bytes] = set()
        for value in values:
            found = answered(path, kind, code(value))
            assert found == having(path, table, column, value.value), (column, value)
            named |= found
        assert named, column
    with sqlite3.connect(path) as conn:
        unclassed = {i for (i,) in conn.execute("SELECT id FROM suggestion WHERE result_class IS NULL")}
    # a suggestion not yet classed has the code for none instead
    assert unclassed and answered(path, docs.KIND_SUGGESTION, docs.result_code(None)) == unclassed

    db = Database(create_db_engine(path))
    try:
        assert check_database(db).problems == []
        services = Services(db, ADMIN_ACTOR)
        assert services.search.search("停车")
        rows = services.suggestions.list(
            ListQuery(search="停车", sort="category", limit=None, count=False)
        ).rows
        with db.session(write=False) as s:
            wanted = s.execute(
                sa.text("SELECT count(*) FROM suggestion WHERE archived_at IS NULL")
            ).scalar_one()
        assert 0 < len(rows) < wanted
        assert [r["category"] for r in rows] == sorted(r["category"] for r in rows)
    finally:
        db.dispose()
