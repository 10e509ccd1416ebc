"""Every state move of sessions and suggestions, allowed and refused, straight from the tables."""

from __future__ import annotations

import itertools
import json
import uuid
from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import select

from app.db import Database
from app.models import (
    AuditEntry,
    ConsultationSession,
    ConsultationSessionCreate,
    FollowUpEvent,
    PlatformCreate,
    Suggestion,
    SuggestionCreate,
)
from app.models._base import table_of
from app.models.enums import AuditAction, EventKind, SessionState, SuggestionState
from app.services.errors import TransitionError
from app.services.hub import Services
from app.services.transitions import (
    SESSION_TRANSITIONS,
    SUGGESTION_TRANSITIONS,
    allowed_session_moves,
    allowed_suggestion_moves,
)
from app.services.validation import build

SESSION_PAIRS = list(itertools.product(SessionState, SessionState))
SUGGESTION_PAIRS = list(itertools.product(SuggestionState, SuggestionState))


def _id(pair: tuple[object, object]) -> str:
    return f"{pair[0]}->{pair[1]}"


def _platform(services: Services) -> uuid.UUID:
    return services.platforms.create(
        build(PlatformCreate, kind="station", name="城西区古城台街道委员驿站", district="城西区")
    ).id


def _force_state(db: Database, model: type, record_id: uuid.UUID, state: object) -> None:
    """Put a record into a state directly, the way an earlier run of the workflow would have left it."""
    table = table_of(model)
    with db.session() as s:
        s.execute(sa.update(table).where(table.c.id == record_id).values(state=state.value))  # type: ignore[attr-defined]


def _transitions(db: Database, record_id: uuid.UUID) -> list[AuditEntry]:
    with db.session(write=False) as s:
        return list(
            s.exec(
                select(AuditEntry).where(
                    AuditEntry.entity_id == record_id, AuditEntry.action == AuditAction.TRANSITION
                )
            ).all()
        )


def test_tables_cover_every_state_and_never_list_a_state_as_its_own_move() -> None:
    assert set(SESSION_TRANSITIONS) == set(SessionState)
    assert set(SUGGESTION_TRANSITIONS) == set(SuggestionState)
    for state, targets in SESSION_TRANSITIONS.items():
        assert state not in targets
        assert allowed_session_moves(state) == [s for s in SessionState if s in targets]
    for state, targets in SUGGESTION_TRANSITIONS.items():
        assert state not in targets
        assert allowed_suggestion_moves(state) == [s for s in SuggestionState if s in targets]


def test_every_state_can_be_reached_and_left() -> None:
    for table in (SESSION_TRANSITIONS, SUGGESTION_TRANSITIONS):
        reachable = set().union(*table.values())
        first = next(iter(table))
        assert reachable | {first} == set(table)
        assert all(table[s] for s in table), "a state with no way out"


@pytest.mark.parametrize("pair", SESSION_PAIRS, ids=[_id(p) for p in SESSION_PAIRS])
def test_session_move(services: Services, db: Database, pair: tuple[SessionState, SessionState]) -> None:
    current, target = pair
    created = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="海晏路加装红绿灯",
            topic_source="residents",
            held_on=date(2025, 4, 27),
            platform_id=_platform(services),
        )
    )
    _force_state(db, ConsultationSession, created.id, current)

    if target in SESSION_TRANSITIONS[current]:
        moved = services.sessions.transition(created.id, target)
        assert moved.state is target
        assert services.sessions.get(created.id).state is target
        [entry] = _transitions(db, created.id)
        assert json.loads(entry.before)["state"] == current.value
        assert json.loads(entry.after)["state"] == target.value
        assert entry.actor == services.actor.username
    else:
        with pytest.raises(TransitionError) as info:
            services.sessions.transition(created.id, target)
        assert f"“{current.label}”" in info.value.message
        assert f"“{target.label}”" in info.value.message
        assert "协商议事活动" in info.value.message
        assert services.sessions.get(created.id).state is current
        assert _transitions(db, created.id) == []


@pytest.mark.parametrize("pair", SUGGESTION_PAIRS, ids=[_id(p) for p in SUGGESTION_PAIRS])
def test_suggestion_move(
    services: Services, db: Database, pair: tuple[SuggestionState, SuggestionState]
) -> None:
    current, target = pair
    created = services.suggestions.create(
        build(SuggestionCreate, title="修缮海湖路地下通道东南出口", platform_id=_platform(services))
    )
    _force_state(db, Suggestion, created.id, current)

    if target in SUGGESTION_TRANSITIONS[current]:
        moved = services.suggestions.transition(created.id, target, on=date(2025, 6, 3))
        assert moved.state is target
        assert services.suggestions.get(created.id).state is target
        [entry] = _transitions(db, created.id)
        assert json.loads(entry.before)["state"] == current.value
        assert json.loads(entry.after)["state"] == target.value
        with db.session(write=False) as s:
            events = s.exec(
                select(FollowUpEvent).where(
                    FollowUpEvent.suggestion_id == created.id, FollowUpEvent.kind == EventKind.STATE_CHANGE
                )
            ).all()
        assert [(e.happened_on, e.text) for e in events] == [
            (date(2025, 6, 3), f"{current.label} → {target.label}")
        ]
    else:
        with pytest.raises(TransitionError) as info:
            services.suggestions.transition(created.id, target)
        assert f"“{current.label}”" in info.value.message
        assert f"“{target.label}”" in info.value.message
        assert "意见建议" in info.value.message
        assert services.suggestions.get(created.id).state is current
        assert _transitions(db, created.id) == []


def test_refusal_lists_the_moves_that_are_allowed(services: Services) -> None:
    created = services.suggestions.create(
        build(SuggestionCreate, title="增设减速带", platform_id=_platform(services))
    )
    with pytest.raises(TransitionError) as info:
        services.suggestions.transition(created.id, SuggestionState.CONCLUDED)
    assert info.value.message == (
        "不能将意见建议从“待交办”改为“已办结”。当前状态只能改为：“已交办”、“不予采纳”。"
    )
