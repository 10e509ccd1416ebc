"""Bulk inserts for large loads: Core `insert()` compiled once per table, values bound by the column types.

SQLAlchemy's executemany builds a parameter dict per row and runs each value through its bind
processor; at a few million rows that bookkeeping costs more than SQLite's own insert work. Here the
statement is compiled once from the table, each column's own bind processor (the column type decides
how a UUID, a timestamp or a date is stored, on every backend) converts the values column by column,
and the driver's executemany receives plain tuples.

Repeated values are converted once: dates and timestamps recur across rows (a memo kept for the whole
load, bounded), other foreign keys recur within a batch (a memo per batch). Ids (StoredUuid) are
converted at once, never memoised.
On a backend whose driver takes named parameters (PostgreSQL), rows go through an ordinary typed
`conn.execute(insert(table), rows)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from app.models._base import StoredUuid

Processor = Callable[[Any], Any]
MEMO_LIMIT = 250_000  # distinct values per type kept converted; the memo starts afresh beyond that
_LASTING = (sa.Date, sa.DateTime, sa.Enum, sa.Boolean)  # types whose values recur across a whole load


def _memo_for(kind: sa.types.TypeEngine[Any], memos: dict[str, dict[Any, Any]]) -> dict[Any, Any]:
    """Columns of one date or timestamp type share a memo (their values are the same moments); an
    enum's is its own (its processor also checks the value belongs to it)."""
    if isinstance(kind, sa.Enum):
        return {}
    return memos.setdefault(repr(kind), {})


def _is_lasting(kind: sa.types.TypeEngine[Any]) -> bool:
    impl = getattr(kind, "impl", kind)  # a TypeDecorator is judged by what it stores
    return isinstance(kind, _LASTING) or isinstance(impl, _LASTING)


class _Compiled:
    """The statement for one set of columns, and how each value is bound."""

    def __init__(self, table: sa.Table, keys: Sequence[str], dialect: sa.Dialect) -> None:
        compiled = sa.insert(table).compile(dialect=dialect, column_keys=list(keys))
        order = compiled.positiontup
        assert order is not None
        self.sql = compiled.string
        names = [compiled.binds[name].key for name in order]
        self.getter: Callable[[dict[str, Any]], tuple[Any, ...]] = itemgetter(*names)  # type: ignore[assignment]
        if len(names) == 1:
            one = itemgetter(names[0])
            self.getter = lambda row: (one(row),)
        # Columns the rows leave out but the statement names: their Python-side defaults, as
        # SQLAlchemy's own executemany would fill them in.
        given = set(keys)
        self.defaults = [(key, table.columns[key].default) for key in names if key not in given]
        self.processors: list[tuple[str, Processor, bool]] = []
        primary = {c.key for c in table.primary_key.columns}
        for key in names:
            column = table.columns[key]
            processor = column.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None and isinstance(column.type, StoredUuid):
                # converted at once: cheaper than looking the reference up in a memo
                self.processors.append((key, _uuid_bytes(processor), False))
            elif processor is not None:
                self.processors.append((key, processor, key not in primary))


def _uuid_bytes(typed: Processor) -> Processor:
    """An id column's processor on SQLite: a UUID's 16 bytes at once (the same value StoredUuid gives,
    without its checks, which cost more than the insert at millions of rows), anything else as typed."""
    uuid_class = uuid.UUID

    def convert(value: Any) -> Any:
        if value.__class__ is uuid_class:
            return value.int.to_bytes(16, "big")
        return typed(value)

    return convert


class TableInserter:
    """Inserts rows (dicts with the same keys, as executemany wants) in the caller's transaction."""

    def __init__(
        self, table: sa.Table, dialect: sa.Dialect, memos: dict[str, dict[Any, Any]] | None = None
    ) -> None:
        memos = {} if memos is None else memos
        self.table = table
        self.dialect = dialect
        self.positional = dialect.name == "sqlite"
        self._compiled: dict[tuple[str, ...], _Compiled] = {}
        self._lasting = {c.key: _memo_for(c.type, memos) for c in table.columns if _is_lasting(c.type)}

    def insert(self, conn: sa.Connection, rows: Sequence[dict[str, Any]]) -> None:
        """Write `rows` (their dicts are converted in place and must not be reused)."""
        if not rows:
            return
        if not self.positional:
            conn.execute(sa.insert(self.table), list(rows))
            return
        keys = tuple(rows[0])
        compiled = self._compiled.get(keys)
        if compiled is None:
            compiled = self._compiled[keys] = _Compiled(self.table, keys, self.dialect)
        for key, default in compiled.defaults:
            _fill_default(rows, key, default)
        for key, processor, memoise in compiled.processors:
            memo = self._lasting.get(key) if memoise else None
            if memo is None and memoise:
                memo = {}  # a foreign key: its values recur within the batch
            if memo is None:
                for row in rows:
                    value = row[key]
                    if value is not None:
                        row[key] = processor(value)
                continue
            if len(memo) > MEMO_LIMIT:
                memo.clear()
            for row in rows:
                value = row[key]
                if value is None:
                    continue
                out = memo.get(value)
                if out is None:
                    out = memo[value] = processor(value)
                row[key] = out
        getter = compiled.getter
        conn.exec_driver_sql(compiled.sql, [getter(row) for row in rows])


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
        self._memos: dict[str, dict[Any, Any]] = {}

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
