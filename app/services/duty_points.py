"""履职积分 applied to the records: what each member did in the scope, in every kind of record, and the
points the office's rules (app.services.points_rules) give for it. Never typed: always counted here.

What counts (archived records never do; a period narrows each kind by its own date):
- 协商议事活动 that took place (not 筹备中), kind `consultation`: 出席 / 无故缺席 per attendance row,
  发言 when present and marked as having spoken, 召集主持 for the session's convener;
- 履职活动 held, under their own kind, the same way;
- 意见建议 by their 提出人 (raised_on): 提交, 被采用 when answered A (解决或采纳), 获领导批示 when any leader
  instructed on it; 社情民意信息 by each submitter (submitted_on): 提交, 被采用 when adopted, 获领导批示;
  调研报告 by each member author (written_on): 提交 (执笔), 被采用, 获领导批示.

A kind's cap applies per calendar year to its points earned (deductions for absences are never
capped); in a member's item list the items of a capped year are taken in date order and the ones past
the cap show the points they would have earned. `tally` and `items` always agree.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models._base import table_of
from app.models.activities import ActivityAttendance, DutyActivity
from app.models.enums import (
    ActivityState,
    AttendanceStatus,
    PointRole,
    ResultClass,
    SessionForm,
    SessionState,
)
from app.models.opinions import OpinionSubmitter, PublicOpinion
from app.models.reports import ReportAuthor, ResearchReport
from app.models.sessions import ConsultationSession, SessionAttendance
from app.models.suggestions import LeaderInstruction, Suggestion
from app.services import activity_kinds
from app.services.points_rules import OPINION, RESEARCH_REPORT, SUGGESTION, PointsRules
from app.services.scope import Scope

CS = table_of(ConsultationSession).c
AT = table_of(SessionAttendance).c
DA = table_of(DutyActivity).c
AA = table_of(ActivityAttendance).c
SG = table_of(Suggestion).c
LI = table_of(LeaderInstruction).c
PO = table_of(PublicOpinion).c
OS = table_of(OpinionSubmitter).c
RR = table_of(ResearchReport).c
RA = table_of(ReportAuthor).c

EXCUSED = "excused"  # counted (and shown) but worth no points
VISIT = "visit"  # present at a 视察调研-form session (the duty record's 视察调研 figure)
POSITIVE = (PointRole.ATTENDED, PointRole.CONVENED, PointRole.SPOKE, PointRole.SUBMITTED, PointRole.ADOPTED,
            PointRole.INSTRUCTED)  # fmt: skip
_STATUS_ROLE = {AttendanceStatus.PRESENT.value: PointRole.ATTENDED.value, AttendanceStatus.ABSENT.value:
                PointRole.ABSENT.value, AttendanceStatus.EXCUSED.value: EXCUSED}  # fmt: skip

# (member, category, role, year) → how many
Counts = dict[tuple[Any, str, str, int], int]


@dataclass
class MemberTally:
    """One member's counts and points for the scope."""

    counts: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))  # (category, role)
    points: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # category → net points
    deducted: int = 0

    @property
    def total(self) -> int:
        return sum(self.points.values())

    def count(self, category: str | None, role: str) -> int:
        return sum(
            n for (c, r), n in self.counts.items() if r == role and (category is None or c == category)
        )


@dataclass(frozen=True)
class PointItem:
    """One thing a member did and what it is worth (`points` after the cap; `full` before it)."""

    category: str
    role: PointRole
    record_kind: str  # session, activity, suggestion, public_opinion, research_report
    record_id: uuid.UUID
    on: date
    title: str
    points: int
    full: int

    @property
    def capped(self) -> bool:
        return self.points != self.full


def _held_sessions(scope: Scope) -> list[Any]:
    return [CS.archived_at.is_(None), CS.state != SessionState.PLANNED.value,
            *scope.period_clauses(CS.held_on), *scope.platform_clauses(CS.platform_id)]  # fmt: skip


def _held_activities(scope: Scope) -> list[Any]:
    return [DA.archived_at.is_(None), DA.state == ActivityState.HELD.value,
            *scope.period_clauses(DA.held_on), *scope.platform_clauses(DA.platform_id)]  # fmt: skip


def _in(scope: Scope, archived: Any, day: Any, platform: Any) -> list[Any]:
    return [archived.is_(None), *scope.period_clauses(day), *scope.platform_clauses(platform)]


def _year(column: Any) -> Any:
    return sa.cast(sa.extract("year", column), sa.Integer)


