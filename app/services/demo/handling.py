"""意见建议 and their handling: each suggestion lives through the workflow until the demo's `today`.

The fields are filled exactly as the workflow would have left them in the suggestion's final state,
and every step leaves a dated event on the suggestion's timeline.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.models.enums import (
    EventKind,
    HandlingMode,
    QualityRating,
    ResultClass,
    Satisfaction,
    SuggestionCategory,
    SuggestionState,
)
from app.services.demo.catalogue import CLERKS, INSTRUCTION_TEXTS, LEADERS, district_government
from app.services.demo.draw import Weighted
from app.services.demo.network import UnitRegistry
from app.services.demo.themes import Theme
from app.services.demo.writer import BulkWriter, Stamper

DUE_DAYS = 21  # 办理时限: three weeks from 交办
RETURN_WINDOW = 7
_S = SuggestionState
# Any problem can also be filed as a matter of people's livelihood or of social governance.
_BROAD_CATEGORIES = (SuggestionCategory.LIVELIHOOD, SuggestionCategory.GOVERNANCE)
_SATISFACTION = Weighted(
    (Satisfaction.SATISFIED, Satisfaction.BASICALLY, Satisfaction.UNSATISFIED), (70, 25, 5)
)
_QUALITY = Weighted((QualityRating.HIGH, QualityRating.MEDIUM, QualityRating.LOW), (50, 42, 8))
_RESULT = Weighted((ResultClass.A, ResultClass.B, ResultClass.C), (55, 35, 10))
_REASONS = (
    "该问题群众反映强烈，已持续多年。",
    "涉及周边居民约{n}户，出行和生活很不方便。",
    "建议相关部门统筹资金，分步实施，尽快见效。",
    "建议纳入年度民生实事项目，明确责任单位和完成时限。",
    "现场察看发现问题确实存在，安全隐患较大。",
)
_C_REPLIES = (
    "该建议涉及面广、投入较大，目前条件尚不成熟，已留作参考，将在编制下一年度计划时统筹考虑。",
    "感谢委员关心，该建议已留作工作参考。",
)
_GENERIC_REPLIES = (
    "关于“{title}”的建议，我单位高度重视，已组织专人现场调研，制定了整改方案，计划{month}月底前完成。",
    "“{title}”的建议已纳入本年度工作计划，资金已落实，正在按程序推进实施。",
    "经与相关部门会商，“{title}”一事已明确责任分工和完成时限，将及时向委员反馈进展。",
)
_GENERIC_DONE = (
    "“{title}”已落实到位，经回访群众满意。",
    "已按答复意见完成整改，承办单位已向提出人当面反馈办理结果。",
    "相关工作已完成，并建立了长效管理机制。",
)
_RETURN_REASONS = (
    "该事项不属于本单位职责范围，建议改交{unit}办理。",
    "该事项已由{unit}统一组织实施，请改交其办理。",
)
_NOT_ADOPTED = (
    "经研究，该建议与现行政策规定不符，不予采纳，已向提出人说明。",
    "该事项已在其他渠道办理完毕，不再重复交办。",
    "该建议内容与已办结事项重复，不予采纳。",
)


@dataclass
class SessionContext:
    """What a session's suggestions share: where, when, who, and the place names of its topic."""

    session_id: uuid.UUID | None
    platform_id: uuid.UUID | None
    held_on: date
    topic: str
    theme: Theme
    slots: dict[str, Any]
    district: str
    present: list[uuid.UUID]
    activity_id: uuid.UUID | None = None  # a 履职活动's suggestions (then session_id is None)


