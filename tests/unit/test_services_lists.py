"""Lists filter, sort and page in SQL: sessions by platform, district, state and dates; overdue items."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from app.db import Database
from app.models import (
    ConsultationSessionCreate,
    HandlingUnitCreate,
    PlatformCreate,
    Suggestion,
    SuggestionCreate,
)
from app.models._base import table_of
from app.models.enums import SessionState, SuggestionState
from app.services import search_index
from app.services.errors import ValidationError
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.validation import build

SG = table_of(Suggestion)


def _platform(services: Services, name: str, district: str, kind: str = "station") -> uuid.UUID:
    return services.platforms.create(build(PlatformCreate, kind=kind, name=name, district=district)).id


def _session(
    services: Services, platform_id: uuid.UUID, topic: str, held_on: date, **extra: Any
) -> uuid.UUID:
    return services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic=topic,
            topic_source="residents",
            held_on=held_on,
            platform_id=platform_id,
            **extra,
        )
    ).id


@pytest.fixture
def city(services: Services) -> dict[str, uuid.UUID]:
    """Three platforms in two districts, with sessions in the first half of 2025."""
    ids = {
        "west": _platform(services, "城西区古城台街道委员驿站", "城西区"),
        "east": _platform(services, "城东区清真巷街道委员驿站", "城东区"),
        "group": _platform(services, "城西区委员联络组", "城西区", kind="liaison_group"),
    }
    plan = [
        ("west", "海晏路加装红绿灯", date(2025, 1, 10), SessionState.CLOSED),
        ("west", "海湖路地下通道修缮", date(2025, 2, 14), SessionState.FOLLOWING_UP),
        ("west", "古城台老旧小区改造", date(2025, 3, 20), SessionState.HELD),
        ("east", "东关大街停车难", date(2025, 2, 1), SessionState.HELD),
        ("east", "清真巷农贸市场改造", date(2025, 4, 5), SessionState.PLANNED),
        ("group", "城西区养老服务站建设", date(2025, 5, 30), SessionState.HELD),
    ]
    for key, topic, held_on, state in plan:
        ids[topic] = _session(services, ids[key], topic, held_on, state=state)
    return ids


def _topics(page: Any) -> list[str]:
    return [r["topic"] for r in page.rows]


def test_sessions_filter_by_platform_district_state_and_dates(services: Services, city: dict) -> None:
    lst = services.sessions.list
    assert lst(ListQuery(filters={"platform_id": city["west"]})).total == 3
    assert lst(ListQuery(filters={"platform_id": str(city["east"])})).total == 2
    assert sorted(_topics(lst(ListQuery(filters={"district": "城西区"})))) == sorted(
        ["海晏路加装红绿灯", "海湖路地下通道修缮", "古城台老旧小区改造", "城西区养老服务站建设"]
    )
    assert _topics(lst(ListQuery(filters={"state": "held"}, sort="held_on"))) == [
        "东关大街停车难",
        "古城台老旧小区改造",
        "城西区养老服务站建设",
    ]
    in_range = lst(
        ListQuery(filters={"date_from": "2025-02-01", "date_to": date(2025, 3, 20)}, sort="held_on")
    )
    assert _topics(in_range) == ["东关大街停车难", "海湖路地下通道修缮", "古城台老旧小区改造"]
    both = lst(
        ListQuery(filters={"district": "城西区", "state": SessionState.HELD, "platform_kind": "station"})
    )
    assert _topics(both) == ["古城台老旧小区改造"]


def test_sessions_sort_page_and_default_order(services: Services, city: dict) -> None:
    lst = services.sessions.list
    assert _topics(lst(ListQuery(limit=2))) == ["城西区养老服务站建设", "清真巷农贸市场改造"]  # newest first
    by_platform = lst(ListQuery(sort="platform_name", limit=None))
    names = [r["platform_name"] for r in by_platform.rows]
    assert names == sorted(names)
    page = lst(ListQuery(sort="held_on", descending=True, offset=2, limit=2))
    assert page.total == 6
    assert _topics(page) == ["古城台老旧小区改造", "海湖路地下通道修缮"]
    assert _topics(lst(ListQuery(search="老旧 改造"))) == ["古城台老旧小区改造"]
    assert lst(ListQuery(search="联络组")).total == 1  # matches the platform's name through the join


def test_session_rows_count_their_suggestions(services: Services, city: dict) -> None:
    sid = city["海晏路加装红绿灯"]
    for title in ("加装红绿灯", "增设减速带"):
        services.suggestions.create(build(SuggestionCreate, title=title, session_id=sid))
    rows = {r["topic"]: r for r in services.sessions.list(ListQuery(limit=None)).rows}
    assert rows["海晏路加装红绿灯"]["suggestion_count"] == 2
    assert rows["东关大街停车难"]["suggestion_count"] == 0
    assert rows["海晏路加装红绿灯"]["district"] == "城西区"


def test_archived_sessions_are_left_out_unless_asked(services: Services, city: dict) -> None:
    services.sessions.archive(city["东关大街停车难"])
    assert services.sessions.list().total == 5
    assert services.sessions.list(ListQuery(include_archived=True)).total == 6


def test_unknown_filter_or_sort_is_a_chinese_error(services: Services) -> None:
    with pytest.raises(ValidationError, match="不支持按“colour”筛选"):
        services.sessions.list(ListQuery(filters={"colour": "red"}))
    with pytest.raises(ValidationError, match="不支持按“colour”排序"):
        services.suggestions.list(ListQuery(sort="colour"))


def _handed_out(
    db: Database, sid: uuid.UUID, unit: uuid.UUID, state: SuggestionState, due: date, **extra: Any
) -> None:
    with db.session() as s:
        s.execute(
            sa.update(SG)
            .where(SG.c.id == sid)
            .values(
                state=state.value,
                lead_unit_id=unit,
                assigned_on=due - timedelta(days=21),
                due_on=due,
                **extra,
            )
        )
        # Core writes bypass the ORM events that keep the search index current (the lists' filter box)
        search_index.index_record(s.connection(), search_index.KIND_SUGGESTION, sid)


def test_suggestions_overdue_filter(services: Services, db: Database, city: dict) -> None:
    unit = services.units.create(build(HandlingUnitCreate, name="市住房和城乡建设局")).id
    today = date.today()
    made = {}
    for title in ("超期未办", "超期办理中", "已答复的不算", "未到期", "待交办不算"):
        made[title] = services.suggestions.create(
            build(SuggestionCreate, title=title, platform_id=city["west"])
        ).id
    _handed_out(db, made["超期未办"], unit, SuggestionState.ASSIGNED, today - timedelta(days=3))
    _handed_out(db, made["超期办理中"], unit, SuggestionState.IN_PROGRESS, today - timedelta(days=40))
    _handed_out(
        db, made["已答复的不算"], unit, SuggestionState.REPLIED, today - timedelta(days=3),
        replied_on=today - timedelta(days=1), reply="已安排施工",
    )  # fmt: skip
    _handed_out(db, made["未到期"], unit, SuggestionState.IN_PROGRESS, today + timedelta(days=5))

    overdue = services.suggestions.list(ListQuery(filters={"overdue": True}, sort="due_on"))
    assert [r["title"] for r in overdue.rows] == ["超期办理中", "超期未办"]
    assert all(r["overdue"] for r in overdue.rows)
    assert {r["lead_unit_name"] for r in overdue.rows} == {"市住房和城乡建设局"}
    not_overdue = services.suggestions.list(ListQuery(filters={"overdue": False}))
    assert sorted(r["title"] for r in not_overdue.rows) == ["已答复的不算", "待交办不算", "未到期"]
    assert not any(r["overdue"] for r in not_overdue.rows)
    by_unit = services.suggestions.list(ListQuery(search="住房和城乡"))
    assert by_unit.total == 4


def test_suggestions_filter_by_state_district_and_session(
    services: Services, db: Database, city: dict
) -> None:
    sid = city["东关大街停车难"]
    services.suggestions.create(build(SuggestionCreate, title="建设立体停车场", session_id=sid))
    services.suggestions.create(build(SuggestionCreate, title="错时共享停车", session_id=sid))
    services.suggestions.create(build(SuggestionCreate, title="城西独立建议", platform_id=city["west"]))
    lst = services.suggestions.list
    assert lst(ListQuery(filters={"session_id": sid})).total == 2
    assert [r["title"] for r in lst(ListQuery(filters={"district": "城西区"})).rows] == ["城西独立建议"]
    assert lst(ListQuery(filters={"state": "pending"})).total == 3
    assert lst(ListQuery(filters={"state": "concluded"})).total == 0
    rows = lst(ListQuery(filters={"session_id": sid}, sort="title")).rows
    assert [r["session_topic"] for r in rows] == ["东关大街停车难", "东关大街停车难"]
    assert all(r["raised_on"] == date(2025, 2, 1) for r in rows)  # a session's suggestions take its date
