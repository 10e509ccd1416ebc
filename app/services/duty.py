"""Members' duty record (履职档案), computed from the records and never typed twice.

Per member and scope: sessions attended / excused / absent (sessions that took place, i.e. not 筹备中),
visits (inspection sessions attended), suggestions raised (as proposer) and sessions convened. All members'
figures come from a few grouped queries, not one query per member.

告诫提醒: the office's thresholds are per year (office_settings.DutyThresholds). For a scope with both a
start and an end date they are scaled to the period's length in whole months (at least one): a quarter
asks for 3/12 of each yearly figure, minimums rounded to the nearest whole number (halves up), the absence
limit rounded up. A scope without a complete period is judged against the yearly figures as they are. A
threshold of 0 switches its check off.
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
from app.models._base import table_of
from app.models.enums import AttendanceStatus, Gender, SessionForm, SessionState, SuggestionState
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.models.sessions import ConsultationSession, SessionAttendance
from app.models.suggestions import Suggestion
from app.services import permissions, rosters
from app.services.actor import Actor
from app.services.errors import NotFoundError
from app.services.names import NameOrder, sort_by_name
from app.services.office_settings import DutyThresholds, load_settings
from app.services.scope import Scope

ME = table_of(Member).c
PL = table_of(Platform).c
PM = table_of(PlatformMembership).c
CS = table_of(ConsultationSession).c
AT = table_of(SessionAttendance).c
SG = table_of(Suggestion).c


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


@dataclass(frozen=True)
class Thresholds:
    """The thresholds applied to a scope (already scaled), and how they were obtained."""

    min_sessions_attended: int
    max_absences: int
    min_suggestions: int
    note: str  # e.g. "按每年标准的 3/12 折算（2025年1月1日至2025年3月31日，约 3 个月）"


@dataclass(frozen=True)
class DutySession:
    session_id: uuid.UUID
    held_on: date
    topic: str
    platform_name: str
    form: str  # label
    attendance: str | None  # 出席 / 请假 / 缺席, None when only convened
    convened: bool


@dataclass(frozen=True)
class DutySuggestion:
    suggestion_id: uuid.UUID
    raised_on: date | None
    title: str
    platform_name: str | None
    state: str  # label


@dataclass(frozen=True)
class DutyDetail:
    record: DutyRecord
    sessions: list[DutySession]
    suggestions: list[DutySuggestion]


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
            limits = scaled_thresholds(load_settings(s).duty, scope)
            return sort_by_name(_records(s, scope, limits, None), lambda r: r.name, order)

    def record(self, member_id: uuid.UUID, scope: Scope | None = None) -> DutyRecord:
        scope = permissions.restrict(self.actor, scope)
        with self.db.session(write=False) as s:
            limits = scaled_thresholds(load_settings(s).duty, scope)
            found = _records(s, scope, limits, member_id)
            if not found:
                raise NotFoundError("找不到该委员（可能已被删除）。")
            return found[0]

    def below_thresholds(
        self, scope: Scope | None = None, order: NameOrder = NameOrder.STROKES
    ) -> list[DutyRecord]:
        """Members to remind (告诫提醒): below the office's thresholds for the scope."""
        return [r for r in self.records(scope, order) if r.below_threshold]

    def thresholds(self, scope: Scope | None = None) -> Thresholds:
        with self.db.session(write=False) as s:
            return scaled_thresholds(load_settings(s).duty, scope or Scope())

    def detail(self, member_id: uuid.UUID, scope: Scope | None = None) -> DutyDetail:
        """The record with the sessions (attended or convened) and suggestions behind its numbers."""
        scope = permissions.restrict(self.actor, scope)
        record = self.record(member_id, scope)
        with self.db.session(write=False) as s:
            return DutyDetail(
                record, _session_rows(s, member_id, scope), _suggestion_rows(s, member_id, scope)
            )


def scaled_thresholds(duty: DutyThresholds, scope: Scope) -> Thresholds:
    if scope.date_from and scope.date_to:
        days = (scope.date_to - scope.date_from).days + 1
        months = max(1, round(days * 12 / 365))
        factor = months / 12
        period = scope.describe().split(" · ")[0]
        note = f"按每年标准的 {months}/12 折算（{period}，约 {months} 个月）"
    else:
        factor = 1.0
        note = "按每年标准"
    return Thresholds(
        _half_up(duty.min_sessions_attended * factor),
        math.ceil(duty.max_absences * factor - 1e-9),
        _half_up(duty.min_suggestions * factor),
        note,
    )


def _half_up(value: float) -> int:
    return int(value + 0.5 + 1e-9)


def _held_sessions(scope: Scope) -> list[Any]:
    return [
        CS.archived_at.is_(None),
        CS.state != SessionState.PLANNED.value,
        *scope.period_clauses(CS.held_on),
        *scope.platform_clauses(CS.platform_id),
    ]


