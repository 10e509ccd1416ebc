"""Data of the session documents: 协商议事纪要, 一事一档 and 签到表."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from app.messages import msg
from app.models._base import table_of
from app.models.enums import (
    AttendanceStatus,
    MembershipRole,
    ParticipantKind,
    PlatformKind,
    SessionForm,
    SessionState,
    TopicSource,
)
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.models.sessions import ConsultationSession, SessionAttendance, SessionParticipant
from app.models.suggestions import Suggestion
from app.reports.pdf.data import Dossier, Participant, SessionRecord, SignInMember, SignInSheet
from app.services import rosters
from app.services.documents.suggestion_rows import (
    AttachmentReader,
    as_enum,
    session_attachments,
    suggestion_files,
    suggestion_lines,
)
from app.services.errors import NotFoundError
from app.services.names import NameOrder, sort_by_name

CS = table_of(ConsultationSession).c
PL = table_of(Platform).c
ME = table_of(Member).c
PM = table_of(PlatformMembership).c
AT = table_of(SessionAttendance).c
SP = table_of(SessionParticipant).c
SG = table_of(Suggestion).c


def session_record(s: Session, session_id: uuid.UUID, today: date) -> SessionRecord:
    row = s.execute(
        sa.select(
            table_of(ConsultationSession),
            PL.name.label("platform_name"),
            PL.kind.label("platform_kind"),
            PL.district,
        )
        .join(table_of(Platform), PL.id == CS.platform_id)
        .where(CS.id == session_id)
    ).first()
    if row is None:
        raise NotFoundError(msg("找不到该协商议事活动，请检查编号是否正确。"))
    convener = s.get(Member, row.convener_id) if row.convener_id else None
    attendance: dict[AttendanceStatus, list[str]] = {status: [] for status in AttendanceStatus}
    for name, status in s.execute(
        sa.select(ME.name, AT.status)
        .join(table_of(Member), ME.id == AT.member_id)
        .where(AT.session_id == session_id)
    ).all():
        attendance[as_enum(AttendanceStatus, status)].append(name)
    participants = [
        Participant(as_enum(ParticipantKind, r.kind), r.name, r.organization)
        for r in s.execute(
            sa.select(SP.kind, SP.name, SP.organization).where(SP.session_id == session_id).order_by(SP.name)
        ).all()
    ]
    lines = suggestion_lines(
        s, [SG.session_id == session_id, SG.archived_at.is_(None)], [SG.raised_on], today
    )
    by_strokes = {status: sort_by_name(names, str) for status, names in attendance.items()}
    return SessionRecord(
        id=row.id,
        topic=row.topic,
        topic_source=as_enum(TopicSource, row.topic_source),
        held_on=row.held_on,
        state=as_enum(SessionState, row.state),
        form=as_enum(SessionForm, row.form),
        platform=row.platform_name,
        platform_kind=as_enum(PlatformKind, row.platform_kind),
        district=row.district,
        location=row.location,
        convener=convener.name if convener else None,
        host=row.host,
        present=tuple(by_strokes[AttendanceStatus.PRESENT]),
        excused=tuple(by_strokes[AttendanceStatus.EXCUSED]),
        absent=tuple(by_strokes[AttendanceStatus.ABSENT]),
        participants=tuple(participants),
        resident_count=row.resident_count,
        minutes=row.minutes,
        consensus=row.consensus,
        notes=row.notes,
        suggestions=tuple(lines),
    )


def dossier(s: Session, session_id: uuid.UUID, today: date, reader: AttachmentReader) -> Dossier:
    record = session_record(s, session_id, today)
    return Dossier(
        session=record,
        files=tuple(suggestion_files(s, list(record.suggestions), reader)),
        attachments=tuple(session_attachments(s, session_id, reader)),
    )


def sign_in_sheet(s: Session, session_id: uuid.UUID, today: date) -> SignInSheet:
    """The platform's members on the session's day in 姓氏笔画 order (the convener's office is not a rank)."""
    record = session_record(s, session_id, today)
    platform_id = s.execute(sa.select(CS.platform_id).where(CS.id == session_id)).scalar_one()
    rows = s.execute(
        sa.select(ME.name, ME.sector, ME.workplace, PM.role)
        .join(table_of(PlatformMembership), PM.member_id == ME.id)
        .where(
            PM.platform_id == platform_id, ME.archived_at.is_(None), rosters.current_clause(record.held_on)
        )
    ).all()
    members = [
        SignInMember(
            name=r.name,
            sector=r.sector,
            role=None
            if as_enum(MembershipRole, r.role) is MembershipRole.MEMBER
            else as_enum(MembershipRole, r.role).label,
            workplace=r.workplace,
        )
        for r in rows
    ]
    return SignInSheet(
        session=record, members=tuple(sort_by_name(members, lambda m: m.name, NameOrder.STROKES))
    )
