"""Create / update / archive / list through the services, with Chinese validation and audit."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from app.models import (
    AuditEntry,
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
    MemberCreate,
    MemberUpdate,
    PlatformCreate,
)
from app.models.enums import PlatformKind, SessionState, TopicSource, UserRole
from app.services.actor import Actor
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.validation import build


def make_platform(services: Services, name: str = "城西区西门委员驿站", district: str = "城西区"):
    return services.platforms.create(build(PlatformCreate, kind="station", name=name, district=district))


def test_create_platform_trims_and_audits(services: Services, db) -> None:
    p = make_platform(services, name="  城西区西门委员驿站 ")
    assert p.name == "城西区西门委员驿站"
    assert p.kind is PlatformKind.STATION
    with db.session(write=False) as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.entity_id == p.id)).all()
    assert [e.action.value for e in entries] == ["create"]
    assert json.loads(entries[0].after)["name"] == "城西区西门委员驿站"
    assert entries[0].actor == "clerk"


def test_validation_messages_are_chinese(services: Services) -> None:
    make_platform(services)
    with pytest.raises(ValidationError) as info:
        services.platforms.create(
            build(PlatformCreate, kind="station", name="城西区西门委员驿站", district=" ")
        )
    assert info.value.errors["district"] == "县区不能为空"
    assert "已有名为" in info.value.errors["name"]
    with pytest.raises(ValidationError) as info:
        build(PlatformCreate, name="x" * 101, district="城西区")
    assert "类型不能为空" in info.value.message
    assert "最多 100 个字" in info.value.message


def test_update_detects_lost_update(services: Services) -> None:
    p = make_platform(services)
    s = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="海晏路加装红绿灯",
            topic_source=TopicSource.RESIDENTS,
            held_on=date(2025, 3, 1),
            platform_id=p.id,
        )
    )
    first = services.sessions.update(
        s.id, build(ConsultationSessionUpdate, minutes="纪要一"), expected_version=1
    )
    assert first.version == 2
    with pytest.raises(ConflictError, match="已被他人修改"):
        services.sessions.update(s.id, build(ConsultationSessionUpdate, minutes="纪要二"), expected_version=1)
    assert services.sessions.get(s.id).minutes == "纪要一"


def test_archive_hides_and_restore_brings_back(services: Services) -> None:
    p = make_platform(services)
    services.platforms.archive(p.id)
    assert services.platforms.list().total == 0
    assert services.platforms.list(ListQuery(include_archived=True)).total == 1
    services.platforms.restore(p.id)
    assert services.platforms.list().rows[0]["name"] == p.name


def test_list_filters_sorts_and_pages_in_sql(services: Services) -> None:
    for i in range(25):
        make_platform(services, name=f"驿站{i:02d}", district="城东区" if i % 2 else "城西区")
    page = services.platforms.list(
        ListQuery(filters={"district": "城东区"}, sort="name", descending=True, limit=5)
    )
    assert page.total == 12
    assert [r["name"] for r in page.rows] == ["驿站23", "驿站21", "驿站19", "驿站17", "驿站15"]
    page2 = services.platforms.list(ListQuery(search="驿站0", offset=3, limit=3, sort="name"))
    assert page2.total == 10
    assert [r["name"] for r in page2.rows] == ["驿站03", "驿站04", "驿站05"]
    with pytest.raises(ValidationError):
        services.platforms.list(ListQuery(sort="nonsense"))


def test_viewer_cannot_write_and_coordinator_only_own_platform(db, services: Services) -> None:
    own = make_platform(services, name="甲驿站")
    other = make_platform(services, name="乙驿站")
    viewer = Services(db, Actor("v", "只读用户", UserRole.VIEWER))
    with pytest.raises(PermissionDenied, match="只读"):
        viewer.members.create(build(MemberCreate, name="李四"))
    coordinator = Services(db, Actor("c", "联络员", UserRole.COORDINATOR, platform_ids=frozenset({own.id})))
    coordinator.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="议题",
            topic_source="members",
            held_on=date(2025, 1, 2),
            platform_id=own.id,
        )
    )
    with pytest.raises(PermissionDenied, match="本平台"):
        coordinator.sessions.create(
            build(
                ConsultationSessionCreate,
                topic="议题",
                topic_source="members",
                held_on=date(2025, 1, 2),
                platform_id=other.id,
            )
        )


def test_future_session_cannot_be_marked_held(services: Services) -> None:
    p = make_platform(services)
    s = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="明年的议题",
            topic_source="members",
            held_on=date(date.today().year + 1, 1, 5),
            platform_id=p.id,
        )
    )
    assert s.state is SessionState.PLANNED
    with pytest.raises(ValidationError, match="尚未到来"):
        services.sessions.transition(s.id, SessionState.HELD)


def test_member_list_is_in_surname_stroke_order_and_follows_renames(services: Services) -> None:
    for name in ["王建国", "丁一", "马丽", "欧阳娜娜", "白云", "于海"]:
        services.members.create(build(MemberCreate, name=name))
    names = [r["name"] for r in services.members.list().rows]
    assert names == ["丁一", "于海", "马丽", "王建国", "白云", "欧阳娜娜"]  # 2, 3, 3, 4, 5, 8 strokes
    descending = services.members.list(ListQuery(sort="name", descending=True)).rows
    assert [r["name"] for r in descending] == names[::-1]
    ding = next(r for r in services.members.list().rows if r["name"] == "丁一")
    services.members.update(ding["id"], build(MemberUpdate, name="龚一"), expected_version=ding["version"])
    assert [r["name"] for r in services.members.list().rows][-1] == "龚一"  # 11 strokes: last
