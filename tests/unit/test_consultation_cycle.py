"""The cycle's records through their services: topics and the plan, 履职活动 and their kinds, 协商专报 with
stored numbers, 批示 and 成果转化 on any record, feedback, 社情民意信息 and 调研报告 — with permissions and
the audit trail."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from app.db import Database
from app.models import (
    AuditEntry,
    ConsultationSessionCreate,
    DutyActivityCreate,
    DutyActivityUpdate,
    MemberCreate,
    PlatformCreate,
    PublicOpinionCreate,
    ResearchReportCreate,
    ResultsReportCreate,
    ResultsReportUpdate,
    SuggestionCreate,
    TopicCreate,
    TopicUpdate,
)
from app.models.enums import AttendanceStatus, OutcomeKind, PlanStatus, UserRole
from app.models.feedback import FeedbackUpdate
from app.services.actor import Actor
from app.services.errors import PermissionDenied, ValidationError
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.scope import Scope
from app.services.subjects import Subject, SubjectKind
from app.services.validation import build

YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture
def world(services: Services) -> dict[str, Any]:
    own = services.platforms.create(build(PlatformCreate, kind="station", name="甲驿站", district="城西区"))
    other = services.platforms.create(
        build(PlatformCreate, kind="studio", name="乙工作室", district="城东区")
    )
    members = [services.members.create(build(MemberCreate, name=n)).id for n in ("张伟", "李娜", "王芳")]
    return {"own": own.id, "other": other.id, "members": members}


def entries(db: Database, entity: str) -> list[AuditEntry]:
    with db.session(write=False) as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.entity == entity)).all())


def coordinator(db: Database, platform: uuid.UUID) -> Services:
    return Services(db, Actor("c", "甲联络员", UserRole.COORDINATOR, platform_ids=frozenset({platform})))


def topic(services: Services, **fields: Any) -> Any:
    data = {"title": "老旧小区加装电梯", "source": "residents", "collected_on": date(2025, 1, 5), **fields}
    return services.topics.create(build(TopicCreate, **data))


# -- topics and the plan ----------------------------------------------------------------------------
def test_topic_decisions_are_checked(services: Services, world: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as info:
        topic(services, decision="confirmed")
    assert info.value.errors["decided_on"] == "请填写确定日期"
    with pytest.raises(ValidationError) as info:
        topic(services, decision="declined", decided_on=date(2025, 2, 1))
    assert info.value.errors["decline_reason"] == "未采用的议题请写明理由"
    with pytest.raises(ValidationError) as info:
        topic(services, decision="confirmed", decided_on=date(2025, 1, 1), activity_kind="consultation")
    assert "不能早于征集日期" in info.value.errors["decided_on"]
    assert "请选择站室组" in info.value.errors["platform_id"]
    confirmed = topic(services, decision="confirmed", decided_on=date(2025, 2, 10), decided_by="主席会议")
    assert (confirmed.plan_year, confirmed.activity_kind) == (
        2025,
        "special_consultation",
    )  # the office's own
    collected = topic(services, platform_id=world["own"], plan_year=2025, planned_month=3)
    assert (collected.plan_year, collected.planned_month, collected.activity_kind) == (
        None,
        None,
        "consultation",
    )


def test_plan_status_follows_what_was_held(services: Services, world: dict[str, Any]) -> None:
    planned = topic(
        services,
        platform_id=world["own"],
        decision="confirmed",
        decided_on=date(2025, 2, 1),
        plan_year=2025,
        planned_month=4,
    )
    later = topic(
        services,
        title="夜市管理",
        platform_id=world["own"],
        decision="confirmed",
        decided_on=date(2025, 2, 1),
        plan_year=date.today().year + 1,
    )
    assert services.topics.status(planned) is PlanStatus.OVERDUE
    assert services.topics.status(later) is PlanStatus.PLANNED
    draft = services.topics.session_draft(planned.id)
    assert (draft["topic_id"], draft["platform_id"], draft["held_on"]) == (
        planned.id,
        world["own"],
        date(2025, 4, 1),
    )
    session = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic=draft["topic"],
            topic_source=draft["topic_source"],
            held_on=draft["held_on"],
            platform_id=draft["platform_id"],
            topic_id=draft["topic_id"],
            state="planned",
        )
    )
    assert services.topics.status(planned) is PlanStatus.OVERDUE  # planned, not yet held
    services.sessions.transition(session.id, services.sessions.get(session.id).state.__class__("held"))
    assert services.topics.status(planned) is PlanStatus.HELD
    history = services.topics.history(planned.id)
    assert [(h.record_kind, h.held_on, h.held) for h in history] == [("session", date(2025, 4, 1), True)]
    assert services.topics.plan_counts(2025) == {
        PlanStatus.PLANNED: 0,
        PlanStatus.HELD: 1,
        PlanStatus.OVERDUE: 0,
    }
    rows = services.topics.list(ListQuery(filters={"plan_year": 2025})).rows
    assert [(r["status"], r["held_count"], r["overdue"]) for r in rows] == [("held", 1, False)]


# -- kinds and activities -------------------------------------------------------------------------
def test_the_office_extends_the_kinds(services: Services, db: Database, world: dict[str, Any]) -> None:
    own = services.activity_kinds.add("界别协商")
    assert (own.code, own.builtin) == ("custom_1", False)
    assert ("custom_1", "界别协商") in services.activity_kinds.choices()
    assert (
        "consultation",
        "协商议事",
    ) not in services.activity_kinds.choices()  # sessions are recorded as sessions
    with pytest.raises(ValidationError, match="已有名为"):
        services.activity_kinds.add("视察")
    services.activity_kinds.rename("custom_1", "界别专题协商")
    activity = services.activities.create(
        build(DutyActivityCreate, kind="custom_1", title="界别协商会", held_on=date(2025, 5, 1))
    )
    services.activity_kinds.set_archived("custom_1", True)
    assert "custom_1" not in dict(services.activity_kinds.choices())
    with pytest.raises(ValidationError, match="已停用"):
        services.activities.create(
            build(DutyActivityCreate, kind="custom_1", title="又一次", held_on=date(2025, 6, 1))
        )
    services.activities.update(
        activity.id, build(DutyActivityUpdate, title="界别协商会（一）")
    )  # its kind stays
    with pytest.raises(ValidationError, match="内置"):
        services.activity_kinds.set_archived("inspection", True)
    with pytest.raises(PermissionDenied):
        coordinator(db, world["own"]).activity_kinds.add("委员沙龙")
    figures = services.statistics.summary(YEAR)
    assert figures["activities_by_kind"]["custom_1"] == 1
    assert figures["activity_kind_labels"]["custom_1"] == "界别专题协商"
    assert len(entries(db, "activity_kind")) == 3  # added, renamed, archived


def test_activities_hold_attendance_suggestions_and_move_them(
    services: Services, world: dict[str, Any]
) -> None:
    with pytest.raises(ValidationError, match="协商议事"):
        services.activities.create(
            build(DutyActivityCreate, kind="consultation", title="x", held_on=date(2025, 5, 1))
        )
    activity = services.activities.create(
        build(
            DutyActivityCreate,
            kind="inspection",
            title="视察交通设施",
            held_on=date(2025, 5, 1),
            organiser="市政协办公室",
        )
    )
    assert activity.platform_id is None and activity.inspection_kind.value == "supervisory"
    a, b, c = world["members"]
    services.activities.set_attendance(
        activity.id,
        {a: AttendanceStatus.PRESENT, b: AttendanceStatus.ABSENT, c: AttendanceStatus.PRESENT},
        {a, b},
    )
    spoke = {
        m.name: (status.value, spoke) for m, status, spoke in services.activities.attendance(activity.id)
    }
    assert spoke == {"张伟": ("present", True), "李娜": ("absent", False), "王芳": ("present", False)}
    assert list(spoke) == ["王芳", "李娜", "张伟"]  # 姓氏笔画 (王 has the fewest strokes), not code points
    suggestion = services.suggestions.create(
        build(SuggestionCreate, title="增设信号灯", activity_id=activity.id)
    )
    assert (suggestion.platform_id, suggestion.raised_on) == (None, date(2025, 5, 1))  # the office's own
    services.activities.update(activity.id, build(DutyActivityUpdate, platform_id=world["own"]))
    assert services.suggestions.get(suggestion.id).platform_id == world["own"]
    with pytest.raises(ValidationError, match="只能属于"):
        session = services.sessions.create(
            build(
                ConsultationSessionCreate,
                topic="t",
                topic_source="residents",
                held_on=date(2025, 5, 2),
                platform_id=world["own"],
            )
        )
        services.suggestions.create(
            build(SuggestionCreate, title="x", activity_id=activity.id, session_id=session.id)
        )
    row = services.activities.list().rows[0]
    assert (row["platform_name"], row["present_count"], row["suggestion_count"]) == ("甲驿站", 2, 1)


def test_coordinators_see_and_change_only_their_platforms_records(
    db: Database, services: Services, world: dict[str, Any]
) -> None:
    office = services.activities.create(
        build(DutyActivityCreate, kind="plenary", title="全体会议", held_on=date(2025, 1, 10))
    )
    mine = services.activities.create(
        build(
            DutyActivityCreate, kind="visit", title="走访", held_on=date(2025, 3, 1), platform_id=world["own"]
        )
    )
    theirs_topic = topic(services, platform_id=world["other"])
    coord = coordinator(db, world["own"])
    assert [r["id"] for r in coord.activities.list().rows] == [mine.id]
    assert coord.topics.list().rows == []
    with pytest.raises(PermissionDenied, match="只能查看本平台"):
        coord.activities.get(office.id)
    with pytest.raises(PermissionDenied, match="政协机关层面"):
        coord.activities.create(
            build(DutyActivityCreate, kind="visit", title="走访", held_on=date(2025, 3, 2))
        )
    with pytest.raises(PermissionDenied):
        coord.topics.update(theirs_topic.id, build(TopicUpdate, title="改"))
    coord.activities.update(mine.id, build(DutyActivityUpdate, title="走访（一）"))
    assert (
        coord.statistics.summary(YEAR)["activities_by_kind"]["plenary"] == 0
    )  # the office's meeting is not theirs
    assert services.statistics.summary(YEAR)["activities_by_kind"]["plenary"] == 1


# -- after the session ------------------------------------------------------------------------------
def test_results_reports_are_numbered_once(services: Services, db: Database, world: dict[str, Any]) -> None:
    session = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="停车难",
            topic_source="residents",
            held_on=date(2025, 3, 1),
            platform_id=world["own"],
            state="held",
        )
    )
    first = services.results_reports.create(
        build(
            ResultsReportCreate,
            title="专报一",
            issued_on=date(2025, 3, 10),
            sent_to="市委、市政府",
            session_id=session.id,
        )
    )
    second = services.results_reports.create(
        build(ResultsReportCreate, title="专报二", issued_on=date(2025, 4, 1), sent_to="市委")
    )
    assert (first.number, first.platform_id) == ("协商专报〔2025〕第1期", world["own"])
    assert (second.number, second.platform_id) == ("协商专报〔2025〕第2期", None)
    edited = services.results_reports.update(first.id, build(ResultsReportUpdate, title="专报一（修订）"))
    assert edited.number == "协商专报〔2025〕第1期"
    with pytest.raises(ValidationError, match="不能改到另一年"):
        services.results_reports.update(first.id, build(ResultsReportUpdate, issued_on=date(2024, 12, 30)))
    assert services.statistics.summary(YEAR)["results_reported"] == 2


def test_instructions_outcomes_and_feedback_on_any_record(
    services: Services, db: Database, world: dict[str, Any]
) -> None:
    session = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="停车难",
            topic_source="residents",
            held_on=date(2025, 3, 1),
            platform_id=world["own"],
            state="held",
        )
    )
    opinion = services.opinions.create(
        build(PublicOpinionCreate, title="夜市噪音扰民", submitted_on=date(2025, 3, 2))
    )
    on_session, on_opinion = (
        Subject(SubjectKind.SESSION, session.id),
        Subject(SubjectKind.OPINION, opinion.id),
    )
    services.instructions.add(on_session, leader="市长", given_on=date(2025, 3, 20), text="请抓紧落实")
    services.instructions.add(on_opinion, leader="副市长", given_on=date(2025, 3, 21), text="请研究")
    with pytest.raises(ValidationError, match="不能早于"):
        services.instructions.add(on_session, leader="市长", given_on=date(2025, 2, 1), text="早了")
    with pytest.raises(PermissionDenied, match="办公室工作人员"):
        coordinator(db, world["own"]).instructions.add(
            on_session, leader="市长", given_on=date(2025, 3, 20), text="x"
        )
    figures = services.statistics.summary(YEAR)
    assert figures["leader_instructions"] == 2
    assert figures["leader_instructions_by_subject"] == {
        "suggestion": 0,
        "session": 1,
        "activity": 0,
        "results_report": 0,
        "research_report": 0,
        "public_opinion": 1,
    }
    assert figures["public_opinion"]["instructed"] == 1
    outcome = services.outcomes.add(
        on_session, kind=OutcomeKind.FUNDING, description="投入资金80万元", achieved_on=date(2025, 6, 1)
    )
    assert services.statistics.summary(YEAR)["outcomes_by_kind"]["funding"] == 1
    with pytest.raises(ValidationError) as info:
        services.outcomes.set_feedback(
            on_session, FeedbackUpdate(feedback_on=date(2025, 3, 25), is_public=False)
        )
    assert info.value.errors == {
        "feedback_method": "请选择反馈方式",
        "not_public_reason": "不公开的，请写明理由",
    }
    services.outcomes.set_feedback(
        on_session,
        FeedbackUpdate(
            feedback_on=date(2025, 3, 25),
            feedback_method="notice",
            is_public=False,
            not_public_reason="涉及个人隐私",
        ),
    )
    kept = services.sessions.get(session.id)
    assert (kept.feedback_method.value, kept.is_public, kept.not_public_reason) == (
        "notice",
        False,
        "涉及个人隐私",
    )
    figures = services.statistics.summary(YEAR)
    assert (figures["residents_informed"], figures["not_public"]) == (1, 1)
    services.outcomes.remove(outcome.id)
    instruction = services.instructions.list(on_opinion)[0]
    services.instructions.remove(instruction.id)
    assert services.statistics.summary(YEAR)["leader_instructions"] == 1
    assert [e.action.value for e in entries(db, "leader_instruction")] == ["create", "create", "delete"]
    assert [e.action.value for e in entries(db, "result_outcome")] == ["create", "delete"]


def test_opinions_and_research_reports_with_their_people(
    services: Services, db: Database, world: dict[str, Any]
) -> None:
    a, b, _c = world["members"]
    opinion = services.opinions.create(
        build(
            PublicOpinionCreate,
            title="学校周边交通拥堵",
            submitted_on=date(2025, 4, 1),
            other_submitters="信息员 刘某",
            adopted_on=date(2025, 4, 10),
            adopted_by="省政协",
            reflects_problem=True,
        )
    )
    services.opinions.set_submitters(opinion.id, [b, a])
    assert [n for _i, n in services.opinions.submitters(opinion.id)] == [
        "李娜",
        "张伟",
    ]  # 姓氏笔画: 李 7, 张 7 …
    assert services.opinions.list().rows[0]["submitters"].endswith("信息员 刘某")
    with pytest.raises(ValidationError, match="采用日期"):
        services.opinions.create(
            build(PublicOpinionCreate, title="x", submitted_on=date(2025, 4, 1), adopted_by="省政协")
        )
    activity = services.activities.create(
        build(
            DutyActivityCreate,
            kind="research",
            title="养老服务调研",
            held_on=date(2025, 5, 1),
            platform_id=world["own"],
        )
    )
    report = services.research_reports.create(
        build(
            ResearchReportCreate,
            title="养老服务调研报告",
            written_on=date(2025, 5, 20),
            activity_id=activity.id,
        )
    )
    services.research_reports.set_authors(report.id, [a])
    assert report.platform_id == world["own"]  # where its 调研 was held
    figures = services.statistics.summary(YEAR)
    assert (figures["research_reports"], figures["public_opinion"]["adopted"]) == (1, 1)
    assert {
        e.entity for e in entries(db, "public_opinion_submitter") + entries(db, "research_report_author")
    } == {
        "public_opinion_submitter",
        "research_report_author",
    }


def test_a_results_report_files_its_text_as_an_attachment(
    services: Services, db: Database, tmp_path: Any
) -> None:
    report = services.results_reports.create(
        build(ResultsReportCreate, title="专报一", issued_on=date(2025, 3, 10), sent_to="市委、市政府")
    )
    scan = tmp_path / "专报第1期.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned report")
    added = services.attachments.add(scan, results_report_id=report.id, description="签发稿")
    assert [a.filename for a in services.attachments.list_for(results_report_id=report.id)] == [
        "专报第1期.pdf"
    ]
    assert services.attachments.read_content(added) == b"%PDF-1.4 scanned report"
    refusal = coordinator(db, uuid.uuid4()).attachments.change_refusal(results_report_id=report.id)
    assert refusal is not None and "政协机关层面" in refusal  # the office's own 专报


def test_a_record_takes_up_a_topic_of_its_own_platform(services: Services, world: dict[str, Any]) -> None:
    """The topic goes wherever its session or activity goes (a station's laptop), so it is the same
    站室组's topic, or the office's own for an office-level activity."""
    theirs = topic(services, platform_id=world["other"], decision="confirmed", decided_on=date(2025, 2, 1))
    office = topic(
        services, decision="confirmed", decided_on=date(2025, 2, 1), activity_kind="special_consultation"
    )
    session = {"topic": "停车难", "topic_source": "residents", "held_on": date(2025, 3, 1)}
    with pytest.raises(ValidationError) as info:
        services.sessions.create(
            build(ConsultationSessionCreate, **session, platform_id=world["own"], topic_id=theirs.id)
        )
    assert info.value.errors["topic_id"].startswith("所选议题列入的是另一站室组的计划")
    activity = {"kind": "special_consultation", "title": "专题协商", "held_on": date(2025, 3, 1)}
    with pytest.raises(ValidationError) as info:
        services.activities.create(
            build(DutyActivityCreate, **activity, platform_id=world["own"], topic_id=office.id)
        )
    assert info.value.errors["topic_id"].startswith("所选议题列入的是政协机关的计划")
    taken = services.activities.create(build(DutyActivityCreate, **activity, topic_id=office.id))
    assert taken.topic_id == office.id
    own = services.sessions.create(
        build(ConsultationSessionCreate, **session, platform_id=world["other"], topic_id=theirs.id)
    )
    assert own.topic_id == theirs.id
