"""Filtering, sorting and paging done in SQL, so lists stay fast on 100,000 rows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.services.errors import ValidationError


@dataclass
class ListQuery:
    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = 200
    include_archived: bool = False
    count: bool = True  # False for the next page of a list whose total is already known


@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int  # -1 when the query asked not to count


@dataclass
class ListSpec:
    """What one entity's list can show, search, filter and sort by.

    `platform` is the column naming the platform a row belongs to, by which a coordinator's lists are
    cut to their platforms (permissions.visible_platforms); None only for reference lists everyone
    reads whole (members, units). Every spec must say which, so a new list cannot forget it.
    """

    select: Callable[[], Select[Any]]  # a select of labelled columns, joins included
    columns: Mapping[str, ColumnElement[Any]]  # sort keys
    search: list[ColumnElement[Any]]
    filters: Mapping[str, Callable[[Any], ColumnElement[bool]]]
    default_sort: list[ColumnElement[Any]]
    tiebreak: ColumnElement[Any]
    platform: ColumnElement[Any] | None
    archived: ColumnElement[Any] | None = None
    # Adds the fields computed in Python (e.g. working days past a deadline) to one page of rows.
    decorate: Callable[[list[dict[str, Any]]], None] | None = None
    # Adds fields read with more SQL (e.g. the names behind a count) to one page of rows.
    attach: Callable[[Session, list[dict[str, Any]]], None] | None = None
    # Stored name search keys (services.names.search_key): a typed pinyin word finds their names too.
    name_keys: list[ColumnElement[Any]] = field(default_factory=list)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def key_clause(key: ColumnElement[Any], word: str) -> ColumnElement[bool]:
    """A name's search key has a word starting with `word` (names.matches, in SQL)."""
    spaced = sa.literal(" ").concat(sa.func.coalesce(key, ""))
    return spaced.like(f"% {escape_like(word.lower())}%", escape="\\")


def word_clause(
    word: str, texts: Sequence[ColumnElement[Any]], keys: Sequence[ColumnElement[Any]] = ()
) -> ColumnElement[bool]:
    """One typed word: in any of `texts`, or (pinyin, ASCII only) at the start of a word of a name key."""
    pattern = f"%{escape_like(word)}%"
    found: list[ColumnElement[bool]] = [col.ilike(pattern, escape="\\") for col in texts]
    if word.isascii():
        found += [key_clause(key, word) for key in keys]
    return sa.or_(*found)


def where_clauses(
    spec: ListSpec, query: ListQuery, visible: frozenset[Any] | None = None
) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if visible is not None and spec.platform is not None:
        clauses.append(spec.platform.in_(sorted(visible)))
    if spec.archived is not None and not query.include_archived:
        clauses.append(spec.archived.is_(None))
    for word in query.search.split():
        clauses.append(word_clause(word, spec.search, spec.name_keys))
    for key, value in query.filters.items():
        if value is None or value == "":
            continue
        make = spec.filters.get(key)
        if make is None:
            raise ValidationError({key: f"不支持按“{key}”筛选"})
        clauses.append(make(value))
    return clauses


def run_list(
    session: Session, spec: ListSpec, query: ListQuery, *, visible: frozenset[Any] | None = None
) -> Page:
    """One page of the list; `visible` (the reader's platforms, None for all) cuts platform-bound rows."""
    clauses = where_clauses(spec, query, visible)
    stmt = spec.select().where(*clauses)
    total = -1
    if query.count:
        # Count with the same joins and filters but none of the (possibly costly) display columns.
        total = session.execute(stmt.with_only_columns(sa.func.count()).order_by(None)).scalar_one()
    if query.sort:
        column = spec.columns.get(query.sort)
        if column is None:
            raise ValidationError({query.sort: f"不支持按“{query.sort}”排序"})
        order = column.desc() if query.descending else column.asc()
        tiebreak = spec.tiebreak.desc() if query.descending else spec.tiebreak.asc()
        stmt = stmt.order_by(order.nulls_last(), tiebreak)
    else:
        stmt = stmt.order_by(*spec.default_sort, spec.tiebreak)
    if query.offset:
        stmt = stmt.offset(query.offset)
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    rows = [dict(r) for r in session.execute(stmt).mappings()]
    if spec.decorate is not None:
        spec.decorate(rows)
    if spec.attach is not None and rows:
        spec.attach(session, rows)
    return Page(rows=rows, total=total)
