"""Filtering, sorting and paging done in SQL, so a list's pages cost the same on 10,000 rows or 300,000.

A list asks for a page (`ListQuery`) and gets its rows and, for the next one, a cursor (`Page.next_cursor`):
pages continue after the last row shown (keyset paging, app.services.paging), and `from_end` gives the
last page as cheaply as the first. The total is asked for separately (`count=True`, `limit=0` for the
total alone): it is the costly part, so the desktop lists count off the GUI thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.messages import msg
from app.services.errors import ValidationError
from app.services.list_rows import page_dicts
from app.services.list_sources import filtered_first, index_order, joins_for, matches_first, title_order
from app.services.list_spec import ListQuery, ListSpec, Page
from app.services.list_text import FTS, TextIndex, TextMatch, escape_like, like_clauses, text_match
from app.services.list_values import ByValue
from app.services.paging import (
    Cursor,
    Joined,
    Part,
    Sort,
    Walk,
    by_column,
    from_clause,
    reversed_steps,
    row_key,
    wide,
)
from app.services.search_docs import SD

__all__ = [
    "Cursor",
    "Joined",
    "ListQuery",
    "ListSpec",
    "Page",
    "Part",
    "Sort",
    "TextIndex",
    "by_column",
    "count_rows",
    "escape_like",
    "key_clause",
    "run_list",
    "where_clauses",
    "wide",
    "word_clause",
]


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
    """The filters, the reader's platforms, the archived rule and (without the index) the words."""
    clauses: list[ColumnElement[bool]] = []
    if visible is not None and spec.platform is not None:
        if len(visible) == 1 and spec.platform_date is not None and _by_date(spec, query):
            # one platform (most coordinators) in date order: read from the (platform, date) index
            clauses.append(spec.platform == next(iter(visible)))
        else:
            clauses.append(wide(spec.platform).in_(sorted(visible)))
    if spec.archived is not None and not query.include_archived:
        clauses.append(wide(spec.archived).is_(None))
    for key, value in query.filters.items():
        if value is None or value == "":
            continue
        make = spec.filters.get(key)
        if make is None:
            raise ValidationError({key: msg("不支持按“{key}”筛选", key=key)})
        clauses.append(make(value))
    return clauses


def _by_date(spec: ListSpec, query: ListQuery) -> bool:
    return query.sort is None or spec.columns.get(query.sort) is spec.platform_date


def _words(query: ListQuery) -> list[str]:
    return list(dict.fromkeys(query.search.split()))


def _text(session: Session, spec: ListSpec, query: ListQuery) -> TextMatch | None:
    words = _words(query)
    if not words or spec.text is None or session.get_bind().dialect.name != "sqlite":
        return None
    return text_match(session, spec.text, words)


def _clauses(
    session: Session, spec: ListSpec, query: ListQuery, visible: frozenset[Any] | None
) -> tuple[list[ColumnElement[bool]], TextMatch | None]:
    clauses = where_clauses(spec, query, visible)
    text = _text(session, spec, query)
    if text is not None:
        clauses += text.checks
    elif _words(query) and spec.text is None:
        clauses += [word_clause(w, spec.search, spec.name_keys) for w in _words(query)]
    elif _words(query):
        assert spec.text is not None
        columns = list(spec.text.fields) + [n.name for n in spec.text.names]
        clauses += like_clauses(columns, _words(query))
    return clauses, text


def count_rows(
    session: Session, spec: ListSpec, query: ListQuery, *, visible: frozenset[Any] | None = None
) -> int:
    """How many rows match, joining only the tables the filters name."""
    clauses, text = _clauses(session, spec, query, visible)
    if text is not None:
        clauses.append(spec.table.c.id.in_(text.candidates()))
    joins = [replace(j, outer=True) for j in joins_for(spec, clauses)]
    stmt = sa.select(sa.func.count()).select_from(from_clause(spec.table, joins, None)).where(*clauses)
    return int(session.execute(stmt).scalar_one())


