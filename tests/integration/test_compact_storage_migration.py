"""Migration 0012 (compact ids and moments, fewer indexes) keeps every row of every table.

A ledger with records of every kind — the demo's sessions, suggestions, events and accounts, plus an
attachment, audit entries, revisions and an open conflict from a data exchange — is taken back to
0011's storage, read row by row (values as Python sees them), upgraded to 0012 and read again; then
down and up once more. The storage itself is checked too: 32 hex digits and SQLAlchemy's text moments
at 0011, 16 bytes and integers at 0012.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel

import app.db.migrate as migrate
from app.db import Database, open_database
from app.db.engine import create_db_engine
from app.models import load_all
from app.models._base import StoredUuid, UTCDateTime, moment_of, uuid_of
from app.models.sessions import ConsultationSessionUpdate
from app.services.attachments import AttachmentService
from app.services.demo import load_demo
from app.services.exchange import ExchangeService
from app.services.hub import Services
from app.services.integrity import check_database
from app.services.search_docs import search_doc
from tests.exchange_support import CLERK, add_session, export, make_db, seed_office, sign_in
from tests.support import ADMIN_ACTOR

load_all()
DROPPED = {
    "ix_session_attendance_session_id",
    "ix_session_attendance_member_id",
    "ix_suggestion_unit_suggestion_id",
    "ix_follow_up_event_kind",
    "ix_handling_unit_name",
    "ix_platform_name",
    "ix_activity_attendance_activity_id",
    "ix_user_platform_user_id",
    "ix_follow_up_event_happened_on",
    "ix_session_state_held",
    "ix_member_name_key",
    "ix_handling_unit_name_key",
    "ix_platform_name_key",
    "ix_result_outcome_achieved_on",
    "ix_attachment_sha256",
    "ix_exchange_package_package_id",
    "ix_exchange_tombstone_deleted_at",
}


# Tables the ledger must have rows in, so that the comparison covers them.
EXPECTED = (
    "suggestion", "follow_up_event", "app_user", "audit_entry", "attachment", "attachment_chunk",
    "exchange_base", "exchange_conflict", "exchange_package", "search_doc", "document_number",
)  # fmt: skip


def _kinds() -> dict[tuple[str, str], str]:
    """(table, column) → 'id' or 'moment', from the models (and the search index's own table)."""
    out: dict[tuple[str, str], str] = {("search_doc", "doc_id"): "id"}
    for table in [*SQLModel.metadata.tables.values(), search_doc]:
        for column in table.columns:
            if isinstance(column.type, StoredUuid):
                out[(table.name, column.name)] = "id"
            elif isinstance(column.type, UTCDateTime):
                out[(table.name, column.name)] = "moment"
    return out


KINDS = _kinds()


def _as_python(kind: str | None, value: Any) -> Any:
    if value is None or kind is None:
        return value
    return uuid_of(value) if kind == "id" else moment_of(value)


def snapshot(path: Path) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, set[Any]]]:
    """Every row of every table (rowid first where there is one) as Python sees it; the stored types."""
    conn = sqlite3.connect(path)
    try:
        query = (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'alembic_version' ORDER BY name"
        )
        tables = [n for (n,) in conn.execute(query)]
        rows: dict[str, list[tuple[Any, ...]]] = {}
        stored: dict[str, set[Any]] = {"id": set(), "moment": set()}
        for table in tables:
            names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            kinds = [KINDS.get((table, n)) for n in names]
            try:
                found = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid').fetchall()
                kinds = [None, *kinds]
            except sqlite3.OperationalError:  # WITHOUT ROWID (the full-text index's own tables)
                found = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            rows[table] = [tuple(_as_python(k, v) for k, v in zip(kinds, r, strict=True)) for r in found]
            for r in found:
                for k, v in zip(kinds, r, strict=True):
                    if k is not None and v is not None:
                        stored[k].add(type(v) if k == "moment" else (type(v), len(v)))
        return rows, stored
    finally:
        conn.close()


