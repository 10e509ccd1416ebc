"""Members' duty record (履职档案), computed from the records and never typed twice.

Per member and scope, from every kind of record (app.services.duty_points counts them): 协商议事 sessions
attended / excused / absent (sessions that took place, i.e. not 筹备中), visits (inspection sessions
attended), suggestions raised (as proposer) and sessions convened, as before; and the same for every
kind of 履职活动, 社情民意信息 submitted and adopted, 调研报告 written and adopted, the 履职积分 by kind and
the 履职评价 grade. All members' figures come from a few grouped queries, not one query per member.

告诫提醒 looks at every kind: 履职活动 attended (协商议事 included), unexcused absences from any of them,
suggestions raised and, when the office sets one, a minimum of 履职积分. The office's thresholds (and the
grades' points) are per year (office_settings.DutyThresholds, points_rules.GradeThresholds). For a scope
with both a start and an end date they are scaled to the period's length in whole months (at least one):
a quarter asks for 3/12 of each yearly figure, minimums rounded to the nearest whole number (halves up),
the absence limit rounded up. A scope without a complete period is judged against the yearly figures as
they are. A threshold of 0 switches its check off.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.activities import ActivityAttendance, DutyActivity
from app.models.enums import (
    DutyGrade,
    Gender,
    PointRole,
)
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.models.sessions import ConsultationSession, SessionAttendance
from app.models.suggestions import Suggestion
from app.services import activity_kinds, duty_points, duty_rows, permissions, rosters
from app.services.actor import Actor
from app.services.duty_rows import DutyActivityRow, DutySession, DutySuggestion
from app.services.errors import NotFoundError
from app.services.names import NameOrder, sort_by_name
from app.services.office_settings import DutyThresholds, load_settings
from app.services.points_rules import OPINION, RESEARCH_REPORT, SUGGESTION, WRITTEN_LABELS, GradeThresholds
from app.services.scope import Scope

ME = table_of(Member).c
PL = table_of(Platform).c
PM = table_of(PlatformMembership).c
CS = table_of(ConsultationSession).c
AT = table_of(SessionAttendance).c
SG = table_of(Suggestion).c
DA = table_of(DutyActivity).c
AA = table_of(ActivityAttendance).c


@dataclass(frozen=True)
class DutyRecord:
    member_id: uuid.UUID
    name: str
    gender: str | None  # Chinese label
    sector: str | None
    party: str | None
    platforms: list[str]
    sessions_attended: int = 0
    sessions_excused: int = 0
    sessions_absent: int = 0
    suggestions_raised: int = 0
    sessions_convened: int = 0
    visits: int = 0  # 视察调研 sessions attended
    below_threshold: bool = False
    reasons: list[str] = field(default_factory=list)  # Chinese, one per threshold missed
    # Every kind of 履职活动 (协商议事 included).
    activities_attended: int = 0
    activities_excused: int = 0
    activities_absent: int = 0
    activities_convened: int = 0
    attended_by_kind: dict[str, int] = field(default_factory=dict)  # kind code → times present
    suggestions_adopted: int = 0
    opinions_submitted: int = 0
    opinions_adopted: int = 0
    reports_written: int = 0
    reports_adopted: int = 0
    points: int = 0  # 履职积分, net of deductions
    points_by_category: dict[str, int] = field(default_factory=dict)  # kind code or written kind → points
    points_deducted: int = 0
    grade: DutyGrade = DutyGrade.INCOMPETENT


@dataclass(frozen=True)
class Thresholds:
    """The thresholds applied to a scope (already scaled), and how they were obtained."""

    min_sessions_attended: int
    max_absences: int
    min_suggestions: int
    note: str  # e.g. "按每年标准的 3/12 折算（2025年1月1日至2025年3月31日，约 3 个月）"
    min_points: int = 0
    grades: GradeThresholds = field(default_factory=GradeThresholds)


@dataclass(frozen=True)
class DutyDetail:
    record: DutyRecord
    sessions: list[DutySession]
    suggestions: list[DutySuggestion]
    activities: list[DutyActivityRow] = field(default_factory=list)
    points: list[duty_points.PointItem] = field(default_factory=list)  # the records behind each point
    labels: dict[str, str] = field(default_factory=dict)  # category → Chinese name


@dataclass(frozen=True)
class RankedRecord:
    rank: int  # equal points share a rank (1, 2, 2, 4 …)
    record: DutyRecord


class DutyService:
    """Every scope is first narrowed to what the actor may see: a coordinator's duty records count
    only the sessions and suggestions of their platforms, for the members on their rosters."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def records(self, scope: Scope | None = None, order: NameOrder = NameOrder.STROKES) -> list[DutyRecord]:
        """Every member's record for the scope (for a platform or district: its members), in name order."""
        scope = permissions.restrict(self.actor, scope)
        with self.db.session(write=False) as s:
            limits = _limits(s, scope)
            return sort_by_name(_records(s, scope, limits, None), lambda r: r.name, order)

    def record(self, member_id: uuid.UUID, scope: Scope | None = None) -> DutyRecord:
        scope = permissions.restrict(self.actor, scope)
        with self.db.session(write=False) as s:
            limits = _limits(s, scope)
            found = _records(s, scope, limits, member_id)
            if not found:
                raise NotFoundError(msg("找不到该委员（可能已被删除）。"))
            return found[0]

    def below_thresholds(
        self, scope: Scope | None = None, order: NameOrder = NameOrder.STROKES
    ) -> list[DutyRecord]:
        """Members to remind (告诫提醒): below the office's thresholds for the scope."""
        return [r for r in self.records(scope, order) if r.below_threshold]

    def thresholds(self, scope: Scope | None = None) -> Thresholds:
        with self.db.session(write=False) as s:
            settings = load_settings(s)
            return scaled_thresholds(settings.duty, scope or Scope(), settings.points.grades)

    def ranking(self, scope: Scope | None = None) -> list[RankedRecord]:
        """Every member's record by 履职积分, highest first (equal points: 姓氏笔画 order, one rank)."""
        records = sorted(self.records(scope), key=lambda r: -r.points)  # stable: strokes within a tie
        out: list[RankedRecord] = []
        for i, record in enumerate(records):
            rank = out[-1].rank if out and out[-1].record.points == record.points else i + 1
            out.append(RankedRecord(rank, record))
        return out

    def category_labels(self) -> dict[str, str]:
        """The Chinese name of every category points are given for (kinds, then the written kinds)."""
        with self.db.session(write=False) as s:
            return category_labels(s)

    def detail(self, member_id: uuid.UUID, scope: Scope | None = None) -> DutyDetail:
        """The record with the sessions (attended or convened) and suggestions behind its numbers."""
        scope = permissions.restrict(self.actor, scope)
        record = self.record(member_id, scope)
        with self.db.session(write=False) as s:
            rules = load_settings(s).points
            return DutyDetail(
                record,
                duty_rows.session_rows(s, member_id, scope),
                duty_rows.suggestion_rows(s, member_id, scope),
                duty_rows.activity_rows(s, member_id, scope),
                duty_points.items(s, scope, rules, member_id),
                category_labels(s),
            )


