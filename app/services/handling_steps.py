"""Shared plumbing of the 办理 steps: which steps a state allows, loading, date checks, events and audit."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any, Self

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.messages import msg
from app.models.enums import AuditAction, EventKind, LabeledEnum, SuggestionState
from app.models.suggestions import FollowUpEvent, Suggestion
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.batch import BatchReport, Progress, run_batch
from app.services.errors import ConflictError, TransitionError
from app.services.handling_sink import StepSink
from app.services.office_settings import OfficeSettings, load_settings
from app.services.suggestions import SuggestionService
from app.services.validation import clean_text, max_length, raise_if

_S = SuggestionState


class HandlingStep(LabeledEnum):
    """The 办理 steps a clerk can record, as buttons and menu entries name them."""

    ASSIGN = ("assign", "交办", "Assign")
    ACCEPT = ("accept", "开始办理", "Start handling")
    RETURN = ("return", "退办", "Return")
    REPLY = ("reply", "答复", "Reply")
    CONCLUDE = ("conclude", "办结", "Conclude")
    NOT_ADOPT = ("not_adopt", "不予采纳", "Not adopt")
    REOPEN = ("reopen", "重新办理", "Reopen")
    INSTRUCTION = ("instruction", "领导批示", "Leader's instruction")
    EVALUATE = ("evaluate", "委员评价", "Member evaluation")
    RATE_QUALITY = ("rate_quality", "建议质量评价", "Quality rating")
    REMIND = ("remind", "催办", "Remind")


OPEN = frozenset({_S.ASSIGNED, _S.IN_PROGRESS})
HANDED_OUT = frozenset({_S.ASSIGNED, _S.IN_PROGRESS, _S.REPLIED, _S.CONCLUDED})
ANSWERED = frozenset({_S.REPLIED, _S.CONCLUDED})

# Which step each state allows; the state moves themselves are checked against transitions.py.
_STEPS: dict[HandlingStep, frozenset[SuggestionState]] = {
    HandlingStep.ASSIGN: frozenset({_S.PENDING, _S.RETURNED}),
    HandlingStep.ACCEPT: frozenset({_S.ASSIGNED}),
    HandlingStep.RETURN: OPEN,
    HandlingStep.REPLY: OPEN,
    HandlingStep.CONCLUDE: frozenset({_S.REPLIED}),
    HandlingStep.NOT_ADOPT: frozenset({_S.PENDING, _S.RETURNED}),
    HandlingStep.REOPEN: frozenset({_S.REPLIED, _S.CONCLUDED, _S.RETURNED, _S.NOT_ADOPTED}),
    HandlingStep.INSTRUCTION: frozenset(SuggestionState),
    HandlingStep.EVALUATE: ANSWERED,
    HandlingStep.RATE_QUALITY: HANDED_OUT,
    HandlingStep.REMIND: OPEN,
}

# Steps only the office (administrators and clerks) records; the others a platform coordinator may
# record for the platform's own suggestions.
OFFICE_STEPS = frozenset(
    {
        HandlingStep.ASSIGN,
        HandlingStep.NOT_ADOPT,
        HandlingStep.REOPEN,
        HandlingStep.INSTRUCTION,
        HandlingStep.REMIND,
    }
)


def available_steps(state: SuggestionState) -> list[HandlingStep]:
    """The steps that can be recorded for a suggestion in `state`, in workflow order."""
    return [step for step in HandlingStep if state in _STEPS[step]]


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class DateCheck:
    """Collects date errors of one step: required, not in the future, not before earlier steps."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.errors: dict[str, str] = {}

    def check(self, field: str, label: str, value: date | None, *after: tuple[date | None, str]) -> None:
        if value is None:
            self.errors[field] = msg("请填写{label}", label=label)
            return
        if not isinstance(value, date):
            self.errors[field] = msg("{label}不是有效的日期", label=label)
            return
        if value > self.today:
            self.errors[field] = msg("{label}不能晚于今天", label=label)
            return
        for earlier, earlier_label in after:
            if earlier is not None and value < earlier:
                self.errors[field] = msg(
                    "{label}不能早于{earlier_label}（{cn_date}）",
                    label=label,
                    earlier_label=earlier_label,
                    cn_date=cn_date(earlier),
                )
                return


