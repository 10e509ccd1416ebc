"""The 意见建议办理台账 row handler, with the checks that only make sense for handling dates."""

from __future__ import annotations

import uuid
from typing import Any

from app.models.enums import SuggestionState
from app.models.suggestions import SuggestionCreate
from app.services.ledger_import import fields as F
from app.services.ledger_import.context import RowContext
from app.services.ledger_import.plan_records import SUGGESTION_BASE, SUGGESTION_FIELDS, RowPlanner
from app.services.ledger_import.resolver import SessionRef, Unresolved

DATE_ORDER = (
    ("replied_on", "答复日期", "assigned_on", "交办日期"),
    ("concluded_on", "办结日期", "assigned_on", "交办日期"),
    ("concluded_on", "办结日期", "raised_on", "提出日期"),
)


class Planner(RowPlanner):
    def plan_suggestion(self, ctx: RowContext) -> None:
        title = ctx.value("title")
        ref = self.session_of(ctx)
        pid: uuid.UUID | None = ref.platform_id if ref else None
        if ref is None and (ctx.filled("platform") or self.sheet_platform or self.mapping.platform):
            pid = self.platform_id(ctx, "platform", ctx.value("platform"))
        raised_on = ctx.value("raised_on") or (ref.held_on if ref else None)

        def natural() -> uuid.UUID | None:
            if not title or (ref is None and pid is None):
                return None
            return self.resolver.suggestion_by_key(ref.id if ref else None, pid, raised_on, title)

        obj, rid, by_id = self.identify(ctx, F.SUGGESTION, natural)
        if rid is None:
            return
        keys = self.changed_keys(ctx, F.SUGGESTION, obj, by_id)
        values = self.direct(ctx, keys, SUGGESTION_FIELDS, obj is None)
        links: dict[str, Any] = {}
        if obj is None or {"session_ref", "session_topic"} & set(keys):
            values["session_id"] = ref.id if ref else None
        if ref is None and (obj is None or "platform" in keys):
            values["platform_id"] = pid
        elif ref is not None and obj is not None and "platform" in keys:
            ctx.warn("platform", "意见建议的站室组由所属活动决定，本行对站室组的修改未导入")
        if "proposer" in keys:
            text = ctx.value("proposer")
            values["proposer_id"], values["proposer_text"] = (
                self.resolver.proposer(text) if text else (None, None)
            )
        if "lead_unit" in keys:
            name = ctx.value("lead_unit")
            values["lead_unit_id"] = self.resolver.unit(name) if name else None
        if "co_units" in keys:
            links["co_units"] = [self.resolver.unit(n) for n in ctx.value("co_units") or []]
        if "handling" in keys:
            unit, state = ctx.value("handling") or (None, None)
            if unit and not ctx.filled("lead_unit"):
                values["lead_unit_id"] = self.resolver.unit(unit)
            if state and not ctx.filled("state"):
                values["state"] = state
        if ctx.failed:
            return
        if obj is not None:
            merged = self.plan_update(ctx, F.SUGGESTION, obj, values, self.services.suggestions, by_id, links)
            if merged is not None:
                self.check_dates(ctx, merged)
            return
        base = {k: v for k, v in values.items() if k in SUGGESTION_BASE and v is not None}
        data = self.build(ctx, SuggestionCreate, base)
        if data is None:
            return
        data.update({k: v for k, v in values.items() if k not in SUGGESTION_BASE})
        if data.get("state") is None:
            data["state"] = SuggestionState.ASSIGNED if data.get("lead_unit_id") else SuggestionState.PENDING
        self.check_dates(ctx, data)
        if ctx.failed:
            return
        data = self.plan_create(ctx, F.SUGGESTION, rid, data, self.services.suggestions, links)
        if data:
            self.resolver.register_suggestion(
                rid, data.get("session_id"), data.get("platform_id"), data.get("raised_on"), data["title"]
            )
            self.resolver.pending.add(rid)

    def session_of(self, ctx: RowContext) -> SessionRef | None:
        """The session a row belongs to: by 活动编号 when given, else by 所属活动 (topic)."""
        if ctx.filled("session_ref"):
            sid = ctx.value("session_ref")
            if sid is None:
                return None
            ref = self.resolver.sessions().get(sid)
            if ref is None:
                ctx.error("session_ref", "所属活动（活动编号）在系统和本文件中都不存在")
            return ref
        if not ctx.filled("session_topic"):
            return None
        pid = self.platform_id(ctx, "platform", ctx.value("platform")) if ctx.filled("platform") else None
        try:
            return self.resolver.session_by_topic(ctx.value("session_topic"), pid)
        except Unresolved as exc:
            ctx.error("session_topic", exc.message)
            return None

    def check_dates(self, ctx: RowContext, values: dict[str, Any]) -> None:
        for later, later_label, earlier, earlier_label in DATE_ORDER:
            a, b = values.get(later), values.get(earlier)
            if a is not None and b is not None and a < b:
                ctx.error(later, f"{later_label}（{a.isoformat()}）早于{earlier_label}（{b.isoformat()}）")
