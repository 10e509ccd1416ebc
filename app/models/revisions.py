"""Revisions and deletions kept in step with every ORM write (registered when app.models is imported).

- Before each flush, every changed record gets a new `revision` and keeps the old one as its
  `parent_revision`; a new record starts with a revision and no parent. (Core UPDATEs get the same
  from the columns' onupdate, see app/models/_base.py.) A writer that sets `revision` itself — the data
  exchange carrying another database's revision over — is left alone.
- Every deleted record (ORM delete, or an ORM-enabled bulk DELETE such as
  `session.exec(delete(Model).where(...))`) leaves a Tombstone with its last revision, so a package can
  tell the other side that the row is gone rather than merely absent.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession

from app.models._base import TableBase, new_revision, table_of
from app.models.exchange import Tombstone

TOMBSTONES = table_of(Tombstone)


def record_tombstones(conn: sa.Connection, entity: str, rows: Iterable[tuple[Any, str | None]]) -> None:
    """Note (record id, last revision) pairs of `entity` as deleted now (replacing older notes)."""
    now = datetime.now(UTC)
    values = [{"entity": entity, "record_id": rid, "revision": rev, "deleted_at": now} for rid, rev in rows]
    if not values:
        return
    ids = [v["record_id"] for v in values]
    for start in range(0, len(ids), 500):
        conn.execute(
            sa.delete(TOMBSTONES).where(
                TOMBSTONES.c.entity == entity, TOMBSTONES.c.record_id.in_(ids[start : start + 500])
            )
        )
    conn.execute(sa.insert(TOMBSTONES), values)


def _before_flush(session: OrmSession, _context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if not isinstance(obj, TableBase) or not session.is_modified(obj, include_collections=False):
            continue
        state = sa.inspect(obj)
        if state.attrs["revision"].history.has_changes():
            continue  # set by the writer itself (carried over from another database)
        obj.parent_revision = obj.revision
        obj.revision = new_revision()
    deleted: dict[str, list[tuple[Any, str | None]]] = {}
    for obj in session.deleted:
        if isinstance(obj, TableBase):
            deleted.setdefault(table_of(type(obj)).name, []).append((obj.id, obj.revision))
    if deleted:
        conn = session.connection()
        for entity, rows in deleted.items():
            record_tombstones(conn, entity, rows)


def _bulk_delete(state: ORMExecuteState) -> None:
    if not state.is_delete or state.bind_mapper is None:
        return
    model = state.bind_mapper.class_
    if not (isinstance(model, type) and issubclass(model, TableBase)):
        return
    table = table_of(model)
    where = getattr(state.statement, "whereclause", None)
    query = sa.select(table.c.id, table.c.revision)
    if where is not None:
        query = query.where(where)
    conn = state.session.connection()
    rows = [(r[0], r[1]) for r in conn.execute(query, state.parameters or {})]
    record_tombstones(conn, table.name, rows)


event.listen(OrmSession, "before_flush", _before_flush)
event.listen(OrmSession, "do_orm_execute", _bulk_delete)
