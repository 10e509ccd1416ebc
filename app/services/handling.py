"""办理: the handling of one suggestion, step by step, each a dated event on its timeline.

`HandlingService(db, actor)` is the API the UI, documents and imports use:

    assign → accept → reply → conclude, with return_to_office (退办) and reassignment, not_adopt,
    reopen, and at any point add_instruction (领导批示), remind (催办/督办/电话), evaluate_by_proposer
    (双向评价, proposer side), rate_quality (双向评价, unit side).

Every step is one transaction: it checks permissions, the state table (transitions.py), the dates (no
step before the one it follows, none in the future) and, when given, `expected_version` (lost updates);
then it changes the suggestion, appends a FollowUpEvent naming who recorded it, and writes the audit entry.
Each returns the changed Suggestion (add_instruction and remind return what they created).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlmodel import Session, col, delete, select

from app.messages import msg
from app.models.enums import EventKind, HandlingMode, ResultClass, SuggestionState, UnitRole
from app.models.suggestions import FollowUpEvent, LeaderInstruction, Suggestion, SuggestionUnit
from app.models.units import HandlingUnit
from app.services import numbering
from app.services.deadlines import Deadlines
from app.services.handling_feedback import FeedbackSteps
from app.services.handling_steps import DateCheck, HandlingStep, cn_date, required_text
from app.services.transitions import SUGGESTION_TRANSITIONS, check_move

_S = SuggestionState


def assignment_text(again: bool, lead: str, co: Sequence[str], mode: HandlingMode, due_on: date) -> str:
    """The timeline's 交办 entry: the lead unit, the co-units under the 办理方式's name (said once)."""
    text = f"{'重新交办' if again else '交办'}{lead}"
    text += f"（主办），{mode.label}：{'、'.join(co)}" if co else f"（{mode.label}）"
    return text + f"；办理时限：{cn_date(due_on)}"


def _any_unit(s: Session) -> bool:
    hu = HandlingUnit.__table__.c  # type: ignore[attr-defined]
    return s.execute(select(hu.id).where(hu.archived_at.is_(None)).limit(1)).first() is not None


def _units_of(suggestion_id: uuid.UUID) -> Any:
    """Delete a suggestion's unit rows. "fetch" finds the deleted rows by key, so the cost does not grow
    with the objects a long transaction (an import) holds, as the default "evaluate" strategy's does."""
    return (
        delete(SuggestionUnit)
        .where(col(SuggestionUnit.suggestion_id) == suggestion_id)
        .execution_options(synchronize_session="fetch")
    )


