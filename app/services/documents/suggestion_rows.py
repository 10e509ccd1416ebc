"""Suggestions as list rows (with their units) and as whole handling files, read in few queries."""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.models._base import table_of
from app.models.attachments import Attachment
from app.models.enums import (
    EventKind,
    HandlingMode,
    QualityRating,
    ResultClass,
    Satisfaction,
    SuggestionCategory,
    SuggestionState,
    UnitRole,
)
from app.models.members import Member
from app.models.platforms import Platform
from app.models.suggestions import FollowUpEvent, LeaderInstruction, Suggestion, SuggestionUnit
from app.models.units import HandlingUnit
from app.reports.pdf.data import AttachedFile, Instruction, SuggestionFile, SuggestionLine, TimelineEntry
from app.services.actor import Actor
from app.services.attachments import AttachmentService
from app.services.deadlines import deadlines_for
from app.services.errors import NotFoundError

log = logging.getLogger(__name__)

SG = table_of(Suggestion).c
SU = table_of(SuggestionUnit).c
HU = table_of(HandlingUnit).c
PL = table_of(Platform).c
ME = table_of(Member).c
LI = table_of(LeaderInstruction).c
EV = table_of(FollowUpEvent).c
AT = table_of(Attachment).c

_LINE_COLUMNS = (
    SG.id,
    SG.title,
    SG.category,
    SG.state,
    sa.func.coalesce(ME.name, SG.proposer_text).label("proposer"),
    PL.name.label("platform"),
    SG.raised_on,
    HU.name.label("lead_unit"),
    SG.assigned_on,
    SG.due_on,
    SG.replied_on,
    SG.result_class,
)


def as_enum(cls: Any, value: Any) -> Any:
    return None if value is None else cls(getattr(value, "value", value))


def _line_select() -> sa.Select[Any]:
    return (
        sa.select(*_LINE_COLUMNS)
        .select_from(table_of(Suggestion))
        .outerjoin(table_of(Platform), PL.id == SG.platform_id)
        .outerjoin(table_of(HandlingUnit), HU.id == SG.lead_unit_id)
        .outerjoin(table_of(Member), ME.id == SG.proposer_id)
    )


def suggestion_lines(
    session: Session, where: Sequence[Any], order_by: Sequence[Any], today: date
) -> list[SuggestionLine]:
    """Rows for every suggestion matching `where`, each with its co-handling units."""
    rows = session.execute(_line_select().where(*where).order_by(*order_by, SG.id)).all()
    co_units: dict[uuid.UUID, list[str]] = defaultdict(list)
    co_stmt = (
        sa.select(SU.suggestion_id, HU.name)
        .select_from(table_of(SuggestionUnit))
        .join(table_of(HandlingUnit), HU.id == SU.unit_id)
        .join(table_of(Suggestion), SG.id == SU.suggestion_id)
        .outerjoin(table_of(Platform), PL.id == SG.platform_id)
        .where(SU.role == UnitRole.CO.value, *where)
        .order_by(HU.name)
    )
    for sid, name in session.execute(co_stmt).all():
        co_units[sid].append(name)
    rules = deadlines_for(session, today)
    lines = []
    for r in rows:
        state = as_enum(SuggestionState, r.state)
        lines.append(
            SuggestionLine(
                id=r.id,
                title=r.title,
                category=as_enum(SuggestionCategory, r.category),
                state=state,
                proposer=r.proposer,
                platform=r.platform,
                raised_on=r.raised_on,
                lead_unit=r.lead_unit,
                co_units=tuple(co_units.get(r.id, ())),
                assigned_on=r.assigned_on,
                due_on=r.due_on,
                replied_on=r.replied_on,
                result_class=as_enum(ResultClass, r.result_class),
                working_days_overdue=rules.working_days_overdue(state, r.due_on, r.replied_on),
            )
        )
    return lines


AttachmentReader = Callable[[uuid.UUID], "bytes | None"]


