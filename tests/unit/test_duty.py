"""Members' duty records against hand-counted data, thresholds scaled to the period, 姓氏笔画 order."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.models import ConsultationSessionCreate, MemberCreate, PlatformCreate, SuggestionCreate
from app.models.enums import AttendanceStatus as A
from app.models.enums import MembershipRole
from app.services.hub import Services
from app.services.names import NameOrder
from app.services.office_settings import DutyThresholds
from app.services.scope import Scope
from app.services.validation import build

YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture
def city(services: Services) -> dict[str, uuid.UUID]:
    west = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    east = services.platforms.create(
        build(PlatformCreate, kind="studio", name="民生工作室", district="城东区")
    )
    ids = {"west": west.id, "east": east.id}
    for name, gender in (
        ("张伟", "male"),
        ("李娜", "female"),
        ("王芳", "female"),
        ("丁一", "male"),
        ("马力", "male"),
    ):
        ids[name] = services.members.create(
            build(MemberCreate, name=name, gender=gender, sector="经济界", party="民盟")
        ).id
    for name in ("张伟", "李娜", "王芳"):
        services.rosters.add_member(west.id, ids[name], MembershipRole.MEMBER)
    for name in ("丁一", "马力", "张伟"):
        services.rosters.add_member(east.id, ids[name])
    plan = [
        # (platform, held_on, form, state, convener, attendance)
        (
            "west",
            date(2025, 2, 10),
            "on_site",
            "held",
            "张伟",
            {"张伟": A.PRESENT, "李娜": A.PRESENT, "王芳": A.ABSENT},
        ),
        (
            "west",
            date(2025, 5, 6),
            "inspection",
            "held",
            "李娜",
            {"张伟": A.PRESENT, "李娜": A.EXCUSED, "王芳": A.ABSENT},
        ),
        ("west", date(2025, 9, 1), "online", "closed", None, {"张伟": A.EXCUSED, "王芳": A.ABSENT}),
        (
            "east",
            date(2025, 3, 3),
            "inspection",
            "held",
            "丁一",
            {"丁一": A.PRESENT, "马力": A.PRESENT, "张伟": A.PRESENT},
        ),
        ("east", date(2024, 12, 1), "on_site", "held", "丁一", {"丁一": A.PRESENT}),  # before the year
        (
            "west",
            date(2025, 11, 1),
            "on_site",
            "planned",
            "张伟",
            {"李娜": A.PRESENT},
        ),  # not held: never counts
    ]
    for i, (platform, held_on, form, state, convener, attendance) in enumerate(plan):
        session = services.sessions.create(
            build(
                ConsultationSessionCreate,
                topic=f"议题{i}",
                topic_source="residents",
                held_on=held_on,
                platform_id=ids[platform],
                form=form,
                state=state,
                convener_id=ids[convener] if convener else None,
            )
        )
        services.sessions.set_attendance(
            session.id, {ids[name]: status for name, status in attendance.items()}
        )
        ids[f"session{i}"] = session.id
    for title, proposer, platform, raised in (
        ("建议一", "张伟", "west", date(2025, 2, 10)),
        ("建议二", "张伟", "east", date(2025, 3, 3)),
        ("建议三", "李娜", "west", date(2025, 5, 6)),
        ("建议四", "丁一", "east", date(2024, 12, 1)),
    ):
        services.suggestions.create(
            build(
                SuggestionCreate,
                title=title,
                platform_id=ids[platform],
                proposer_id=ids[proposer],
                raised_on=raised,
            )
        )
    return ids


def by_name(services: Services, scope: Scope) -> dict[str, object]:
    return {r.name: r for r in services.duty.records(scope)}


def test_records_count_what_happened(services: Services, city) -> None:
    records = by_name(services, YEAR)
    zhang = records["张伟"]
    assert (zhang.sessions_attended, zhang.sessions_excused, zhang.sessions_absent) == (3, 1, 0)
    assert (zhang.visits, zhang.suggestions_raised, zhang.sessions_convened) == (2, 2, 1)
    assert (zhang.gender, zhang.sector, zhang.party) == ("男", "经济界", "民盟")
    assert zhang.platforms == ["民生工作室", "西门驿站"]
    li = records["李娜"]
    assert (li.sessions_attended, li.sessions_excused, li.visits, li.sessions_convened) == (1, 1, 0, 1)
    wang = records["王芳"]
    assert (wang.sessions_attended, wang.sessions_absent, wang.suggestions_raised) == (0, 3, 0)
    ding = records["丁一"]
    assert (ding.sessions_attended, ding.sessions_convened, ding.suggestions_raised) == (1, 1, 0)
    all_time = by_name(services, Scope())["丁一"]
    assert (all_time.sessions_attended, all_time.sessions_convened, all_time.suggestions_raised) == (2, 2, 1)


def test_scope_by_platform_lists_its_members_and_its_activity(services: Services, city) -> None:
    records = by_name(services, Scope(date(2025, 1, 1), date(2025, 12, 31), platform_id=city["west"]))
    assert set(records) == {"张伟", "李娜", "王芳"}
    assert (records["张伟"].sessions_attended, records["张伟"].suggestions_raised) == (2, 1)


def test_name_order(services: Services, city) -> None:
    assert [r.name for r in services.duty.records(YEAR)] == ["丁一", "马力", "王芳", "李娜", "张伟"]
    pinyin = [r.name for r in services.duty.records(YEAR, NameOrder.PINYIN)]
    assert pinyin == ["丁一", "李娜", "马力", "王芳", "张伟"]


def test_thresholds_and_reminders(services: Services, city) -> None:
    services.settings.set_duty_thresholds(
        DutyThresholds(min_sessions_attended=2, max_absences=2, min_suggestions=1)
    )
    below = {r.name: r.reasons for r in services.duty.below_thresholds(YEAR)}
    assert below == {
        "王芳": ["参加履职活动 0 次，少于 2 次", "无故缺席 3 次，多于 2 次", "提出意见建议 0 条，少于 1 条"],
        "李娜": ["参加履职活动 1 次，少于 2 次"],
        "丁一": ["参加履职活动 1 次，少于 2 次", "提出意见建议 0 条，少于 1 条"],
        "马力": ["参加履职活动 1 次，少于 2 次", "提出意见建议 0 条，少于 1 条"],
    }
    assert list(below) == ["丁一", "马力", "王芳", "李娜"]  # 姓氏笔画 order
    # Half a year: 6/12 of each figure (minimums rounded halves up, the absence limit rounded up).
    half = services.duty.thresholds(Scope(date(2025, 1, 1), date(2025, 6, 30)))
    assert (half.min_sessions_attended, half.max_absences, half.min_suggestions) == (1, 1, 1)
    assert half.note == "按每年标准的 6/12 折算（2025年1月1日至2025年6月30日，约 6 个月）"
    assert services.duty.thresholds(Scope()).note == "按每年标准"
    # First half: 王芳 was absent twice (more than 1), 马力 and 丁一 raised nothing; 张伟 did enough.
    first_half = {
        r.name: r.reasons for r in services.duty.below_thresholds(Scope(date(2025, 1, 1), date(2025, 6, 30)))
    }
    assert first_half["王芳"][1] == "无故缺席 2 次，多于 1 次"
    assert set(first_half) == {"王芳", "马力", "丁一"}


def test_short_periods_count_as_one_month(services: Services, city) -> None:
    week = services.duty.thresholds(Scope(date(2025, 3, 3), date(2025, 3, 9)))
    # 1/12 of 4 sessions rounds to 0 (no minimum); 1/12 of 2 absences rounds up to 1.
    assert (week.min_sessions_attended, week.max_absences, week.min_suggestions) == (0, 1, 0)


def test_detail_lists_the_sessions_and_suggestions(services: Services, city) -> None:
    detail = services.duty.detail(city["张伟"], YEAR)
    assert detail.record.sessions_attended == 3
    assert [(d.held_on, d.attendance, d.convened) for d in detail.sessions] == [
        (date(2025, 9, 1), "请假", False),
        (date(2025, 5, 6), "出席", False),
        (date(2025, 3, 3), "出席", False),
        (date(2025, 2, 10), "出席", True),
    ]
    assert detail.sessions[1].form == "视察调研"
    assert [(s.title, s.platform_name, s.state) for s in detail.suggestions] == [
        ("建议二", "民生工作室", "待交办"),
        ("建议一", "西门驿站", "待交办"),
    ]
