"""典型成果 of the period summary: the clerk's choice, else concluded suggestions ranked by rule."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from app.db import Database
from app.models._base import table_of
from app.models.enums import Satisfaction, SuggestionState, UserRole
from app.models.suggestions import LeaderInstruction, Suggestion
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.documents.summary_data import TYPICAL_DEFAULT, typical_results
from app.services.errors import PermissionDenied
from app.services.hub import Services
from app.services.scope import Scope

TODAY = date(2025, 12, 31)
SG = table_of(Suggestion).c
LI = table_of(LeaderInstruction).c
YEAR = Scope(date(2025, 1, 1), TODAY)


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, sessions=60, seed=11, actor=actor, today=TODAY)
    return db


def test_default_rule_prefers_leader_instructions_then_the_best_evaluation(demo: Database) -> None:
    with demo.session(write=False) as s:
        results, chosen = typical_results(s, YEAR)
        instructed = set(
            s.execute(sa.select(SG.title).where(SG.id.in_(sa.select(LI.suggestion_id)))).scalars()
        )
        concluded = s.execute(
            sa.select(sa.func.count()).where(
                SG.state == SuggestionState.CONCLUDED.value, *YEAR.period_clauses(SG.raised_on)
            )
        ).scalar_one()
    assert not chosen and concluded > TYPICAL_DEFAULT and len(results) == TYPICAL_DEFAULT
    with_instructions = [bool(r.instructions) for r in results]
    assert with_instructions == sorted(with_instructions, reverse=True)  # instructed ones first
    assert with_instructions[0] and results[0].title in instructed
    ranks = [
        [
            Satisfaction.SATISFIED.label,
            Satisfaction.BASICALLY.label,
            Satisfaction.UNSATISFIED.label,
            None,
        ].index(r.evaluation)
        for r in results
        if r.instructions
    ]
    assert ranks == sorted(ranks)


def test_the_clerks_choice_replaces_the_rule_and_only_the_office_may_choose(
    demo: Database, services: Services
) -> None:
    with demo.session(write=False) as s:
        sid, title = s.execute(
            sa.select(SG.id, SG.title)
            .where(SG.state == SuggestionState.REPLIED.value, *YEAR.period_clauses(SG.raised_on))
            .limit(1)
        ).one()
    services.suggestions.set_typical(sid, True)
    with demo.session(write=False) as s:
        results, chosen = typical_results(s, YEAR)
    assert chosen and [r.title for r in results] == [title]
    viewer = Services(demo, Actor(username="v", display_name="只读", role=UserRole.VIEWER))
    with pytest.raises(PermissionDenied):
        viewer.suggestions.set_typical(sid, False)
    services.suggestions.set_typical(sid, False)
    with demo.session(write=False) as s:
        assert not typical_results(s, YEAR)[1]
