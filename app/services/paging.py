"""Keyset paging: each page continues after the last row of the one before, read from an index.

A sort is a list of parts walked one after the other (`Part`): the rows a part selects, ordered by its
keys and then by the row key — SQLite's rowid, the last column of every index, so an index on a key
column hands the part over a page at a time whatever its size; `id` elsewhere. Rows without a value
come last, in a part of their own. A key that belongs to a joined table (a session's 站室组) is walked
from that table (`lead`): its rows in key order, and for each its listed rows, through the foreign key's
index. Nothing is skipped by OFFSET, so the last page costs what the first does.

Continuing after a row (v1 … vm, r) is, within its part, a few index ranges tried in turn:
    k1 = v1 … km = vm, row > r    then    k1 = v1 … k(m-1) = v(m-1), km > vm    …    then    k1 > v1
and then the next parts from their start. Descending sorts read every range backwards.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement, FromClause, Select
from sqlalchemy.sql.selectable import Join
from sqlalchemy.sql.visitors import InternalTraversal


@dataclass(frozen=True)
class Joined:
    """A table the list reads columns from: joined on `on`, kept when it has no matching row (`outer`)."""

    table: sa.Table
    on: ColumnElement[bool]
    outer: bool = True


@dataclass(frozen=True)
class Part:
    """Rows `where` selects (None: every row), ordered by `keys` (not null within the part).

    A descending sort takes the parts in reverse order, except those marked `last` (the rows without a
    value), which stay at the end.
    """

    where: ColumnElement[bool] | None = None
    keys: tuple[ColumnElement[Any], ...] = ()
    lead: sa.Table | None = None  # the joined table the keys belong to, walked first
    last: bool = False


@dataclass(frozen=True)
class Sort:
    parts: tuple[Part, ...]
    descending: bool = False

    def steps(self) -> list[tuple[Part, bool]]:
        """(part, read backwards) in the order the rows come."""
        if not self.descending:
            return [(p, False) for p in self.parts]
        ordinary = [p for p in self.parts if not p.last]
        return [(p, True) for p in reversed(ordinary)] + [(p, True) for p in self.parts if p.last]


def reversed_steps(steps: list[tuple[Part, bool]]) -> list[tuple[Part, bool]]:
    """The same rows in the opposite order (the last page is the first page of this, turned round)."""
    return [(p, not backwards) for p, backwards in reversed(steps)]


def by_column(column: ColumnElement[Any], *, nullable: bool = True, lead: sa.Table | None = None,
              fk: ColumnElement[Any] | None = None) -> tuple[Part, ...]:  # fmt: skip
    """The parts of a sort by one column: rows with a value by it, then (if it may be null) the others.

    For a column of a joined table give `lead` and `fk`, the listed table's foreign key to it: rows
    whose key is NULL have no lead row and come last.
    """
    if lead is not None:
        assert fk is not None
        return (Part(None, (column,), lead), Part(fk.is_(None), last=True))
    if not nullable:
        return (Part(None, (column,)),)
    return (Part(column.is_not(None), (column,)), Part(column.is_(None), last=True))


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the sort it belongs to, the part, that row's key values and its row key."""

    sort: tuple[str | None, bool]
    part: int
    values: tuple[Any, ...]
    row: Any


# -- SQL building blocks ---------------------------------------------------------------------------
class _LeadJoin(Join):
    """A join whose left side is always the outer loop (SQLite's CROSS JOIN; a plain JOIN elsewhere)."""

    inherit_cache = True


@compiles(_LeadJoin, "sqlite")
def _lead_join_sqlite(element: _LeadJoin, compiler: Any, asfrom: bool = False, **kw: Any) -> str:
    linter = kw.get("from_linter")
    if linter:  # as the compiler's own visit_join does: these tables are joined, not a cartesian product
        linter.edges.update(itertools.product(element.left._from_objects, element.right._from_objects))
    assert element.onclause is not None
    left = element.left._compiler_dispatch(compiler, asfrom=True, **kw)
    right = element.right._compiler_dispatch(compiler, asfrom=True, **kw)
    return f"{left} CROSS JOIN {right} ON {element.onclause._compiler_dispatch(compiler, **kw)}"