def require_step(step: HandlingStep, state: SuggestionState) -> None:
    if state not in _STEPS[step]:
        allowed = "、".join(f"“{s.label}”" for s in SuggestionState if s in _STEPS[step])
        raise TransitionError(
            msg(
                "意见建议处于“{label}”状态，不能{label2}。只有{allowed}的意见建议可以{label2}。",
                label=state.label,
                label2=step.label,
                allowed=allowed,
            )
        )


def required_text(
    errors: dict[str, str], field: str, label: str, value: str | None, step: HandlingStep
) -> str:
    """A step's required text, within the length validation.TEXT_LIMITS gives it."""
    limit = max_length(step.value, field) or 0
    text = clean_text(value)
    if not text:
        errors[field] = msg("{label}不能为空", label=label)
    elif len(text) > limit:
        errors[field] = msg("{label}过长（最多 {limit} 个字）", label=label, limit=limit)
    return text or ""


def optional_text(
    errors: dict[str, str], field: str, label: str, value: str | None, step: HandlingStep
) -> str | None:
    """A step's optional text, within the length validation.TEXT_LIMITS gives it."""
    limit = max_length(step.value, field) or 0
    text = clean_text(value)
    if text is not None and len(text) > limit:
        errors[field] = msg("{label}过长（最多 {limit} 个字）", label=label, limit=limit)
    return text


class _RolledBack(Exception):
    """Ends a checked step's transaction without writing anything."""