def run_list(
    session: Session, spec: ListSpec, query: ListQuery, *, visible: frozenset[Any] | None = None
) -> Page:
    """One page of the list; `visible` (the reader's platforms, None for all) cuts platform-bound rows."""
    clauses, text = _clauses(session, spec, query, visible)
    total = count_rows(session, spec, query, visible=visible) if query.count else -1
    if query.limit == 0:
        return Page([], total)
    sort = spec.sort(query.sort, query.descending)
    name = (query.sort, query.descending)
    if query.cursor is not None and query.cursor.sort != name:
        raise ValidationError({"cursor": msg("列表的排序已改变，请从第一页重新读取")})
    dialect = session.get_bind().dialect.name
    target = key = row_key(spec.table, dialect)
    lead_keys = {j.table.name: row_key(j.table, dialect) for j in spec.joins}

    def source(part: Part, used: list[ColumnElement[Any]]) -> Select[Any]:
        joins = joins_for(spec, [*clauses, *used], part.lead)
        return sa.select(key).select_from(from_clause(spec.table, joins, part.lead)).where(*clauses)

    def run(stmt: Select[Any]) -> list[dict[str, Any]]:
        return _dicts(session, stmt)

    merged = False  # one statement per part (its ranges joined by OR): each statement sorts the matches
    by_value: ByValue | None = None
    settle: Callable[[], tuple[Any, bool]] | None = None
    if text is not None:
        assert spec.text is not None
        index = spec.text
        if query.sort is None or spec.columns.get(query.sort) is index.date:
            # the index's own order (its rowid is the date): a page of its matches at a time
            sort, key, lead_keys = Sort((Part(),), query.sort is None or query.descending), FTS.c.rowid, {}
            if spec.leaves_few(query):
                key, source = SD.fts_rowid, filtered_first(spec, text, clauses)
            else:
                source = index_order(spec, text, clauses)
        else:
            by_title = index.title is not None and spec.columns.get(query.sort) is index.title
            if by_title:
                # the title the index keeps beside its entries, its rowid ending the order
                sort, key, lead_keys = Sort((Part(None, (SD.title,)),), query.descending), SD.fts_rowid, {}
            else:
                # a key the index holds a code for: one value at a time (list_values); the other parts:
                by_value = _by_value(session, spec, text, list(clauses), run, visible)

            def settle() -> tuple[Any, bool]:
                if text.few_matches(session, index, spec.table, query.limit or 2**31):
                    return matches_first(spec, text, clauses), True  # few: the matches lead, sorted
                if by_title:  # many: the index's entries walked in title order
                    return title_order(spec, text, clauses), False
                clauses.insert(0, text.probe(spec.table.c.id))  # many: the sort's index, each row looked up
                return source, False

    steps = sort.steps()
    order = reversed_steps(steps) if query.from_end else steps
    walk = Walk(source, key, target, lead_keys, order, name, merged, by_value, settle)
    limit = query.limit if query.limit is not None else 2**62

    def fetch(targets: list[Any]) -> dict[Any, dict[str, Any]]:
        out: dict[Any, dict[str, Any]] = {}
        for start in range(0, len(targets), 500):
            chunk = targets[start : start + 500]
            stmt = spec.select().add_columns(target.label("_target")).where(_among(target, chunk, dialect))
            for found in _dicts(session, stmt):
                out[found.pop("_target")] = found
        return out

    after = query.cursor
    if query.offset and after is None and not query.from_end:  # by number: read past the rows skipped
        _skipped, after = walk.page(run, lambda _t: {}, query.offset, None)
        if after is None:
            return _done(session, spec, Page([], total))
    rows, cursor = walk.page(run, fetch, limit, after)
    if query.from_end:
        rows.reverse()
        cursor = None
    return _done(session, spec, Page(rows, total, cursor))


def _dicts(session: Session, stmt: Select[Any]) -> list[dict[str, Any]]:
    """The rows as dicts by column name (read from the cursor at once: list_rows)."""
    return page_dicts(session, stmt)


def _among(column: ColumnElement[Any], values: list[Any], dialect: str) -> ColumnElement[bool]:
    """`column` is one of `values`: on SQLite one JSON array of row keys (one parameter, nothing to
    render or coerce per value); elsewhere an expanding parameter."""
    if dialect == "sqlite":
        listed = sa.func.json_each(sa.literal(json.dumps(values), sa.String)).table_valued("value")
        return column.in_(sa.select(listed.c.value))
    return column.in_(sa.bindparam("among", values, type_=column.type, expanding=True))


def _done(session: Session, spec: ListSpec, page: Page) -> Page:
    if spec.decorate is not None:
        spec.decorate(page.rows)
    if spec.attach is not None and page.rows:
        spec.attach(session, page.rows)
    return page


def _by_value(
    session: Session,
    spec: ListSpec,
    text: TextMatch,
    clauses: list[ColumnElement[bool]],
    run: Any,
    visible: frozenset[Any] | None,
) -> ByValue | None:
    """The reader of the parts sorted by a key the index holds a filter code for (None: no such key)."""
    assert spec.text is not None
    if not spec.text.codes:
        return None

    def rows(columns: list[ColumnElement[Any]], extra: list[ColumnElement[bool]]) -> Select[Any]:
        joins = joins_for(spec, [*clauses, *extra])
        # `extra` first: SQLite tests a row's terms in order, and the index's answer reads no long text
        return sa.select(*columns).select_from(from_clause(spec.table, joins, None)).where(*extra, *clauses)

    return ByValue(session, spec.table, tuple(spec.joins), spec.text, text, rows, run, visible, spec.platform)
