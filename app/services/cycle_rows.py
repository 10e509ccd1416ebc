"""Rows of the cycle's ledgers (履职活动台账, 议题与年度计划, 社情民意信息, 调研报告, 协商专报) as the export
writes them: plain values in the order of app.reports.excel.cycle_layouts, for one period and scope."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.glossary import OFFICE_LEVEL
from app.models._base import table_of
from app.models.activities import ActivityAttendance, DutyActivity
from app.models.enums import AttendanceStatus, LabeledEnum, PlanStatus, TopicDecision
from app.models.members import Member
from app.models.opinions import OpinionSubmitter, PublicOpinion
from app.models.platforms import Platform
from app.models.reports import ReportAuthor, ResearchReport, ResultOutcome, ResultsReport
from app.models.sessions import ConsultationSession
from app.models.suggestions import LeaderInstruction, Suggestion
from app.models.topics import Topic
from app.reports.excel import cycle_layouts as layouts
from app.reports.excel.sheet_writer import Column
from app.services import activity_kinds, member_links, plan
from app.services.ledger_import.rows import join_names
from app.services.scope import Scope
from app.services.topics import history_of

DA = table_of(DutyActivity).c
AA = table_of(ActivityAttendance).c
ME = table_of(Member).c
PL = table_of(Platform).c
SG = table_of(Suggestion).c
RR = table_of(ResearchReport).c
RP = table_of(ResultsReport).c
RO = table_of(ResultOutcome).c
PO = table_of(PublicOpinion).c
TP = table_of(Topic).c
CS = table_of(ConsultationSession).c
LI = table_of(LeaderInstruction).c
Row = tuple[Any, ...]


def _plain(value: Any) -> Any:
    return value.label if isinstance(value, LabeledEnum) else value


def _rows(columns: tuple[Column, ...], records: list[dict[str, Any]]) -> Iterator[Row]:
    for seq, record in enumerate(records, 1):
        yield tuple(seq if c.key == "seq" else _plain(record.get(c.key)) for c in columns)


def _where(scope: Scope, table: Any, day: Any) -> list[Any]:
    return [
        table.archived_at.is_(None),
        *scope.period_clauses(day),
        *scope.platform_clauses(table.platform_id),
    ]


def _counts(s: Session, column: Any, ids: list[Any], *where: Any) -> dict[Any, int]:
    if not ids:
        return {}
    stmt = sa.select(column, sa.func.count()).where(column.in_(ids), *where).group_by(column)
    return {k: int(n) for k, n in s.execute(stmt)}


def activity_rows(s: Session, scope: Scope) -> Iterator[Row]:
    labels = activity_kinds.kind_labels(s)
    stmt = (
        sa.select(
            table_of(DutyActivity), PL.name.label("place"), ME.name.label("convener"), TP.title.label("topic")
        )
        .outerjoin(table_of(Platform), PL.id == DA.platform_id)
        .outerjoin(table_of(Member), ME.id == DA.convener_id)
        .outerjoin(table_of(Topic), TP.id == DA.topic_id)
        .where(*_where(scope, DA, DA.held_on))
        .order_by(DA.held_on, DA.kind, DA.title, DA.id)
    )
    records = [dict(r._mapping) for r in s.execute(stmt)]
    ids = [r["id"] for r in records]
    people: dict[Any, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    if ids:
        for activity_id, status, spoke, name in s.execute(
            sa.select(AA.activity_id, AA.status, AA.spoke, ME.name)
            .join(table_of(Member), ME.id == AA.member_id)
            .where(AA.activity_id.in_(ids))
        ):
            people[activity_id][AttendanceStatus(status).value].append(name)
            if spoke:
                people[activity_id]["spoke"].append(name)
    suggestions = _counts(s, SG.activity_id, ids, SG.archived_at.is_(None))
    reports = _counts(s, RR.activity_id, ids, RR.archived_at.is_(None))
    for r in records:
        who = people.get(r["id"], {})
        r.update(
            kind=labels.get(r["kind"], r["kind"]),
            place=r["place"] or OFFICE_LEVEL,
            present=join_names(who.get("present", [])),
            excused=join_names(who.get("excused", [])),
            absent=join_names(who.get("absent", [])),
            speakers=join_names(who.get("spoke", [])),
            suggestion_count=suggestions.get(r["id"], 0),
            report_count=reports.get(r["id"], 0),
            record_id=r["id"],
        )
    return _rows(layouts.ACTIVITY_COLUMNS, records)


def topic_rows(s: Session, scope: Scope, today: date) -> Iterator[Row]:
    """Topics collected in the period, and those planned in it (whenever collected)."""
    labels = activity_kinds.kind_labels(s)
    in_period = _topics_in(scope)
    stmt = (
        sa.select(table_of(Topic), PL.name.label("place"))
        .outerjoin(table_of(Platform), PL.id == TP.platform_id)
        .where(TP.archived_at.is_(None), *scope.platform_clauses(TP.platform_id), in_period)
        .order_by(TP.plan_year, TP.planned_month, TP.collected_on, TP.title, TP.id)
    )
    records = [dict(r._mapping) for r in s.execute(stmt)]
    history = history_of(s, [r["id"] for r in records])
    for r in records:
        held = [h for h in history.get(r["id"], []) if h.held]
        status = plan.plan_status(
            TopicDecision(r["decision"]), r["plan_year"], r["planned_month"], bool(held), today
        )
        r.update(
            place=r["place"] or OFFICE_LEVEL,
            kind=labels.get(r["activity_kind"] or "", r["activity_kind"]),
            status=status,
            held_on=held[0].held_on if held else None,
            record_id=r["id"],
        )
        if status is PlanStatus.COLLECTED:
            r["decided_on"] = None
    return _rows(layouts.TOPIC_COLUMNS, records)


def _topics_in(scope: Scope) -> sa.ColumnElement[bool]:
    """Topics collected in the period or planned in it (every topic when the scope has no period)."""
    collected = scope.period_clauses(TP.collected_on)
    if not collected:
        return sa.true()
    return sa.or_(sa.and_(*collected), sa.and_(*plan.planned_in(scope)))


def opinion_rows(s: Session, scope: Scope) -> Iterator[Row]:
    instructions = sa.select(sa.func.count()).where(LI.opinion_id == PO.id).scalar_subquery()
    stmt = (
        sa.select(table_of(PublicOpinion), PL.name.label("place"), instructions.label("instruction_count"))
        .outerjoin(table_of(Platform), PL.id == PO.platform_id)
        .where(*_where(scope, PO, PO.submitted_on))
        .order_by(PO.submitted_on, PO.title, PO.id)
    )
    records = [dict(r._mapping) for r in s.execute(stmt)]
    member_links.name_people(s, OpinionSubmitter, "opinion_id", records, "other_submitters", "submitters")
    for r in records:
        r.update(place=r["place"] or OFFICE_LEVEL, record_id=r["id"])
    return _rows(layouts.OPINION_COLUMNS, records)


def research_rows(s: Session, scope: Scope) -> Iterator[Row]:
    instructions = sa.select(sa.func.count()).where(LI.research_report_id == RR.id).scalar_subquery()
    stmt = (
        sa.select(
            table_of(ResearchReport),
            PL.name.label("place"),
            DA.title.label("activity"),
            instructions.label("instruction_count"),
        )
        .outerjoin(table_of(Platform), PL.id == RR.platform_id)
        .outerjoin(table_of(DutyActivity), DA.id == RR.activity_id)
        .where(*_where(scope, RR, RR.written_on))
        .order_by(RR.written_on, RR.title, RR.id)
    )
    records = [dict(r._mapping) for r in s.execute(stmt)]
    member_links.name_people(s, ReportAuthor, "report_id", records, "other_authors", "authors")
    for r in records:
        r.update(place=r["place"] or OFFICE_LEVEL, record_id=r["id"])
    return _rows(layouts.RESEARCH_COLUMNS, records)


def results_rows(s: Session, scope: Scope) -> Iterator[Row]:
    instructions = sa.select(sa.func.count()).where(LI.results_report_id == RP.id).scalar_subquery()
    stmt = (
        sa.select(
            table_of(ResultsReport),
            PL.name.label("place"),
            sa.func.coalesce(CS.topic, DA.title).label("about"),
            instructions.label("instruction_count"),
        )
        .outerjoin(table_of(Platform), PL.id == RP.platform_id)
        .outerjoin(table_of(ConsultationSession), CS.id == RP.session_id)
        .outerjoin(table_of(DutyActivity), DA.id == RP.activity_id)
        .where(*_where(scope, RP, RP.issued_on))
        .order_by(RP.issued_on, RP.number, RP.id)
    )
    records = [dict(r._mapping) for r in s.execute(stmt)]
    outcomes: dict[Any, list[str]] = defaultdict(list)
    ids = [r["id"] for r in records]
    if ids:
        for report_id, kind, text in s.execute(
            sa.select(RO.report_id, RO.kind, RO.description)
            .where(RO.report_id.in_(ids))
            .order_by(RO.achieved_on)
        ):
            outcomes[report_id].append(f"{_plain(kind)}：{text}")
    for r in records:
        r.update(outcomes="；".join(outcomes.get(r["id"], [])) or None, place=r["place"] or OFFICE_LEVEL,
                 record_id=r["id"])  # fmt: skip
    return _rows(layouts.RESULTS_COLUMNS, records)


def count_cycle_rows(s: Session, scope: Scope, today: date) -> dict[str, int]:
    """Rows per cycle ledger, for the export's progress bar."""

    def count(table: Any, day: Any) -> int:
        return int(s.execute(sa.select(sa.func.count()).where(*_where(scope, table, day))).scalar_one())

    topics = _topics_in(scope)
    return {
        "activities": count(DA, DA.held_on),
        "topics": int(
            s.execute(
                sa.select(sa.func.count()).where(
                    TP.archived_at.is_(None), *scope.platform_clauses(TP.platform_id), topics
                )
            ).scalar_one()
        ),
        "opinions": count(PO, PO.submitted_on),
        "research": count(RR, RR.written_on),
        "results": count(RP, RP.issued_on),
    }
