"""履职积分: the office's rules applied to every kind of record — roles, yearly caps, deductions — with the
records behind each point, the 履职评价 grade, 告诫提醒 over every kind, the ranking and its print."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from app.models import (
    ConsultationSessionCreate,
    DutyActivityCreate,
    MemberCreate,
    PlatformCreate,
    PublicOpinionCreate,
    ResearchReportCreate,
    Suggestion,
    SuggestionCreate,
)
from app.models.enums import AttendanceStatus as A
from app.models.enums import DutyGrade, PointRole, ResultClass
from app.services.documents import DocumentService
from app.services.hub import Services
from app.services.office_settings import DutyThresholds
from app.services.points_rules import GradeThresholds, PointsRules, Rule
from app.services.scope import Scope
from app.services.subjects import Subject, SubjectKind
from app.services.validation import build
from tests.support import ADMIN_ACTOR

YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))
RULES = PointsRules(
    {
        "consultation": Rule({"attended": 3, "convened": 4, "spoke": 1, "absent": 2}),
        "lecture": Rule({"attended": 1, "convened": 5, "spoke": 0, "absent": 0}, cap=10),
        "plenary": Rule({"attended": 4, "convened": 0, "spoke": 3, "absent": 5}),
        "suggestion": Rule({"submitted": 2, "adopted": 3, "instructed": 5}),
        "public_opinion": Rule({"submitted": 2, "adopted": 4, "instructed": 6}),
        "research_report": Rule({"submitted": 5, "adopted": 5, "instructed": 8}),
    },
    GradeThresholds(excellent=30, competent=15, basic=8),
)


@pytest.fixture
def year(services: Services) -> dict[str, Any]:
    services.settings.set_points_rules(RULES)
    station = services.platforms.create(
        build(PlatformCreate, kind="station", name="甲驿站", district="城西区")
    )
    ids = {n: services.members.create(build(MemberCreate, name=n)).id for n in ("张伟", "李娜", "王芳")}
    zhang, li, wang = ids["张伟"], ids["李娜"], ids["王芳"]
    session = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="停车难",
            topic_source="residents",
            held_on=date(2025, 3, 1),
            platform_id=station.id,
            state="held",
            convener_id=zhang,
        )
    )
    services.sessions.set_attendance(session.id, {zhang: A.PRESENT, li: A.PRESENT, wang: A.ABSENT}, {li})
    for n in range(3):  # 张伟 gives three 委员讲堂: 3 × 5 = 15, capped at 10 a year
        lecture = services.activities.create(
            build(
                DutyActivityCreate,
                kind="lecture",
                title=f"委员讲堂第{n + 1}期",
                held_on=date(2025, 4 + n, 1),
                convener_id=zhang,
            )
        )
        services.activities.set_attendance(lecture.id, {li: A.PRESENT})
    plenary = services.activities.create(
        build(DutyActivityCreate, kind="plenary", title="全体会议", held_on=date(2025, 1, 8))
    )
    services.activities.set_attendance(plenary.id, {zhang: A.PRESENT, li: A.EXCUSED, wang: A.ABSENT}, {zhang})
    suggestion = services.suggestions.create(
        build(
            SuggestionCreate,
            title="增设停车位",
            session_id=session.id,
            proposer_id=li,
        )
    )
    services.handling.add_instruction(suggestion.id, leader="市长", given_on=date(2025, 3, 5), text="请办理")
    opinion = services.opinions.create(
        build(
            PublicOpinionCreate,
            title="夜市噪音",
            submitted_on=date(2025, 5, 1),
            adopted_on=date(2025, 5, 9),
            adopted_by="省政协",
        )
    )
    services.opinions.set_submitters(opinion.id, [wang])
    report = services.research_reports.create(
        build(ResearchReportCreate, title="养老调研报告", written_on=date(2025, 6, 1))
    )
    services.research_reports.set_authors(report.id, [wang, li])
    services.instructions.add(
        Subject(SubjectKind.RESEARCH_REPORT, report.id),
        leader="市长",
        given_on=date(2025, 6, 10),
        text="很好",
    )
    return ids


def by_name(services: Services, scope: Scope = YEAR) -> dict[str, Any]:
    return {r.name: r for r in services.duty.records(scope)}


def test_points_follow_the_rules(services: Services, year: dict[str, Any]) -> None:
    records = by_name(services)
    zhang, li, wang = records["张伟"], records["李娜"], records["王芳"]
    # 张伟: attended 3 + convened 4; lectures 15 → cap 10; plenary attended 4 + spoke 3.
    assert zhang.points_by_category == {"consultation": 7, "lecture": 10, "plenary": 7}
    assert (zhang.points, zhang.points_deducted) == (24, 0)
    # 李娜: attended 3 + spoke 1; lectures 3 × 1; suggestion 2 + instructed 5; report 5 + instructed 8.
    assert li.points_by_category == {"consultation": 4, "lecture": 3, "suggestion": 7, "research_report": 13}
    assert li.points == 27
    # 王芳: absent from the session (−2) and the plenary (−5); opinion 2 + adopted 4; report 5 + instructed 8.
    assert wang.points_by_category == {
        "consultation": -2,
        "plenary": -5,
        "public_opinion": 6,
        "research_report": 13,
    }
    assert (wang.points, wang.points_deducted) == (12, 7)
    assert (zhang.grade, li.grade, wang.grade) == (DutyGrade.COMPETENT, DutyGrade.COMPETENT, DutyGrade.BASIC)
    assert (zhang.activities_attended, zhang.activities_absent, wang.activities_absent) == (2, 0, 2)
    assert (li.attended_by_kind, li.activities_excused) == ({"consultation": 1, "lecture": 3}, 1)
    assert (wang.opinions_submitted, wang.opinions_adopted, wang.reports_written) == (1, 1, 1)


def test_the_records_behind_each_point_add_up(services: Services, year: dict[str, Any]) -> None:
    for name, member_id in year.items():
        detail = services.duty.detail(member_id, YEAR)
        assert sum(i.points for i in detail.points) == detail.record.points, name
    lectures = [i for i in services.duty.detail(year["张伟"], YEAR).points if i.category == "lecture"]
    assert sorted((i.on.month, i.points, i.full, i.capped) for i in lectures) == [
        (4, 5, 5, False),
        (5, 5, 5, False),
        (6, 0, 5, True),
    ]
    li = {(i.category, i.role) for i in services.duty.detail(year["李娜"], YEAR).points}
    assert ("suggestion", PointRole.INSTRUCTED) in li and ("consultation", PointRole.SPOKE) in li
    assert ("suggestion", PointRole.ADOPTED) not in li


def test_adoption_and_caps_are_counted_per_year(services: Services, year: dict[str, Any]) -> None:
    suggestion = services.suggestions.list().rows[0]
    with services.db.session() as s:  # answered A (解决或采纳): the 被采用 role applies
        found = s.get(Suggestion, suggestion["id"])
        assert found is not None
        found.result_class = ResultClass.A
    assert by_name(services)["李娜"].points_by_category["suggestion"] == 10
    second_half = Scope(date(2025, 7, 1), date(2025, 12, 31))
    assert by_name(services, second_half)["张伟"].points == 0


def test_reminders_and_grades_use_every_kind(services: Services, year: dict[str, Any]) -> None:
    services.settings.set_duty_thresholds(
        DutyThresholds(min_sessions_attended=2, max_absences=1, min_suggestions=0, min_points=20)
    )
    below = {r.name: r.reasons for r in services.duty.below_thresholds(YEAR)}
    assert below == {
        "王芳": ["参加履职活动 0 次，少于 2 次", "无故缺席 2 次，多于 1 次", "履职积分 12 分，低于 20 分"],
    }
    # 李娜 went to one session and three lectures: she meets the 2-activity minimum with lectures alone.
    assert by_name(services)["李娜"].sessions_attended == 1
    half = services.duty.thresholds(Scope(date(2025, 1, 1), date(2025, 6, 30)))
    assert (half.min_points, half.grades) == (10, GradeThresholds(excellent=15, competent=8, basic=4))


def test_ranking_and_its_print(services: Services, year: dict[str, Any]) -> None:
    ranked = services.duty.ranking(YEAR)
    assert [(r.rank, r.record.name, r.record.points) for r in ranked] == [
        (1, "李娜", 27),
        (2, "张伟", 24),
        (3, "王芳", 12),
    ]
    data, result = DocumentService(services.db, ADMIN_ACTOR).render_bytes("ranking", scope=YEAR)
    reader = PdfReader(io.BytesIO(data))
    assert sorted(
        (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height)))
    ) == [595, 842]
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)  # landscape
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "").replace(" ", "")
    assert "委员履职积分排名表" in text and text.index("李娜") < text.index("张伟") < text.index("王芳")
    assert "优秀0名，称职2名，基本称职1名，不称职0名" in text
    member, _ = DocumentService(services.db, ADMIN_ACTOR).render_bytes("member", id=year["王芳"], scope=YEAR)
    flat = (
        "".join(p.extract_text() for p in PdfReader(io.BytesIO(member)).pages)
        .replace("\n", "")
        .replace(" ", "")
    )
    assert "本期履职积分12分" in flat and "履职评价为“基本称职”" in flat and "养老调研报告" in flat
    assert result.pages >= 1