def participation(s: Session, scope: Scope, members: list[Any] | None = None) -> Counts:
    """Every member's counts by category, role and year, from a few grouped queries."""
    counts: Counts = defaultdict(int)

    def only(column: Any) -> list[Any]:
        return [column.in_(members)] if members is not None else []

    def add(rows: Any, category: Any = None) -> None:
        for row in rows:
            counts[(row[0], category or row[1], row[2], int(row[3]))] += int(row[4])

    consultation = sa.literal(activity_kinds.CONSULTATION)
    status = sa.case(*((AT.status == k, v) for k, v in _STATUS_ROLE.items()))
    add(s.execute(
        sa.select(AT.member_id, consultation, status, _year(CS.held_on), sa.func.count())
        .join(table_of(ConsultationSession), CS.id == AT.session_id)
        .where(*_held_sessions(scope), *only(AT.member_id)).group_by(AT.member_id, status, _year(CS.held_on))
    ))  # fmt: skip
    present = AT.status == AttendanceStatus.PRESENT.value
    spoke = sa.literal(PointRole.SPOKE.value)
    add(s.execute(
        sa.select(AT.member_id, consultation, spoke, _year(CS.held_on), sa.func.count())
        .join(table_of(ConsultationSession), CS.id == AT.session_id)
        .where(*_held_sessions(scope), present, AT.spoke.is_(True), *only(AT.member_id))
        .group_by(AT.member_id, _year(CS.held_on))
    ))  # fmt: skip
    add(s.execute(
        sa.select(AT.member_id, consultation, sa.literal(VISIT), _year(CS.held_on), sa.func.count())
        .join(table_of(ConsultationSession), CS.id == AT.session_id)
        .where(*_held_sessions(scope), present, CS.form == SessionForm.INSPECTION.value, *only(AT.member_id))
        .group_by(AT.member_id, _year(CS.held_on))
    ))  # fmt: skip
    add(s.execute(
        sa.select(CS.convener_id, consultation, sa.literal(PointRole.CONVENED.value), _year(CS.held_on),
                  sa.func.count())
        .where(*_held_sessions(scope), CS.convener_id.is_not(None), *only(CS.convener_id))
        .group_by(CS.convener_id, _year(CS.held_on))
    ))  # fmt: skip

    a_status = sa.case(*((AA.status == k, v) for k, v in _STATUS_ROLE.items()))
    add(s.execute(
        sa.select(AA.member_id, DA.kind, a_status, _year(DA.held_on), sa.func.count())
        .join(table_of(DutyActivity), DA.id == AA.activity_id)
        .where(*_held_activities(scope), *only(AA.member_id))
        .group_by(AA.member_id, DA.kind, a_status, _year(DA.held_on))
    ))  # fmt: skip
    add(s.execute(
        sa.select(AA.member_id, DA.kind, spoke, _year(DA.held_on), sa.func.count())
        .join(table_of(DutyActivity), DA.id == AA.activity_id)
        .where(*_held_activities(scope), AA.status == AttendanceStatus.PRESENT.value, AA.spoke.is_(True),
               *only(AA.member_id))
        .group_by(AA.member_id, DA.kind, _year(DA.held_on))
    ))  # fmt: skip
    add(s.execute(
        sa.select(DA.convener_id, DA.kind, sa.literal(PointRole.CONVENED.value), _year(DA.held_on),
                  sa.func.count())
        .where(*_held_activities(scope), DA.convener_id.is_not(None), *only(DA.convener_id))
        .group_by(DA.convener_id, DA.kind, _year(DA.held_on))
    ))  # fmt: skip

    for category, who, day, where, adopted, instructed in _written(scope):
        for role, extra in ((PointRole.SUBMITTED, None), (PointRole.ADOPTED, adopted),
                            (PointRole.INSTRUCTED, instructed)):  # fmt: skip
            stmt = sa.select(who, sa.literal(category), sa.literal(role.value), _year(day), sa.func.count())
            stmt = where(stmt).where(*only(who), *([extra] if extra is not None else []))
            add(s.execute(stmt.group_by(who, _year(day))))
    return counts


def _written(scope: Scope) -> list[tuple[str, Any, Any, Any, Any, Any]]:
    """(category, member column, date column, FROM+WHERE builder, adopted clause, instructed clause)."""
    return [
        (SUGGESTION, SG.proposer_id, SG.raised_on,
         lambda q: q.select_from(table_of(Suggestion)).where(
             SG.proposer_id.is_not(None), *_in(scope, SG.archived_at, SG.raised_on, SG.platform_id)),
         SG.result_class == ResultClass.A.value,
         sa.exists(sa.select(LI.id).where(LI.suggestion_id == SG.id))),
        (OPINION, OS.member_id, PO.submitted_on,
         lambda q: q.select_from(table_of(OpinionSubmitter))
         .join(table_of(PublicOpinion), PO.id == OS.opinion_id)
         .where(*_in(scope, PO.archived_at, PO.submitted_on, PO.platform_id)),
         PO.adopted_on.is_not(None),
         sa.exists(sa.select(LI.id).where(LI.opinion_id == PO.id))),
        (RESEARCH_REPORT, RA.member_id, RR.written_on,
         lambda q: q.select_from(table_of(ReportAuthor)).join(table_of(ResearchReport), RR.id == RA.report_id)
         .where(*_in(scope, RR.archived_at, RR.written_on, RR.platform_id)),
         RR.adopted_on.is_not(None),
         sa.exists(sa.select(LI.id).where(LI.research_report_id == RR.id))),
    ]  # fmt: skip