def category_labels(s: Session) -> dict[str, str]:
    return {**activity_kinds.kind_labels(s), **WRITTEN_LABELS}


def _limits(s: Session, scope: Scope) -> Thresholds:
    settings = load_settings(s)
    return scaled_thresholds(settings.duty, scope, settings.points.grades)


def _day(day: date) -> str:
    return msg("{year}年{month}月{day}日", year=day.year, month=day.month, day=day.day)


def scaled_thresholds(
    duty: DutyThresholds, scope: Scope, grades: GradeThresholds | None = None
) -> Thresholds:
    if scope.date_from and scope.date_to:
        days = (scope.date_to - scope.date_from).days + 1
        months = max(1, round(days * 12 / 365))
        factor = months / 12
        period = msg("{first}至{last}", first=_day(scope.date_from), last=_day(scope.date_to))
        note = msg(
            "按每年标准的 {months}/12 折算（{period}，约 {months} 个月）", months=months, period=period
        )
    else:
        factor = 1.0
        note = msg("按每年标准")
    grades = grades or GradeThresholds()
    return Thresholds(
        _half_up(duty.min_sessions_attended * factor),
        math.ceil(duty.max_absences * factor - 1e-9),
        _half_up(duty.min_suggestions * factor),
        note,
        _half_up(duty.min_points * factor),
        GradeThresholds(*(_half_up(v * factor) for v in (grades.excellent, grades.competent, grades.basic))),
    )


def _half_up(value: float) -> int:
    return int(value + 0.5 + 1e-9)


