"""Steps around the handling itself: 领导批示, 催办/督办/电话, and 双向评价 (both sides' ratings)."""

from __future__ import annotations

import uuid
from datetime import date

from app.messages import msg
from app.models.enums import AuditAction, EventKind, QualityRating, Satisfaction
from app.models.suggestions import FollowUpEvent, LeaderInstruction, Suggestion
from app.services import audit
from app.services.handling_steps import DateCheck, HandlingBase, HandlingStep, optional_text, required_text

REMINDER_KINDS = (EventKind.REMINDER, EventKind.SUPERVISION, EventKind.CALL)
EVALUATION_ASPECTS = (("eval_before", "办前沟通"), ("eval_during", "办中协商"), ("eval_after", "办后答复"))
ASPECT_ENGLISH = {"办前沟通": "Before handling", "办中协商": "During handling", "办后答复": "The reply"}


class FeedbackSteps(HandlingBase):
    def add_instruction(
        self,
        suggestion_id: uuid.UUID,
        *,
        leader: str,
        given_on: date,
        text: str,
        expected_version: int | None = None,
        record_id: uuid.UUID | None = None,
    ) -> LeaderInstruction:
        """领导批示: who, when, what (counted in 件次 in the yearly figures).

        `record_id`: the instruction's id when it comes from a ledger that names it (kept across databases).
        """
        with self._editing(suggestion_id, HandlingStep.INSTRUCTION, expected_version) as (s, obj, _):
            errors: dict[str, str] = {}
            leader = required_text(errors, "leader", msg("批示领导"), leader, HandlingStep.INSTRUCTION)
            body = required_text(errors, "text", msg("批示内容"), text, HandlingStep.INSTRUCTION)
            dates = DateCheck(self.today())
            dates.check("given_on", msg("批示日期"), given_on, (obj.raised_on, msg("提出日期")))
            errors.update(dates.errors)
            self._raise(errors)
            instruction = LeaderInstruction(
                id=record_id or uuid.uuid4(),
                suggestion_id=obj.id,
                leader=leader,
                given_on=given_on,
                text=body,
            )
            s.add(instruction)
            self._event(s, obj, EventKind.INSTRUCTION, given_on, f"{leader}批示：{body}")
            s.flush()
            audit.record(
                s,
                self.actor,
                AuditAction.CREATE,
                "leader_instruction",
                instruction.id,
                after=audit.snapshot(instruction),
                note=HandlingStep.INSTRUCTION.label,
            )
            return instruction

    def remind(
        self,
        suggestion_id: uuid.UUID,
        *,
        on: date,
        text: str | None = None,
        kind: EventKind = EventKind.REMINDER,
        expected_version: int | None = None,
    ) -> FollowUpEvent:
        """催办 (reminder), 督办 (supervision visit) or 电话沟通 (call) to the lead unit, while open."""
        with self._editing(suggestion_id, HandlingStep.REMIND, expected_version) as (s, obj, _):
            errors: dict[str, str] = {}
            if kind not in REMINDER_KINDS:
                errors["kind"] = msg("催办方式只能是催办、督办或电话沟通")
            note = optional_text(errors, "text", msg("催办内容"), text, HandlingStep.REMIND)
            dates = DateCheck(self.today())
            dates.check("on", msg("{label}日期", label=kind.label), on, (obj.assigned_on, msg("交办日期")))
            errors.update(dates.errors)
            self._raise(errors)
            event = self._new_event(s, obj, kind, on, note or kind.label, unit_id=obj.lead_unit_id)
            s.flush()
            audit.record(
                s,
                self.actor,
                AuditAction.CREATE,
                "follow_up_event",
                event.id,
                after=audit.snapshot(event),
                note=kind.label,
            )
            return event

    def record_past_follow_up(
        self,
        suggestion_id: uuid.UUID,
        *,
        on: date,
        kind: EventKind,
        text: str | None = None,
        record_id: uuid.UUID | None = None,
    ) -> FollowUpEvent:
        """A 催办 / 督办 / 电话沟通 that happened earlier (from a ledger): it must lie while the suggestion
        was with its unit — on or after 交办, and not after the 答复 if it has been answered."""
        with self._editing(suggestion_id, HandlingStep.REMIND, None, now=False) as (s, obj, _):
            errors: dict[str, str] = {}
            if kind not in REMINDER_KINDS:
                errors["kind"] = msg("催办方式只能是催办、督办或电话沟通")
            note = optional_text(errors, "text", msg("催办内容"), text, HandlingStep.REMIND)
            if obj.assigned_on is None:
                errors["on"] = msg("这条意见建议没有交办，不能有{label}记录", label=kind.label)
            dates = DateCheck(self.today())
            dates.check("on", msg("{label}日期", label=kind.label), on, (obj.assigned_on, msg("交办日期")))
            if obj.replied_on is not None and isinstance(on, date) and on > obj.replied_on:
                dates.errors.setdefault(
                    "on",
                    msg(
                        "{label}日期不能晚于答复日期（{isoformat}）",
                        label=kind.label,
                        isoformat=obj.replied_on.isoformat(),
                    ),
                )
            errors.update(dates.errors)
            self._raise(errors)
            event = self._new_event(s, obj, kind, on, note or kind.label, unit_id=obj.lead_unit_id)
            if record_id is not None:
                event.id = record_id
            s.flush()
            audit.record(
                s,
                self.actor,
                AuditAction.CREATE,
                "follow_up_event",
                event.id,
                after=audit.snapshot(event),
                note=kind.label,
            )
            return event

    def evaluate_by_proposer(
        self,
        suggestion_id: uuid.UUID,
        *,
        before: Satisfaction,
        during: Satisfaction,
        after: Satisfaction,
        evaluated_on: date,
        comment: str | None = None,
        expected_version: int | None = None,
    ) -> Suggestion:
        """The proposer side rates the unit on 办前沟通, 办中协商 and 办后答复 (满意 / 基本满意 / 不满意)."""
        with self._editing(suggestion_id, HandlingStep.EVALUATE, expected_version) as (s, obj, snap):
            errors: dict[str, str] = {}
            ratings = (before, during, after)
            for (field, label), value in zip(EVALUATION_ASPECTS, ratings, strict=True):
                if not isinstance(value, Satisfaction):
                    errors[field] = msg("请选择{label}的评价（满意、基本满意或不满意）", label=label)
            note = optional_text(errors, "comment", msg("评价意见"), comment, HandlingStep.EVALUATE)
            dates = DateCheck(self.today())
            dates.check("evaluated_on", msg("评价日期"), evaluated_on, (obj.replied_on, msg("答复日期")))
            errors.update(dates.errors)
            self._raise(errors)
            obj.eval_before, obj.eval_during, obj.eval_after = ratings
            obj.evaluated_on = evaluated_on
            text = "；".join(
                f"{label}：{value.label}"
                for (_, label), value in zip(EVALUATION_ASPECTS, ratings, strict=True)
            )
            text = f"委员评价承办单位——{text}" + (f"。{note}" if note else "")
            self._event(s, obj, EventKind.EVALUATED, evaluated_on, text, unit_id=obj.lead_unit_id)
            self._audit(s, obj, snap, HandlingStep.EVALUATE, AuditAction.UPDATE)
            return obj

    def rate_quality(
        self,
        suggestion_id: uuid.UUID,
        *,
        rating: QualityRating,
        rated_on: date,
        comment: str | None = None,
        expected_version: int | None = None,
    ) -> Suggestion:
        """The handling unit rates the suggestion's quality (质量高 / 质量一般 / 质量较差)."""
        with self._editing(suggestion_id, HandlingStep.RATE_QUALITY, expected_version) as (s, obj, snap):
            errors: dict[str, str] = {}
            if not isinstance(rating, QualityRating):
                errors["quality_rating"] = msg("请选择建议质量评价")
            note = optional_text(errors, "comment", msg("评价意见"), comment, HandlingStep.RATE_QUALITY)
            dates = DateCheck(self.today())
            dates.check("quality_rated_on", msg("质量评价日期"), rated_on, (obj.assigned_on, msg("交办日期")))
            errors.update(dates.errors)
            self._raise(errors)
            obj.quality_rating = rating
            obj.quality_rated_on = rated_on
            text = f"承办单位评价建议质量：{rating.label}" + (f"。{note}" if note else "")
            self._event(s, obj, EventKind.EVALUATED, rated_on, text, unit_id=obj.lead_unit_id)
            self._audit(s, obj, snap, HandlingStep.RATE_QUALITY, AuditAction.UPDATE)
            return obj