def _raised(scope: Scope) -> list[Any]:
    return [
        SG.archived_at.is_(None),
        *scope.period_clauses(SG.raised_on),
        *scope.platform_clauses(SG.platform_id),
    ]


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

    held = sa.select(CS.id).where(*_held_sessions(scope))
    visits = sa.select(CS.id).where(*_held_sessions(scope), CS.form == SessionForm.INSPECTION.value)
    present = AT.status == AttendanceStatus.PRESENT.value
    attendance = {
        row[0]: row[1:]
        for row in s.execute(
            sa.select(
                AT.member_id,
                sa.func.count().filter(present),
                sa.func.count().filter(AT.status == AttendanceStatus.EXCUSED.value),
                sa.func.count().filter(AT.status == AttendanceStatus.ABSENT.value),
                sa.func.count().filter(sa.and_(present, AT.session_id.in_(visits))),
            )
            .where(AT.session_id.in_(held), *restrict(AT.member_id))
            .group_by(AT.member_id)
        ).all()
    }
    raised = dict(
        s.execute(
            sa.select(SG.proposer_id, sa.func.count())
            .where(SG.proposer_id.is_not(None), *_raised(scope), *restrict(SG.proposer_id))
            .group_by(SG.proposer_id)
        ).all()
    )
    convened = dict(
        s.execute(
            sa.select(CS.convener_id, sa.func.count())
            .where(CS.convener_id.is_not(None), *_held_sessions(scope), *restrict(CS.convener_id))
            .group_by(CS.convener_id)
        ).all()
    )
    out = []
    for m in members:
        attended, excused, absent, visited = (int(n) for n in attendance.get(m.id, (0, 0, 0, 0)))
        suggestions = int(raised.get(m.id, 0))
        reasons = _reasons(limits, attended, absent, suggestions)
        out.append(
            DutyRecord(
                member_id=m.id,
                name=m.name,
                gender=Gender(m.gender).label if m.gender else None,
                sector=m.sector,
                party=m.party,
                platforms=platforms.get(m.id, []),
                sessions_attended=attended,
                sessions_excused=excused,
                sessions_absent=absent,
                suggestions_raised=suggestions,
                sessions_convened=int(convened.get(m.id, 0)),
                visits=visited,
                below_threshold=bool(reasons),
                reasons=reasons,
            )
        )
    return out


def _reasons(limits: Thresholds, attended: int, absent: int, suggestions: int) -> list[str]:
    reasons = []
    if limits.min_sessions_attended and attended < limits.min_sessions_attended:
        reasons.append(f"出席协商议事活动 {attended} 次，少于 {limits.min_sessions_attended} 次")
    if limits.max_absences and absent > limits.max_absences:
        reasons.append(f"缺席 {absent} 次，多于 {limits.max_absences} 次")
    if limits.min_suggestions and suggestions < limits.min_suggestions:
        reasons.append(f"提出意见建议 {suggestions} 条，少于 {limits.min_suggestions} 条")
    return reasons


def _session_rows(s: Session, member_id: uuid.UUID, scope: Scope) -> list[DutySession]:
    status = sa.select(AT.status).where(AT.session_id == CS.id, AT.member_id == member_id).scalar_subquery()
    took_part = sa.or_(
        CS.id.in_(sa.select(AT.session_id).where(AT.member_id == member_id)), CS.convener_id == member_id
    )
    stmt = (
        sa.select(CS.id, CS.held_on, CS.topic, PL.name, CS.form, status.label("status"), CS.convener_id)
        .join(table_of(Platform), PL.id == CS.platform_id)
        .where(*_held_sessions(scope), took_part)
        .order_by(CS.held_on.desc(), CS.topic)
    )
    return [
        DutySession(
            session_id=row.id,
            held_on=row.held_on,
            topic=row.topic,
            platform_name=row.name,
            form=SessionForm(row.form).label,
            attendance=AttendanceStatus(row.status).label if row.status else None,
            convened=row.convener_id == member_id,
        )
        for row in s.execute(stmt).all()
    ]


def _suggestion_rows(s: Session, member_id: uuid.UUID, scope: Scope) -> list[DutySuggestion]:
    stmt = (
        sa.select(SG.id, SG.raised_on, SG.title, PL.name, SG.state)
        .outerjoin(table_of(Platform), PL.id == SG.platform_id)
        .where(SG.proposer_id == member_id, *_raised(scope))
        .order_by(SG.raised_on.desc(), SG.title)
    )
    return [
        DutySuggestion(row.id, row.raised_on, row.title, row.name, SuggestionState(row.state).label)
        for row in s.execute(stmt).all()
    ]
