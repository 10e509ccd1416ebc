"""A ledger row's handling (办理) turned into the steps the app records: 交办, 答复, 办结, 评价.

A row says where a suggestion stands (办理状态, or the dates and words it has) and the dates of its
steps. The planner asks `handling_steps` for the steps that lead there from where the suggestion
stands in the database (a new one starts at 待交办); they are run through HandlingService when the
import is written, each a dated event on the timeline. What the app would not accept is an error of
the row; what the ledger does not say is filled only as the clerk chose (`fill_dates`, a default
unit), and counted in the report.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.messages import msg
from app.models.enums import HandlingMode, ResultClass, Satisfaction, SuggestionState

_S = SuggestionState
RANK = {_S.PENDING: 0, _S.ASSIGNED: 1, _S.IN_PROGRESS: 2, _S.REPLIED: 3, _S.CONCLUDED: 4}
NO_REPLY_TEXT = "（台账未记载答复内容）"
NO_IMPLEMENTATION_TEXT = "（台账未记载落实情况）"
NOTES: dict[str, Callable[[int], str]] = {
    "no_reply": lambda n: msg("{n} 条意见建议的台账没有答复内容，答复记为“{text}”", n=n, text=NO_REPLY_TEXT),
    "no_implementation": lambda n: msg(
        "{n} 条意见建议的台账没有落实情况，办结记为“{text}”", n=n, text=NO_IMPLEMENTATION_TEXT
    ),
    "filled_assigned": lambda n: msg("{n} 条意见建议没有交办日期，按所选取提出（活动）日期", n=n),
    "filled_replied": lambda n: msg("{n} 条意见建议没有答复日期，按所选取办结日期或交办日期", n=n),
    "filled_concluded": lambda n: msg("{n} 条意见建议没有办结日期，按所选取答复日期", n=n),
    "filled_evaluated": lambda n: msg("{n} 条意见建议没有评价日期，按所选取办结或答复日期", n=n),
    "default_unit": lambda n: msg("{n} 条意见建议没有承办单位，按所选记为默认承办单位", n=n),
    "default_result": lambda n: msg("{n} 条意见建议没有答复类别，按所选记为默认答复类别", n=n),
    "one_rating": lambda n: msg(
        "{n} 条意见建议只有一项满意度，三项评价（办前沟通、办中协商、办后答复）都记为它", n=n
    ),
    "quality_dated": lambda n: msg("{n} 条意见建议的建议质量评价没有日期，记在最后一个办理日期", n=n),
    "not_adopted_dated": lambda n: msg("{n} 条不予采纳的意见建议没有决定日期，记在提出日期", n=n),
    "masked_phone": lambda n: msg(
        "{n} 个号码是导出时隐去了中间四位的（如 138****5678），新建的记录未填联系电话，请在系统中补充", n=n
    ),
}


@dataclass
class Handling:
    """What a row says about a suggestion's handling (None: the row does not say)."""

    state: SuggestionState | None = None
    lead_unit_id: uuid.UUID | None = None
    co_unit_ids: list[uuid.UUID] | None = None
    mode: HandlingMode | None = None
    assigned_on: date | None = None
    due_on: date | None = None
    replied_on: date | None = None
    reply: str | None = None
    result_class: ResultClass | None = None
    concluded_on: date | None = None
    implementation: str | None = None
    ratings: tuple[Satisfaction | None, Satisfaction | None, Satisfaction | None] = (None, None, None)
    evaluated_on: date | None = None
    quality: Any = None
    returned_on: date | None = None
    return_reason: str | None = None
    single_rating: bool = False  # one 满意度 column stands for the three ratings

    def says_anything(self) -> bool:
        return any(
            v not in (None, [], (None, None, None))
            for v in (
                self.state, self.lead_unit_id, self.assigned_on, self.replied_on, self.reply,
                self.result_class, self.concluded_on, self.ratings, self.quality, self.returned_on,
            )
        )  # fmt: skip

    def target(self, current: SuggestionState) -> SuggestionState:
        if self.state is not None:
            return self.state
        if self.concluded_on or self.implementation:
            return _S.CONCLUDED
        if self.replied_on or self.reply or self.result_class:
            return _S.REPLIED
        if self.returned_on:
            return _S.RETURNED
        if self.lead_unit_id or self.assigned_on:
            return max(current, _S.ASSIGNED, key=lambda s: RANK.get(s, 0))
        return current


