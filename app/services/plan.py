"""The 年度协商计划 rule: where a topic stands — 待确定, 计划中, 已开展, 逾期未开展 or 未采用.

A confirmed topic is planned for a year and, usually, a month (no month: some time in that year). It
counts as 已开展 once a 协商议事活动 on it has taken place (any state but 筹备中) or a 履职活动 on it has
been held, whenever that was; it is 逾期未开展 when its month (or year) has ended before today and
nothing on it has been held yet. The plan view, the list, the printed plan and the figures all ask here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from app.models._base import table_of
from app.models.activities import DutyActivity
from app.models.enums import ActivityState, PlanStatus, SessionState, TopicDecision
from app.models.sessions import ConsultationSession
from app.models.topics import Topic
from app.services.scope import Scope

TP = table_of(Topic).c
CS = table_of(ConsultationSession).c
DA = table_of(DutyActivity).c


def month_key(year: int, month: int) -> int:
    return year * 12 + month


def plan_ended(plan_year: int | None, planned_month: int | None, today: date) -> bool:
    """Whether the planned month (or, without a month, the planned year) is over by `today`."""
    if plan_year is None:
        return False
    if planned_month is None:
        return plan_year < today.year
    return month_key(plan_year, planned_month) < month_key(today.year, today.month)


def plan_status(
    decision: TopicDecision, plan_year: int | None, planned_month: int | None, held: bool, today: date
) -> PlanStatus:
    if decision is TopicDecision.DECLINED:
        return PlanStatus.DECLINED
    if decision is TopicDecision.COLLECTED:
        return PlanStatus.COLLECTED
    if held:
        return PlanStatus.HELD
    return PlanStatus.OVERDUE if plan_ended(plan_year, planned_month, today) else PlanStatus.PLANNED


def held_sessions(topic_id: Any) -> Any:
    return sa.select(CS.id).where(
        CS.topic_id == topic_id, CS.archived_at.is_(None), CS.state != SessionState.PLANNED.value
    )


def held_activities(topic_id: Any) -> Any:
    return sa.select(DA.id).where(
        DA.topic_id == topic_id, DA.archived_at.is_(None), DA.state == ActivityState.HELD.value
    )


def held_clause(topic_id: Any = TP.id) -> sa.ColumnElement[bool]:
    return sa.or_(sa.exists(held_sessions(topic_id)), sa.exists(held_activities(topic_id)))


def ended_clause(today: date) -> sa.ColumnElement[bool]:
    with_month = sa.and_(
        TP.planned_month.is_not(None),
        TP.plan_year * 12 + TP.planned_month < month_key(today.year, today.month),
    )
    without = sa.and_(TP.planned_month.is_(None), TP.plan_year < today.year)
    return sa.and_(TP.plan_year.is_not(None), sa.or_(with_month, without))


def status_clause(today: date) -> sa.ColumnElement[Any]:
    """The topic's PlanStatus value, computed in SQL (for sorting and filtering lists)."""
    return sa.case(
        (TP.decision == TopicDecision.DECLINED.value, PlanStatus.DECLINED.value),
        (TP.decision == TopicDecision.COLLECTED.value, PlanStatus.COLLECTED.value),
        (held_clause(), PlanStatus.HELD.value),
        (ended_clause(today), PlanStatus.OVERDUE.value),
        else_=PlanStatus.PLANNED.value,
    )


def status_is(status: PlanStatus, today: date) -> sa.ColumnElement[bool]:
    if status is PlanStatus.DECLINED:
        return TP.decision == TopicDecision.DECLINED.value
    if status is PlanStatus.COLLECTED:
        return TP.decision == TopicDecision.COLLECTED.value
    confirmed = TP.decision == TopicDecision.CONFIRMED.value
    if status is PlanStatus.HELD:
        return sa.and_(confirmed, held_clause())
    if status is PlanStatus.OVERDUE:
        return sa.and_(confirmed, sa.not_(held_clause()), ended_clause(today))
    return sa.and_(confirmed, sa.not_(held_clause()), sa.not_(ended_clause(today)))


def planned_in(scope: Scope) -> list[sa.ColumnElement[bool]]:
    """Confirmed topics whose planned month (or year, without a month) falls in the scope's period."""
    clauses: list[sa.ColumnElement[bool]] = [
        TP.decision == TopicDecision.CONFIRMED.value,
        TP.plan_year.is_not(None),
    ]
    key = TP.plan_year * 12 + TP.planned_month
    no_month = TP.planned_month.is_(None)
    if scope.date_from is not None:
        start = scope.date_from
        clauses.append(
            sa.or_(
                sa.and_(~no_month, key >= month_key(start.year, start.month)),
                sa.and_(no_month, TP.plan_year >= start.year),
            )
        )
    if scope.date_to is not None:
        end = scope.date_to
        clauses.append(
            sa.or_(
                sa.and_(~no_month, key <= month_key(end.year, end.month)),
                sa.and_(no_month, TP.plan_year <= end.year),
            )
        )
    return clauses


def year_scope(year: int, base: Scope | None = None) -> Scope:
    """The whole of `year`, keeping the platform, district and visibility of `base`."""
    base = base or Scope()
    return Scope(date(year, 1, 1), date(year, 12, 31), base.platform_id, base.district, base.visible)
