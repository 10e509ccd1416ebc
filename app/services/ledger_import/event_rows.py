"""The 办理过程 sheet's rows: each suggestion's 领导批示 and its 催办 / 督办 / 电话沟通, as exported.

The handling steps themselves (交办, 答复, 办结, 评价) are the suggestion's own row; these are the
records it cannot hold. The importer reads the same rows back (by record id, or by suggestion, kind,
date and text), so a ledger carries every kind of record a suggestion has.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models._base import table_of
from app.models.enums import EventKind
from app.models.platforms import Platform
from app.models.suggestions import CHASE_KINDS, FollowUpEvent, LeaderInstruction, Suggestion
from app.reports.excel import layouts
from app.services.ledger_import.revision_stamp import stamp_sql
from app.services.ledger_import.rows import Row, suggestion_where
from app.services.scope import Scope

SG = table_of(Suggestion).c
PL = table_of(Platform).c
LI = table_of(LeaderInstruction).c
FE = table_of(FollowUpEvent).c
FOLLOW_UPS = CHASE_KINDS
INSTRUCTION = "领导批示"
KIND_OF_LABEL = {kind.label: kind for kind in FOLLOW_UPS}
INDEX = {c.key: i for i, c in enumerate(layouts.EVENT_COLUMNS)}


def _row(values: dict[str, Any]) -> list[Any]:
    row: list[Any] = [None] * len(layouts.EVENT_COLUMNS)
    for key, value in values.items():
        row[INDEX[key]] = value
    return row


def event_rows(s: Session, scope: Scope, ids: Collection[uuid.UUID] | None = None) -> Iterator[Row]:
    """In date order: 领导批示 (with the leader) and 催办 / 督办 / 电话沟通 of the suggestions in scope."""
    chosen = sa.select(SG.id).where(*suggestion_where(scope))
    instructions = (
        sa.select(
            LI.given_on,
            sa.literal(INSTRUCTION),
            SG.title,
            PL.name,
            LI.leader,
            LI.text,
            SG.id,
            LI.id,
            stamp_sql(LI.version, LI.revision),
        )
        .join(table_of(Suggestion), SG.id == LI.suggestion_id)
        .outerjoin(table_of(Platform), PL.id == SG.platform_id)
        .where(LI.suggestion_id.in_(chosen))
    )
    follow_ups = (
        sa.select(
            FE.happened_on,
            FE.kind,
            SG.title,
            PL.name,
            sa.null(),
            FE.text,
            SG.id,
            FE.id,
            stamp_sql(FE.version, FE.revision),
        )
        .join(table_of(Suggestion), SG.id == FE.suggestion_id)
        .outerjoin(table_of(Platform), PL.id == SG.platform_id)
        .where(FE.suggestion_id.in_(chosen), FE.kind.in_([k.value for k in FOLLOW_UPS]))
    )
    if ids is not None:
        instructions = instructions.where(LI.id.in_(list(ids)))
        follow_ups = follow_ups.where(FE.id.in_(list(ids)))
    found = [*s.execute(instructions).all(), *s.execute(follow_ups).all()]
    found.sort(key=lambda r: (r[0], str(r[6]), str(r[7])))
    for seq, (on, kind, title, platform, leader, text, sid, rid, version) in enumerate(found, 1):
        label = kind if kind == INSTRUCTION else EventKind(kind).label
        yield tuple(
            _row(
                {
                    "seq": seq,
                    "happened_on": on,
                    "kind": label,
                    "suggestion": title,
                    "platform": platform,
                    "leader": leader,
                    "text": text,
                    "suggestion_ref": sid,
                    "record_id": rid,
                    "version": version,
                }
            )
        )


def count_events(s: Session, scope: Scope) -> int:
    chosen = sa.select(SG.id).where(*suggestion_where(scope))
    n = s.execute(
        sa.select(sa.func.count())
        .select_from(table_of(LeaderInstruction))
        .where(LI.suggestion_id.in_(chosen))
    )
    m = s.execute(
        sa.select(sa.func.count())
        .select_from(table_of(FollowUpEvent))
        .where(FE.suggestion_id.in_(chosen), FE.kind.in_([k.value for k in FOLLOW_UPS]))
    )
    return int(n.scalar_one()) + int(m.scalar_one())
