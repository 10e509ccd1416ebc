"""领导批示, 催办/督办/电话, 双向评价, and the step table agreeing with the state table."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import select

from app.models import AuditEntry, HandlingUnitCreate, LeaderInstruction, PlatformCreate, SuggestionCreate
from app.models.enums import EventKind, QualityRating, ResultClass, Satisfaction, SuggestionState
from app.models.suggestions import Suggestion
from app.services.errors import TransitionError, ValidationError
from app.services.handling_steps import HandlingStep, available_steps
from app.services.hub import Services
from app.services.transitions import SUGGESTION_TRANSITIONS
from app.services.validation import build

_S = SuggestionState
# The state each state-changing step leads to (the others leave the state alone).
STEP_TARGET = {
    HandlingStep.ASSIGN: {_S.PENDING: _S.ASSIGNED, _S.RETURNED: _S.ASSIGNED},
    HandlingStep.ACCEPT: {_S.ASSIGNED: _S.IN_PROGRESS},
    HandlingStep.RETURN: {_S.ASSIGNED: _S.RETURNED, _S.IN_PROGRESS: _S.RETURNED},
    HandlingStep.REPLY: {_S.ASSIGNED: _S.REPLIED, _S.IN_PROGRESS: _S.REPLIED},
    HandlingStep.CONCLUDE: {_S.REPLIED: _S.CONCLUDED},
    HandlingStep.NOT_ADOPT: {_S.PENDING: _S.NOT_ADOPTED, _S.RETURNED: _S.NOT_ADOPTED},
    HandlingStep.REOPEN: {
        _S.REPLIED: _S.IN_PROGRESS,
        _S.CONCLUDED: _S.IN_PROGRESS,
        _S.RETURNED: _S.PENDING,
        _S.NOT_ADOPTED: _S.PENDING,
    },
}


def test_every_state_changing_step_is_a_move_the_state_table_allows() -> None:
    for state in SuggestionState:
        for step in available_steps(state):
            if step in STEP_TARGET:
                target = STEP_TARGET[step][state]
                assert target in SUGGESTION_TRANSITIONS[state], (step, state)
    # and every move of the state table is reachable through some step
    reachable = {(s, t) for table in STEP_TARGET.values() for s, t in table.items()}
    allowed = {(s, t) for s, targets in SUGGESTION_TRANSITIONS.items() for t in targets}
    assert allowed == reachable


def test_available_steps_per_state() -> None:
    assert available_steps(SuggestionState.PENDING) == [
        HandlingStep.ASSIGN,
        HandlingStep.NOT_ADOPT,
        HandlingStep.INSTRUCTION,
    ]
    assert HandlingStep.REMIND in available_steps(SuggestionState.IN_PROGRESS)
    assert HandlingStep.EVALUATE in available_steps(SuggestionState.CONCLUDED)
    assert HandlingStep.REMIND not in available_steps(SuggestionState.REPLIED)


def make(
    services: Services, state: SuggestionState = SuggestionState.ASSIGNED
) -> tuple[Suggestion, uuid.UUID]:
    platform = services.platforms.create(
        build(PlatformCreate, kind="studio", name="民生工作室", district="城东区")
    )
    unit = services.units.create(build(HandlingUnitCreate, name="市民政局")).id
    s = services.suggestions.create(
        build(
            SuggestionCreate, title="社区养老服务站建设", platform_id=platform.id, raised_on=date(2025, 3, 3)
        )
    )
    if state is not SuggestionState.PENDING:
        services.handling.assign(s.id, lead_unit_id=unit, assigned_on=date(2025, 3, 5))
    if state in (SuggestionState.REPLIED, SuggestionState.CONCLUDED):
        services.handling.reply(
            s.id, reply="已列入民生实事", replied_on=date(2025, 3, 20), result_class=ResultClass.B
        )
    if state is SuggestionState.CONCLUDED:
        services.handling.conclude(s.id, concluded_on=date(2025, 6, 1), implementation="服务站已投入运营")
    return services.suggestions.get(s.id), unit


def test_leader_instruction_in_any_state(services: Services, db) -> None:
    s, _ = make(services, SuggestionState.PENDING)
    instruction = services.handling.add_instruction(
        s.id, leader="王市长", given_on=date(2025, 3, 4), text="请民政局牵头研究解决"
    )
    assert instruction.leader == "王市长"
    assert services.handling.instructions(s.id)[0].text == "请民政局牵头研究解决"
    last = services.handling.timeline(s.id)[-1]
    assert (last.kind, last.text, last.happened_on) == (
        EventKind.INSTRUCTION,
        "王市长批示：请民政局牵头研究解决",
        date(2025, 3, 4),
    )
    with db.session(write=False) as sess:
        assert (
            sess.exec(select(AuditEntry).where(AuditEntry.entity == "leader_instruction")).one().note
            == "领导批示"
        )
    with pytest.raises(ValidationError) as info:
        services.handling.add_instruction(s.id, leader="", given_on=date(2025, 3, 1), text="")
    assert info.value.errors == {
        "leader": "批示领导不能为空",
        "text": "批示内容不能为空",
        "given_on": "批示日期不能早于提出日期（2025年3月3日）",
    }
    with db.session(write=False) as sess:
        assert len(sess.exec(select(LeaderInstruction)).all()) == 1


def test_remind_kinds_and_refusals(services: Services) -> None:
    s, _ = make(services)
    h = services.handling
    event = h.remind(s.id, on=date(2025, 3, 30), kind=EventKind.SUPERVISION, text="到现场督办")
    assert (event.kind, event.text, event.unit_id) == (EventKind.SUPERVISION, "到现场督办", s.lead_unit_id)
    assert h.remind(s.id, on=date(2025, 3, 31)).text == "催办"
    with pytest.raises(ValidationError) as info:
        h.remind(s.id, on=date(2025, 3, 31), kind=EventKind.NOTE)
    assert info.value.errors["kind"] == "催办方式只能是催办、督办或电话沟通"
    with pytest.raises(ValidationError) as info:
        h.remind(s.id, on=date(2025, 3, 4))
    assert info.value.errors["on"] == "催办日期不能早于交办日期（2025年3月5日）"
    h.reply(s.id, reply="答复", replied_on=date(2025, 4, 1), result_class=ResultClass.A)
    with pytest.raises(TransitionError):
        h.remind(s.id, on=date(2025, 4, 2))


def test_proposer_evaluation(services: Services) -> None:
    s, _ = make(services)
    h = services.handling
    with pytest.raises(TransitionError) as info:
        h.evaluate_by_proposer(
            s.id,
            before=Satisfaction.SATISFIED,
            during=Satisfaction.SATISFIED,
            after=Satisfaction.SATISFIED,
            evaluated_on=date(2025, 3, 30),
        )
    assert "只有“已答复”、“已办结”的意见建议可以委员评价" in info.value.message
    h.reply(s.id, reply="答复", replied_on=date(2025, 3, 20), result_class=ResultClass.A)
    with pytest.raises(ValidationError) as info:
        h.evaluate_by_proposer(
            s.id,
            before=Satisfaction.SATISFIED,
            during="good",
            after=Satisfaction.SATISFIED,  # type: ignore[arg-type]
            evaluated_on=date(2025, 3, 19),
        )
    assert info.value.errors == {
        "eval_during": "请选择办中协商的评价（满意、基本满意或不满意）",
        "evaluated_on": "评价日期不能早于答复日期（2025年3月20日）",
    }
    out = h.evaluate_by_proposer(
        s.id,
        before=Satisfaction.SATISFIED,
        during=Satisfaction.BASICALLY,
        after=Satisfaction.UNSATISFIED,
        evaluated_on=date(2025, 3, 25),
        comment="落实进度偏慢",
    )
    assert (out.eval_before, out.eval_during, out.eval_after, out.evaluated_on) == (
        Satisfaction.SATISFIED,
        Satisfaction.BASICALLY,
        Satisfaction.UNSATISFIED,
        date(2025, 3, 25),
    )
    assert out.state is SuggestionState.REPLIED  # evaluating does not move the state
    assert h.timeline(s.id)[-1].text == (
        "委员评价承办单位——办前沟通：满意；办中协商：基本满意；办后答复：不满意。落实进度偏慢"
    )


def test_unit_rates_the_suggestion(services: Services) -> None:
    pending, _ = make(services, SuggestionState.PENDING)
    with pytest.raises(TransitionError):
        services.handling.rate_quality(pending.id, rating=QualityRating.HIGH, rated_on=date(2025, 3, 6))
    s = services.suggestions.create(
        build(SuggestionCreate, title="第二条", platform_id=pending.platform_id, raised_on=date(2025, 3, 3))
    )
    services.handling.assign(s.id, lead_unit_id=services.units.choices()[0][0], assigned_on=date(2025, 3, 5))
    out = services.handling.rate_quality(s.id, rating=QualityRating.HIGH, rated_on=date(2025, 3, 6))
    assert (out.quality_rating, out.quality_rated_on) == (QualityRating.HIGH, date(2025, 3, 6))
    assert services.handling.timeline(s.id)[-1].text == "承办单位评价建议质量：质量高"


def test_concluded_suggestion_accepts_evaluation(services: Services) -> None:
    s, _ = make(services, SuggestionState.CONCLUDED)
    out = services.handling.evaluate_by_proposer(
        s.id,
        before=Satisfaction.SATISFIED,
        during=Satisfaction.SATISFIED,
        after=Satisfaction.SATISFIED,
        evaluated_on=date(2025, 6, 10),
    )
    assert out.state is SuggestionState.CONCLUDED and out.eval_after is Satisfaction.SATISFIED