def attachment_reader(db: Database, actor: Actor) -> AttachmentReader:
    """Reads attachments through the attachments service (as the one printing, so only what they may
    see); None when the content is gone."""
    service = AttachmentService(db, actor)

    def read(attachment_id: uuid.UUID) -> bytes | None:
        try:
            return service.read_content(attachment_id)
        except (NotFoundError, OSError) as exc:
            log.warning("attachment %s unreadable: %s", attachment_id, exc)
            return None

    return read


def attached_files(rows: Sequence[Any], reader: AttachmentReader | None) -> list[AttachedFile]:
    """Each attachment row as a file the dossier can print, bind in or embed (read when laid out)."""
    if reader is None:
        return []
    return [
        AttachedFile(
            filename=r.filename,
            caption=r.description or r.filename,
            mime_type=r.mime_type,
            read=partial(reader, r.id),
        )
        for r in rows
    ]


def _attachments(session: Session, column: Any, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
    found: dict[uuid.UUID, list[Any]] = defaultdict(list)
    if not ids:
        return found
    stmt = (
        sa.select(column.label("owner"), AT.id, AT.filename, AT.mime_type, AT.description)
        .where(column.in_(ids), AT.archived_at.is_(None))
        .order_by(AT.created_at, AT.filename)
    )
    for r in session.execute(stmt).all():
        found[r.owner].append(r)
    return found


def session_attachments(
    session: Session, session_id: uuid.UUID, reader: AttachmentReader | None
) -> list[AttachedFile]:
    return attached_files(_attachments(session, AT.session_id, [session_id]).get(session_id, []), reader)


def suggestion_files(
    session: Session, lines: Sequence[SuggestionLine], reader: AttachmentReader | None = None
) -> list[SuggestionFile]:
    """Each suggestion's handling, replies, evaluations, instructions, timeline and (with a reader)
    attachments."""
    ids = [line.id for line in lines]
    if not ids:
        return []
    details = {r.id: r for r in session.execute(sa.select(table_of(Suggestion)).where(SG.id.in_(ids))).all()}
    instructions: dict[uuid.UUID, list[Instruction]] = defaultdict(list)
    for r in session.execute(
        sa.select(LI.suggestion_id, LI.leader, LI.given_on, LI.text)
        .where(LI.suggestion_id.in_(ids))
        .order_by(LI.given_on)
    ).all():
        instructions[r.suggestion_id].append(Instruction(r.leader, r.given_on, r.text))
    timeline: dict[uuid.UUID, list[TimelineEntry]] = defaultdict(list)
    for r in session.execute(
        sa.select(EV.suggestion_id, EV.happened_on, EV.kind, EV.actor, HU.name.label("unit"), EV.text)
        .select_from(table_of(FollowUpEvent))
        .outerjoin(table_of(HandlingUnit), HU.id == EV.unit_id)
        .where(EV.suggestion_id.in_(ids))
        .order_by(EV.happened_on, EV.recorded_at)
    ).all():
        timeline[r.suggestion_id].append(
            TimelineEntry(r.happened_on, as_enum(EventKind, r.kind), r.actor, r.unit, r.text)
        )
    files = _attachments(session, AT.suggestion_id, ids)
    result = []
    for line in lines:
        d = details[line.id]
        result.append(
            SuggestionFile(
                line=line,
                content=d.content,
                handling_mode=as_enum(HandlingMode, d.handling_mode),
                returned_on=d.returned_on,
                return_reason=d.return_reason,
                reply=d.reply,
                concluded_on=d.concluded_on,
                implementation=d.implementation,
                eval_before=as_enum(Satisfaction, d.eval_before),
                eval_during=as_enum(Satisfaction, d.eval_during),
                eval_after=as_enum(Satisfaction, d.eval_after),
                evaluated_on=d.evaluated_on,
                quality_rating=as_enum(QualityRating, d.quality_rating),
                quality_rated_on=d.quality_rated_on,
                instructions=tuple(instructions.get(line.id, ())),
                timeline=tuple(timeline.get(line.id, ())),
                attachments=tuple(attached_files(files.get(line.id, []), reader)),
            )
        )
    return result