def tally(counts: Counts, rules: PointsRules) -> dict[Any, MemberTally]:
    """Each member's counts and net points per category (caps per calendar year, deductions uncapped)."""
    earned: dict[tuple[Any, str, int], int] = defaultdict(int)
    out: dict[Any, MemberTally] = defaultdict(MemberTally)
    for (member, category, role, year), n in counts.items():
        t = out[member]
        t.counts[(category, role)] += n
        if role in (EXCUSED, VISIT):
            continue
        if role == PointRole.ABSENT.value:
            lost = n * rules.points(category, PointRole.ABSENT)
            t.points[category] -= lost
            t.deducted += lost
        else:
            earned[(member, category, year)] += n * rules.points(category, PointRole(role))
    for (member, category, _in_year), points in earned.items():
        cap = rules.rule(category).cap
        out[member].points[category] += min(points, cap) if cap else points
    return dict(out)


def items(s: Session, scope: Scope, rules: PointsRules, member_id: uuid.UUID) -> list[PointItem]:
    """The records behind a member's points, newest first, with the cap applied as `tally` does."""
    raw = _raw_items(s, scope, member_id)
    raw.sort(key=lambda r: (r[4], r[5], POSITIVE.index(r[1]) if r[1] in POSITIVE else 9))
    used: dict[tuple[str, int], int] = defaultdict(int)
    out: list[PointItem] = []
    for category, role, record_kind, record_id, on, title in raw:
        full = rules.points(category, role)
        if role is PointRole.ABSENT:
            out.append(PointItem(category, role, record_kind, record_id, on, title, -full, -full))
            continue
        cap = rules.rule(category).cap
        key = (category, on.year)
        points = max(0, min(full, cap - used[key])) if cap else full
        used[key] += points
        out.append(PointItem(category, role, record_kind, record_id, on, title, points, full))
    out.sort(key=lambda i: (i.on, i.title), reverse=True)
    return out


def _raw_items(
    s: Session, scope: Scope, member: uuid.UUID
) -> list[tuple[str, PointRole, str, Any, date, str]]:
    rows: list[tuple[str, PointRole, str, Any, date, str]] = []
    consultation = activity_kinds.CONSULTATION
    for r in s.execute(
        sa.select(CS.id, CS.held_on, CS.topic, AT.status, AT.spoke)
        .join(table_of(SessionAttendance), AT.session_id == CS.id)
        .where(*_held_sessions(scope), AT.member_id == member)
    ):
        rows += _attendance_items(consultation, "session", r.id, r.held_on, r.topic, r.status, r.spoke)
    for r in s.execute(
        sa.select(CS.id, CS.held_on, CS.topic).where(*_held_sessions(scope), CS.convener_id == member)
    ):
        rows.append((consultation, PointRole.CONVENED, "session", r.id, r.held_on, r.topic))
    for r in s.execute(
        sa.select(DA.id, DA.kind, DA.held_on, DA.title, AA.status, AA.spoke)
        .join(table_of(ActivityAttendance), AA.activity_id == DA.id)
        .where(*_held_activities(scope), AA.member_id == member)
    ):
        rows += _attendance_items(r.kind, "activity", r.id, r.held_on, r.title, r.status, r.spoke)
    for r in s.execute(
        sa.select(DA.id, DA.kind, DA.held_on, DA.title).where(
            *_held_activities(scope), DA.convener_id == member
        )
    ):
        rows.append((r.kind, PointRole.CONVENED, "activity", r.id, r.held_on, r.title))
    kinds = {SUGGESTION: "suggestion", OPINION: "public_opinion", RESEARCH_REPORT: "research_report"}
    titles = {SUGGESTION: SG.title, OPINION: PO.title, RESEARCH_REPORT: RR.title}
    ids = {SUGGESTION: SG.id, OPINION: PO.id, RESEARCH_REPORT: RR.id}
    for category, who, day, where, adopted, instructed in _written(scope):
        stmt = where(sa.select(ids[category], day, titles[category], adopted, instructed)).where(
            who == member
        )
        for record_id, on, title, was_adopted, was_instructed in s.execute(stmt):
            rows.append((category, PointRole.SUBMITTED, kinds[category], record_id, on, title))
            if was_adopted:
                rows.append((category, PointRole.ADOPTED, kinds[category], record_id, on, title))
            if was_instructed:
                rows.append((category, PointRole.INSTRUCTED, kinds[category], record_id, on, title))
    return rows


def _attendance_items(
    category: str, record_kind: str, record_id: Any, on: date, title: str, status: Any, spoke: Any
) -> list[tuple[str, PointRole, str, Any, date, str]]:
    value = getattr(status, "value", status)
    if value == AttendanceStatus.PRESENT.value:
        out = [(category, PointRole.ATTENDED, record_kind, record_id, on, title)]
        if spoke:
            out.append((category, PointRole.SPOKE, record_kind, record_id, on, title))
        return out
    if value == AttendanceStatus.ABSENT.value:
        return [(category, PointRole.ABSENT, record_kind, record_id, on, title)]
    return []
