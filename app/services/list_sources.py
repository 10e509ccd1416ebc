"""Where a list's rows come from when words are in its filter box and the search index answers them:
the index's matches in its own order, the few rows a filter leaves looked up among the matches, or the
(few) matches leading, then sorted. Each is a `source(part, used)` for paging.Walk (app.services.listing).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement, FromClause, Select

from app.services.list_spec import ListSpec
from app.services.list_text import FTS, TextMatch
from app.services.paging import Joined, Part, from_clause, lead_join, wide
from app.services.search_docs import SD, search_doc


def named_tables(expressions: Sequence[Any]) -> set[str]:
    return {
        getattr(t, "name", "") for e in expressions for t in sa.sql.util.find_tables(e, check_columns=True)
    }


def joins_for(spec: ListSpec, expressions: Sequence[Any], lead: sa.Table | None = None) -> list[Joined]:
    """The joins the expressions name (and the lead's), in the spec's order."""
    named = named_tables(expressions)
    return [j for j in spec.joins if j.table.name in named or j.table is lead]


def _from_matches(spec: ListSpec) -> FromClause:
    """The index's matches, each joined to its entry and then to the listed table's row, in that order."""
    docs = lead_join(FTS, search_doc, SD.fts_rowid == FTS.c.rowid)
    return lead_join(docs, spec.table, spec.table.c.id == SD.doc_id)


def index_order(spec: ListSpec, text: TextMatch, clauses: list[ColumnElement[bool]]) -> Any:
    """Rows in the search index's order (newest first): its matches, a page at a time."""
    assert spec.text is not None
    kind = spec.text.kind

    def source(_part: Part, used: list[ColumnElement[Any]]) -> Select[Any]:
        joins = joins_for(spec, [*clauses, *used])
        from_ = from_clause(spec.table, joins, None, driver=_from_matches(spec))
        return sa.select(FTS.c.rowid).select_from(from_).where(text.matches(), SD.kind == kind, *clauses)

    return source


def filtered_first(spec: ListSpec, text: TextMatch, clauses: list[ColumnElement[bool]]) -> Any:
    """Rows in the search index's order when a filter leaves few (`ListSpec.few`): the filtered rows
    lead, read from the filter's index; each one's index entry is looked up among the matches, and the
    few that match are sorted by it. Walking the matches instead would read every match older (or
    newer) than the page to find the few that pass the filter."""
    assert spec.text is not None
    kind = spec.text.kind

    def source(_part: Part, used: list[ColumnElement[Any]]) -> Select[Any]:
        docs = lead_join(spec.table, search_doc, SD.doc_id == spec.table.c.id)
        joins = joins_for(spec, [*clauses, *used])
        from_ = from_clause(spec.table, joins, None, driver=docs)
        return (
            sa.select(SD.fts_rowid)
            .select_from(from_)
            .where(
                # `wide`: a membership per row; else SQLite probes the entry once per match
                wide(SD.fts_rowid).in_(text.rowids()),
                SD.kind == kind,
                *clauses,
            )
        )

    return source


def title_order(spec: ListSpec, text: TextMatch, clauses: list[ColumnElement[bool]]) -> Any:
    """Rows sorted by title (`TextIndex.title`) when the words have many matches: the index's entries of
    the kind are walked in title order (ix_search_doc_title: the title and the entry's rowid, integers
    to check against the matches), and only the matching ones are joined to their rows. Walking the
    titles' own index would look each row's entry up by its id."""
    assert spec.text is not None
    kind = spec.text.kind
    docs = lead_join(search_doc, spec.table, spec.table.c.id == SD.doc_id)

    def source(_part: Part, used: list[ColumnElement[Any]]) -> Select[Any]:
        joins = joins_for(spec, [*clauses, *used])
        from_ = from_clause(spec.table, joins, None, driver=docs)
        return (
            sa.select(SD.fts_rowid)
            .select_from(from_)
            # `wide`: checked per entry; else SQLite looks the matches up by rowid and sorts them all
            .where(SD.kind == kind, SD.title.is_not(None), wide(SD.fts_rowid).in_(text.rowids()), *clauses)
        )

    return source


def matches_first(spec: ListSpec, text: TextMatch, clauses: list[ColumnElement[bool]]) -> Any:
    """The index's (few) matches as the outer loop, then sorted."""

    assert spec.text is not None
    kind = spec.text.kind

    def source(part: Part, used: list[ColumnElement[Any]]) -> Select[Any]:
        joins = joins_for(spec, [*clauses, *used], part.lead)
        from_ = from_clause(spec.table, joins, part.lead, driver=_from_matches(spec))
        return sa.select(spec.table.c.id).select_from(from_).where(text.matches(), SD.kind == kind, *clauses)

    return source
