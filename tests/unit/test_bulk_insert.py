"""The bulk paths store exactly what the ordinary ones store: Core inserts through the column types,
and audit entries chained in a buffer."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.db import Database
from app.db.bulk import TableInserter
from app.db.engine import create_db_engine
from app.models import FollowUpEvent, HandlingUnit, Suggestion
from app.models._base import table_of
from app.models.enums import AuditAction, EventKind
from app.services import audit_chain
from tests.support import ADMIN_ACTOR


def _unit_and_suggestion(conn: sa.Connection) -> tuple[uuid.UUID, uuid.UUID]:
    now = datetime(2025, 3, 1, 2, 30, tzinfo=UTC)
    unit_id, suggestion_id = uuid.uuid4(), uuid.uuid4()
    conn.execute(sa.insert(table_of(HandlingUnit)).values(id=unit_id, created_at=now, updated_at=now,
                 version=1, name="市交通运输局"))  # fmt: skip
    conn.execute(sa.insert(table_of(Suggestion)).values(id=suggestion_id, created_at=now, updated_at=now,
                 version=1, title="增设公交站台", raised_on=date(2025, 3, 1)))  # fmt: skip
    return unit_id, suggestion_id


def _events(suggestion_id: uuid.UUID, unit_id: uuid.UUID, n: int) -> list[dict[str, Any]]:
    base = datetime(2025, 3, 1, 1, 0, tzinfo=UTC)
    rows = []
    for i in range(n):
        at = base + timedelta(minutes=i % 7)  # repeated moments: the memo must not mix them up
        rows.append(
            {
                "id": uuid.uuid4(), "created_at": at, "updated_at": at + timedelta(days=i % 2),
                "version": 1, "suggestion_id": suggestion_id, "session_id": None,
                "kind": (EventKind.REMINDER if i % 3 else EventKind.CREATED).value,
                "happened_on": date(2025, 3, 1) + timedelta(days=i % 5), "recorded_at": at,
                "actor": "张文书", "unit_id": unit_id if i % 2 else None, "text": f"第{i}次",
                "revision": uuid.uuid4().hex, "parent_revision": None,
            }
        )  # fmt: skip
    return rows


def _stored(conn: sa.Connection, table: str) -> list[tuple[Any, ...]]:
    """Rows as the database holds them (the driver's values, no type conversion back)."""
    return list(conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").all())


def test_bulk_insert_stores_what_a_typed_core_insert_stores(db: Database) -> None:
    table = table_of(FollowUpEvent)
    with db.engine.begin() as conn:
        unit_id, suggestion_id = _unit_and_suggestion(conn)
        rows = _events(suggestion_id, unit_id, 40)
        conn.execute(sa.insert(table), [dict(r) for r in rows])  # SQLAlchemy's own executemany
        expected = _stored(conn, "follow_up_event")
        conn.execute(sa.delete(table))
        inserter = TableInserter(table, conn.dialect)
        inserter.insert(conn, [dict(r) for r in rows[:25]])
        inserter.insert(conn, [dict(r) for r in rows[25:]])  # a second batch reuses the memo
        assert _stored(conn, "follow_up_event") == expected
        back = conn.execute(sa.select(table).order_by(table.c.id)).mappings().all()
    by_id = {r["id"]: r for r in rows}
    for row in back:  # and it reads back as the values that went in
        source = by_id[row["id"]]
        assert row["created_at"] == source["created_at"] and row["happened_on"] == source["happened_on"]
        assert row["unit_id"] == source["unit_id"] and row["kind"] == source["kind"]


def test_bulk_insert_fills_python_defaults_like_core_and_checks_enums(db: Database) -> None:
    table = table_of(Suggestion)
    with db.engine.begin() as conn:
        now = datetime(2025, 3, 1, 2, 30, tzinfo=UTC)
        row = {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1,
               "title": "路灯维修", "raised_on": date(2025, 3, 1)}  # fmt: skip
        TableInserter(table, conn.dialect).insert(conn, [dict(row)])
        stored = conn.execute(sa.select(table).where(table.c.id == row["id"])).mappings().one()
        assert stored["state"] == "pending" and stored["typical"] is False
        assert stored["revision"] is not None and len(stored["revision"]) == 32
        with pytest.raises(LookupError):
            TableInserter(table, conn.dialect).insert(
                conn, [{**row, "id": uuid.uuid4(), "state": "nonsense"}]
            )


def _entries(n: int) -> list[dict[str, Any]]:
    at = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)
    return [
        {"id": uuid.UUID(int=i + 1), "at": at, "actor": ADMIN_ACTOR.username, "action": AuditAction.CREATE,
         "entity": "suggestion", "entity_id": uuid.UUID(int=1000 + i), "after": f'{{"n": {i}}}'}
        for i in range(n)
    ]  # fmt: skip


def _chain(conn: sa.Connection) -> list[tuple[Any, ...]]:
    return list(conn.exec_driver_sql("SELECT seq, prev_hash, hash FROM audit_entry ORDER BY seq").all())


def test_buffered_audit_entries_chain_exactly_like_single_appends(
    migrated_template: Path, tmp_path: Path
) -> None:
    chains = []
    for name, buffer in (("one.sqlite3", False), ("many.sqlite3", True)):
        shutil.copy(migrated_template, tmp_path / name)
        db = Database(create_db_engine(tmp_path / name))
        with db.engine.begin() as conn:
            with audit_chain.buffered(conn) if buffer else contextlib.nullcontext():
                returned = [audit_chain.append(conn, e) for e in _entries(5)]
            assert [r["hash"] for r in returned] == [h for _s, _p, h in _chain(conn)]
            chains.append(
                (_chain(conn), tuple(conn.exec_driver_sql("SELECT seq, hash FROM audit_head").one()))
            )
            assert audit_chain.verify(conn).ok
        db.dispose()
    assert chains[0] == chains[1]


def test_buffered_block_writes_at_its_end_and_discards_on_error(db: Database) -> None:
    with db.engine.begin() as conn:
        start = len(_chain(conn))
        with audit_chain.buffered(conn):
            rows = [audit_chain.append(conn, e) for e in _entries(3)]
            assert len(_chain(conn)) == start  # nothing written yet
        chain = _chain(conn)[start:]
        assert [(s, p, h) for s, p, h in chain] == [(r["seq"], r["prev_hash"], r["hash"]) for r in rows]
        assert audit_chain.verify(conn).ok
        head = conn.exec_driver_sql("SELECT seq, hash FROM audit_head").one()
        assert (head.seq, head.hash) == (rows[-1]["seq"], rows[-1]["hash"])
        with pytest.raises(RuntimeError), audit_chain.buffered(conn):
            audit_chain.append(conn, _entries(4)[3])
            raise RuntimeError("refused")
        assert conn.exec_driver_sql("SELECT seq, hash FROM audit_head").one() == head
        assert len(_chain(conn)) == start + 3
        after = audit_chain.append(conn, _entries(5)[4])  # the chain goes on from the real head
        assert after["seq"] == head.seq + 1 and after["prev_hash"] == head.hash
        assert audit_chain.verify(conn).ok
