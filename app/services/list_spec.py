"""What a list is (ListSpec: its rows, filters, sorts and search) and what one asks of it (ListQuery, Page).

app.services.listing runs the queries; each entity's service builds its spec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.messages import msg
from app.services.errors import ValidationError
from app.services.list_text import TextIndex
from app.services.paging import Cursor, Joined, Part, Sort, by_column, from_clause


@dataclass
class ListQuery:
    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    offset: int = 0  # rows to skip; prefer `cursor` (costs grow with the offset)
    limit: int | None = 200
    include_archived: bool = False
    count: bool = True  # also count the matching rows (Page.total); False leaves total at -1
    cursor: Cursor | None = None  # the page after this one (Page.next_cursor of the page before)
    from_end: bool = False  # the last page


@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int  # -1 when the query asked not to count
    next_cursor: Cursor | None = None  # None: nothing after these rows


@dataclass
class ListSpec:
    """What one entity's list shows, searches, filters and sorts by.

    `platform` is the column naming the platform a row belongs to, by which a coordinator's lists are
    cut to their platforms (permissions.visible_platforms); None only for reference lists everyone
    reads whole (members, units). Every spec must say which, so a new list cannot forget it.
    `sorts` says how each sort key is walked (see paging; a key left out is sorted by its column in
    `columns`, read from an index when the listed table has one on it). Filters most rows pass use
    `wide(column)`, so the sort's index is read rather than the filter's.
    """

    table: sa.Table
    fields: Sequence[ColumnElement[Any]]  # the labelled columns of a row
    joins: Sequence[Joined]
    columns: Mapping[str, ColumnElement[Any]]  # sort keys
    search: list[ColumnElement[Any]]  # columns the filter box matches (lists without a text index)
    filters: Mapping[str, Callable[[Any], ColumnElement[bool]]]
    default: Sort
    platform: ColumnElement[Any] | None
    archived: ColumnElement[Any] | None = None
    sorts: Mapping[str, tuple[Part, ...]] = field(default_factory=dict)
    text: TextIndex | None = None  # the search index answers the filter box (SQLite)
    # Adds the fields computed in Python (e.g. working days past a deadline) to one page of rows.
    decorate: Callable[[list[dict[str, Any]]], None] | None = None
    # Adds fields read with more SQL (e.g. the names behind a count) to one page of rows.
    attach: Callable[[Session, list[dict[str, Any]]], None] | None = None
    # Stored name search keys (services.names.search_key): a typed pinyin word finds their names too.
    name_keys: list[ColumnElement[Any]] = field(default_factory=list)
    # The date (the default order) that an index holds after `platform`: one platform's rows in date
    # order are read from that index instead of walking the date's index past every other platform.
    platform_date: ColumnElement[Any] | None = None
    # Filters that leave few rows, read from an index of their own (督办's overdue ones): with words in
    # the filter box, in the index's order, those rows lead and each is looked up among the matches.
    few: frozenset[str] = frozenset()

    def leaves_few(self, query: ListQuery) -> bool:
        """Whether one of the `few` filters is on in `query`."""
        return any(query.filters.get(name) is True for name in self.few)

    def select(self) -> Select[Any]:
        """Every row's columns with the joins they need (no filter, no order)."""
        return sa.select(*self.fields).select_from(from_clause(self.table, self.joins, None))

    def sort(self, key: str | None, descending: bool) -> Sort:
        if key is None:
            return self.default
        parts = self.sorts.get(key)
        if parts is None:
            column = self.columns.get(key)
            if column is None:
                raise ValidationError({key: msg("不支持按“{key}”排序", key=key)})
            own = getattr(column, "table", None) is self.table  # a column of the listed table, not a count
            parts = by_column(column) if own else (Part(None, (_nulls_last(column),)),)
        return Sort(parts, descending)


def _nulls_last(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """An expression of joined tables, sorted where no index helps: NULL after every value."""
    return sa.func.coalesce(column, "\uffff") if isinstance(column.type, sa.String) else column