def _records(s: Session, scope: Scope, limits: Thresholds, only: uuid.UUID | None) -> list[DutyRecord]:
    member_where: list[Any] = []
    if only is not None:
        member_where.append(ME.id == only)
    else:
        member_where.append(ME.archived_at.is_(None))
        if scope.narrowed:  # who sat on the scope's platforms in its period (rosters.scope_clause)
            member_where.append(ME.id.in_(rosters.members_in(scope, date.today())))
    members = s.execute(sa.select(ME.id, ME.name, ME.gender, ME.sector, ME.party).where(*member_where)).all()
    if not members:
        return []
    ids = [m.id for m in members] if only is not None else None

    def restrict(column: Any) -> list[Any]:
        return [column.in_(ids)] if ids is not None else []

    platforms: dict[Any, list[str]] = {}
    for member_id, name in s.execute(
        sa.select(PM.member_id, PL.name)
        .join(table_of(Platform), PL.id == PM.platform_id)
        .where(
            PL.archived_at.is_(None),
            rosters.scope_clause(scope, date.today()),
            *Scope(visible=scope.visible).platform_clauses(PM.platform_id),
            *restrict(PM.member_id),
        )
        .order_by(PL.name)
    ).all():
        platforms.setdefault(member_id, []).append(name)

    rules = load_settings(s).points
    tallies = duty_points.tally(duty_points.participation(s, scope, ids), rules)
    consultation = activity_kinds.CONSULTATION
    out = []
    for m in members:
        t = tallies.get(m.id) or duty_points.MemberTally()
        attended = t.count(None, PointRole.ATTENDED.value)
        absent = t.count(None, PointRole.ABSENT.value)
        suggestions = t.count(SUGGESTION, PointRole.SUBMITTED.value)
        points = t.total
        reasons = _reasons(limits, attended, absent, suggestions, points)
        out.append(
            DutyRecord(
                member_id=m.id,
                name=m.name,
                gender=Gender(m.gender).label if m.gender else None,
                sector=m.sector,
                party=m.party,
                platforms=platforms.get(m.id, []),
                sessions_attended=t.count(consultation, PointRole.ATTENDED.value),
                sessions_excused=t.count(consultation, duty_points.EXCUSED),
                sessions_absent=t.count(consultation, PointRole.ABSENT.value),
                suggestions_raised=suggestions,
                sessions_convened=t.count(consultation, PointRole.CONVENED.value),
                visits=t.count(consultation, duty_points.VISIT),
                below_threshold=bool(reasons),
                reasons=reasons,
                activities_attended=attended,
                activities_excused=t.count(None, duty_points.EXCUSED),
                activities_absent=absent,
                activities_convened=t.count(None, PointRole.CONVENED.value),
                attended_by_kind=_by_category(t, PointRole.ATTENDED.value),
                suggestions_adopted=t.count(SUGGESTION, PointRole.ADOPTED.value),
                opinions_submitted=t.count(OPINION, PointRole.SUBMITTED.value),
                opinions_adopted=t.count(OPINION, PointRole.ADOPTED.value),
                reports_written=t.count(RESEARCH_REPORT, PointRole.SUBMITTED.value),
                reports_adopted=t.count(RESEARCH_REPORT, PointRole.ADOPTED.value),
                points=points,
                points_by_category=dict(t.points),
                points_deducted=t.deducted,
                grade=grade_for(points, limits.grades),
            )
        )
    return out


def _by_category(t: duty_points.MemberTally, role: str) -> dict[str, int]:
    return {c: n for (c, r), n in t.counts.items() if r == role and n}


def grade_for(points: int, grades: GradeThresholds) -> DutyGrade:
    """年度履职评价 from the (scaled) points each grade needs."""
    if points >= grades.excellent:
        return DutyGrade.EXCELLENT
    if points >= grades.competent:
        return DutyGrade.COMPETENT
    if points >= grades.basic:
        return DutyGrade.BASIC
    return DutyGrade.INCOMPETENT


def _reasons(limits: Thresholds, attended: int, absent: int, suggestions: int, points: int) -> list[str]:
    reasons = []
    if limits.min_sessions_attended and attended < limits.min_sessions_attended:
        reasons.append(
            msg(
                "参加履职活动 {attended} 次，少于 {min_sessions_attended} 次",
                attended=attended,
                min_sessions_attended=limits.min_sessions_attended,
            )
        )
    if limits.max_absences and absent > limits.max_absences:
        reasons.append(
            msg(
                "无故缺席 {absent} 次，多于 {max_absences} 次",
                absent=absent,
                max_absences=limits.max_absences,
            )
        )
    if limits.min_suggestions and suggestions < limits.min_suggestions:
        reasons.append(
            msg(
                "提出意见建议 {suggestions} 条，少于 {min_suggestions} 条",
                suggestions=suggestions,
                min_suggestions=limits.min_suggestions,
            )
        )
    if limits.min_points and points < limits.min_points:
        reasons.append(
            msg("履职积分 {points} 分，低于 {min_points} 分", points=points, min_points=limits.min_points)
        )
    return reasons