def _titles(s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    sg = Suggestion.__table__.c  # type: ignore[attr-defined]
    rows = s.execute(sa.select(sg.id, sg.title).where(sg.id.in_(list(ids)))).all()
    return {r.id: r.title for r in rows}


class HandlingBase:
    """Loading with permission and version checks, and the event + audit every step writes."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        today: Callable[[], date] | None = None,
        session: Session | None = None,
        sink: StepSink | None = None,
    ) -> None:
        """`session`: run every step inside the caller's transaction (an import) instead of its own;
        `sink` (with `session`): the suggestions it stages are changed in memory, and what the steps
        write on them is collected there (handling_sink.py)."""
        self.db = db
        self.actor = actor
        self._today = today or date.today
        self._suggestions = SuggestionService(db, actor)
        self._session = session
        self._sink = sink
        self._cached: OfficeSettings | None = None
        self._dry_run = False  # set on the copy `checking()` returns

    def today(self) -> date:
        return self._today()

    def _copy(self, *, session: Session | None = None, dry_run: bool = False) -> Self:
        other = copy.copy(self)
        other._session, other._cached, other._dry_run = session, None, dry_run
        other._sink = None
        return other

    def checking(self) -> Self:
        """The same steps, checked and then rolled back: what a dialog asks while people correct a form."""
        return self._copy(dry_run=True)

    @contextmanager
    def _editing(
        self,
        suggestion_id: uuid.UUID,
        step: HandlingStep,
        expected_version: int | None,
        *,
        now: bool = True,
    ) -> Iterator[tuple[Session, Suggestion, dict[str, Any]]]:
        """One step's transaction: the suggestion loaded, permitted, unchanged since the caller read it.

        `now=False`: a step that happened earlier (a ledger's 催办), whose state rule is its dates'. Bound
        to a session (an import, a batch) the step runs inside that transaction; a check (`checking()`) is
        rolled back.
        """
        if self._session is not None:
            yield self._loaded(self._session, suggestion_id, step, expected_version, now)
            return
        try:
            with self._suggestions.unit_of_work(None) as s:
                yield self._loaded(s, suggestion_id, step, expected_version, now)
                if self._dry_run:
                    raise _RolledBack
        except _RolledBack:
            return

    def _loaded(
        self,
        s: Session,
        suggestion_id: uuid.UUID,
        step: HandlingStep,
        expected_version: int | None,
        now: bool,
    ) -> tuple[Session, Suggestion, dict[str, Any]]:
        staged = self._sink.get(suggestion_id) if self._sink is not None else None
        if staged is not None:
            permissions.require_read(self.actor, staged.platform_id)
            obj: Suggestion = staged  # type: ignore[assignment]  # the same attributes, not mapped
        else:
            obj = self._suggestions._load(s, suggestion_id)
        permissions.require_step(self.actor, step in OFFICE_STEPS, step.label, obj.platform_id)
        if expected_version is not None and obj.version != expected_version:
            raise ConflictError(msg("该意见建议已被他人修改，请刷新后重试。"))
        if now:
            require_step(step, obj.state)
        return s, obj, audit.snapshot(obj) or {}

    def batch(
        self,
        suggestion_ids: Sequence[uuid.UUID],
        step: Callable[[Self, uuid.UUID], object],
        progress: Progress | None = None,
    ) -> BatchReport:
        """One step for many suggestions in one transaction; each refused one is named with the reason.

        `step(handling, suggestion_id)` records the step for one suggestion with the `handling` given.
        """
        with self.db.session(write=False) as s:
            titles = _titles(s, suggestion_ids)
        records = [(i, titles.get(i, str(i))) for i in suggestion_ids]
        return run_batch(self.db, records, lambda s, i: step(self._copy(session=s), i), progress)

    def _settings(self, s: Session) -> OfficeSettings:
        if self._session is None:
            return load_settings(s)
        if self._cached is None:  # bound to one transaction (an import): read them once
            self._cached = load_settings(s)
        return self._cached

    def _event(
        self,
        s: Session,
        obj: Suggestion,
        kind: EventKind,
        on: date,
        text: str | None,
        *,
        unit_id: uuid.UUID | None = None,
    ) -> None:
        """The step's entry on the timeline (collected in the sink for a staged suggestion)."""
        values = self._event_values(obj, kind, on, text, unit_id)
        if self._sink is not None and self._staged(obj):
            self._sink.event(values)
        else:
            s.add(FollowUpEvent(**values))

    def _new_event(
        self,
        s: Session,
        obj: Suggestion,
        kind: EventKind,
        on: date,
        text: str | None,
        *,
        unit_id: uuid.UUID | None,
    ) -> FollowUpEvent:
        """An entry of its own on the timeline (a 催办 …), returned to be audited as a record."""
        event = FollowUpEvent(**self._event_values(obj, kind, on, text, unit_id))
        s.add(event)
        return event

    def _event_values(
        self, obj: Suggestion, kind: EventKind, on: date, text: str | None, unit_id: uuid.UUID | None
    ) -> dict[str, Any]:
        """A step's timeline entry, as values of a FollowUpEvent."""
        return {
            "suggestion_id": obj.id, "session_id": None, "kind": kind, "happened_on": on,
            "actor": self.actor.display_name, "unit_id": unit_id, "text": text,
        }  # fmt: skip

    def _staged(self, obj: Any) -> bool:
        """Is `obj` a suggestion staged in the sink (not an ORM object)?"""
        return self._sink is not None and self._sink.get(obj.id) is obj

    def _audit(
        self,
        s: Session,
        obj: Suggestion,
        before: dict[str, Any],
        step: HandlingStep,
        action: AuditAction = AuditAction.TRANSITION,
    ) -> None:
        if self._staged(obj):
            obj.version += 1  # what the step's own write would have made it
        else:
            s.flush()
        audit.record(
            s,
            self.actor,
            action,
            "suggestion",
            obj.id,
            before=before,
            after=audit.snapshot(obj),
            note=step.label,
        )

    @staticmethod
    def _raise(errors: dict[str, str]) -> None:
        raise_if(errors)