@dataclass
class Stored:
    """Where the suggestion stands in the database (a new one: 待交办, nothing recorded)."""

    state: SuggestionState = _S.PENDING
    raised_on: date | None = None
    lead_unit_id: uuid.UUID | None = None
    assigned_on: date | None = None
    replied_on: date | None = None
    concluded_on: date | None = None
    evaluated: bool = False
    quality: Any = None


@dataclass
class StepPlan:
    steps: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # handling field → message
    warnings: list[tuple[str | None, str]] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)  # NOTES key → 1 (summed over rows)


def handling_steps(
    h: Handling,
    stored: Stored,
    *,
    fill_dates: bool,
    default_unit: uuid.UUID | None,
    default_result: ResultClass | None = None,
) -> StepPlan:
    plan = StepPlan()
    current = stored.state
    target = h.target(current)
    if current not in RANK and current is not _S.RETURNED and target != current:
        plan.warnings.append(
            (
                "state",
                msg(
                    "系统中为“{label}”，台账中为“{label2}”，办理状态未改动",
                    label=current.label,
                    label2=target.label,
                ),
            )
        )
        return plan
    if target == current or (RANK.get(target, -1) < RANK.get(current, -1) and target in RANK):
        if target != current:
            plan.warnings.append(
                (
                    "state",
                    msg(
                        "系统中已是“{label}”，台账中为“{label2}”，办理状态未改动",
                        label=current.label,
                        label2=target.label,
                    ),
                )
            )
        _unit_kept(plan, h, stored)
        _feedback(plan, h, stored, current, fill_dates)
        return plan
    if target is _S.NOT_ADOPTED:
        if current not in (_S.PENDING, _S.RETURNED):
            plan.errors["state"] = msg("系统中为“{label}”，不能改为不予采纳", label=current.label)
            return plan
        plan.notes["not_adopted_dated"] += 1
        on = stored.raised_on or h.assigned_on
        plan.steps.append(("not_adopt", {"decided_on": on, "reason": h.reply or "台账记载：不予采纳"}))
        return plan
    assigned_on = stored.assigned_on
    lead = stored.lead_unit_id
    if current not in (_S.PENDING, _S.RETURNED):
        _unit_kept(plan, h, stored)
    if current in (_S.PENDING, _S.RETURNED):
        lead = h.lead_unit_id
        if lead is None and default_unit is not None:
            lead, _ = default_unit, plan.notes.update(["default_unit"])
        if lead is None:
            plan.errors["lead_unit"] = msg("“{label}”的意见建议须填写承办单位", label=target.label)
        assigned_on = h.assigned_on
        if assigned_on is None and fill_dates and stored.raised_on is not None:
            assigned_on = stored.raised_on
            plan.notes["filled_assigned"] += 1
        if assigned_on is None:
            plan.errors["assigned_on"] = msg(
                "“{label}”的意见建议须填写交办日期{fill_hint}", label=target.label, fill_hint=_FILL_HINT
            )
        if plan.errors:
            return plan
        co = h.co_unit_ids or []
        mode = h.mode or (HandlingMode.JOINT if co else HandlingMode.SINGLE)
        plan.steps.append(
            (
                "assign",
                {
                    "lead_unit_id": lead,
                    "co_unit_ids": co,
                    "mode": mode,
                    "assigned_on": assigned_on,
                    "due_on": h.due_on,
                },
            )
        )
        current = _S.ASSIGNED
    if target is _S.RETURNED:
        plan.steps.append(
            (
                "return_to_office",
                {"returned_on": h.returned_on, "reason": h.return_reason or "台账记载：退办"},
            )
        )
        return plan
    if target is _S.IN_PROGRESS and current is _S.ASSIGNED:
        plan.steps.append(("accept", {"accepted_on": assigned_on}))
        current = _S.IN_PROGRESS
    if target in RANK and RANK[target] >= RANK[_S.REPLIED] and RANK[current] < RANK[_S.REPLIED]:
        replied_on = h.replied_on
        if replied_on is None and fill_dates:
            replied_on = h.concluded_on or assigned_on
            plan.notes["filled_replied"] += replied_on is not None
        if replied_on is None:
            plan.errors["replied_on"] = msg(
                "“{label}”的意见建议须填写答复日期{fill_hint}", label=target.label, fill_hint=_FILL_HINT
            )
        result_class = h.result_class
        if result_class is None and default_result is not None:
            result_class = default_result
            plan.notes["default_result"] += 1
        if result_class is None:
            plan.errors["result_class"] = msg(
                "“{label}”的意见建议须填写答复类别（A 解决或采纳、"
                "B 列入计划拟解决、C 留作参考），或在导入时选择默认的答复类别",
                label=target.label,
            )
        if plan.errors:
            return plan
        reply = h.reply
        if not reply:
            reply = NO_REPLY_TEXT
            plan.notes["no_reply"] += 1
        plan.steps.append(("reply", {"reply": reply, "replied_on": replied_on, "result_class": result_class}))
        current = _S.REPLIED
        stored.replied_on = replied_on
    if target is _S.CONCLUDED and current is _S.REPLIED:
        concluded_on = h.concluded_on
        if concluded_on is None and fill_dates:
            concluded_on = stored.replied_on
            plan.notes["filled_concluded"] += concluded_on is not None
        if concluded_on is None:
            plan.errors["concluded_on"] = msg(
                "已办结的意见建议须填写办结日期{fill_hint}", fill_hint=_FILL_HINT
            )
            return plan
        implementation = h.implementation
        if not implementation:
            implementation = NO_IMPLEMENTATION_TEXT
            plan.notes["no_implementation"] += 1
        plan.steps.append(("conclude", {"concluded_on": concluded_on, "implementation": implementation}))
        current = _S.CONCLUDED
        stored.concluded_on = concluded_on
    stored.assigned_on = assigned_on
    _feedback(plan, h, stored, current, fill_dates)
    return plan


