"""The 办理过程 sheet: each suggestion's 领导批示 and 催办 / 督办 / 电话沟通, read back from our own export.

A row becomes the app's own record through HandlingService (add_instruction, record_past_follow_up),
under the id the ledger gives it; a row already stored (by id, or the same suggestion, kind, date and
words) is unchanged. These records are never edited by an import.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from app.messages import msg
from app.models._base import table_of
from app.models.enums import EventKind
from app.models.suggestions import FollowUpEvent, LeaderInstruction, Suggestion, chase_kinds_clause
from app.services.ledger_import import fields as F
from app.services.ledger_import.context import RowContext
from app.services.ledger_import.event_rows import FOLLOW_UPS, INSTRUCTION
from app.services.ledger_import.model import CREATE, PlannedRecord
from app.services.ledger_import.plan_suggestions import Planner as SuggestionPlanner

LI = table_of(LeaderInstruction).c
FE = table_of(FollowUpEvent).c
SG = table_of(Suggestion).c
KINDS: dict[str, Any] = {
    INSTRUCTION: INSTRUCTION,
    "批示": INSTRUCTION,
    "电话": EventKind.CALL,
    **{kind.label: kind for kind in FOLLOW_UPS},
}
EventKey = tuple[uuid.UUID, str, Any, str | None]


class Planner(SuggestionPlanner):
    _stored_events: tuple[set[uuid.UUID], set[EventKey]] | None = None

    def stored_events(self) -> tuple[set[uuid.UUID], set[EventKey]]:
        """Ids and (suggestion, kind, date, words) of the instructions and follow-ups stored."""
        if self._stored_events is None:
            ids: set[uuid.UUID] = set()
            keys: set[EventKey] = set()
            for rid, sid, on, text in self.s.execute(
                sa.select(LI.id, LI.suggestion_id, LI.given_on, LI.text)
            ):
                ids.add(rid)
                keys.add((sid, INSTRUCTION, on, text))
            for rid, sid, kind, on, text in self.s.execute(
                sa.select(FE.id, FE.suggestion_id, FE.kind, FE.happened_on, FE.text).where(
                    chase_kinds_clause(FE.kind)
                )
            ):
                ids.add(rid)
                keys.add((sid, EventKind(kind).value, on, text))
            self._stored_events = (ids, keys)
        return self._stored_events

    def plan_event(self, ctx: RowContext) -> None:
        on, label = ctx.value("happened_on"), ctx.value("kind")
        kind = KINDS.get(label or "")
        if label and kind is None:
            ctx.error(
                "kind", msg("类别“{label}”无法识别（可填：领导批示、催办、督办、电话沟通）", label=label)
            )
        sid = ctx.value("suggestion_ref")
        if sid is not None and sid not in self.resolver.pending and not self.suggestion_stored(sid):
            ctx.error("suggestion_ref", msg("所属意见建议在系统和本文件中都不存在"))
        for key, value in (("happened_on", on), ("kind", label), ("suggestion_ref", sid)):
            if value is None and not ctx.invalid(key):
                ctx.error(key, msg("不能为空"))
        text, leader, rid = ctx.value("text"), ctx.value("leader"), ctx.value("record_id")
        if ctx.failed or sid is None or kind is None:
            return
        ids, keys = self.stored_events()
        code = kind if kind == INSTRUCTION else kind.value
        default_text = None if kind == INSTRUCTION else kind.label
        if (rid is not None and rid in ids) or (sid, code, on, text or default_text) in keys:
            self.unchanged[F.EVENT] += 1
            return
        if rid is not None and not self.claim(ctx, rid):
            return
        if kind == INSTRUCTION:
            step = (
                "add_instruction",
                {"leader": leader or "", "given_on": on, "text": text or "", "record_id": rid},
            )
        else:
            step = ("record_past_follow_up", {"on": on, "kind": kind, "text": text, "record_id": rid})
        record = PlannedRecord(
            F.EVENT, CREATE, rid or uuid.uuid4(), ctx.sheet, ctx.row, {"suggestion_id": sid}
        )
        record.steps = [step]
        self.add(record)
        keys.add((sid, code, on, text or default_text))

    def suggestion_stored(self, sid: uuid.UUID) -> bool:
        return self.s.execute(sa.select(SG.id).where(SG.id == sid)).first() is not None
