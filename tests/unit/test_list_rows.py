"""A list page's rows read from the cursor equal SQLAlchemy's own; settings and snippets read for less."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa

from app.db import Database
from app.models import ConsultationSessionCreate, HandlingUnitCreate, PlatformCreate, SuggestionCreate
from app.services.hub import Services
from app.services.list_rows import page_dicts
from app.services.listing import ListQuery
from app.services.office_settings import load_settings
from app.services.search_hits import make_snippet
from app.services.validation import build


def _ledger(services: Services) -> uuid.UUID:
    platform = services.platforms.create(
        build(PlatformCreate, kind="station", name="城西区古城台街道委员驿站", district="城西区")
    ).id
    unit = services.units.create(build(HandlingUnitCreate, name="市交通运输局")).id
    session = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="海晏路加装红绿灯",
            topic_source="residents",
            held_on=date(2025, 3, 1),
            platform_id=platform,
        )
    ).id
    for i in range(5):
        services.suggestions.create(
            build(
                SuggestionCreate,
                title=f"建议{i}：增设停车位",
                category="urban",
                session_id=session,
                platform_id=platform,
                raised_on=date(2025, 3, 1 + i),
            )
        )
    services.suggestions.create(
        build(
            SuggestionCreate,
            title="没有会议的建议",
            category="economy",
            platform_id=platform,
            raised_on=date(2025, 4, 1),
        )
    )
    return unit


def test_page_rows_equal_what_sqlalchemy_gives(db: Database, services: Services) -> None:
    _ledger(services)
    spec = services.suggestions.list_spec()
    stmt = spec.select()
    with db.session(write=False) as s:
        expected = [dict(r._mapping) for r in s.execute(stmt)]
        got = page_dicts(s, stmt)
    assert len(got) == 6
    assert got == expected
    row = next(r for r in got if r["title"] == "建议0：增设停车位")
    assert isinstance(row["id"], uuid.UUID) and isinstance(row["session_id"], uuid.UUID)
    assert row["raised_on"] == date(2025, 3, 1)
    assert next(r for r in got if r["title"] == "没有会议的建议")["session_id"] is None


def test_page_rows_of_an_empty_statement(db: Database, services: Services) -> None:
    stmt = services.suggestions.list_spec().select().where(sa.false())
    with db.session(write=False) as s:
        assert page_dicts(s, stmt) == []


def test_pages_of_the_list_hold_every_row_once(services: Services) -> None:
    _ledger(services)
    seen: list[str] = []
    query = ListQuery(limit=2, count=False, sort="title")
    page = services.suggestions.list(query)
    seen += [r["title"] for r in page.rows]
    while page.next_cursor is not None:
        page = services.suggestions.list(
            ListQuery(limit=2, count=False, sort="title", cursor=page.next_cursor)
        )
        seen += [r["title"] for r in page.rows]
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == 6


def test_settings_are_read_again_after_a_change(db: Database, services: Services) -> None:
    with db.session(write=False) as s:
        before = load_settings(s)
    services.settings.set_handling_days(before.handling_days + 5)
    with db.session(write=False) as s:
        after = load_settings(s)
        again = load_settings(s)
    assert after.handling_days == before.handling_days + 5
    assert again is after  # the same stored content is parsed once


def test_snippet_finds_words_with_and_without_ascii_letters() -> None:
    texts = {"title": "关于 Wi-Fi 覆盖的建议", "content": "小区停车难"}
    assert make_snippet(texts, ["wi-fi"]) == ("建议标题", "关于 Wi-Fi 覆盖的建议")
    assert make_snippet(texts, ["停车"]) == ("建议内容", "小区停车难")
    assert make_snippet(texts, ["WIFI"])[0] == "建议标题"  # no field holds it: the first text is shown