_FILL_HINT = msg("（或在导入时选择“缺少的日期取相邻的已知日期”）")


def _unit_kept(plan: StepPlan, h: Handling, stored: Stored) -> None:
    if h.lead_unit_id is not None and stored.lead_unit_id not in (None, h.lead_unit_id):
        plan.warnings.append(
            (
                "lead_unit",
                msg("承办单位与系统中的不同，未改动（已交办的意见建议须退办后重新交办才能更换承办单位）"),
            )
        )


def _feedback(plan: StepPlan, h: Handling, stored: Stored, state: SuggestionState, fill_dates: bool) -> None:
    """评价 (the proposer's three ratings) and the unit's 建议质量评价, once each."""
    given = [r for r in h.ratings if r is not None]
    if given and not stored.evaluated:
        if state not in (_S.REPLIED, _S.CONCLUDED):
            plan.errors["satisfaction"] = msg("只有已答复或已办结的意见建议可以评价")
            return
        ratings = h.ratings
        if len(given) < 3:
            ratings = tuple(r or given[-1] for r in h.ratings)  # type: ignore[assignment]
        on = h.evaluated_on
        if on is None and fill_dates:
            on = stored.concluded_on or stored.replied_on
            plan.notes["filled_evaluated"] += on is not None
        if on is None:
            plan.errors["evaluated_on"] = msg(
                "有满意度评价的意见建议须填写评价日期{fill_hint}", fill_hint=_FILL_HINT
            )
            return
        before, during, after = ratings
        plan.steps.append(
            ("evaluate_by_proposer", {"before": before, "during": during, "after": after, "evaluated_on": on})
        )
    if h.quality is not None and stored.quality is None and state in RANK and state is not _S.PENDING:
        last = max(
            (d for d in (h.evaluated_on, stored.concluded_on, stored.replied_on, stored.assigned_on) if d),
            default=None,
        )
        if last is not None:
            plan.notes["quality_dated"] += 1
            plan.steps.append(("rate_quality", {"rating": h.quality, "rated_on": last}))


def note_lines(notes: Counter[str]) -> list[str]:
    return [NOTES[key](n) for key, n in notes.items() if n]
