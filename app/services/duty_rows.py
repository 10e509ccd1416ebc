"""The records behind a member's duty record: sessions, 履职活动 and suggestions, for the 履职档案's lists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.glossary import OFFICE_LEVEL
from app.models._base import table_of
from app.models.activities import ActivityAttendance, DutyActivity
from app.models.enums import ActivityState, AttendanceStatus, SessionForm, SessionState, SuggestionState
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession, SessionAttendance
from app.models.suggestions import Suggestion
from app.services import activity_kinds
from app.services.scope import Scope

PL = table_of(Platform).c
CS = table_of(ConsultationSession).c
AT = table_of(SessionAttendance).c
SG = table_of(Suggestion).c
DA = table_of(DutyActivity).c
AA = table_of(ActivityAttendance).c


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
class DutyActivityRow:
    activity_id: uuid.UUID
    held_on: date
    kind: str  # code
    kind_label: str
    title: str
    place: str  # the 站室组, or 政协机关
    attendance: str | None  # 出席 / 请假 / 缺席, None when only convened
    spoke: bool
    convened: bool


def held_sessions(scope: Scope) -> list[Any]:
    return [
        CS.archived_at.is_(None),
        CS.state != SessionState.PLANNED.value,
        *scope.period_clauses(CS.held_on),
        *scope.platform_clauses(CS.platform_id),
    ]


def raised(scope: Scope) -> list[Any]:
    return [
        SG.archived_at.is_(None),
        *scope.period_clauses(SG.raised_on),
        *scope.platform_clauses(SG.platform_id),
    ]


def session_rows(s: Session, member_id: uuid.UUID, scope: Scope) -> list[DutySession]:
    status = sa.select(AT.status).where(AT.session_id == CS.id, AT.member_id == member_id).scalar_subquery()
    took_part = sa.or_(
        CS.id.in_(sa.select(AT.session_id).where(AT.member_id == member_id)), CS.convener_id == member_id
    )
    stmt = (
        sa.select(CS.id, CS.held_on, CS.topic, PL.name, CS.form, status.label("status"), CS.convener_id)
        .join(table_of(Platform), PL.id == CS.platform_id)
        .where(*held_sessions(scope), took_part)
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


def suggestion_rows(s: Session, member_id: uuid.UUID, scope: Scope) -> list[DutySuggestion]:
    stmt = (
        sa.select(SG.id, SG.raised_on, SG.title, PL.name, SG.state)
        .outerjoin(table_of(Platform), PL.id == SG.platform_id)
        .where(SG.proposer_id == member_id, *raised(scope))
        .order_by(SG.raised_on.desc(), SG.title)
    )
    return [
        DutySuggestion(row.id, row.raised_on, row.title, row.name, SuggestionState(row.state).label)
        for row in s.execute(stmt).all()
    ]


def activity_rows(s: Session, member_id: uuid.UUID, scope: Scope) -> list[DutyActivityRow]:
    labels = activity_kinds.kind_labels(s)
    attendance = (
        sa.select(AA.status).where(AA.activity_id == DA.id, AA.member_id == member_id).scalar_subquery()
    )
    spoke = sa.select(AA.spoke).where(AA.activity_id == DA.id, AA.member_id == member_id).scalar_subquery()
    took_part = sa.or_(
        DA.id.in_(sa.select(AA.activity_id).where(AA.member_id == member_id)), DA.convener_id == member_id
    )
    stmt = (
        sa.select(
            DA.id,
            DA.held_on,
            DA.kind,
            DA.title,
            PL.name,
            attendance.label("status"),
            spoke.label("spoke"),
            DA.convener_id,
        )
        .outerjoin(table_of(Platform), PL.id == DA.platform_id)
        .where(
            DA.archived_at.is_(None),
            DA.state == ActivityState.HELD.value,
            *scope.period_clauses(DA.held_on),
            *scope.platform_clauses(DA.platform_id),
            took_part,
        )
        .order_by(DA.held_on.desc(), DA.title)
    )
    return [
        DutyActivityRow(
            activity_id=row.id,
            held_on=row.held_on,
            kind=row.kind,
            kind_label=labels.get(row.kind, row.kind),
            title=row.title,
            place=row.name or OFFICE_LEVEL,
            attendance=AttendanceStatus(row.status).label if row.status else None,
            spoke=bool(row.spoke),
            convened=row.convener_id == member_id,
        )
        for row in s.execute(stmt).all()
    ]
