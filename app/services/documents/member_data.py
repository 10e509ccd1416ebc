"""Data of a member's duty record (履职档案): the duty service's figures and the rows behind them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.members import Member
from app.models.suggestions import Suggestion
from app.reports.pdf.data import AttendedSession, MemberDuty
from app.services.actor import Actor
from app.services.documents.suggestion_rows import suggestion_lines
from app.services.duty import DutyService
from app.services.errors import NotFoundError
from app.services.scope import Scope, scope_text

SG = table_of(Suggestion).c


def member_duty(
    db: Database, actor: Actor, s: Session, member_id: uuid.UUID, scope: Scope, today: date
) -> MemberDuty:
    member = s.get(Member, member_id)
    if member is None:
        raise NotFoundError(msg("找不到该委员，请检查编号是否正确。"))
    duty = DutyService(db, actor)
    detail = duty.detail(member_id, scope)
    record = detail.record
    sessions = [
        AttendedSession(
            held_on=x.held_on,
            topic=x.topic,
            platform=x.platform_name,
            status="、".join(part for part in (x.attendance, "召集" if x.convened else None) if part),
        )
        for x in sorted(detail.sessions, key=lambda x: (x.held_on, x.topic))
    ]
    # The duty service says which suggestions count; their units and results are read here.
    ids = [x.suggestion_id for x in detail.suggestions]
    lines = suggestion_lines(s, [SG.id.in_(ids)], [SG.raised_on], today) if ids else []
    return MemberDuty(
        name=record.name,
        gender=record.gender,
        sector=record.sector,
        party=record.party,
        workplace=member.workplace,
        platforms=tuple(record.platforms),
        period=scope_text(s, scope),
        sessions_attended=record.sessions_attended,
        sessions_excused=record.sessions_excused,
        sessions_absent=record.sessions_absent,
        suggestions_raised=record.suggestions_raised,
        sessions_convened=record.sessions_convened,
        visits=record.visits,
        below_threshold=record.below_threshold,
        reasons=tuple(record.reasons),
        standard=duty.thresholds(scope).note,
        sessions=tuple(sessions),
        suggestions=tuple(lines),
        activities_attended=record.activities_attended,
        activities_absent=record.activities_absent,
        opinions_submitted=record.opinions_submitted,
        reports_written=record.reports_written,
        points=record.points,
        grade=record.grade.label,
        points_by_kind=tuple((detail.labels.get(k, k), n) for k, n in record.points_by_category.items() if n),
        activities=tuple(
            AttendedSession(
                held_on=x.held_on,
                topic=f"{x.kind_label}：{x.title}",
                platform=x.place,
                status="、".join(
                    p
                    for p in (x.attendance, "发言" if x.spoke else None, "牵头" if x.convened else None)
                    if p
                ),
            )
            for x in sorted(detail.activities, key=lambda x: (x.held_on, x.title))
        ),
        point_items=tuple(
            (
                i.on,
                detail.labels.get(i.category, i.category),
                i.title,
                i.role.label,
                i.points,
                f"已达上限（原 {i.full} 分）" if i.capped else "",
            )
            for i in sorted(detail.points, key=lambda i: (i.on, i.title))
        ),
    )
