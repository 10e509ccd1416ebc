"""What the merge needs to know about this database, looked up in batches: which referenced records exist,
which platform a record belongs to, and which rows already hold a value that must be unique."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from app.models._base import table_of
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.services.exchange.kinds import Kind

_IDS = 500
CS = table_of(ConsultationSession)
SG = table_of(Suggestion)


def as_uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


class Lookups:
    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.present: dict[str, set[uuid.UUID]] = {}  # table → ids known to exist
        self.absent: dict[str, set[uuid.UUID]] = {}
        self.platform: dict[str, dict[uuid.UUID, uuid.UUID | None]] = {CS.name: {}, SG.name: {}}
        self.holders: dict[tuple[str, tuple[str, ...]], dict[tuple[Any, ...], uuid.UUID]] = {}

    # -- referenced records -------------------------------------------------------------------------
    def exists(self, table: sa.Table, ids: Iterable[uuid.UUID]) -> None:
        """Look the ids up (those not looked up yet)."""
        present = self.present.setdefault(table.name, set())
        absent = self.absent.setdefault(table.name, set())
        todo = sorted({i for i in ids if i not in present and i not in absent})
        for start in range(0, len(todo), _IDS):
            chunk = todo[start : start + _IDS]
            found = {r[0] for r in self.conn.execute(sa.select(table.c.id).where(table.c.id.in_(chunk)))}
            present |= found
            absent |= set(chunk) - found

    def has(self, table: str, record_id: uuid.UUID) -> bool:
        return record_id in self.present.get(table, set())

    def created(self, table: str, record_id: uuid.UUID, platform: uuid.UUID | None = None) -> None:
        self.present.setdefault(table, set()).add(record_id)
        self.absent.get(table, set()).discard(record_id)
        if table in self.platform:
            self.platform[table][record_id] = platform

    # -- platforms ----------------------------------------------------------------------------------
    def load_platforms(self, table: sa.Table, ids: Iterable[uuid.UUID | None]) -> None:
        known = self.platform[table.name]
        todo = sorted({i for i in ids if i is not None and i not in known})
        for start in range(0, len(todo), _IDS):
            chunk = todo[start : start + _IDS]
            rows = self.conn.execute(sa.select(table.c.id, table.c.platform_id).where(table.c.id.in_(chunk)))
            known.update({r[0]: r[1] for r in rows})

    def prepare(self, kind: Kind, rows: list[dict[str, Any]]) -> None:
        """Look up the parents' platforms of a batch of decoded rows."""
        if kind.belongs in ("session", "session_or_suggestion"):
            self.load_platforms(CS, (r.get("session_id") for r in rows))
        if kind.belongs in ("suggestion", "session_or_suggestion"):
            self.load_platforms(SG, (r.get("suggestion_id") for r in rows))

    def platform_of(self, kind: Kind, row: dict[str, Any]) -> uuid.UUID | None:
        if kind.belongs == "platform":
            return as_uuid(row.get("id"))
        if kind.belongs == "own":
            return as_uuid(row.get("platform_id"))
        sug, ses = row.get("suggestion_id"), row.get("session_id")
        if kind.belongs in ("suggestion", "session_or_suggestion") and sug is not None:
            return self.platform[SG.name].get(sug)
        if kind.belongs in ("session", "session_or_suggestion") and ses is not None:
            return self.platform[CS.name].get(ses)
        return None

    # -- unique values ------------------------------------------------------------------------------
    @staticmethod
    def _key(kind: Kind, columns: tuple[str, ...], row: dict[str, Any]) -> tuple[Any, ...] | None:
        if kind.key == "membership" and row.get("left_on") is not None:
            return None  # only one current membership is unique; past ones may repeat
        values = tuple(row.get(c) for c in columns)
        return None if any(v is None for v in values) else values

    def load_holders(self, kind: Kind, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
        """Which rows here hold the unique values of a batch of rows (one query per batch)."""
        known = self.holders.setdefault((kind.entity, columns), {})
        wanted = {k for k in (self._key(kind, columns, r) for r in rows) if k is not None and k not in known}
        t = kind.table
        todo = sorted(wanted, key=repr)
        for start in range(0, len(todo), _IDS // 2):
            chunk = todo[start : start + _IDS // 2]
            query = sa.select(t.c.id, *(t.c[c] for c in columns)).where(
                sa.tuple_(*(t.c[c] for c in columns)).in_(chunk)
            )
            if kind.key == "membership":
                query = query.where(t.c.left_on.is_(None))
            for found in self.conn.execute(query):
                known[tuple(found[1:])] = found[0]

    def holder(self, kind: Kind, columns: tuple[str, ...], row: dict[str, Any]) -> uuid.UUID | None:
        """The id of another row of this table holding `row`'s values in `columns` (None: no other)."""
        key = self._key(kind, columns, row)
        if key is None:
            return None
        found = self.holders.get((kind.entity, columns), {}).get(key)
        return None if found is None or found == row["id"] else found

    def release(self, kind: Kind, columns: tuple[str, ...], row: dict[str, Any]) -> None:
        key = self._key(kind, columns, row)
        held = self.holders.get((kind.entity, columns), {})
        if key is not None and held.get(key) == row["id"]:
            del held[key]

    def hold(self, kind: Kind, columns: tuple[str, ...], row: dict[str, Any]) -> None:
        """A row written now holds its unique values from here on."""
        key = self._key(kind, columns, row)
        if key is not None:
            self.holders.setdefault((kind.entity, columns), {})[key] = row["id"]


def unique_columns(kind: Kind) -> list[tuple[str, ...]]:
    """The value combinations the table allows once (unique constraints and unique indexes)."""
    table = kind.table
    out: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        if isinstance(constraint, sa.UniqueConstraint):
            out.append(tuple(c.name for c in constraint.columns))
    for index in table.indexes:
        if index.unique:
            out.append(tuple(c.name for c in index.columns if isinstance(c, sa.Column)))
    for column in table.columns:
        if column.unique:
            out.append((column.name,))
    return [cols for cols in dict.fromkeys(out) if cols and "id" not in cols]
