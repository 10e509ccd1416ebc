"""Bad input is refused with a Chinese message naming the field; nothing is written."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from app.models import (
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
    HandlingUnitCreate,
    MemberCreate,
    MemberUpdate,
    PlatformCreate,
    SuggestionCreate,
)
from app.models.enums import SessionState, UserRole
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.hub import Services
from app.services.users import UserCreate
from app.services.validation import build


def _platform(services: Services) -> uuid.UUID:
    return services.platforms.create(
        build(PlatformCreate, kind="studio", name="李慧敏教育委员工作室", district="城中区")
    ).id


def _errors(call) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.message == "；".join(info.value.errors.values())
    return info.value.errors


def test_build_translates_type_errors_into_chinese() -> None:
    errors = _errors(
        lambda: build(
            ConsultationSessionCreate,
            topic="议题",
            topic_source="gossip",
            held_on="2025-13-40",
            platform_id="not-a-uuid",
            resident_count=-3,
        )
    )
    assert errors == {
        "topic_source": "议题来源的取值无效",
        "held_on": "活动时间不是有效的日期",
        "platform_id": "站室组无效",
        "resident_count": "群众代表人数不能小于 0",
    }
    assert _errors(lambda: build(MemberCreate))["name"] == "名称不能为空"


def test_session_rules(services: Services) -> None:
    pid = _platform(services)
    errors = _errors(
        lambda: services.sessions.create(
            build(
                ConsultationSessionCreate,
                topic="  ",
                topic_source="members",
                held_on=date(1999, 12, 31),
                platform_id=uuid.uuid4(),
                convener_id=uuid.uuid4(),
            )
        )
    )
    assert errors == {
        "topic": "议题不能为空",
        "held_on": "活动时间不在合理范围内（2000年至两年后）",
        "platform_id": "所选站室组不存在",
        "convener_id": "所选召集人不存在",
    }
    future = _errors(
        lambda: services.sessions.create(
            build(
                ConsultationSessionCreate,
                topic="明年的议题",
                topic_source="members",
                held_on=date.today() + timedelta(days=30),
                platform_id=pid,
                state=SessionState.HELD,
            )
        )
    )
    assert future == {"state": "尚未到活动时间的活动只能是“筹备中”"}
    assert services.sessions.list().total == 0
    too_long = build(
        ConsultationSessionCreate,
        topic="议题",
        topic_source="members",
        held_on=date(2025, 1, 1),
        platform_id=pid,
    )
    too_long.location = "地" * 201  # past the schema, e.g. from an import
    assert _errors(lambda: services.sessions.create(too_long)) == {"location": "地点过长（最多 200 个字）"}


def test_session_update_is_validated_on_the_merged_record(services: Services) -> None:
    pid = _platform(services)
    s = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="停车难",
            topic_source="residents",
            held_on=date(2025, 3, 1),
            platform_id=pid,
        )
    )
    errors = _errors(lambda: services.sessions.update(s.id, build(ConsultationSessionUpdate, topic="")))
    assert errors == {"topic": "议题不能为空"}
    assert services.sessions.get(s.id).topic == "停车难"


def test_suggestion_rules(services: Services) -> None:
    assert _errors(lambda: services.suggestions.create(build(SuggestionCreate, title="x"))) == {
        "platform_id": "请先登记站室组，再登记意见建议"  # none registered yet: say what to do first
    }
    services.platforms.create(build(PlatformCreate, kind="station", name="西门驿站", district="城西区"))
    assert _errors(lambda: services.suggestions.create(build(SuggestionCreate, title="x"))) == {
        "platform_id": "请选择所属活动或站室组"
    }
    errors = _errors(
        lambda: services.suggestions.create(
            build(SuggestionCreate, title="", session_id=uuid.uuid4(), proposer_id=uuid.uuid4())
        )
    )
    assert errors == {
        "title": "建议标题不能为空",
        "session_id": "所属协商议事活动不存在",
        "proposer_id": "所选提出人不存在",
    }
    pid = _platform(services)
    made = services.suggestions.create(build(SuggestionCreate, title=" 增设健身器材 ", platform_id=pid))
    assert made.title == "增设健身器材"
    assert made.category.value == "livelihood"
    assert made.raised_on == date.today()


def test_member_unit_and_user_rules(services: Services, db) -> None:  # type: ignore[no-untyped-def]
    assert _errors(lambda: services.members.create(build(MemberCreate, name="张三", phone="电话138"))) == {
        "phone": "联系电话只能包含数字、空格和 + - ( ) 转"
    }
    m = services.members.create(build(MemberCreate, name=" 诸葛亮 ", phone=" 0971-8123456 ", notes="  "))
    assert (m.name, m.phone, m.notes) == ("诸葛亮", "0971-8123456", None)
    assert _errors(lambda: services.members.update(m.id, build(MemberUpdate, term="届" * 31))) == {
        "term": "届次过长（最多 30 个字）"
    }

    services.units.create(build(HandlingUnitCreate, name="市水务局"))
    assert _errors(lambda: services.units.create(build(HandlingUnitCreate, name="市水务局 "))) == {
        "name": "已有名为“市水务局”的承办单位"
    }

    admin = Services(db, Actor("admin", "管理员", UserRole.ADMIN))
    assert _errors(
        lambda: admin.users.create(
            UserCreate(username="lly", display_name="联络员", role=UserRole.COORDINATOR)
        )
    ) == {"platform_ids": "平台联络员必须指定负责的站室组（可多选）"}
    admin.users.create(UserCreate(username="wxy", display_name="王晓燕"))
    assert _errors(lambda: admin.users.create(UserCreate(username="wxy", display_name="另一位"))) == {
        "username": "用户名“wxy”已被使用"
    }


def test_platform_kind_is_required_with_a_helpful_message(services: Services) -> None:
    errors = _errors(
        lambda: services.platforms.create(
            PlatformCreate.model_construct(name="某驿站", district="城北区", kind=None)
        )
    )
    assert errors == {"kind": "请选择站室组类型（委员驿站、委员工作室或委员联络组）"}
