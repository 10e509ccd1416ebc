"""The one source of every figure in the product: dashboard, Excel 统计 sheet, PDF summary, `stats --json`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.models._base import table_of
from app.models.enums import (
    AttendanceStatus,
    PlatformKind,
    ResultClass,
    Satisfaction,
    SessionForm,
    SessionState,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
)
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.models.sessions import ConsultationSession, SessionAttendance
from app.models.suggestions import LeaderInstruction, Suggestion
from app.services.scope import Scope
from app.services.suggestions import overdue_clause

PL = table_of(Platform).c
ME = table_of(Member).c
PM = table_of(PlatformMembership).c
CS = table_of(ConsultationSession).c
AT = table_of(SessionAttendance).c
SG = table_of(Suggestion).c
LI = table_of(LeaderInstruction).c

_HANDED_OUT = (
    SuggestionState.ASSIGNED.value,
    SuggestionState.IN_PROGRESS.value,
    SuggestionState.REPLIED.value,
    SuggestionState.CONCLUDED.value,
)
_SATISFIED = (Satisfaction.SATISFIED.value, Satisfaction.BASICALLY.value)


def rate(part: int, whole: int) -> float | None:
    """A percentage with one decimal, or None when there is nothing to divide by."""
    return round(100.0 * part / whole, 1) if whole else None


@dataclass
class StatisticsService:
    db: Database

    def summary(self, scope: Scope | None = None, *, today: date | None = None) -> dict[str, Any]:
        scope = scope or Scope()
        with self.db.session(write=False) as s:
            return compute(s, scope, today or date.today())


def _count_by(session: Session, column: Any, *where: Any, select_from: Any = None) -> dict[str, int]:
    stmt = sa.select(column, sa.func.count()).where(*where).group_by(column)
    if select_from is not None:
        stmt = stmt.select_from(select_from)
    return {str(getattr(k, "value", k)): int(n) for k, n in session.execute(stmt).all() if k is not None}


def _zeros(enum_cls: Any, counts: dict[str, int]) -> dict[str, int]:
    return {m.value: counts.get(m.value, 0) for m in enum_cls}


def compute(session: Session, scope: Scope, today: date) -> dict[str, Any]:
    scalar = session.execute

    # Platforms and members (not bound to the period: they are the standing network).
    platform_where = [PL.archived_at.is_(None), *scope.platform_clauses(PL.id)]
    by_kind = _zeros(PlatformKind, _count_by(session, PL.kind, *platform_where))
    active_platforms = scalar(
        sa.select(sa.func.count()).select_from(table_of(Platform)).where(*platform_where, PL.active.is_(True))
    ).scalar_one()
    member_where: list[Any] = [ME.archived_at.is_(None)]
    if scope.platform_id or scope.district:
        member_where.append(ME.id.in_(sa.select(PM.member_id).where(*scope.platform_clauses(PM.platform_id))))
    members = scalar(
        sa.select(sa.func.count()).select_from(table_of(Member)).where(*member_where)
    ).scalar_one()

    # Sessions in the period.
    session_where = [
        CS.archived_at.is_(None),
        *scope.period_clauses(CS.held_on),
        *scope.platform_clauses(CS.platform_id),
    ]
    session_join = table_of(Platform).join(table_of(ConsultationSession), PL.id == CS.platform_id)
    sessions_by_state = _zeros(SessionState, _count_by(session, CS.state, *session_where))
    sessions_total = sum(sessions_by_state.values())
    held_where = [*session_where, CS.state != SessionState.PLANNED.value]

    # Suggestions raised in the period.
    sugg_where = [
        SG.archived_at.is_(None),
        *scope.period_clauses(SG.raised_on),
        *scope.platform_clauses(SG.platform_id),
    ]
    by_state = _zeros(SuggestionState, _count_by(session, SG.state, *sugg_where))
    suggestions_total = sum(by_state.values())
    by_result = _zeros(ResultClass, _count_by(session, SG.result_class, *sugg_where))
    by_category = _zeros(SuggestionCategory, _count_by(session, SG.category, *sugg_where))

    def count_sugg(*extra: Any) -> int:
        stmt = sa.select(sa.func.count()).select_from(table_of(Suggestion)).where(*sugg_where, *extra)
        return int(scalar(stmt).scalar_one())

    handed_out = count_sugg(SG.state.in_(_HANDED_OUT))
    concluded = by_state[SuggestionState.CONCLUDED.value]
    concluded_on_time = count_sugg(
        SG.state == SuggestionState.CONCLUDED.value,
        SG.due_on.is_not(None),
        sa.func.coalesce(SG.replied_on, SG.concluded_on) <= SG.due_on,
    )
    evaluated = count_sugg(SG.eval_after.is_not(None))
    satisfied = count_sugg(SG.eval_after.in_(_SATISFIED))
    fully_satisfied = count_sugg(SG.eval_after == Satisfaction.SATISFIED.value)
    problems = count_sugg(SG.reflects_problem.is_(True))
    overdue = count_sugg(overdue_clause(today))
    replied = count_sugg(SG.replied_on.is_not(None))

    # 领导批示 件次: instructions given in the period on suggestions in scope.
    li_where: list[Any] = [*scope.period_clauses(LI.given_on)]
    if scope.platform_id or scope.district:
        li_where.append(LI.suggestion_id.in_(sa.select(SG.id).where(*scope.platform_clauses(SG.platform_id))))
    instructions = int(
        scalar(
            sa.select(sa.func.count()).select_from(table_of(LeaderInstruction)).where(*li_where)
        ).scalar_one()
    )

    # Members' participation in the period's sessions.
    att_join = table_of(SessionAttendance).join(table_of(ConsultationSession), CS.id == AT.session_id)
    attendance = _zeros(AttendanceStatus, _count_by(session, AT.status, *session_where, select_from=att_join))
    attending = int(
        scalar(
            sa.select(sa.func.count(sa.distinct(AT.member_id)))
            .select_from(att_join)
            .where(*session_where, AT.status == AttendanceStatus.PRESENT.value)
        ).scalar_one()
    )
    expected = sum(attendance.values())

    return {
        "scope": scope.as_dict(),
        "as_of": today.isoformat(),
        "platforms": sum(by_kind.values()),
        "platforms_active": int(active_platforms),
        "platforms_by_kind": by_kind,
        "members": int(members),
        "sessions": sessions_total,
        "sessions_held": sessions_total - sessions_by_state[SessionState.PLANNED.value],
        "sessions_by_state": sessions_by_state,
        "sessions_by_form": _zeros(SessionForm, _count_by(session, CS.form, *session_where)),
        "sessions_by_topic_source": _zeros(TopicSource, _count_by(session, CS.topic_source, *session_where)),
        "sessions_by_platform_kind": _zeros(
            PlatformKind, _count_by(session, PL.kind, *session_where, select_from=session_join)
        ),
        "suggestions": suggestions_total,
        "suggestions_by_state": by_state,
        "suggestions_by_result_class": by_result,
        "suggestions_by_category": by_category,
        "suggestions_handed_out": handed_out,
        "suggestions_replied": replied,
        "suggestions_concluded": concluded,
        "suggestions_concluded_on_time": concluded_on_time,
        "concluded_rate": rate(concluded, handed_out),
        "on_time_rate": rate(concluded_on_time, concluded),
        "evaluated": evaluated,
        "satisfied": satisfied,
        "satisfaction_rate": rate(satisfied, evaluated),
        "full_satisfaction_rate": rate(fully_satisfied, evaluated),
        "leader_instructions": instructions,
        "problem_suggestions": problems,
        "problem_share": rate(problems, suggestions_total),
        "overdue": overdue,
        "attendance": attendance,
        "members_attending": attending,
        "attendance_rate": rate(attendance[AttendanceStatus.PRESENT.value], expected),
        "member_participation_rate": rate(attending, int(members)),
        "sessions_by_month": _by_month(session, CS.held_on, held_where),
        "suggestions_by_month": _by_month(session, SG.raised_on, sugg_where),
        "sessions_by_platform": _by_platform(session, session_where),
    }


def _by_month(session: Session, column: Any, where: list[Any]) -> dict[str, int]:
    """Counts per calendar month, keyed YYYY-MM, in order (portable: grouping done here, not in SQL)."""
    counts: dict[str, int] = {}
    stmt = sa.select(column, sa.func.count()).where(*where).group_by(column)
    for day, n in session.execute(stmt).all():
        if day is None:
            continue
        key = f"{day.year:04d}-{day.month:02d}"
        counts[key] = counts.get(key, 0) + int(n)
    return dict(sorted(counts.items()))


def _by_platform(session: Session, where: list[Any]) -> list[dict[str, Any]]:
    stmt = (
        sa.select(PL.id, PL.name, PL.kind, PL.district, sa.func.count(CS.id))
        .select_from(table_of(Platform).join(table_of(ConsultationSession), PL.id == CS.platform_id))
        .where(*where)
        .group_by(PL.id, PL.name, PL.kind, PL.district)
        .order_by(sa.func.count(CS.id).desc(), PL.name)
    )
    return [
        {
            "platform_id": str(pid),
            "name": name,
            "kind": getattr(kind, "value", kind),
            "district": district,
            "sessions": int(n),
        }
        for pid, name, kind, district, n in session.execute(stmt).all()
    ]
