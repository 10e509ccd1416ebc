"""One home for what a field may hold: phones, number ranges and lengths alike on every record."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import (
    ConsultationSessionCreate,
    HandlingUnitCreate,
    MemberCreate,
    PlatformCreate,
    PlatformUpdate,
)
from app.models.enums import ParticipantKind, PlatformKind, TopicSource
from app.services.errors import ValidationError
from app.services.hub import Services
from app.services.sessions import participant_errors
from app.services.validation import TEXT_LIMITS, build, max_length, phone_problem


@pytest.mark.parametrize(
    ("phone", "ok"),
    [
        ("0971-5466862", True),
        ("+86 138 0000 0000", True),
        ("0971-1234567转8001", True),
        ("abc123", False),
        ("12", False),
    ],
)
def test_the_phone_rule(phone: str, ok: bool) -> None:
    assert (phone_problem(phone) is None) is ok


def test_letters_in_a_phone_are_refused_on_every_record(services: Services) -> None:
    make = [
        lambda: services.platforms.create(
            PlatformCreate(kind=PlatformKind.STATION, name="西门驿站", district="城西区", phone="电话abc")
        ),
        lambda: services.units.create(HandlingUnitCreate(name="市交通运输局", phone="电话abc")),
        lambda: services.members.create(MemberCreate(name="张宏伟", phone="电话abc")),
    ]
    for call in make:
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.errors == {"phone": "联系电话只能包含数字、空格和 + - ( ) 转"}


def test_absurd_numbers_and_long_texts_are_refused(services: Services) -> None:
    platform = services.platforms.create(
        PlatformCreate(kind=PlatformKind.STATION, name="西门驿站", district="城西区")
    )
    data = {
        "topic": "议" * 201,
        "topic_source": TopicSource.RESIDENTS,
        "held_on": date(2025, 3, 1),
        "platform_id": platform.id,
        "resident_count": 100_000,
    }
    errors = services.sessions.check(ConsultationSessionCreate, data)
    assert errors["resident_count"] == "群众代表人数应在 0 到 5000 人之间"
    assert errors["topic"] == "议题过长（最多 200 个字）"


def test_check_gathers_every_error_of_a_form_at_once(services: Services) -> None:
    errors = services.sessions.check(
        ConsultationSessionCreate, {"topic": "", "topic_source": None, "held_on": None, "platform_id": None}
    )
    assert set(errors) >= {"topic", "topic_source", "held_on", "platform_id"}
    assert errors["platform_id"] == "请先登记站室组，再登记协商议事活动"  # no 站室组 exists yet


def test_check_on_an_edit_merges_the_stored_record(services: Services) -> None:
    platform = services.platforms.create(
        PlatformCreate(kind=PlatformKind.STATION, name="西门驿站", district="城西区")
    )
    assert services.platforms.check(PlatformUpdate, {"phone": "0971-5466862"}, platform.id) == {}
    assert services.platforms.check(PlatformUpdate, {"name": "站" * 101}, platform.id) == {
        "name": "名称过长（最多 100 个字）"
    }


def test_participants_are_checked_by_row() -> None:
    errors = participant_errors(
        [
            (ParticipantKind.RESIDENT, "", None),
            (ParticipantKind.EXPERT, "李" * 51, None),
            (ParticipantKind.OTHER, "王", "单" * 101),
        ]
    )
    assert errors == {
        "participant_1": "第 1 位参会人员的姓名不能为空",
        "participant_2": "第 2 位参会人员的姓名过长（最多 50 个字）",
        "participant_3": "第 3 位参会人员的单位或职务过长（最多 100 个字）",
    }


def test_limits_are_the_models_limits() -> None:
    from app.models import HandlingUnit, Member, Platform

    for model, entity in ((Member, "member"), (Platform, "platform"), (HandlingUnit, "handling_unit")):
        for field, limit in TEXT_LIMITS[entity].items():
            assert model.__table__.c[field].type.length == limit, (entity, field)  # type: ignore[attr-defined]
    assert max_length("reply", "reply") == 5000
    with pytest.raises(ValidationError):
        build(MemberCreate, name="名" * 51)
