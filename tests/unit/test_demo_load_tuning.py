"""How the demo's large load is written: ids in write order, the same rows whatever the batching, and
every setting the load changes (collector, page cache, heap limit, indexes) put back afterwards."""

from __future__ import annotations

import gc
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.db import Database
from app.db.engine import create_db_engine
from app.services.demo import generator, load_demo
from app.services.demo.draw import DemoRandom
from app.services.demo.writer import Stamper
from tests.support import ADMIN_ACTOR, demo_ledger

TODAY = date(2025, 6, 30)
WRITTEN = ("consultation_session", "suggestion", "follow_up_event", "session_attendance", "suggestion_unit")


def test_ids_count_up_in_the_layout_of_uuid_version_7() -> None:
    stamper = Stamper(DemoRandom("5"), ids_from=TODAY)
    ids = [stamper.uuid() for _ in range(50)]
    assert ids == sorted(ids) and len(set(ids)) == 50
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert all(uuid.UUID(str(i)) == i and hash(uuid.UUID(str(i))) == hash(i) for i in ids)
    start = int(datetime(2025, 6, 30, tzinfo=UTC).timestamp() * 1000)  # milliseconds from that day on
    assert [i.int >> 80 for i in ids] == list(range(start + 1, start + 51))
    again = Stamper(DemoRandom("5"), ids_from=TODAY)
    assert [again.uuid() for _ in range(50)] == ids  # the seed decides them


def _ids_in_write_order(path: Path, table: str) -> list[bytes]:
    engine = create_db_engine(path)
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table} ORDER BY rowid")]
    finally:
        engine.dispose()


def test_each_table_is_written_in_the_order_of_its_ids(migrated_template: Path, tmp_path: Path) -> None:
    path = demo_ledger(migrated_template, tmp_path / "demo.sqlite3", sessions=120, seed=4, today=TODAY)
    for table in WRITTEN:
        ids = _ids_in_write_order(path, table)
        assert ids and ids == sorted(ids), table  # each insert goes to the end of the primary-key index


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    engine = create_db_engine(path)
    try:
        with engine.connect() as conn:
            return {t: list(conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")) for t in WRITTEN}
    finally:
        engine.dispose()


def test_rounds_and_memo_size_do_not_change_the_rows(
    migrated_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual = _dump(demo_ledger(migrated_template, tmp_path / "a.sqlite3", sessions=90, seed=11, today=TODAY))
    monkeypatch.setattr(generator, "CHUNK", 7)  # many small rounds
    monkeypatch.setattr("app.db.bulk.MEMO_LIMIT", 5)  # converted moments evicted all the time
    small = _dump(demo_ledger(migrated_template, tmp_path / "b.sqlite3", sessions=90, seed=11, today=TODAY))
    assert small == usual


def test_the_load_puts_back_what_it_changed(migrated_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(migrated_template.read_bytes())
    db = Database(create_db_engine(path))

    def settings() -> tuple[object, ...]:
        with db.engine.connect() as conn:
            run = conn.exec_driver_sql
            indexes = run("SELECT count(*) FROM sqlite_master WHERE type = 'index'").scalar()
            return (
                run("PRAGMA soft_heap_limit").scalar(),
                run("PRAGMA journal_mode").scalar(),
                run("PRAGMA foreign_keys").scalar(),
                indexes,
            )

    before = settings()
    assert gc.isenabled()
    load_demo(db, sessions=30, seed=2, actor=ADMIN_ACTOR, today=TODAY)
    assert gc.isenabled()
    assert settings() == before
    db.dispose()
