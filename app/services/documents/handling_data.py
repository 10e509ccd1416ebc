"""Data of the handling documents: 交办单, 催办单 and 督办清单."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from app.messages import msg
from app.models._base import table_of
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion, SuggestionUnit
from app.models.units import HandlingUnit
from app.reports.pdf.data import Assignment, Reminder, SupervisionList
from app.services.deadlines import OPEN_STATES, deadlines_for
from app.services.documents.suggestion_rows import suggestion_files, suggestion_lines
from app.services.errors import NotFoundError
from app.services.office_settings import load_settings
from app.services.scope import Scope, scope_text

SG = table_of(Suggestion).c
SU = table_of(SuggestionUnit).c
HU = table_of(HandlingUnit).c
CS = table_of(ConsultationSession).c


def assignment(s: Session, suggestion_id: uuid.UUID, today: date) -> Assignment:
    lines = suggestion_lines(s, [SG.id == suggestion_id], [], today)
    if not lines:
        raise NotFoundError(msg("找不到该意见建议，请检查编号是否正确。"))
    line = lines[0]
    row = s.execute(
        sa.select(CS.topic, CS.held_on, HU.contact, HU.phone)
        .select_from(table_of(Suggestion))
        .outerjoin(table_of(ConsultationSession), CS.id == SG.session_id)
        .outerjoin(table_of(HandlingUnit), HU.id == SG.lead_unit_id)
        .where(SG.id == suggestion_id)
    ).one()
    return Assignment(
        suggestion=suggestion_files(s, lines)[0],
        session_topic=row.topic,
        session_held_on=row.held_on,
        platform=line.platform,
        lead_contact=row.contact,
        lead_phone=row.phone,
        return_window_days=load_settings(s).return_window_days,
    )


def reminder(s: Session, unit_id: uuid.UUID, scope: Scope, today: date) -> Reminder:
    """A unit's overdue items (of the platforms in `scope`: a coordinator's reminder lists theirs)."""
    unit = s.get(HandlingUnit, unit_id)
    if unit is None:
        raise NotFoundError(msg("找不到该承办单位，请检查编号是否正确。"))
    handled_by_unit = sa.or_(
        SG.lead_unit_id == unit_id,
        SG.id.in_(sa.select(SU.suggestion_id).where(SU.unit_id == unit_id)),
    )
    where = [
        SG.archived_at.is_(None),
        deadlines_for(s, today).overdue_clause(),
        handled_by_unit,
        *scope.platform_clauses(SG.platform_id),
    ]
    items = suggestion_lines(s, where, [SG.due_on], today)
    return Reminder(unit=unit.name, contact=unit.contact, phone=unit.phone, items=tuple(items), as_of=today)


def supervision(s: Session, scope: Scope, today: date) -> SupervisionList:
    """Handed out and not yet replied: the items the office follows up, soonest deadline first."""
    where = [
        SG.archived_at.is_(None),
        SG.state.in_(OPEN_STATES),
        *scope.period_clauses(SG.raised_on),
        *scope.platform_clauses(SG.platform_id),
    ]
    items = suggestion_lines(s, where, [SG.due_on.is_(None), SG.due_on], today)
    return SupervisionList(period=scope_text(s, scope), as_of=today, items=tuple(items))
