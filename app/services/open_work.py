"""What is still open around a record, said before it is archived (archiving changes none of it).

A 站室组 with sessions not yet closed or suggestions still in handling, a member who convenes a planned
session or proposed a suggestion still in handling, a unit that still has suggestions to answer, a
session whose suggestions are not finished: each is one line of the question "归档吗？".
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.glossary import PLATFORM
from app.messages import msg
from app.models._base import table_of
from app.models.enums import SessionState, SuggestionState
from app.models.platforms import PlatformMembership
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion, SuggestionUnit
from app.services import rosters

CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c
SU = table_of(SuggestionUnit).c
PM = table_of(PlatformMembership).c

OPEN_SESSIONS = (SessionState.PLANNED, SessionState.HELD, SessionState.FOLLOWING_UP)
OPEN_SUGGESTIONS = (
    SuggestionState.PENDING,
    SuggestionState.ASSIGNED,
    SuggestionState.IN_PROGRESS,
    SuggestionState.REPLIED,
    SuggestionState.RETURNED,
)
UNANSWERED = (SuggestionState.ASSIGNED, SuggestionState.IN_PROGRESS)


def _by_state(s: Session, state: Any, *where: Any) -> dict[str, int]:
    stmt = sa.select(state, sa.func.count()).where(*where).group_by(state)
    return {str(code): int(n) for code, n in s.execute(stmt).all()}


def _line(counts: dict[str, int], states: Iterable[Any], what: str, unit: str) -> list[str]:
    present = [(s, counts.get(s.value, 0)) for s in states if counts.get(s.value, 0)]
    if not present:
        return []
    total = sum(n for _, n in present)
    detail = "、".join(f"{s.label} {n}" for s, n in present)
    return [msg("{total} {unit}{what}（{detail}）", total=total, unit=unit, what=what, detail=detail)]


def _open_sessions(s: Session, *where: Any) -> list[str]:
    counts = _by_state(
        s, CS.state, CS.archived_at.is_(None), CS.state.in_([x.value for x in OPEN_SESSIONS]), *where
    )
    return _line(counts, OPEN_SESSIONS, msg("协商议事活动尚未办结"), msg("次"))


def _open_suggestions(s: Session, what: str, states: tuple[SuggestionState, ...], *where: Any) -> list[str]:
    counts = _by_state(s, SG.state, SG.archived_at.is_(None), SG.state.in_([x.value for x in states]), *where)
    return _line(counts, states, what, msg("条"))


def platform(s: Session, platform_id: uuid.UUID, today: date | None = None) -> list[str]:
    members = s.execute(
        sa.select(sa.func.count()).where(
            PM.platform_id == platform_id, rosters.current_clause(today or date.today())
        )
    ).scalar_one()
    lines = _open_sessions(s, CS.platform_id == platform_id)
    lines += _open_suggestions(s, msg("意见建议尚未办结"), OPEN_SUGGESTIONS, SG.platform_id == platform_id)
    if members:
        lines.append(
            msg(
                "名册上还有 {members} 名委员（归档不会让他们离开该{platform}）",
                members=members,
                platform=PLATFORM,
            )
        )
    return lines


def member(s: Session, member_id: uuid.UUID, today: date | None = None) -> list[str]:
    platforms = s.execute(
        sa.select(sa.func.count()).where(
            PM.member_id == member_id, rosters.current_clause(today or date.today())
        )
    ).scalar_one()
    planned = s.execute(
        sa.select(sa.func.count()).where(
            CS.convener_id == member_id, CS.archived_at.is_(None), CS.state == SessionState.PLANNED.value
        )
    ).scalar_one()
    lines = [msg("是 {planned} 次筹备中的协商议事活动的召集人", planned=planned)] if planned else []
    lines += _open_suggestions(
        s, msg("本人提出的意见建议尚未办结"), OPEN_SUGGESTIONS, SG.proposer_id == member_id
    )
    if platforms:
        lines.append(msg("仍在 {platforms} 个{platform}的名册上", platforms=platforms, platform=PLATFORM))
    return lines


def unit(s: Session, unit_id: uuid.UUID) -> list[str]:
    lead = _open_suggestions(s, msg("主办的意见建议尚未答复"), UNANSWERED, SG.lead_unit_id == unit_id)
    co = s.execute(
        sa.select(sa.func.count())
        .select_from(table_of(SuggestionUnit).join(table_of(Suggestion), SG.id == SU.suggestion_id))
        .where(
            SU.unit_id == unit_id,
            SU.role == "co",
            SG.archived_at.is_(None),
            SG.state.in_([x.value for x in UNANSWERED]),
        )
    ).scalar_one()
    return lead + ([msg("会办的 {co} 条意见建议尚未答复", co=co)] if co else [])


def session(s: Session, session_id: uuid.UUID) -> list[str]:
    return _open_suggestions(s, msg("意见建议尚未办结"), OPEN_SUGGESTIONS, SG.session_id == session_id)


def suggestion(state: SuggestionState) -> list[str]:
    if state in OPEN_SUGGESTIONS:
        return [msg("这条意见建议尚未办结（{label}）", label=state.label)]
    return []