class Unindexed(ColumnElement[Any]):
    """A column SQLite must not pick an index for (`+col`): for filters most rows pass, so the sort's
    index is walked instead of a filter's index followed by a sort of everything it lets through."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(Unindexed)
def _unindexed(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(Unindexed, "sqlite")
def _unindexed_sqlite(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


def wide(column: ColumnElement[Any]) -> ColumnElement[Any]:
    return Unindexed(column)


def row_key(table: sa.Table, dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return sa.literal_column(f"{table.name}.rowid", sa.Integer)
    return table.c.id


def lead_join(left: FromClause, right: FromClause, on: ColumnElement[bool]) -> FromClause:
    """`left` joined to `right`, `left` always the outer loop."""
    return _LeadJoin(left, right, on)


def from_clause(
    table: sa.Table, joins: Sequence[Joined], lead: sa.Table | None, *, driver: FromClause | None = None
) -> FromClause:
    """The listed table and its joins, with `lead` (if any) first and every table in a fixed order.

    `driver`: a FROM already holding the listed table, read first (the search index's matches).
    """
    if driver is not None:
        source = driver
        for join in joins:
            inner = join.table is lead or not join.outer
            source = source.join(join.table, join.on) if inner else source.outerjoin(join.table, join.on)
        return source
    source = table
    rest = list(joins)
    if lead is not None:
        first = next(j for j in rest if j.table is lead)
        rest.remove(first)
        source = _LeadJoin(lead, table, first.on)
    for join in rest:
        if join.outer or lead is not None:
            source = source.outerjoin(join.table, join.on)  # an outer join is never reordered
        else:
            source = _LeadJoin(source, join.table, join.on)
    return source


# -- walking ------------------------------------------------------------------------------------------
Run = Callable[[Select[Any]], list[dict[str, Any]]]
Source = Callable[[Part, list[ColumnElement[Any]]], Select[Any]]
Fetch = Callable[[list[Any]], dict[Any, dict[str, Any]]]
# A part's next rows read another way (list_values), as `Walk._select` gives them; None: not this part.
PartRows = Callable[
    [Part, tuple[ColumnElement[Any], ...], bool, "Cursor | None", int], list[dict[str, Any]] | None
]


@dataclass
class Walk:
    """One page of one sort, in two steps: which rows (their keys, from the indexes), then their columns.

    `source(part, columns)` gives the select of `columns` from the FROM and WHERE a part reads (the
    listed table, a lead, what the filters name); `fetch(targets)` the rows of those target keys, all
    their columns and joins. Reading the columns of the page's rows only keeps a sorted part (one no
    index serves) from joining every row it sorts.
    """

    source: Source
    key: ColumnElement[Any]  # the row key the order ends with
    target: ColumnElement[Any]  # the listed table's row key (`fetch` takes these)
    lead_keys: dict[str, ColumnElement[Any]]  # row key of each possible lead table, by table name
    steps: list[tuple[Part, bool]]
    name: tuple[str | None, bool]
    merged: bool = False  # a part's ranges in one statement (for sources no index orders: one sort each)
    by_value: PartRows | None = None  # parts read one key value at a time (list_values)
    # (source, merged) decided when a part not read by value is first reached (it may cost a query)
    settle: Callable[[], tuple[Source, bool]] | None = None

    def _keys(self, part: Part) -> tuple[ColumnElement[Any], ...]:
        """A part's keys, with a lead's own row key after them (so a lead row is one value)."""
        if part.lead is None:
            return part.keys
        return (*part.keys, self.lead_keys[part.lead.name])

    def page(
        self, run: Run, fetch: Fetch, limit: int, after: Cursor | None
    ) -> tuple[list[dict[str, Any]], Cursor | None]:
        found: list[dict[str, Any]] = []
        start = 0 if after is None else after.part
        last: tuple[int, dict[str, Any]] | None = None
        for index in range(start, len(self.steps)):
            part, backwards = self.steps[index]
            keys = self._keys(part)
            here = after if after is not None and index == after.part else None
            valued = self.by_value(part, keys, backwards, here, limit - len(found)) if self.by_value else None
            if valued:
                found.extend(valued)
                last = (index, valued[-1])
            if valued is None and self.settle is not None:
                self.source, self.merged = self.settle()
                self.settle = None
            for extra in self._ranges(keys, backwards, here) if valued is None else []:
                if len(found) >= limit:
                    break
                got = run(self._select(part, keys, backwards, extra, limit - len(found)))
                if got:
                    found.extend(got)
                    last = (index, got[-1])
            if len(found) >= limit:
                break
        cursor = None
        if last is not None and len(found) >= limit:
            index, row = last
            count = len(self._keys(self.steps[index][0]))
            cursor = Cursor(self.name, index, tuple(row[f"_k{i}"] for i in range(count)), row["_row"])
        rows = fetch([r["_target"] for r in found]) if found else {}
        return [rows[r["_target"]] for r in found if r["_target"] in rows], cursor

    def _ranges(
        self, keys: tuple[ColumnElement[Any], ...], backwards: bool, after: Cursor | None
    ) -> list[list[ColumnElement[bool]]]:
        if after is None:
            return [[]]
        # A bound value, not the Python one: SQLAlchemy refuses `<`/`>` against a literal True/False.
        later = (
            (lambda c, v: c < sa.bindparam(None, v, type_=c.type))
            if backwards
            else (lambda c, v: c > sa.bindparam(None, v, type_=c.type))
        )
        columns = [*keys, self.key]
        values = [*after.values, after.row]
        out = []
        for depth in range(len(columns) - 1, -1, -1):
            same = [k == v for k, v in zip(columns[:depth], values[:depth], strict=True)]
            out.append([*same, later(columns[depth], values[depth])])
        if self.merged:
            return [[sa.or_(*(sa.and_(*r) for r in out))]]
        return out

    def _select(
        self,
        part: Part,
        keys: tuple[ColumnElement[Any], ...],
        backwards: bool,
        extra: list[ColumnElement[bool]],
        limit: int,
    ) -> Select[Any]:
        columns = [*(k.label(f"_k{i}") for i, k in enumerate(keys)), self.key.label("_row")]
        columns.append(self.target.label("_target"))
        stmt = self.source(part, [*keys, *extra, *([part.where] if part.where is not None else [])])
        stmt = stmt.with_only_columns(*columns)
        if part.where is not None:
            stmt = stmt.where(part.where)
        order = [k.desc() if backwards else k.asc() for k in (*keys, self.key)]
        return stmt.where(*extra).order_by(*order).limit(limit)