class HandlingService(FeedbackSteps):
    # -- 交办 -----------------------------------------------------------------------------------
    def assign(
        self,
        suggestion_id: uuid.UUID,
        *,
        lead_unit_id: uuid.UUID | None,
        co_unit_ids: Sequence[uuid.UUID] = (),
        mode: HandlingMode = HandlingMode.SINGLE,
        assigned_on: date,
        due_on: date | None = None,
        expected_version: int | None = None,
    ) -> Suggestion:
        """交办 (or, after 退办, 重新交办) to a lead unit and any co-handling units.

        Without `due_on` the deadline is `assigned_on` plus the office's handling limit in working days.
        """
        with self._editing(suggestion_id, HandlingStep.ASSIGN, expected_version) as (s, obj, before):
            check_move(SUGGESTION_TRANSITIONS, obj.state, _S.ASSIGNED, msg("意见建议"))
            errors: dict[str, str] = {}
            if lead_unit_id is None:
                errors["lead_unit_id"] = (
                    msg("请选择主办单位") if _any_unit(s) else msg("请先登记承办单位，再交办")
                )
            units = self._check_units(s, errors, lead_unit_id, list(co_unit_ids), mode)
            dates = DateCheck(self.today())
            dates.check(
                "assigned_on",
                msg("交办日期"),
                assigned_on,
                (obj.raised_on, msg("提出日期")),
                (obj.returned_on if obj.state is _S.RETURNED else None, msg("退办日期")),
            )
            errors.update(dates.errors)
            self._raise(errors)
            if due_on is None:
                due_on = Deadlines(self._settings(s), self.today()).handling_deadline(assigned_on)
            elif due_on < assigned_on:
                self._raise(
                    {"due_on": msg("办理时限不能早于交办日期（{cn_date}）", cn_date=cn_date(assigned_on))}
                )
            assert lead_unit_id is not None  # refused above
            again = obj.state is _S.RETURNED
            obj.state = _S.ASSIGNED
            obj.assigned_on = assigned_on
            obj.lead_unit_id = lead_unit_id
            obj.handling_mode = mode
            obj.due_on = due_on
            units_of = [(lead_unit_id, UnitRole.LEAD), *((u, UnitRole.CO) for u in co_unit_ids)]
            if self._sink is not None and self._staged(obj):  # new in this transaction: nothing stored
                for unit_id, role in units_of:
                    self._sink.unit({"suggestion_id": obj.id, "unit_id": unit_id, "role": role})
                self._sink.number(str(obj.id), assigned_on)  # numbered with its batch, in this order
            else:
                s.exec(_units_of(obj.id))
                for unit_id, role in units_of:
                    s.add(SuggestionUnit(suggestion_id=obj.id, unit_id=unit_id, role=role))
                # The 交办单 number is given now, once (重新交办 keeps it); see services.numbering.
                numbering.issue(s, numbering.ASSIGNMENT, str(obj.id), assigned_on)
            text = assignment_text(again, units[lead_unit_id], [units[u] for u in co_unit_ids], mode, due_on)
            self._event(s, obj, EventKind.ASSIGNED, assigned_on, text, unit_id=lead_unit_id)
            self._audit(s, obj, before, HandlingStep.ASSIGN)
            return obj

    def _check_units(
        self,
        s: Session,
        errors: dict[str, str],
        lead: uuid.UUID | None,
        co: list[uuid.UUID],
        mode: HandlingMode,
    ) -> dict[uuid.UUID, str]:
        names: dict[uuid.UUID, str] = {}
        for unit_id in (lead, *co):
            if unit_id is None:
                continue
            unit = s.get(HandlingUnit, unit_id)
            if unit is None:
                errors["lead_unit_id" if unit_id == lead else "co_unit_ids"] = msg("所选承办单位不存在")
            elif unit.archived_at is not None:
                errors["lead_unit_id" if unit_id == lead else "co_unit_ids"] = msg(
                    "承办单位“{name}”已归档，不能再交办", name=unit.name
                )
            else:
                names[unit_id] = unit.name
        if lead in co:
            errors["co_unit_ids"] = msg("主办单位不能同时是会办单位")
        elif len(set(co)) != len(co):
            errors["co_unit_ids"] = msg("会办单位有重复")
        if mode is HandlingMode.SINGLE and co:
            errors["handling_mode"] = msg("单办时不能指定会办单位")
        elif mode is not HandlingMode.SINGLE and not co:
            errors["handling_mode"] = msg("{label}须至少指定一个会办单位", label=mode.label)
        return names

    # -- the unit's side --------------------------------------------------------------------------
    def accept(
        self, suggestion_id: uuid.UUID, *, accepted_on: date, expected_version: int | None = None
    ) -> Suggestion:
        """开始办理: the lead unit has taken the suggestion up."""
        with self._editing(suggestion_id, HandlingStep.ACCEPT, expected_version) as (s, obj, before):
            check_move(SUGGESTION_TRANSITIONS, obj.state, _S.IN_PROGRESS, msg("意见建议"))
            dates = DateCheck(self.today())
            dates.check("accepted_on", msg("开始办理日期"), accepted_on, (obj.assigned_on, msg("交办日期")))
            self._raise(dates.errors)
            obj.state = _S.IN_PROGRESS
            self._event(s, obj, EventKind.ACCEPTED, accepted_on, "承办单位开始办理", unit_id=obj.lead_unit_id)
            self._audit(s, obj, before, HandlingStep.ACCEPT)
            return obj

    def return_to_office(
        self,
        suggestion_id: uuid.UUID,
        *,
        returned_on: date,
        reason: str,
        expected_version: int | None = None,
    ) -> Suggestion:
        """退办: the unit hands a wrongly assigned suggestion back, within the office's window."""
        with self._editing(suggestion_id, HandlingStep.RETURN, expected_version) as (s, obj, before):
            check_move(SUGGESTION_TRANSITIONS, obj.state, _S.RETURNED, msg("意见建议"))
            errors: dict[str, str] = {}
            reason = required_text(errors, "return_reason", msg("退办理由"), reason, HandlingStep.RETURN)
            dates = DateCheck(self.today())
            dates.check("returned_on", msg("退办日期"), returned_on, (obj.assigned_on, msg("交办日期")))
            errors.update(dates.errors)
            self._raise(errors)
            assert obj.assigned_on is not None
            rules = Deadlines(self._settings(s), self.today())
            window = rules.return_window_days
            deadline = rules.return_deadline(obj.assigned_on)
            if returned_on > deadline:
                self._raise(
                    {
                        "returned_on": msg(
                            "退办须在交办后 {window} 个工作日内提出（截止{cn_date}），已超过期限，不能退办。",
                            window=window,
                            cn_date=cn_date(deadline),
                        )
                    }
                )
            obj.state = _S.RETURNED
            obj.returned_on = returned_on
            obj.return_reason = reason
            self._event(s, obj, EventKind.RETURNED, returned_on, reason, unit_id=obj.lead_unit_id)
            self._audit(s, obj, before, HandlingStep.RETURN)
            return obj

    def reply(
        self,
        suggestion_id: uuid.UUID,
        *,
        reply: str,
        replied_on: date,
        result_class: ResultClass | None,
        expected_version: int | None = None,
    ) -> Suggestion:
        """答复 with its result class (A 解决或采纳 / B 列入计划拟解决 / C 留作参考)."""
        with self._editing(suggestion_id, HandlingStep.REPLY, expected_version) as (s, obj, before):
            check_move(SUGGESTION_TRANSITIONS, obj.state, _S.REPLIED, msg("意见建议"))
            errors: dict[str, str] = {}
            text = required_text(errors, "reply", msg("答复内容"), reply, HandlingStep.REPLY)
            if not isinstance(result_class, ResultClass):
                errors["result_class"] = msg("请选择办理结果（A、B 或 C）")
            dates = DateCheck(self.today())
            dates.check("replied_on", msg("答复日期"), replied_on, (obj.assigned_on, msg("交办日期")))
            errors.update(dates.errors)
            self._raise(errors)
            assert result_class is not None  # refused above
            obj.state = _S.REPLIED
            obj.reply = text
            obj.replied_on = replied_on
            obj.result_class = result_class
            self._event(
                s,
                obj,
                EventKind.REPLIED,
                replied_on,
                f"【{result_class.label}】{text}",
                unit_id=obj.lead_unit_id,
            )
            self._audit(s, obj, before, HandlingStep.REPLY)
            return obj

    def conclude(
        self,
        suggestion_id: uuid.UUID,
        *,
        concluded_on: date,
        implementation: str,
        expected_version: int | None = None,
    ) -> Suggestion:
        """办结 with 落实情况 (what was actually done)."""
        with self._editing(suggestion_id, HandlingStep.CONCLUDE, expected_version) as (s, obj, before):
            check_move(SUGGESTION_TRANSITIONS, obj.state, _S.CONCLUDED, msg("意见建议"))
            errors: dict[str, str] = {}
            text = required_text(
                errors, "implementation", msg("落实情况"), implementation, HandlingStep.CONCLUDE
            )
            dates = DateCheck(self.today())
            dates.check("concluded_on", msg("办结日期"), concluded_on, (obj.replied_on, msg("答复日期")))
            errors.update(dates.errors)
            self._raise(errors)
            obj.state = _S.CONCLUDED
            obj.concluded_on = concluded_on
            obj.implementation = text
            self._event(s, obj, EventKind.CONCLUDED, concluded_on, text, unit_id=obj.lead_unit_id)
            self._audit(s, obj, before, HandlingStep.CONCLUDE)
            return obj

    # -- the office's decisions -------------------------------------------------------------------
    def not_adopt(
        self,
        suggestion_id: uuid.UUID,
        *,
        decided_on: date,
        reason: str,
        expected_version: int | None = None,
    ) -> Suggestion:
        """不予采纳/留作参考: the office decides not to hand it out; the reason goes on the timeline."""
        with self._editing(suggestion_id, HandlingStep.NOT_ADOPT, expected_version) as (s, obj, before):
            check_move(SUGGESTION_TRANSITIONS, obj.state, _S.NOT_ADOPTED, msg("意见建议"))
            errors: dict[str, str] = {}
            text = required_text(errors, "reason", msg("不予采纳的理由"), reason, HandlingStep.NOT_ADOPT)
            dates = DateCheck(self.today())
            dates.check(
                "decided_on",
                msg("决定日期"),
                decided_on,
                (obj.raised_on, msg("提出日期")),
                (obj.returned_on if obj.state is _S.RETURNED else None, msg("退办日期")),
            )
            errors.update(dates.errors)
            self._raise(errors)
            obj.state = _S.NOT_ADOPTED
            self._event(s, obj, EventKind.NOT_ADOPTED, decided_on, text)
            self._audit(s, obj, before, HandlingStep.NOT_ADOPT)
            return obj

    def reopen(
        self,
        suggestion_id: uuid.UUID,
        *,
        reopened_on: date,
        reason: str,
        due_on: date | None = None,
        expected_version: int | None = None,
    ) -> Suggestion:
        """重新办理, where the state table allows it.

        已答复 / 已办结 → 办理中 (the reply was not accepted, or the evaluation found the work undone): the
        reply and conclusion are cleared (they stay on the timeline) and `due_on` may set a new deadline.
        退办 / 不予采纳 → 待交办: the suggestion waits to be assigned again.
        """
        with self._editing(suggestion_id, HandlingStep.REOPEN, expected_version) as (s, obj, before):
            target = _S.IN_PROGRESS if obj.state in (_S.REPLIED, _S.CONCLUDED) else _S.PENDING
            check_move(SUGGESTION_TRANSITIONS, obj.state, target, msg("意见建议"))
            errors: dict[str, str] = {}
            text = required_text(errors, "reason", msg("重新办理的理由"), reason, HandlingStep.REOPEN)
            last = max(
                (
                    d
                    for d in (
                        obj.raised_on,
                        obj.assigned_on,
                        obj.returned_on,
                        obj.replied_on,
                        obj.concluded_on,
                    )
                    if d
                ),
                default=None,
            )
            dates = DateCheck(self.today())
            dates.check("reopened_on", msg("重新办理日期"), reopened_on, (last, msg("此前最后一次办理日期")))
            errors.update(dates.errors)
            if due_on is not None and (target is _S.PENDING or due_on < reopened_on):
                errors["due_on"] = (
                    msg("待交办的意见建议没有办理时限")
                    if target is _S.PENDING
                    else msg("新的办理时限不能早于重新办理日期")
                )
            self._raise(errors)
            previous = obj.state
            obj.state = target
            if target is _S.IN_PROGRESS:
                obj.reply = obj.replied_on = obj.result_class = None
                obj.concluded_on = obj.implementation = None
                if due_on is not None:
                    obj.due_on = due_on
            elif previous is _S.RETURNED:
                obj.assigned_on = obj.lead_unit_id = obj.handling_mode = obj.due_on = None
                s.exec(_units_of(obj.id))
            self._event(
                s, obj, EventKind.STATE_CHANGE, reopened_on, f"{previous.label} → {target.label}：{text}"
            )
            self._audit(s, obj, before, HandlingStep.REOPEN)
            return obj

    # -- reading ----------------------------------------------------------------------------------
    def timeline(self, suggestion_id: uuid.UUID) -> list[FollowUpEvent]:
        """The suggestion's events, oldest first (same day: in the order they were recorded)."""
        with self.db.session(write=False) as s:
            self._suggestions._load(s, suggestion_id)  # the reader may see this suggestion
            return list(
                s.exec(
                    select(FollowUpEvent)
                    .where(FollowUpEvent.suggestion_id == suggestion_id)
                    .order_by(col(FollowUpEvent.happened_on), col(FollowUpEvent.recorded_at))
                ).all()
            )

    def units(self, suggestion_id: uuid.UUID) -> list[tuple[HandlingUnit, UnitRole]]:
        """The units the suggestion is assigned to, lead unit first."""
        with self.db.session(write=False) as s:
            self._suggestions._load(s, suggestion_id)
            rows = s.exec(
                select(HandlingUnit, SuggestionUnit.role)
                .join(SuggestionUnit, col(SuggestionUnit.unit_id) == HandlingUnit.id)
                .where(SuggestionUnit.suggestion_id == suggestion_id)
                .order_by(col(SuggestionUnit.role).desc(), col(HandlingUnit.name))
            ).all()
            return [(unit, UnitRole(role)) for unit, role in rows]

    def instructions(self, suggestion_id: uuid.UUID) -> list[LeaderInstruction]:
        with self.db.session(write=False) as s:
            self._suggestions._load(s, suggestion_id)
            return list(
                s.exec(
                    select(LeaderInstruction)
                    .where(LeaderInstruction.suggestion_id == suggestion_id)
                    .order_by(col(LeaderInstruction.given_on))
                ).all()
            )
