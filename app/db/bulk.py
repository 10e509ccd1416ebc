"""Bulk inserts for large loads: Core `insert()` compiled once per table, values bound by the column types.

SQLAlchemy's executemany builds a parameter dict per row and runs each value through its bind
processor; at a few million rows that bookkeeping costs more than SQLite's own insert work. Here the
statement is compiled once from the table, each column's own bind processor (the column type decides
how a UUID, a timestamp or a date is stored, on every backend) converts the values column by column,
and the driver's executemany receives plain tuples.

Values are converted a column at a time (`map` over the batch's values, then `zip` into the driver's
tuples), so the rows' dicts are read but never written back. Repeated values are converted once:
dates, timestamps, enums and flags recur across rows (a bounded least-recently-used memo kept for the
whole load). Ids (StoredUuid) and other typed values are converted at once, never memoised.
On a backend whose driver takes named parameters (PostgreSQL), rows go through an ordinary typed
`conn.execute(insert(table), rows)`.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from app.models._base import StoredUuid

Processor = Callable[[Any], Any]
MEMO_LIMIT = 250_000  # distinct values per type kept converted; the least recently used go beyond that
_LASTING = (sa.Date, sa.DateTime, sa.Enum, sa.Boolean)  # types whose values recur across a whole load


def _memo_for(kind: sa.types.TypeEngine[Any], processor: Processor, memos: dict[str, Processor]) -> Processor:
    """Columns of one date or timestamp type share a memo (their values are the same moments); an
    enum's is its own (its processor also checks the value belongs to it)."""
    if isinstance(kind, sa.Enum):
        return functools.lru_cache(maxsize=MEMO_LIMIT)(processor)
    found = memos.get(repr(kind))
    if found is None:
        found = memos[repr(kind)] = functools.lru_cache(maxsize=MEMO_LIMIT)(processor)
    return found


def _is_lasting(kind: sa.types.TypeEngine[Any]) -> bool:
    impl = getattr(kind, "impl", kind)  # a TypeDecorator is judged by what it stores
    return isinstance(kind, _LASTING) or isinstance(impl, _LASTING)


class _Compiled:
    """The statement for one set of columns, and how each value is bound."""

    def __init__(self, table: sa.Table, keys: Sequence[str], dialect: sa.Dialect,
                 memos: dict[str, Processor]) -> None:  # fmt: skip
        compiled = sa.insert(table).compile(dialect=dialect, column_keys=list(keys))
        order = compiled.positiontup
        assert order is not None
        self.sql = compiled.string
        self.names = [compiled.binds[name].key for name in order]
        # Columns the rows leave out but the statement names: their Python-side defaults, as
        # SQLAlchemy's own executemany would fill them in.
        given = set(keys)
        self.defaults = [(key, table.columns[key].default) for key in self.names if key not in given]
        # Per statement column, in order: how its values are converted (None: as they are).
        self.converters: list[Processor | None] = []
        primary = {c.key for c in table.primary_key.columns}
        for key in self.names:
            column = table.columns[key]
            processor = column.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is None:
                self.converters.append(None)
            elif isinstance(column.type, StoredUuid):
                # converted at once: cheaper than looking the reference up in a memo
                self.converters.append(_uuid_bytes(processor))
            elif _is_lasting(column.type) and key not in primary:
                self.converters.append(_memo_for(column.type, processor, memos))
            else:
                self.converters.append(_or_none(processor))


def _or_none(typed: Processor) -> Processor:
    def convert(value: Any) -> Any:
        return None if value is None else typed(value)

    return convert


def _uuid_bytes(typed: Processor) -> Processor:
    """An id column's processor on SQLite: a UUID's 16 bytes at once (the same value StoredUuid gives,
    without its checks, which cost more than the insert at millions of rows), anything else as typed."""
    uuid_class = uuid.UUID

    def convert(value: Any) -> Any:
        if value.__class__ is uuid_class:
            return value.int.to_bytes(16, "big")
        return None if value is None else typed(value)

    return convert


class TableInserter:
    """Inserts rows (dicts with the same keys, as executemany wants) in the caller's transaction."""

    def __init__(self, table: sa.Table, dialect: sa.Dialect, memos: dict[str, Any] | None = None) -> None:
        self.table = table
        self.dialect = dialect
        self.positional = dialect.name == "sqlite"
        self._compiled: dict[tuple[str, ...], _Compiled] = {}
        self._memos: dict[str, Processor] = {} if memos is None else memos

    def insert(self, conn: sa.Connection, rows: Sequence[dict[str, Any]]) -> None:
        """Write `rows` (columns they leave out get their Python-side defaults filled in)."""
        if not rows:
            return
        if not self.positional:
            conn.execute(sa.insert(self.table), list(rows))
            return
        keys = tuple(rows[0])
        compiled = self._compiled.get(keys)
        if compiled is None:
            compiled = self._compiled[keys] = _Compiled(self.table, keys, self.dialect, self._memos)
        for key, default in compiled.defaults:
            _fill_default(rows, key, default)
        columns = []
        for key, convert in zip(compiled.names, compiled.converters, strict=True):
            values = list(map(itemgetter(key), rows))
            columns.append(values if convert is None else list(map(convert, values)))
        conn.exec_driver_sql(compiled.sql, list(zip(*columns, strict=True)))


def _fill_default(rows: Sequence[dict[str, Any]], key: str, default: Any) -> None:
    if default is None:
        for row in rows:
            row[key] = None
    elif default.is_scalar:
        value = default.arg
        for row in rows:
            row[key] = value
    elif default.is_callable:
        make = default.arg  # SQLAlchemy's wrapper: takes the execution context, which these ignore
        for row in rows:
            row[key] = make(None)
    else:
        raise ValueError(f"column {key}: only scalar or callable defaults can be filled in bulk")


class BulkInserts:
    """One inserter per table, made on first use, for one connection's dialect."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self._by_table: dict[str, TableInserter] = {}
        self._memos: dict[str, Any] = {}

    def inserter(self, table: sa.Table) -> TableInserter:
        found = self._by_table.get(table.name)
        if found is None:
            found = self._by_table[table.name] = TableInserter(table, self.conn.dialect, self._memos)
        return found

    def insert(self, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
        self.inserter(table).insert(self.conn, rows)


def insert_all(
    conn: sa.Connection, table: sa.Table, rows: Iterable[Mapping[str, Any]], batch: int = 5000
) -> int:
    """Insert `rows` (an iterable: memory stays flat) in batches; returns how many were written."""
    inserter = TableInserter(table, conn.dialect)
    pending: list[dict[str, Any]] = []
    total = 0
    for row in rows:
        pending.append(dict(row))
        if len(pending) >= batch:
            inserter.insert(conn, pending)
            total += len(pending)
            pending = []
    inserter.insert(conn, pending)
    return total + len(pending)