class SuggestionFactory:
    def __init__(
        self, writer: BulkWriter, stamper: Stamper, units: UnitRegistry, today: date, ask_names: Any
    ) -> None:
        self.writer, self.stamper, self.units, self.today = writer, stamper, units, today
        self.rng: random.Random = stamper.rng
        self.person = ask_names  # callable returning a person's name

    def unit_id(self, name: str, district: str) -> tuple[uuid.UUID, str]:
        real = district_government(district) if name == "{gov}" else name
        return self.units.id_for(real), real

    def make(self, ctx: SessionContext, title: str) -> SuggestionState:
        rng = self.rng
        raised = ctx.held_on
        row: dict[str, Any] = dict.fromkeys(_HANDLING_KEYS)
        row.update(
            archived_at=None, title=title, raised_on=raised, session_id=ctx.session_id,
            activity_id=ctx.activity_id, platform_id=ctx.platform_id, notes=None,
            category=(ctx.theme.category if rng.random() < 0.85 else rng.choice(_BROAD_CATEGORIES)).value,
            reflects_problem=rng.random() < 0.817,
            content=f"在“{ctx.topic}”{'活动' if ctx.activity_id else '协商议事'}中，与会人员提出：{title}。"
            + rng.choice(_REASONS).format(n=rng.randint(80, 1500)),
        )  # fmt: skip
        if ctx.present and rng.random() < 0.8:
            row.update(proposer_id=rng.choice(ctx.present), proposer_text=None)
        else:
            row.update(
                proposer_id=None, proposer_text=rng.choice(("群众代表", f"{ctx.slots['community']}居民"))
            )
        sid = self.stamper.uuid()
        row.update(id=sid, revision=self.stamper.revision(sid), parent_revision=None, typical=False)
        events: list[tuple[EventKind, date, str, uuid.UUID | None, str | None]] = []
        clerk = rng.choice(CLERKS)
        events.append((EventKind.CREATED, raised, clerk, None, title))
        state = self._live(row, ctx, clerk, events)
        row["state"] = state.value
        last = max(e[1] for e in events)
        row.update(created_at=self.stamper.at(raised), version=1)
        row["updated_at"] = self.stamper.at(last) if last > raised else row["created_at"]
        self.writer.add("suggestion", row)
        for kind, day, actor, unit, text in events:
            ev = self.stamper.base(day)
            ev.update(
                suggestion_id=sid, session_id=None, kind=kind.value, happened_on=day,
                recorded_at=ev["created_at"], actor=actor, unit_id=unit, text=text,
            )  # fmt: skip
            self.writer.add("follow_up_event", ev)
        return state

    def _live(
        self, row: dict[str, Any], ctx: SessionContext, clerk: str, events: list[Any]
    ) -> SuggestionState:
        """Walk the suggestion through the workflow, stopping at today; return its state."""
        rng, today, raised = self.rng, self.today, ctx.held_on
        if rng.random() < 0.05:
            decided = raised + timedelta(days=rng.randint(3, 20))
            if decided > today:
                return _S.PENDING
            row["notes"] = rng.choice(_NOT_ADOPTED)
            events.append((EventKind.NOT_ADOPTED, decided, clerk, None, row["notes"]))
            return _S.NOT_ADOPTED
        # Most items are handed out within two weeks; some wait for the office to study them first.
        assigned = raised + timedelta(days=rng.randint(2, 14) if rng.random() < 0.9 else rng.randint(15, 45))
        if assigned > today:
            return _S.PENDING
        theme = ctx.theme
        lead_id, lead_name = self.unit_id(rng.choice(theme.units), ctx.district)
        co = [self.unit_id(u, ctx.district) for u in theme.co_units]
        co = [c for c in co if c[0] != lead_id]
        co = rng.sample(co, min(len(co), rng.choice((1, 1, 2)))) if rng.random() < 0.35 else []
        mode = (
            HandlingMode.SINGLE
            if not co
            else HandlingMode.JOINT
            if rng.random() < 0.7
            else HandlingMode.SPLIT
        )
        due = assigned + timedelta(days=DUE_DAYS)
        row.update(assigned_on=assigned, lead_unit_id=lead_id, handling_mode=mode.value, due_on=due)
        self._unit_link(row["id"], lead_id, "lead", assigned)
        for unit_id, _ in co:
            self._unit_link(row["id"], unit_id, "co", assigned)
        co_text = f"，{'、'.join(n for _, n in co)}会办" if co else ""
        events.append((EventKind.ASSIGNED, assigned, clerk, lead_id,
                       f"交办{lead_name}主办{co_text}，办理时限{due.isoformat()}"))  # fmt: skip
        if rng.random() < 0.15:
            self._instruction(row["id"], raised, lead_name, events)

        if rng.random() < 0.04:  # 退办 within the window
            returned = assigned + timedelta(days=rng.randint(1, RETURN_WINDOW))
            if returned > today:
                return _S.ASSIGNED
            other = rng.choice([u for u in theme.co_units if u != "{gov}"] or ["市城市管理局"])
            row.update(returned_on=returned, return_reason=rng.choice(_RETURN_REASONS).format(unit=other))
            events.append((EventKind.RETURNED, returned, self.person(), lead_id, row["return_reason"]))
            return _S.RETURNED

        slow = rng.random() < 0.12
        replied = assigned + timedelta(days=rng.randint(25, 120) if slow else rng.randint(6, 24))
        self._reminders(due, min(replied, today + timedelta(days=1)), lead_id, clerk, events)
        if rng.random() < 0.1:
            visit = assigned + timedelta(days=rng.randint(5, 15))
            if visit < min(replied, today):
                events.append((EventKind.SUPERVISION, visit, clerk, lead_id, "政协委员赴承办单位开展督办"))
        if replied > today:
            accepted = assigned + timedelta(days=rng.randint(1, 12))  # the unit confirms receipt
            return _S.IN_PROGRESS if accepted <= today else _S.ASSIGNED

        result = _RESULT.pick(rng)
        slots = {**ctx.slots, "month": (replied.month % 12) + 1, "title": row["title"]}
        replies = _C_REPLIES if result is ResultClass.C else theme.replies + _GENERIC_REPLIES
        reply = rng.choice(replies).format(**slots)
        row.update(reply=reply, replied_on=replied, result_class=result.value)
        events.append((EventKind.REPLIED, replied, self.person(), lead_id, reply))
        concluded = replied + timedelta(days=rng.randint(3, 45))
        if concluded > today:
            return _S.REPLIED
        done = (
            rng.choice(theme.done + _GENERIC_DONE).format(**slots)
            if result is not ResultClass.C
            else "已留作参考，纳入下一年度计划统筹考虑。"
        )
        row.update(concluded_on=concluded, implementation=done)
        events.append((EventKind.CONCLUDED, concluded, clerk, lead_id, done))
        evaluated = concluded + timedelta(days=rng.randint(2, 20))
        if evaluated <= today and rng.random() < 0.85:
            scores = [_SATISFACTION.pick(rng) for _ in range(3)]
            quality = _QUALITY.pick(rng)
            row.update(
                eval_before=scores[0].value, eval_during=scores[1].value, eval_after=scores[2].value,
                evaluated_on=evaluated, quality_rating=quality.value, quality_rated_on=evaluated,
            )  # fmt: skip
            events.append((EventKind.EVALUATED, evaluated, clerk, lead_id,
                           f"办后答复评价：{scores[2].label}；建议质量：{quality.label}"))  # fmt: skip
        return _S.CONCLUDED

    def _unit_link(self, suggestion_id: uuid.UUID, unit_id: uuid.UUID, role: str, on: date) -> None:
        link = self.stamper.base(on)
        link.update(suggestion_id=suggestion_id, unit_id=unit_id, role=role)
        self.writer.add("suggestion_unit", link)

    def _instruction(self, suggestion_id: uuid.UUID, raised: date, unit: str, events: list[Any]) -> None:
        given = min(raised + timedelta(days=self.rng.randint(1, 20)), self.today)
        title, leader = self.rng.choice(LEADERS)
        text = self.rng.choice(INSTRUCTION_TEXTS).format(unit=unit)
        row = self.stamper.base(given)
        row.update(suggestion_id=suggestion_id, leader=f"{leader}（{title}）", given_on=given, text=text)
        row.update(NO_SUBJECT)
        self.writer.add("leader_instruction", row)
        events.append((EventKind.INSTRUCTION, given, leader, None, text))

    def _reminders(self, due: date, until: date, unit: uuid.UUID, clerk: str, events: list[Any]) -> None:
        """催办 once the deadline has passed without a reply, then every two weeks."""
        day = due + timedelta(days=self.rng.randint(1, 4))
        while day < until and day <= self.today:
            events.append((EventKind.REMINDER, day, clerk, unit, "已超过办理时限，电话催办并发送催办单"))
            day += timedelta(days=14)


# The other records a 领导批示 may be on (none: these are on suggestions).
NO_SUBJECT = dict.fromkeys(
    ("session_id", "activity_id", "results_report_id", "research_report_id", "opinion_id")
)
_HANDLING_KEYS = (
    "assigned_on", "lead_unit_id", "handling_mode", "due_on", "returned_on", "return_reason", "reply",
    "replied_on", "result_class", "concluded_on", "implementation", "eval_before", "eval_during",
    "eval_after", "evaluated_on", "quality_rating", "quality_rated_on", "proposer_id", "proposer_text",
)  # fmt: skip