def schema_objects(path: Path) -> dict[str, set[str]]:
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    out: dict[str, set[str]] = {"index": set(), "trigger": set(), "table": set()}
    for kind, name in found:
        out.setdefault(kind, set()).add(name)
    return out


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger at the head with records of every kind (built once: the demo takes a while)."""
    folder = tmp_path_factory.mktemp("ledger")
    template = folder / "template.sqlite3"
    open_database(template).dispose()
    office = seed_office(make_db(template, folder, "office"))
    load_demo(office.db, sessions=200, seed=2024, actor=ADMIN_ACTOR, today=date(2026, 11, 30))
    station = make_db(template, folder, "station")
    ExchangeService.set_up_station(
        station, export(office.db, CLERK, folder / "setup.zip", [office.platforms[0]])
    )
    coordinator = sign_in(station, "station1")
    session = add_session(station, coordinator, office.platforms[0], "河道整治协商")
    ExchangeService(office.db, CLERK).import_package(export(station, coordinator, folder / "a.zip"))
    Services(station, coordinator).sessions.update(session, ConsultationSessionUpdate(minutes="站里写的纪要"))
    Services(office.db, CLERK).sessions.update(session, ConsultationSessionUpdate(minutes="办公室改的纪要"))
    summary = ExchangeService(office.db, CLERK).import_package(export(station, coordinator, folder / "b.zip"))
    assert summary.counts["session"]["conflicts"] == 1  # an open conflict, kept in exchange_conflict
    scan = folder / "签到表.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the sign-in sheet")
    AttachmentService(office.db, CLERK).add(scan, session_id=session, description="签到表")
    office.db.dispose()
    station.dispose()
    return folder / "office.sqlite3"


def _tables_with_rows(rows: dict[str, list[tuple[Any, ...]]]) -> set[str]:
    return {t for t, r in rows.items() if r}


def test_the_upgrade_keeps_every_row_and_the_downgrade_too(ledger: Path) -> None:
    engine = create_db_engine(ledger)
    migrate.downgrade(engine, "0012")  # this test is 0012's; later migrations have their own
    head_rows, head_stored = snapshot(ledger)
    for table in EXPECTED:
        assert head_rows[table], f"the ledger has no {table} rows"
    assert head_stored == {"id": {(bytes, 16)}, "moment": {int}}
    head_objects = schema_objects(ledger)
    try:
        migrate.downgrade(engine, "0011")
        assert migrate.current_revision(engine) == "0011"
        old_rows, old_stored = snapshot(ledger)
        assert old_stored == {"id": {(str, 32)}, "moment": {str}}  # 0011's layout exactly
        assert old_rows == head_rows
        old_objects = schema_objects(ledger)
        assert old_objects["index"] - head_objects["index"] == DROPPED
        assert old_objects["trigger"] == head_objects["trigger"]
        with sqlite3.connect(ledger) as conn:  # moments as SQLAlchemy's DateTime writes them
            [(moment,)] = conn.execute("SELECT created_at FROM suggestion LIMIT 1").fetchall()
        assert len(moment) == 26 and moment[10] == " " and moment[19] == "."

        migrate.upgrade(engine, backup=False, revision="0012")
        assert migrate.current_revision(engine) == "0012"
        new_rows, new_stored = snapshot(ledger)
        assert new_stored == {"id": {(bytes, 16)}, "moment": {int}}
        assert new_rows == old_rows
        assert schema_objects(ledger) == head_objects
        migrate.upgrade(engine, backup=False)
    finally:
        engine.dispose()
    db = Database(create_db_engine(ledger))
    try:
        # the app's own check: references, search index, attachments' content, the audit hash chain
        assert check_database(db).problems == []
        hits = Services(db, ADMIN_ACTOR).search.search("河道整治")
        assert "河道整治协商" in [h.title for h in hits]  # the search index still finds by the stored ids
    finally:
        db.dispose()
