"""The search index keeps each suggestion's title beside its entry (search_doc.title, migration 0016), in
step with every write; the list of 意见建议 sorted by title with words walks those entries in title order."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.db import Database
from app.models import PlatformCreate, SuggestionCreate, SuggestionUpdate
from app.models._base import table_of
from app.models.suggestions import Suggestion
from app.services import search_index, search_rebuild
from app.services.hub import Services
from app.services.listing import ListQuery, ListSpec, Page, run_list
from app.services.search_docs import DEAD, SD, search_doc
from app.services.validation import build
from tests.support import demo_services

SG = table_of(Suggestion).c


def entries(db: Database) -> dict[uuid.UUID, str | None]:
    """Each live entry of the index: its record's id → the title kept beside it."""
    with db.engine.connect() as conn:
        rows = conn.execute(sa.select(SD.doc_id, SD.title).where(SD.kind != DEAD)).all()
    return {r.doc_id: r.title for r in rows}


def stored_titles(db: Database) -> dict[uuid.UUID, str]:
    with db.engine.connect() as conn:
        return {r.id: r.title for r in conn.execute(sa.select(SG.id, SG.title))}


def test_the_titles_follow_every_write(services: Services, db: Database) -> None:
    west = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    lamp = services.suggestions.create(
        build(SuggestionCreate, title="Road 路灯维修", platform_id=west.id, raised_on=date(2025, 3, 6))
    ).id
    bins = services.suggestions.create(
        build(SuggestionCreate, title="垃圾清运", platform_id=west.id, raised_on=date(2025, 3, 7))
    ).id
    assert entries(db) == {lamp: "Road 路灯维修", bins: "垃圾清运"}
    services.suggestions.update(lamp, SuggestionUpdate(title="更换路灯"))
    assert entries(db)[lamp] == "更换路灯"
    services.suggestions.update(lamp, SuggestionUpdate(title="更换LED路灯"))
    services.suggestions.update(lamp, SuggestionUpdate(title="更换led路灯"))  # the same indexed text
    assert entries(db)[lamp] == "更换led路灯"
    services.suggestions.update(lamp, SuggestionUpdate(raised_on=date(2025, 5, 1)))  # a new rowid
    assert entries(db) == {lamp: "更换led路灯", bins: "垃圾清运"}
    with db.session() as s:  # written behind the index's back, then the whole index made again
        s.execute(sa.update(table_of(Suggestion)).where(SG.id == bins).values(title="生活垃圾分类"))
        search_rebuild.reindex_all(s)
    assert entries(db) == stored_titles(db) == {lamp: "更换led路灯", bins: "生活垃圾分类"}
    now = datetime(2025, 7, 1, tzinfo=UTC)
    bulk = uuid.uuid4()
    with db.session() as s:  # a bulk writer (an import) indexes what it wrote at the end
        row = {"id": bulk, "created_at": now, "updated_at": now, "version": 1, "title": "公交站台遮阳棚",
               "category": "other", "reflects_problem": False, "state": "pending",
               "raised_on": date(2025, 7, 1)}  # fmt: skip
        s.execute(sa.insert(table_of(Suggestion)).values(row))
        search_index.index_records(s.connection(), search_index.KIND_SUGGESTION, [bulk])
    assert entries(db)[bulk] == "公交站台遮阳棚"
    with db.session() as s:
        s.delete(s.get(Suggestion, bins))
    assert set(entries(db)) == {lamp, bulk}


@pytest.fixture(scope="module")
def city(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("titles") / "city.sqlite3"
    with demo_services(migrated_template, path, sessions=60, seed=11, today=date(2025, 6, 30)) as services:
        yield services


def _pages(city: Services, spec: ListSpec, query: ListQuery, size: int = 3) -> list[dict[str, Any]]:
    def list_(q: ListQuery) -> Page:
        with city.db.session(write=False) as s:
            return run_list(s, spec, q)

    rows: list[dict[str, Any]] = []
    page = list_(replace(query, limit=size, count=False))
    while True:
        rows += page.rows
        if page.next_cursor is None:
            last = list_(replace(query, limit=size, count=False, from_end=True))
            assert [r["id"] for r in last.rows] == [r["id"] for r in rows[-size:]]
            return rows
        assert len(page.rows) == size
        page = list_(replace(query, limit=size, count=False, cursor=page.next_cursor))


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("words", ["路", "社区", "停车 改造"])
def test_sorted_by_title_with_words_the_pages_walk_the_entries_in_title_order(
    city: Services, words: str, descending: bool
) -> None:
    spec = city.suggestions.list_spec()
    assert spec.text is not None and spec.text.title is SG.title
    matching = city.suggestions.list(ListQuery(search=words, limit=None, count=False)).rows  # by date
    assert len(matching) > 6, words
    query = ListQuery(search=words, sort="title", descending=descending)
    walked = _pages(city, replace(spec, text=replace(spec.text, few=0)), query)  # many: entries walked
    led = _pages(city, replace(spec, text=replace(spec.text, few=10**9)), query)  # few: matches sorted
    assert [r["id"] for r in walked] == [r["id"] for r in led]
    assert sorted(r["id"] for r in walked) == sorted(r["id"] for r in matching)
    titles = [r["title"] for r in walked]
    assert titles == sorted(titles, reverse=descending)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        statements.append((sql, params))

    sa.event.listen(city.db.engine, "before_cursor_execute", seen)
    try:
        _pages(city, replace(spec, text=replace(spec.text, few=0)), replace(query, limit=3))
    finally:
        sa.event.remove(city.db.engine, "before_cursor_execute", seen)
    walks = [(q, p) for q, p in statements if "ORDER BY search_doc.title" in q]
    assert len(walks) >= 3  # the first page, the next ones (two ranges each), the last
    with city.db.engine.connect() as conn:
        for sql, params in walks:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            assert "ix_search_doc_title" in plan and "TEMP B-TREE" not in plan, (sql, plan)


def test_only_suggestions_keep_a_title(city: Services) -> None:
    with city.db.engine.connect() as conn:
        kinds = dict(conn.execute(sa.select(SD.kind, sa.func.count(SD.title)).group_by(SD.kind)).all())
        missing = conn.execute(
            sa.select(sa.func.count())
            .select_from(search_doc.join(table_of(Suggestion), SG.id == SD.doc_id))
            .where(SD.title.is_distinct_from(SG.title))
        ).scalar_one()
    assert kinds[search_index.KIND_SESSION] == 0 and kinds[search_index.KIND_SUGGESTION] > 100
    assert missing == 0
