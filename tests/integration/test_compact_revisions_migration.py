"""Migration 0013 (revisions as 16 bytes, partial and fewer indexes) keeps every row of every table.

The ledger of the 0012 test (the demo's records, an attachment, audit entries, a data exchange with an
open conflict) is taken back to 0013 (later migrations have their own tests), then to 0012, read row
by row, upgraded and read again, then down and up once more. Revisions are compared as the app sees
them (32 hex digits); their storage is checked too: text at 0012, 16 bytes at 0013 — except text that
is not 32 lowercase hex digits, which stays as it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

import app.db.migrate as migrate
from app.db import Database
from app.db.engine import create_db_engine
from app.models import load_all
from app.models._base import StoredRevision, revision_of
from app.models.suggestions import Suggestion
from app.services.hub import Services
from app.services.integrity import check_database
from tests.integration.test_compact_storage_migration import ledger, schema_objects
from tests.support import ADMIN_ACTOR

load_all()
__all__ = ["ledger"]  # the 0012 test's ledger, built for this module too

DROPPED = {"ix_consultation_session_platform_id", "ix_suggestion_platform_id", "ix_attendance_session_status"}
PARTIAL = {
    "ix_follow_up_event_kind_day": "kind IN ('reminder', 'supervision', 'call')",
    "ix_follow_up_event_session_id": "session_id IS NOT NULL",
    "ix_suggestion_activity_id": "activity_id IS NOT NULL",
}
ODD = ("R-1", "ABCDEF0123456789ABCDEF0123456789")  # text no revision of the app has: kept as text


def _revision_columns() -> set[tuple[str, str]]:
    return {
        (table.name, column.name)
        for table in SQLModel.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, StoredRevision)
    }


REVISIONS = _revision_columns()


def snapshot(path: Path) -> tuple[dict[str, list[tuple[Any, ...]]], set[tuple[type, int]]]:
    """Every row of every table (revisions as the app reads them), and how the revisions are stored."""
    conn = sqlite3.connect(path)
    try:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        tables = [n for (n,) in conn.execute(query)]
        rows: dict[str, list[tuple[Any, ...]]] = {}
        stored: set[tuple[type, int]] = set()
        for table in tables:
            if table == "alembic_version":
                continue
            names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            revision = [(table, n) in REVISIONS for n in names]
            try:
                found = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid').fetchall()
                revision = [False, *revision]
            except sqlite3.OperationalError:  # WITHOUT ROWID (the full-text index's own tables)
                found = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            rows[table] = [
                tuple(revision_of(v) if r else v for r, v in zip(revision, row, strict=True)) for row in found
            ]
            for row in found:
                for r, v in zip(revision, row, strict=True):
                    if r and v is not None and v not in ODD:
                        stored.add((type(v), len(v)))
        return rows, stored
    finally:
        conn.close()


def index_sql(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        return dict(found.fetchall())


def test_every_revision_column_is_converted() -> None:
    """The migration converts columns by name: every StoredRevision column is named so, and only they."""
    assert {c for _t, c in REVISIONS} == {"revision", "parent_revision"}
    assert ("suggestion", "revision") in REVISIONS and ("exchange_base", "revision") in REVISIONS
    named = {
        (t.name, c.name) for t in SQLModel.metadata.tables.values() for c in t.columns if "revision" in c.name
    }
    assert named == REVISIONS


def test_the_upgrade_keeps_every_row_and_the_downgrade_too(ledger: Path) -> None:
    engine = create_db_engine(ledger)
    migrate.downgrade(engine, "0013")  # this test is 0013's; later migrations have their own
    engine.dispose()
    head_rows, head_stored = snapshot(ledger)
    assert head_stored == {(bytes, 16)}
    assert all(head_rows[t] for t in ("suggestion", "follow_up_event", "exchange_base", "exchange_conflict"))
    head_objects, head_indexes = schema_objects(ledger), index_sql(ledger)
    for name, where in PARTIAL.items():
        assert head_indexes[name].endswith(f"WHERE {where}")
    engine = create_db_engine(ledger)
    try:
        migrate.downgrade(engine, "0012")
        old_rows, old_stored = snapshot(ledger)
        assert old_stored == {(str, 32)}  # 0012's layout exactly
        assert old_rows == head_rows
        old_objects, old_indexes = schema_objects(ledger), index_sql(ledger)
        assert old_objects["index"] - head_objects["index"] == DROPPED
        assert head_objects["index"] - old_objects["index"] == set()
        assert all("WHERE" not in old_indexes[name] for name in PARTIAL)
        with sqlite3.connect(ledger) as conn:  # revisions the app never writes, from elsewhere
            conn.execute("UPDATE suggestion SET revision = ? WHERE rowid = 1", (ODD[0],))
            conn.execute("UPDATE suggestion SET parent_revision = ? WHERE rowid = 2", (ODD[1],))
        old_rows, _ = snapshot(ledger)

        migrate.upgrade(engine, backup=False, revision="0013")
        assert migrate.current_revision(engine) == "0013"
        new_rows, new_stored = snapshot(ledger)
        assert new_stored == {(bytes, 16)}
        assert new_rows == old_rows
        assert schema_objects(ledger) == head_objects and index_sql(ledger) == head_indexes
        with sqlite3.connect(ledger) as conn:
            kept = conn.execute("SELECT revision, parent_revision FROM suggestion WHERE rowid IN (1, 2)")
            assert [v for row in kept.fetchall() for v in row if isinstance(v, str)] == list(ODD)
        migrate.upgrade(engine, backup=False)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    db = Database(create_db_engine(ledger))
    try:
        assert check_database(db).problems == []
        with db.session(write=False) as s:  # the app reads the same revisions
            oldest = sa.select(Suggestion).order_by(sa.text("suggestion.rowid")).limit(1)
            first = s.execute(oldest).scalar_one()
            assert first.revision == ODD[0]
        services = Services(db, ADMIN_ACTOR)
        hits = services.search.search("河道整治")
        assert "河道整治协商" in [h.title for h in hits]
    finally:
        db.dispose()
