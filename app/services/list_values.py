"""Words in the filter box, a sort by a key of few values (站室组, 县区, 状态, 类别 …): a value at a time.

The words often go with the key (停车 with the traffic police's unit, 加装电梯 with the housing bureau):
walking the sort's index reads every row of the values before the first that holds the words, and
leading with all the index's matches costs a lookup for each of them. When the index holds a filter
code for the key (`TextIndex.codes`), each value in the sort's order is asked of the index on its own
(`words AND code(value)`) and its rows come in row-key order, until the page is full:

- the value's matches are few: their row keys are read from the index and the table's id index alone,
  then the rows in row-key order, as many as the page needs (the exact checks on the stored row);
- they are many (m² ≥ page × the value's rows, counted up to a hundred pages) and an index on the
  column hands the value's rows over in row-key order (`Coded.walk`): that index is walked, each row
  looked up among the value's matches.

A sort by a joined table's column (`Part.lead`: a 站室组's name or 县区, a unit's name) takes the lead's
rows as its values, in the sort's order; one by the listed table's own column (状态, 形式, 类别 …) reads
its values from the column's index, one after the other, and then — when the index has a code for
"no value" (`Coded.empty`: 办理结果) — the rows without one, as one more value. The cursor is the walk's
(paging.Cursor), so a page read this way continues like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.visitors import iterate
from sqlmodel import Session

from app.services.list_text import FTS, Coded, TextIndex, TextMatch, walk_bound
from app.services.paging import Cursor, Joined, Part, lead_join, row_key, wide
from app.services.search_docs import SD, search_doc

# The rows a value's statement reads: `columns` from the listed table and the joins the filters name,
# filtered by the list's clauses and by `extra`.
Rows = Callable[[list[ColumnElement[Any]], list[ColumnElement[bool]]], Select[Any]]
Run = Callable[[Select[Any]], list[dict[str, Any]]]


@dataclass
class ByValue:
    """`paging.Walk.by_value` for the parts sorted by a coded key (None for the others)."""

    session: Session
    table: sa.Table
    joins: tuple[Joined, ...]
    index: TextIndex
    text: TextMatch
    rows: Rows
    run: Run
    # The reader's platforms (None: all) and the listed table's platform column: no other is asked for.
    visible: frozenset[Any] | None = None
    platform: ColumnElement[Any] | None = None

    def __call__(
        self,
        part: Part,
        keys: tuple[ColumnElement[Any], ...],
        backwards: bool,
        after: Cursor | None,
        need: int,
    ) -> list[dict[str, Any]] | None:
        coded = self._coded(part)
        if coded is None:
            return None
        found: list[dict[str, Any]] = []
        valued = self._values(part, keys, coded, backwards, after) if not part.last else iter([((), None)])
        for values, value in valued:
            here = after.row if after is not None and values == tuple(after.values) else None
            for row in self._value_rows(coded, value, backwards, here, need - len(found)):
                found.append({**{f"_k{i}": v for i, v in enumerate(values)}, "_row": row, "_target": row})
            if len(found) >= need:
                break
        return found

    # -- which parts ------------------------------------------------------------------------------
    def _coded(self, part: Part) -> Coded | None:
        if part.last:  # the rows without a value, when the index has a code for that (Coded.empty)
            if part.lead is not None or part.keys or part.where is None:
                return None
            where = part.where
            return next((c for c in self.index.codes if c.empty and where.compare(c.column.is_(None))), None)
        if part.lead is None:  # the listed table's own column: its values read from its index
            if len(part.keys) != 1 or not _values_only(part):
                return None
            return next((c for c in self.index.codes if c.walk and c.column is part.keys[0]), None)
        if part.where is not None:
            return None
        join = next((j for j in self.joins if j.table is part.lead), None)
        if join is None:
            return None
        named = {id(e) for e in iterate(join.on) if isinstance(e, sa.Column)}
        return next((c for c in self.index.codes if id(c.column) in named), None)

    # -- the values, in the sort's order ----------------------------------------------------------
    def _values(
        self,
        part: Part,
        keys: tuple[ColumnElement[Any], ...],
        coded: Coded,
        backwards: bool,
        after: Cursor | None,
    ) -> Iterator[tuple[tuple[Any, ...], Any]]:
        """(the part's key values, the coded column's value) from the cursor's value on."""
        if part.lead is not None:
            yield from self._leads(part.lead, keys, backwards, after)
            return
        column = part.keys[0]
        value = after.values[0] if after is not None else None
        if after is not None:
            yield (value,), value
        while True:
            step = sa.func.max(column) if backwards else sa.func.min(column)
            bound = (
                column.is_not(None) if value is None else (column < value if backwards else column > value)
            )
            value = self.session.execute(sa.select(step).select_from(self.table).where(bound)).scalar()
            if value is None:
                return
            yield (value,), value

    def _leads(
        self, lead: sa.Table, keys: tuple[ColumnElement[Any], ...], backwards: bool, after: Cursor | None
    ) -> Iterator[tuple[tuple[Any, ...], Any]]:
        """The lead's rows (few: 站室组, units) in the sort's order, from the cursor's one on."""
        order = [k.desc() if backwards else k.asc() for k in keys]
        stmt = sa.select(*keys, lead.c.id).select_from(lead).order_by(*order)
        leads = [(tuple(r[:-1]), r[-1]) for r in self.session.execute(stmt)]
        start = 0
        if after is not None:
            mark = after.values[-1]  # the lead's row key: one row
            start = next((i for i, (v, _) in enumerate(leads) if v[-1] == mark), -1)
            if start < 0:  # that row is gone: the ones after its place
                place = _ordered(tuple(after.values))
                later = (lambda v: v < place) if backwards else (lambda v: v > place)
                start = next((i for i, (v, _) in enumerate(leads) if later(_ordered(v))), len(leads))
        yield from leads[start:]

    # -- one value's rows -----------------------------------------------------------------------
    def _value_rows(self, coded: Coded, value: Any, backwards: bool, after: Any, need: int) -> list[Any]:
        """The row keys of the value's matching rows, in row-key order after `after`, at most `need`."""
        if self.visible is not None and coded.column is self.platform and value not in self.visible:
            return []  # a platform the reader does not see
        target = row_key(self.table, "sqlite")
        text = self.text.narrowed(coded.code(value), coded.column)
        same: ColumnElement[bool]
        loose: ColumnElement[bool]
        if value is None:  # the rows without a value (Coded.empty)
            same, loose = coded.column.is_(None), wide(coded.column).is_(None)
        else:
            bound_value = sa.bindparam(None, value, type_=coded.column.type)
            same, loose = coded.column == bound_value, wide(coded.column) == bound_value
        extra: list[ColumnElement[bool]] = []
        if after is not None:
            bound = sa.bindparam(None, after, type_=sa.Integer)
            extra.append(target < bound if backwards else target > bound)
        many = self._many(text, coded, same, need)
        if many is None:
            return []
        if many:  # the column's index, in row-key order
            extra += [same, text.probe(self.table.c.id)]
        else:  # the matches' row keys, in order (not the column's index, which would read all its rows)
            extra.append(loose)
            matched = _matched(self.table)
            driver = lead_join(lead_join(FTS, search_doc, SD.fts_rowid == FTS.c.rowid), matched,
                               matched.c.id == SD.doc_id)  # fmt: skip
            matched_key = sa.literal_column(f"{self.table.name}_matched.rowid", sa.Integer)
            among = sa.select(matched_key).select_from(driver)
            extra.append(target.in_(among.where(text.matches(), SD.kind == self.index.kind)))
        stmt = self.rows([target.label("_row")], extra)
        stmt = stmt.order_by(target.desc() if backwards else target.asc()).limit(need)
        return [r["_row"] for r in self.run(stmt)]

    def _many(self, text: TextMatch, coded: Coded, same: ColumnElement[bool], need: int) -> bool | None:
        """Whether walking the column's index costs less than the value's matches (module docstring);
        None: the value has no match. One count of the matches, up to the most that can tip it."""
        few = self.index.few
        if few is not None:
            cap = max(few, need + 1)
        elif not coded.walk:
            cap = 1  # nothing to walk: only whether it has any
        else:  # the bound for a value of a hundred pages of rows or more (they are counted up to that)
            cap = min(walk_bound(need, 100 * need), 2**62)  # (a page without a limit: all of them)
        found = text.count_up_to(self.session, cap)
        if found == 0:
            return None
        if few is not None:
            return coded.walk and found >= few
        if not coded.walk or found <= need:
            return False  # no index to walk, or no more matches than the page: they lead
        if found >= cap:
            return True
        # the value's rows, counted up to a hundred pages (a state most rows are in would cost to count)
        some = sa.select(sa.literal(1)).select_from(self.table).where(same).limit(100 * need)
        rows = int(self.session.execute(sa.select(sa.func.count()).select_from(some.subquery())).scalar_one())
        return found >= walk_bound(need, rows)


@lru_cache(maxsize=16)
def _matched(table: sa.Table) -> sa.FromClause:
    """The listed table again, as the index's matches (built once: an alias's columns cost to make)."""
    return table.alias(f"{table.name}_matched")


def _values_only(part: Part) -> bool:
    """The part holds every row with a value of its one key (no other condition): as `_values` reads."""
    return part.where is None or part.where.compare(part.keys[0].is_not(None))


def _ordered(values: tuple[Any, ...]) -> tuple[tuple[bool, Any], ...]:
    """Key values as SQLite orders them (NULL first)."""
    return tuple((v is not None, v) for v in values)
