"""Suggestions: the 意见建议办理台账 row handler, and the one suggestion a session's row may carry.

A suggestion's own fields (title, content, category…) are written like any record's; its handling
(办理) is never set field by field: the row's state and dates become the 办理 steps the app records
(plan_handling), run through HandlingService when the import is written.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from app.messages import msg
from app.models._base import table_of
from app.models.enums import ResultClass, Satisfaction
from app.models.suggestions import LeaderInstruction, SuggestionCreate
from app.services.ledger_import import fields as F
from app.services.ledger_import.context import RowContext
from app.services.ledger_import.plan_handling import Handling, StepPlan, Stored, handling_steps
from app.services.ledger_import.plan_records import (
    SUGGESTION_BASE,
    SUGGESTION_FIELDS,
    TITLE_LIMIT,
    RowPlanner,
)
from app.services.ledger_import.resolver import SessionRef, Unresolved

DATE_ORDER = (
    ("replied_on", "答复日期", "assigned_on", "交办日期"),
    ("concluded_on", "办结日期", "assigned_on", "交办日期"),
    ("concluded_on", "办结日期", "raised_on", "提出日期"),
)
HANDLING_KEYS = (
    "state", "lead_unit", "co_units", "handling_mode", "assigned_on", "due_on", "replied_on", "reply",
    "result_class", "concluded_on", "implementation", "eval_before", "eval_during", "eval_after",
    "satisfaction", "evaluated_on", "quality_rating", "returned_on", "return_reason", "handling",
    "outcome", "instructions",
)  # fmt: skip
SESSION_KEYS = {v: k for k, v in F.SESSION_ROW_SUGGESTION.items()}
LI = table_of(LeaderInstruction).c


class Planner(RowPlanner):
    _instruction_counts: dict[uuid.UUID, int] | None = None

    def instruction_counts(self) -> dict[uuid.UUID, int]:
        if self._instruction_counts is None:
            self._instruction_counts = dict(
                self.s.execute(sa.select(LI.suggestion_id, sa.func.count()).group_by(LI.suggestion_id)).all()
            )
        return self._instruction_counts

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
            ctx.warn("platform", msg("意见建议的站室组由所属活动决定，本行对站室组的修改未导入"))
        if "proposer" in keys:
            text = ctx.value("proposer")
            values["proposer_id"], values["proposer_text"] = (
                self.resolver.proposer(text) if text else (None, None)
            )
        handling = self.handling_of(ctx, {k: k for k in HANDLING_KEYS if k in keys})
        if ctx.failed:
            return
        stored = self.stored(obj, values.get("raised_on") or raised_on)
        steps = self.steps(ctx, handling, stored, {k: k for k in HANDLING_KEYS})
        self.instructions_note(ctx, "instructions", obj)
        if ctx.failed:
            return
        if obj is not None:
            self.plan_update(ctx, F.SUGGESTION, obj, values, self.services.suggestions, by_id, links, steps)
            return
        base = {k: v for k, v in values.items() if k in SUGGESTION_BASE and v is not None}
        data = self.build(ctx, SuggestionCreate, base)
        if data is None:
            return
        data = self.plan_create(ctx, F.SUGGESTION, rid, data, self.services.suggestions, links, steps=steps)
        if data:
            self.resolver.register_suggestion(
                rid, data.get("session_id"), data.get("platform_id"), data.get("raised_on"), data["title"]
            )
            self.resolver.pending.add(rid)

    # -- the handling a row states ------------------------------------------------------------------
    def handling_of(self, ctx: RowContext, keys: dict[str, str]) -> Handling:
        """`keys`: suggestion field → the row's field holding it (only those the row changes)."""

        def value(name: str) -> Any:
            key = keys.get(name)
            return ctx.value(key) if key is not None and ctx.has(key) else None

        h = Handling(state=value("state"))
        unit, state = value("handling") or (None, None)
        h.state = h.state or state
        outcome_state, outcome_class, outcome_text = value("outcome") or (None, None, None)
        h.state = h.state or outcome_state
        lead = value("lead_unit") or unit
        h.lead_unit_id = self.resolver.unit(lead) if lead else None
        co = value("co_units")
        h.co_unit_ids = [self.resolver.unit(n) for n in co] if co else None
        h.mode = value("handling_mode")
        h.assigned_on, h.due_on = value("assigned_on"), value("due_on")
        h.replied_on, h.reply = value("replied_on"), value("reply") or outcome_text
        h.result_class = value("result_class") or outcome_class
        h.concluded_on, h.implementation = value("concluded_on"), value("implementation")
        one: Satisfaction | None = value("satisfaction")
        h.ratings = (value("eval_before") or one, value("eval_during") or one, value("eval_after") or one)
        h.single_rating = one is not None and not any(
            value(k) for k in ("eval_before", "eval_during", "eval_after")
        )
        h.evaluated_on, h.quality = value("evaluated_on"), value("quality_rating")
        h.returned_on, h.return_reason = value("returned_on"), value("return_reason")
        return h

    def stored(self, obj: Any, raised_on: Any) -> Stored:
        if obj is None:
            return Stored(raised_on=raised_on)
        return Stored(
            obj.state,
            obj.raised_on,
            obj.lead_unit_id,
            obj.assigned_on,
            obj.replied_on,
            obj.concluded_on,
            obj.evaluated_on is not None,
            obj.quality_rating,
        )

    def steps(
        self, ctx: RowContext, h: Handling, stored: Stored, columns: dict[str, str]
    ) -> list[tuple[str, dict[str, Any]]]:
        """The 办理 steps for the row; errors and warnings on the row's columns (`columns`: field → key)."""
        if not h.says_anything():
            return []
        default_unit = None
        if h.lead_unit_id is None and self.mapping.default_unit:
            default_unit = self.resolver.unit(self.mapping.default_unit)
        plan: StepPlan = handling_steps(
            h,
            stored,
            fill_dates=self.mapping.fill_dates,
            default_unit=default_unit,
            default_result=ResultClass(self.mapping.default_result) if self.mapping.default_result else None,
        )
        if h.single_rating and any(name == "evaluate_by_proposer" for name, _ in plan.steps):
            plan.notes["one_rating"] += 1
        for name, message in plan.errors.items():
            ctx.error(columns.get(name, name), message)
        for about, message in plan.warnings:
            ctx.warn(columns.get(about, about) if about else None, message)
        self.handling_notes.update(plan.notes)
        self.check_dates(
            ctx,
            {
                "raised_on": stored.raised_on,
                "assigned_on": h.assigned_on or stored.assigned_on,
                "replied_on": h.replied_on or stored.replied_on,
                "concluded_on": h.concluded_on or stored.concluded_on,
            },
            columns,
        )
        return plan.steps

    def instructions_note(self, ctx: RowContext, key: str, obj: Any) -> None:
        """领导批示 in a ledger is a count or a yes: the instructions themselves are not in it."""
        if not ctx.has(key) or any(m.target == F.EVENT for m in self.mapping.sheets.values()):
            return  # the 办理过程 sheet carries the instructions themselves
        count, text = ctx.value(key) or (0, None)
        stored = self.instruction_counts().get(obj.id, 0) if obj is not None else 0
        if count > stored:
            what = f"“{text[:30]}”" if text else msg(" {count} 件次", count=count)
            ctx.warn(
                key,
                msg(
                    "领导批示{what}未导入：台账没有批示领导、日期和完整内容，请在办理页“领导批示”中补录",
                    what=what,
                ),
            )

    def check_dates(self, ctx: RowContext, values: dict[str, Any], columns: dict[str, str]) -> None:
        for later, later_label, earlier, earlier_label in DATE_ORDER:
            a, b = values.get(later), values.get(earlier)
            if a is not None and b is not None and a < b:
                ctx.error(
                    columns.get(later, later),
                    msg(
                        "{later_label}（{later}）早于{earlier_label}（{earlier}）",
                        later_label=later_label,
                        later=a.isoformat(),
                        earlier_label=earlier_label,
                        earlier=b.isoformat(),
                    ),
                )

    # -- the session a row belongs to ---------------------------------------------------------------
    def session_of(self, ctx: RowContext) -> SessionRef | None:
        """The session a row belongs to: by 活动编号 when given, else by 所属活动 (topic)."""
        if ctx.filled("session_ref"):
            sid = ctx.value("session_ref")
            if sid is None:
                return None
            ref = self.resolver.sessions().get(sid)
            if ref is None:
                ctx.error("session_ref", msg("所属活动（活动编号）在系统和本文件中都不存在"))
            return ref
        if not ctx.filled("session_topic"):
            return None
        pid = self.platform_id(ctx, "platform", ctx.value("platform")) if ctx.filled("platform") else None
        try:
            return self.resolver.session_by_topic(ctx.value("session_topic"), pid)
        except Unresolved as exc:
            ctx.error("session_topic", exc.message)
            return None

    # -- 形成意见建议 on a session's row ----------------------------------------------------------------
    def plan_inline(self, ctx: RowContext, ref: SessionRef) -> None:
        """Numbered suggestions in one cell, and the handling of the row's suggestion beside them."""
        items = ctx.value("suggestions") or []
        keys = {name: key for name, key in SESSION_KEYS.items() if ctx.has(key)}
        keys["handling"] = "handling"
        probe = self.handling_of(ctx, keys)
        if not items:
            if probe.says_anything() and any(ctx.filled(k) for k in keys.values()):
                ctx.warn(
                    "handling" if ctx.has("handling") else None,
                    msg("这一行没有填写形成的意见建议，办理情况未导入"),
                )
            return
        for item in items:
            title, content = (
                (item, None) if len(item) <= TITLE_LIMIT else (item[: TITLE_LIMIT - 1] + "…", item)
            )
            found = self.resolver.suggestion_by_key(ref.id, ref.platform_id, ref.held_on, title)
            if found is not None and found in self.resolver.pending:
                ctx.error("suggestions", msg("意见建议“{title}”在本行或前面的行中重复", title=title))
                continue
            obj = self.existing(F.SUGGESTION, found) if found is not None else None
            stored = self.stored(obj, ref.held_on)
            columns = {**SESSION_KEYS, **keys}
            if ctx.has("handling") and not ctx.has("sg_lead_unit"):
                columns["lead_unit"] = columns["state"] = "handling"
            steps = self.steps(ctx, self.handling_of(ctx, keys), stored, columns)
            self.instructions_note(ctx, "sg_instructions", obj)
            if ctx.failed:
                return
            if obj is not None:
                self.plan_update(ctx, F.SUGGESTION, obj, {}, self.services.suggestions, False, steps=steps)
                continue
            rid = uuid.uuid4()
            base = {
                "title": title,
                "content": content,
                "session_id": ref.id,
                "platform_id": ref.platform_id,
                "raised_on": ref.held_on,
            }
            data = self.build(ctx, SuggestionCreate, base, fallback="suggestions")
            if data is None:
                continue
            if self.plan_create(
                ctx, F.SUGGESTION, rid, data, self.services.suggestions, fallback="suggestions", steps=steps
            ):
                self.resolver.pending.add(rid)
                self.resolver.register_suggestion(rid, ref.id, ref.platform_id, ref.held_on, title)
