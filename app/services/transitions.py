"""The allowed state moves of sessions and suggestions, in one explicit table each."""

from __future__ import annotations

from typing import TypeVar

from app.messages import joined, msg
from app.models.enums import LabeledEnum, SessionState, SuggestionState
from app.services.errors import TransitionError

E = TypeVar("E", bound=LabeledEnum)

SESSION_TRANSITIONS: dict[SessionState, frozenset[SessionState]] = {
    SessionState.PLANNED: frozenset({SessionState.HELD}),
    SessionState.HELD: frozenset({SessionState.FOLLOWING_UP, SessionState.CLOSED, SessionState.PLANNED}),
    SessionState.FOLLOWING_UP: frozenset({SessionState.CLOSED, SessionState.HELD}),
    SessionState.CLOSED: frozenset({SessionState.FOLLOWING_UP}),
}

_S = SuggestionState
SUGGESTION_TRANSITIONS: dict[SuggestionState, frozenset[SuggestionState]] = {
    # 待交办: hand it to a unit, or decide not to adopt it
    _S.PENDING: frozenset({_S.ASSIGNED, _S.NOT_ADOPTED}),
    # 已交办: the unit accepts it, or returns it (退办) within the window
    _S.ASSIGNED: frozenset({_S.IN_PROGRESS, _S.RETURNED, _S.REPLIED}),
    # 办理中: the unit replies
    _S.IN_PROGRESS: frozenset({_S.REPLIED, _S.RETURNED}),
    # 已答复: concluded, or sent back for more work when the reply is not accepted
    _S.REPLIED: frozenset({_S.CONCLUDED, _S.IN_PROGRESS}),
    # 已办结: reopened only when the evaluation finds the work undone
    _S.CONCLUDED: frozenset({_S.IN_PROGRESS}),
    # 退办: re-assigned to the right unit, or not adopted
    _S.RETURNED: frozenset({_S.ASSIGNED, _S.PENDING, _S.NOT_ADOPTED}),
    # 不予采纳/留作参考: may be taken up again
    _S.NOT_ADOPTED: frozenset({_S.PENDING}),
}


def check_move(table: dict[E, frozenset[E]], current: E, target: E, noun: str) -> None:
    if target == current:
        raise TransitionError(msg("该{noun}已处于“{label}”状态。", noun=noun, label=current.label))
    if target not in table[current]:
        moves = sorted(table[current], key=lambda s: list(type(current)).index(s))
        allowed = joined([msg("“{label}”", label=s.label) for s in moves], msg("、"))
        refused = msg(
            "不能将{noun}从“{label}”改为“{target}”。", noun=noun, label=current.label, target=target.label
        )
        raise TransitionError(
            msg("{refused}当前状态只能改为：{allowed}。", refused=refused, allowed=allowed)
            if moves
            else refused
        )


def allowed_session_moves(state: SessionState) -> list[SessionState]:
    return [s for s in SessionState if s in SESSION_TRANSITIONS[state]]


def allowed_suggestion_moves(state: SuggestionState) -> list[SuggestionState]:
    return [s for s in SuggestionState if s in SUGGESTION_TRANSITIONS[state]]
