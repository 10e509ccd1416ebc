"""Figures of a small hand-made year, the stable keys, and the drafted statistics paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import ConsultationSessionCreate, HandlingUnitCreate, PlatformCreate, SuggestionCreate
from app.models.enums import EventKind, ResultClass, Satisfaction
from app.services.hub import Services
from app.services.scope import Scope
from app.services.statistics_text import draft_paragraph, period_phrase
from app.services.validation import build

YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture
def year(services: Services) -> Services:
    station = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    studio = services.platforms.create(
        build(PlatformCreate, kind="studio", name="民生工作室", district="城东区")
    )
    unit = services.units.create(build(HandlingUnitCreate, name="市交通运输局")).id
    sessions = [
        services.sessions.create(
            build(
                ConsultationSessionCreate,
                topic=f"议题{i}",
                topic_source=source,
                held_on=date(2025, 3, 1 + i),
                platform_id=platform.id,
                form=form,
                state="held",
            )
        )
        for i, (platform, form, source) in enumerate(
            [
                (station, "on_site", "residents"),
                (station, "inspection", "party_government"),
                (studio, "online", "members"),
            ]
        )
    ]
    h = services.handling
    for i in range(4):
        s = services.suggestions.create(
            build(SuggestionCreate, title=f"建议{i}", session_id=sessions[i % 3].id, reflects_problem=i != 3)
        )
        if i < 3:
            h.assign(s.id, lead_unit_id=unit, assigned_on=date(2025, 3, 10))
        if i < 2:
            h.reply(s.id, reply="已答复", replied_on=date(2025, 3, 20), result_class=ResultClass.A)
            h.conclude(s.id, concluded_on=date(2025, 4, 1), implementation="已落实")
            h.evaluate_by_proposer(
                s.id,
                before=Satisfaction.SATISFIED,
                during=Satisfaction.SATISFIED,
                after=Satisfaction.SATISFIED if i == 0 else Satisfaction.UNSATISFIED,
                evaluated_on=date(2025, 4, 5),
            )
        if i == 2:
            h.remind(s.id, on=date(2025, 4, 20), kind=EventKind.SUPERVISION)
            h.add_instruction(s.id, leader="市长", given_on=date(2025, 4, 1), text="抓紧办理")
    return services


def test_figures_of_a_small_year(year: Services) -> None:
    f = year.statistics.summary(YEAR, today=date(2025, 12, 31))
    assert (f["sessions"], f["sessions_held"], f["suggestions"]) == (3, 3, 4)
    assert f["sessions_by_form"] == {"on_site": 1, "online": 1, "inspection": 1}
    assert f["sessions_by_district"] == {"城西区": 2, "城东区": 1}
    assert f["suggestions_by_district"] == {"城西区": 3, "城东区": 1}
    assert (f["suggestions_handed_out"], f["suggestions_concluded"], f["suggestions_concluded_on_time"]) == (
        3,
        2,
        2,
    )
    assert (f["concluded_rate"], f["on_time_rate"]) == (66.7, 100.0)
    assert (f["evaluated"], f["satisfied"], f["satisfaction_rate"]) == (2, 1, 50.0)
    assert f["evaluations_by_aspect"]["before"] == {"satisfied": 2, "basically": 0, "unsatisfied": 0}
    assert f["satisfaction_rate_by_aspect"] == {"before": 100.0, "during": 100.0, "after": 50.0}
    assert (f["leader_instructions"], f["suggestions_with_instructions"]) == (1, 1)
    assert f["follow_up_events"] == {"reminder": 0, "supervision": 1, "call": 0}
    assert (f["problem_suggestions"], f["problem_share"]) == (3, 75.0)
    assert f["inspection_suggestions"] == 1  # the second suggestion came from the inspection
    assert f["overdue"] == 1  # assigned 10 March, 15 working days, never replied
    [west, east] = sorted(f["platform_table"], key=lambda r: r["name"], reverse=True)
    # 建议0, 1, 3 belong to 西门驿站 (0 and 1 handed out and concluded), 建议2 to the studio.
    assert (west["name"], west["suggestions"], west["concluded"], west["concluded_rate"]) == (
        "西门驿站",
        3,
        2,
        100.0,
    )
    assert (east["suggestions"], east["handed_out"], east["concluded_rate"], east["overdue"]) == (
        1,
        1,
        0.0,
        1,
    )


def test_due_soon_uses_the_office_warning_days(year: Services) -> None:
    # The open suggestion is due 31 March 2025 (15 working days after 10 March).
    assert year.statistics.summary(YEAR, today=date(2025, 3, 27))["due_soon"] == 1
    assert year.statistics.summary(YEAR, today=date(2025, 3, 24))["due_soon"] == 0
    year.settings.set_due_soon_days(5)
    assert year.statistics.summary(YEAR, today=date(2025, 3, 24))["due_soon"] == 1


def test_foundation_keys_are_kept(year: Services) -> None:
    f = year.statistics.summary(YEAR)
    for key in (
        "scope",
        "as_of",
        "platforms",
        "platforms_active",
        "platforms_by_kind",
        "members",
        "sessions",
        "sessions_held",
        "sessions_by_state",
        "sessions_by_form",
        "sessions_by_topic_source",
        "sessions_by_platform_kind",
        "suggestions",
        "suggestions_by_state",
        "suggestions_by_result_class",
        "suggestions_by_category",
        "suggestions_handed_out",
        "suggestions_replied",
        "suggestions_concluded",
        "suggestions_concluded_on_time",
        "concluded_rate",
        "on_time_rate",
        "evaluated",
        "satisfied",
        "satisfaction_rate",
        "full_satisfaction_rate",
        "leader_instructions",
        "problem_suggestions",
        "problem_share",
        "overdue",
        "attendance",
        "members_attending",
        "attendance_rate",
        "member_participation_rate",
        "sessions_by_month",
        "suggestions_by_month",
        "sessions_by_platform",
    ):
        assert key in f, key


def test_draft_paragraph(year: Services) -> None:
    text = draft_paragraph(year.statistics.summary(YEAR, today=date(2025, 12, 31)))
    assert text.startswith(
        "2025年全年，各委员履职平台共开展协商议事活动3次，其中现场协商1次、网络协商1次、视察调研1次"
    )
    assert "形成意见建议4条，其中反映问题类3条，占75.0%" in text
    assert "已交办3条，已办结2条，办结率66.7%，按期办结率100.0%" in text
    assert "满意率为50.0%" in text
    assert "获领导批示1件次" in text
    assert text.endswith("目前尚有1条意见建议超过办理时限未答复，需进一步加大督办力度。")


def test_draft_paragraph_for_an_empty_period(year: Services) -> None:
    f = year.statistics.summary(Scope(date(2024, 1, 1), date(2024, 6, 30), district="城西区"))
    assert draft_paragraph(f) == "2024年1月至6月，城西区暂无协商议事活动和意见建议记录。"


@pytest.mark.parametrize(
    ("start", "end", "phrase"),
    [
        ("2025-01-01", "2025-12-31", "2025年全年"),
        ("2025-04-01", "2025-06-30", "2025年4月至6月"),
        ("2025-02-01", "2025-02-28", "2025年2月"),
        ("2025-03-05", "2025-04-30", "2025年3月5日至2025年4月30日"),
        (None, "2025-06-30", "截至2025年6月30日"),
        (None, None, "截至目前"),
    ],
)
def test_period_phrase(start: str | None, end: str | None, phrase: str) -> None:
    assert period_phrase({"from": start, "to": end}) == phrase
