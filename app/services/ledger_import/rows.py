"""The ledger rows exactly as the export writes them (plain values in layout column order).

The export streams them into the workbook; the importer fetches the same rows for the records a file
names, so that a cell the clerk left as exported is recognised as "unchanged" (masked phones, cut long
texts and computed columns included).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models._base import table_of
from app.models.enums import AttendanceStatus, LabeledEnum, MembershipRole, ParticipantKind, UnitRole
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.models.sessions import ConsultationSession, SessionAttendance, SessionParticipant
from app.models.suggestions import LeaderInstruction, Suggestion, SuggestionUnit
from app.models.units import HandlingUnit
from app.reports.excel import layouts
from app.reports.excel.sheet_writer import Column
from app.services import rosters
from app.services.deadlines import deadlines_for
from app.services.ledger_import.revision_stamp import stamp_sql
from app.services.masking import mask_phone
from app.services.names import stroke_key
from app.services.scope import Scope

CS = table_of(ConsultationSession).c
PL = table_of(Platform).c
ME = table_of(Member).c
PM = table_of(PlatformMembership).c
AT = table_of(SessionAttendance).c
SP = table_of(SessionParticipant).c
SG = table_of(Suggestion).c
SU = table_of(SuggestionUnit).c
HU = table_of(HandlingUnit).c
LI = table_of(LeaderInstruction).c

Row = tuple[Any, ...]
NAME_SEPARATOR = "、"
YIELD_PER = 2000


def label(value: Any) -> Any:
    return value.label if isinstance(value, LabeledEnum) else value


@lru_cache(maxsize=20_000)
def _name_key(name: str) -> tuple[Any, ...]:
    return stroke_key(name)


def join_names(names: list[str]) -> str | None:
    """Names in 姓氏笔画 order, joined with 、 (how ledgers list people)."""
    return NAME_SEPARATOR.join(sorted(names, key=_name_key)) if names else None


def _where_ids(column: Any, ids: Collection[uuid.UUID] | None, default: list[Any]) -> list[Any]:
    return [column.in_(list(ids))] if ids is not None else default


def _labelled(columns: tuple[Column, ...], exprs: dict[str, Any]) -> list[Any]:
    """A select list in layout order; columns computed in Python are selected as NULL placeholders."""
    return [exprs.get(c.key, sa.null()).label(c.key) for c in columns]


def _index(columns: tuple[Column, ...]) -> dict[str, int]:
    return {c.key: i for i, c in enumerate(columns)}


# -- 协商议事台账 ---------------------------------------------------------------------------------
SESSION_INDEX = _index(layouts.SESSION_COLUMNS)


def session_where(scope: Scope) -> list[Any]:
    return [
        CS.archived_at.is_(None),
        *scope.period_clauses(CS.held_on),
        *scope.platform_clauses(CS.platform_id),
    ]


def session_rows(s: Session, scope: Scope, ids: Collection[uuid.UUID] | None = None) -> Iterator[Row]:
    where = _where_ids(CS.id, ids, session_where(scope))
    chosen = sa.select(CS.id).where(*where)
    attendance: dict[uuid.UUID, dict[AttendanceStatus, list[str]]] = defaultdict(lambda: defaultdict(list))
    members = sa.select(AT.session_id, AT.status, ME.name).join(table_of(Member), ME.id == AT.member_id)
    for sid, status, name in s.execute(members.where(AT.session_id.in_(chosen))):
        attendance[sid][status].append(name)
    departments: dict[uuid.UUID, list[str]] = defaultdict(list)
    for sid, name, org in s.execute(
        sa.select(SP.session_id, SP.name, SP.organization)
        .where(SP.session_id.in_(chosen), SP.kind == ParticipantKind.DEPARTMENT.value)
        .order_by(SP.organization, SP.name)
    ):
        departments[sid].append(org or name)
    counts = dict(
        s.execute(
            sa.select(SG.session_id, sa.func.count())
            .where(SG.session_id.in_(chosen), SG.archived_at.is_(None))
            .group_by(SG.session_id)
        ).all()
    )
    exprs = {
        "held_on": CS.held_on, "platform": PL.name, "platform_kind": PL.kind, "district": PL.district,
        "topic": CS.topic, "topic_source": CS.topic_source, "form": CS.form, "location": CS.location,
        "convener": ME.name, "host": CS.host, "resident_count": CS.resident_count, "minutes": CS.minutes,
        "consensus": CS.consensus, "state": CS.state, "notes": CS.notes, "record_id": CS.id,
        "version": stamp_sql(CS.version, CS.revision),
    }  # fmt: skip
    stmt = (
        sa.select(*_labelled(layouts.SESSION_COLUMNS, exprs))
        .select_from(table_of(ConsultationSession))
        .join(table_of(Platform), PL.id == CS.platform_id)
        .outerjoin(table_of(Member), ME.id == CS.convener_id)
        .where(*where)
        .order_by(CS.held_on, PL.name, CS.topic, CS.id)
        .execution_options(yield_per=YIELD_PER)
    )
    i = SESSION_INDEX
    for seq, r in enumerate(s.execute(stmt), 1):
        values: list[Any] = [label(v) for v in r]
        sid = values[i["record_id"]]
        att = attendance.get(sid, {})
        values[i["seq"]] = seq
        values[i["present"]] = join_names(att.get(AttendanceStatus.PRESENT, []))
        values[i["excused"]] = join_names(att.get(AttendanceStatus.EXCUSED, []))
        values[i["absent"]] = join_names(att.get(AttendanceStatus.ABSENT, []))
        values[i["departments"]] = NAME_SEPARATOR.join(departments[sid]) if sid in departments else None
        values[i["suggestion_count"]] = counts.get(sid, 0)
        yield tuple(values)


# -- 意见建议办理台账 -----------------------------------------------------------------------------
SUGGESTION_INDEX = _index(layouts.SUGGESTION_COLUMNS)


def suggestion_where(scope: Scope) -> list[Any]:
    return [
        SG.archived_at.is_(None),
        *scope.period_clauses(SG.raised_on),
        *scope.platform_clauses(SG.platform_id),
    ]


def suggestion_rows(
    s: Session, scope: Scope, ids: Collection[uuid.UUID] | None = None, *, today: date | None = None
) -> Iterator[Row]:
    where = _where_ids(SG.id, ids, suggestion_where(scope))
    chosen = sa.select(SG.id).where(*where)
    co_units: dict[uuid.UUID, list[str]] = defaultdict(list)
    for sid, name in s.execute(
        sa.select(SU.suggestion_id, HU.name)
        .join(table_of(HandlingUnit), HU.id == SU.unit_id)
        .where(SU.suggestion_id.in_(chosen), SU.role == UnitRole.CO.value)
        .order_by(HU.name)
    ):
        co_units[sid].append(name)
    instructions = dict(
        s.execute(
            sa.select(LI.suggestion_id, sa.func.count())
            .where(LI.suggestion_id.in_(chosen))
            .group_by(LI.suggestion_id)
        ).all()
    )
    exprs = {
        "raised_on": SG.raised_on, "title": SG.title, "content": SG.content, "category": SG.category,
        "reflects_problem": SG.reflects_problem, "session_topic": CS.topic, "platform": PL.name,
        "proposer": sa.func.coalesce(ME.name, SG.proposer_text), "state": SG.state,
        "assigned_on": SG.assigned_on, "lead_unit": HU.name, "handling_mode": SG.handling_mode,
        "due_on": SG.due_on, "replied_on": SG.replied_on, "reply": SG.reply, "result_class": SG.result_class,
        "concluded_on": SG.concluded_on, "implementation": SG.implementation, "eval_before": SG.eval_before,
        "eval_during": SG.eval_during, "eval_after": SG.eval_after, "evaluated_on": SG.evaluated_on,
        "quality_rating": SG.quality_rating, "overdue": sa.null(), "returned_on": SG.returned_on,
        "return_reason": SG.return_reason, "notes": SG.notes,
        "session_ref": SG.session_id, "record_id": SG.id, "version": stamp_sql(SG.version, SG.revision),
    }  # fmt: skip
    stmt = (
        sa.select(*_labelled(layouts.SUGGESTION_COLUMNS, exprs))
        .select_from(table_of(Suggestion))
        .outerjoin(table_of(Platform), PL.id == SG.platform_id)
        .outerjoin(table_of(ConsultationSession), CS.id == SG.session_id)
        .outerjoin(table_of(HandlingUnit), HU.id == SG.lead_unit_id)
        .outerjoin(table_of(Member), ME.id == SG.proposer_id)
        .where(*where)
        .order_by(SG.raised_on, SG.title, SG.id)
        .execution_options(yield_per=YIELD_PER)
    )
    i = SUGGESTION_INDEX
    rules = deadlines_for(s, today)
    for seq, r in enumerate(s.execute(stmt), 1):
        # 超期工作日: the one rule's count, blank unless the suggestion is 超期未答复.
        late = rules.working_days_overdue(r[i["state"]], r[i["due_on"]], r[i["replied_on"]])
        values: list[Any] = [label(v) for v in r]
        sid = values[i["record_id"]]
        values[i["seq"]] = seq
        values[i["co_units"]] = NAME_SEPARATOR.join(co_units[sid]) if sid in co_units else None
        values[i["instructions"]] = instructions.get(sid, 0)
        values[i["overdue"]] = late or None
        values[i["reflects_problem"]] = bool(values[i["reflects_problem"]])
        yield tuple(values)


# -- 站室组名册 -----------------------------------------------------------------------------------
PLATFORM_INDEX = _index(layouts.PLATFORM_COLUMNS)


def platform_where(scope: Scope) -> list[Any]:
    return [PL.archived_at.is_(None), *scope.platform_clauses(PL.id)]


def platform_rows(
    s: Session, scope: Scope, ids: Collection[uuid.UUID] | None = None, *, full: bool = False
) -> Iterator[Row]:
    where = _where_ids(PL.id, ids, platform_where(scope))
    members = dict(
        s.execute(
            sa.select(PM.platform_id, sa.func.count())
            .where(rosters.current_clause(date.today()))
            .group_by(PM.platform_id)
        ).all()
    )
    exprs = {
        "name": PL.name, "kind": PL.kind, "district": PL.district, "township": PL.township,
        "address": PL.address, "coordinator": PL.coordinator, "phone": PL.phone, "founded_on": PL.founded_on,
        "active": PL.active, "notes": PL.notes, "record_id": PL.id,
        "version": stamp_sql(PL.version, PL.revision),
    }  # fmt: skip
    stmt = sa.select(*_labelled(layouts.PLATFORM_COLUMNS, exprs)).where(*where)
    i = PLATFORM_INDEX
    for seq, r in enumerate(s.execute(stmt.order_by(PL.district, PL.kind, PL.name, PL.id)), 1):
        values: list[Any] = [label(v) for v in r]
        values[i["seq"]] = seq
        values[i["member_count"]] = members.get(values[i["record_id"]], 0)
        values[i["active"]] = bool(values[i["active"]])
        values[i["phone"]] = values[i["phone"]] if full else mask_phone(values[i["phone"]])
        yield tuple(values)


# -- 委员名册 -------------------------------------------------------------------------------------
MEMBER_INDEX = _index(layouts.MEMBER_COLUMNS)


def member_where(scope: Scope) -> list[Any]:
    where: list[Any] = [ME.archived_at.is_(None)]
    if scope.narrowed:
        where.append(ME.id.in_(rosters.members_in(scope, date.today())))
    return where


def membership_text(name: str, role: MembershipRole) -> str:
    """城西区胜利路委员驿站（站长）; plain members are listed by platform name only."""
    return name if role is MembershipRole.MEMBER else f"{name}（{role.label}）"


def member_rows(
    s: Session, scope: Scope, ids: Collection[uuid.UUID] | None = None, *, full: bool = False
) -> Iterator[Row]:
    where = _where_ids(ME.id, ids, member_where(scope))
    chosen = sa.select(ME.id).where(*where)
    platforms: dict[uuid.UUID, list[str]] = defaultdict(list)
    for mid, name, role in s.execute(
        sa.select(PM.member_id, PL.name, PM.role)
        .join(table_of(Platform), PL.id == PM.platform_id)
        .where(
            PM.member_id.in_(chosen),
            rosters.current_clause(date.today()),
            *Scope(visible=scope.visible).platform_clauses(PM.platform_id),  # only platforms the reader sees
        )
        .order_by(PL.name)
    ):
        platforms[mid].append(membership_text(name, role))
    exprs = {
        "name": ME.name, "gender": ME.gender, "sector": ME.sector, "party": ME.party, "term": ME.term,
        "workplace": ME.workplace, "phone": ME.phone, "notes": ME.notes, "record_id": ME.id,
        "version": stamp_sql(ME.version, ME.revision),
    }  # fmt: skip
    i = MEMBER_INDEX
    records = [
        [label(v) for v in r]
        for r in s.execute(sa.select(*_labelled(layouts.MEMBER_COLUMNS, exprs)).where(*where))
    ]
    records.sort(key=lambda v: (_name_key(v[i["name"]]), str(v[i["record_id"]])))
    for seq, values in enumerate(records, 1):
        mid = values[i["record_id"]]
        values[i["seq"]] = seq
        values[i["phone"]] = values[i["phone"]] if full else mask_phone(values[i["phone"]])
        values[i["platforms"]] = NAME_SEPARATOR.join(platforms[mid]) if mid in platforms else None
        yield tuple(values)


LEDGERS = ("sessions", "suggestions", "platforms", "members")


def count_rows(s: Session, scope: Scope, sheets: Collection[str] = LEDGERS) -> dict[str, int]:
    """Rows per ledger, for a determinate progress bar."""

    def count(table: Any, where: list[Any]) -> int:
        return int(s.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one())

    sources = {
        "sessions": (table_of(ConsultationSession), session_where),
        "suggestions": (table_of(Suggestion), suggestion_where),
        "platforms": (table_of(Platform), platform_where),
        "members": (table_of(Member), member_where),
    }
    return {key: count(table, where(scope)) for key, (table, where) in sources.items() if key in sheets}
