"""Data of the cycle's documents: the 年度协商计划, the 履职积分 ranking and a 协商专报."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.glossary import DOC_PLAN, OFFICE_LEVEL
from app.messages import msg
from app.models._base import table_of
from app.models.activities import DutyActivity
from app.models.enums import DutyGrade, TopicDecision
from app.models.platforms import Platform
from app.models.reports import ResultOutcome, ResultsReport
from app.models.sessions import ConsultationSession
from app.models.suggestions import LeaderInstruction
from app.models.topics import Topic
from app.reports.pdf.data_cycle import DutyRanking, PlanLine, PlanSheet, RankLine, ResultsReportDoc
from app.services import activity_kinds, plan
from app.services.actor import Actor
from app.services.duty import DutyService
from app.services.errors import NotFoundError
from app.services.points_rules import OPINION, RESEARCH_REPORT, SUGGESTION
from app.services.scope import Scope, scope_text
from app.services.topics import history_of

TP = table_of(Topic).c
PL = table_of(Platform).c
LI = table_of(LeaderInstruction).c
RO = table_of(ResultOutcome).c

# The ranking's points columns: one per group of kinds (the office's own kinds count under 其他).
RANK_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("consultation", "协商议事", (activity_kinds.CONSULTATION,)),
    ("special", "专题协商", (activity_kinds.SPECIAL_CONSULTATION,)),
    ("supervision", "民主监督", (activity_kinds.DEMOCRATIC_SUPERVISION,)),
    ("inspection", "视察调研", (activity_kinds.INSPECTION, activity_kinds.RESEARCH)),
    ("meetings", "会议", (activity_kinds.PLENARY, activity_kinds.STANDING_COMMITTEE)),
    ("outreach", "讲堂走访", (activity_kinds.LECTURE, activity_kinds.VISIT)),
    ("suggestion", "意见建议", (SUGGESTION,)),
    ("opinion", "社情民意", (OPINION,)),
    ("research_report", "调研报告", (RESEARCH_REPORT,)),
)


def plan_sheet(s: Session, scope: Scope, today: date) -> PlanSheet:
    """The confirmed topics planned in the scope's period, by planned month."""
    labels = activity_kinds.kind_labels(s)
    rows = s.execute(
        sa.select(TP.id, TP.title, TP.source, TP.proposer, TP.plan_year, TP.planned_month, TP.activity_kind,
                  PL.name.label("place"))
        .outerjoin(table_of(Platform), PL.id == TP.platform_id)
        .where(TP.archived_at.is_(None), *scope.platform_clauses(TP.platform_id), *plan.planned_in(scope))
        .order_by(TP.plan_year, sa.func.coalesce(TP.planned_month, 13), TP.title, TP.id)
    ).all()  # fmt: skip
    history = history_of(s, [r.id for r in rows])
    lines = []
    for r in rows:
        held = [h for h in history.get(r.id, []) if h.held]
        status = plan.plan_status(TopicDecision.CONFIRMED, r.plan_year, r.planned_month, bool(held), today)
        lines.append(
            PlanLine(
                title=r.title,
                source=getattr(r.source, "label", str(r.source)),
                proposer=r.proposer,
                place=r.place or OFFICE_LEVEL,
                kind=labels.get(r.activity_kind or "", r.activity_kind or ""),
                when=f"{r.plan_year}年{r.planned_month}月" if r.planned_month else f"{r.plan_year}年",
                status=status,
                held_on=held[0].held_on if held else None,
            )
        )
    years = sorted({r.plan_year for r in rows})
    if scope.date_from and scope.date_to and scope.date_from.year == scope.date_to.year:
        title = f"{scope.date_from.year}年度协商计划"
    elif len(years) == 1:
        title = f"{years[0]}年度协商计划"
    else:
        title = DOC_PLAN
    return PlanSheet(title, scope_text(s, scope), tuple(lines), today)


def ranking(db: Database, actor: Actor, s: Session, scope: Scope) -> DutyRanking:
    duty = DutyService(db, actor)
    ranked = duty.ranking(scope)
    limits = duty.thresholds(scope)
    groups = [(key, heading) for key, heading, _codes in RANK_GROUPS]
    known = {c for _k, _h, codes in RANK_GROUPS for c in codes}
    lines = []
    for item in ranked:
        r = item.record
        by_group = {
            key: sum(n for c, n in r.points_by_category.items() if c in codes and n > 0)
            for key, _heading, codes in RANK_GROUPS
        }
        others = sum(n for c, n in r.points_by_category.items() if c not in known and n > 0)
        by_group["outreach"] += others
        lines.append(RankLine(item.rank, r.name, r.sector, r.activities_attended, by_group, r.points_deducted,
                              r.points, r.grade.label))  # fmt: skip
    g = limits.grades
    note = (
        f"评价标准（{limits.note}）：优秀 {g.excellent} 分以上，称职 {g.competent} 分以上，"
        f"基本称职 {g.basic} 分以上。"
    )
    counts = {grade.label: sum(1 for line in lines if line.grade == grade.label) for grade in DutyGrade}
    return DutyRanking(scope_text(s, scope), groups, tuple(lines), note, counts)


def results_report(s: Session, report_id: uuid.UUID) -> ResultsReportDoc:
    report = s.get(ResultsReport, report_id)
    if report is None:
        raise NotFoundError(msg("找不到该协商专报，请检查编号是否正确。"))
    about = None
    if report.session_id is not None:
        session = s.get(ConsultationSession, report.session_id)
        about = session.topic if session is not None else None
    elif report.activity_id is not None:
        activity = s.get(DutyActivity, report.activity_id)
        about = activity.title if activity is not None else None
    instructions = s.execute(
        sa.select(LI.leader, LI.given_on, LI.text)
        .where(LI.results_report_id == report_id)
        .order_by(LI.given_on)
    ).all()
    outcomes = s.execute(
        sa.select(RO.kind, RO.description).where(RO.report_id == report_id).order_by(RO.achieved_on)
    ).all()
    return ResultsReportDoc(
        title=report.title,
        issued_on=report.issued_on,
        sent_to=report.sent_to,
        about=about,
        text=report.text,
        instructions=tuple((r.leader, r.given_on, r.text) for r in instructions),
        outcomes=tuple((getattr(r.kind, "label", str(r.kind)), r.description) for r in outcomes),
    )
