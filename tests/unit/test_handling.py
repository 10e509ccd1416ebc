"""办理 steps: assignment with working-day deadlines, 退办 window, reply, conclusion, decisions, timeline."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import select

from app.models import AuditEntry, SuggestionUnit
from app.models.enums import (
    EventKind,
    HandlingMode,
    ResultClass,
    SuggestionState,
    UnitRole,
    UserRole,
)
from app.models.suggestions import Suggestion
from app.services.actor import Actor
from app.services.errors import ConflictError, PermissionDenied, TransitionError, ValidationError
from app.services.handling import HandlingService
from app.services.hub import Services
from app.services.validation import build
from app.services.workdays import UnknownHolidayYear

from app.models import HandlingUnitCreate, PlatformCreate, SuggestionCreate  # isort: skip


def setup(services: Services, raised_on: date = date(2025, 9, 1)) -> tuple[Suggestion, list[uuid.UUID]]:
    platform = services.platforms.create(
        build(PlatformCreate, kind="station", name="城西区西门委员驿站", district="城西区")
    )
    units = [
        services.units.create(build(HandlingUnitCreate, name=name)).id
        for name in ("市交通运输局", "市公安局交通警察支队", "市城市管理局")
    ]
    suggestion = services.suggestions.create(
        build(SuggestionCreate, title="海晏路加装红绿灯", platform_id=platform.id, raised_on=raised_on)
    )
    return suggestion, units


def state_of(services: Services, suggestion_id: uuid.UUID) -> SuggestionState:
    return services.suggestions.get(suggestion_id).state


def test_assign_computes_deadline_in_working_days(services: Services, db) -> None:
    s, units = setup(services)
    out = services.handling.assign(
        s.id,
        lead_unit_id=units[0],
        co_unit_ids=[units[1]],
        mode=HandlingMode.JOINT,
        assigned_on=date(2025, 9, 26),
    )
    assert out.state is SuggestionState.ASSIGNED
    assert out.due_on == date(2025, 10, 23)  # 15 working days across 国庆 and its 调休 days
    assert out.handling_mode is HandlingMode.JOINT
    with db.session(write=False) as sess:
        links = sess.exec(select(SuggestionUnit).where(SuggestionUnit.suggestion_id == s.id)).all()
    assert {(link.unit_id, link.role) for link in links} == {
        (units[0], UnitRole.LEAD),
        (units[1], UnitRole.CO),
    }
    [unit_lead, unit_co] = services.handling.units(s.id)
    assert (unit_lead[0].name, unit_lead[1]) == ("市交通运输局", UnitRole.LEAD)
    assert unit_co[1] is UnitRole.CO
    events = services.handling.timeline(s.id)
    assert [e.kind for e in events] == [EventKind.CREATED, EventKind.ASSIGNED]
    assert events[1].actor == "张文书"
    assert "交办市交通运输局（主办），会办：市公安局交通警察支队" in (events[1].text or "")
    assert "2025年10月23日" in (events[1].text or "")


def test_assign_uses_office_handling_days_and_explicit_due(services: Services) -> None:
    services.settings.set_handling_days(5)
    s, units = setup(services)
    out = services.handling.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 26))
    assert out.due_on == date(2025, 10, 10)  # 28, 29, 30 Sep, 9, 10 Oct
    s2 = services.suggestions.create(
        build(SuggestionCreate, title="第二条", platform_id=s.platform_id, raised_on=date(2026, 3, 1))
    )
    out2 = services.handling.assign(
        s2.id, lead_unit_id=units[0], assigned_on=date(2026, 3, 2), due_on=date(2026, 4, 30)
    )
    assert out2.due_on == date(2026, 4, 30)


def test_assign_refuses_bad_units_modes_and_dates(services: Services) -> None:
    s, units = setup(services)
    cases = [
        (dict(lead_unit_id=uuid.uuid4()), "lead_unit_id", "所选承办单位不存在"),
        (
            dict(lead_unit_id=units[0], co_unit_ids=[units[0]], mode=HandlingMode.JOINT),
            "co_unit_ids",
            "主办单位",
        ),
        (dict(lead_unit_id=units[0], co_unit_ids=[units[1]]), "handling_mode", "单办时不能指定会办单位"),
        (dict(lead_unit_id=units[0], mode=HandlingMode.SPLIT), "handling_mode", "分办须至少指定一个会办单位"),
    ]
    for kwargs, field, message in cases:
        with pytest.raises(ValidationError) as info:
            services.handling.assign(s.id, assigned_on=date(2025, 9, 2), **kwargs)  # type: ignore[arg-type]
        assert message in info.value.errors[field]
    with pytest.raises(ValidationError) as info:
        services.handling.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 8, 1))
    assert info.value.errors["assigned_on"] == "交办日期不能早于提出日期（2025年9月1日）"
    with pytest.raises(ValidationError) as info:
        services.handling.assign(s.id, lead_unit_id=units[0], assigned_on=date(2099, 1, 1))
    assert info.value.errors["assigned_on"] == "交办日期不能晚于今天"
    with pytest.raises(ValidationError) as info:
        services.handling.assign(
            s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2), due_on=date(2025, 9, 1)
        )
    assert "办理时限不能早于交办日期" in info.value.message
    services.units.archive(units[2])
    with pytest.raises(ValidationError) as info:
        services.handling.assign(s.id, lead_unit_id=units[2], assigned_on=date(2025, 9, 2))
    assert "已归档" in info.value.message
    assert state_of(services, s.id) is SuggestionState.PENDING


def test_assign_stops_when_the_deadline_year_is_unknown(services: Services, db) -> None:
    handling = HandlingService(db, services.actor, today=lambda: date(2026, 12, 31))
    s, units = setup(services, raised_on=date(2026, 12, 20))
    with pytest.raises(UnknownHolidayYear) as info:
        handling.assign(s.id, lead_unit_id=units[0], assigned_on=date(2026, 12, 28))
    assert "2027年" in info.value.message
    services.settings.set_holiday_year(2027, [date(2027, 1, 1)], [])
    out = handling.assign(s.id, lead_unit_id=units[0], assigned_on=date(2026, 12, 28))
    # 29, 30, 31 Dec; 4–8, 11–15 Jan, 18, 19 Jan (1 January entered as a holiday).
    assert out.due_on == date(2027, 1, 19)


def test_full_cycle_with_timeline_and_audit(services: Services, db) -> None:
    s, units = setup(services)
    h = services.handling
    h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2))
    h.accept(s.id, accepted_on=date(2025, 9, 3))
    h.remind(s.id, on=date(2025, 9, 10), text="请抓紧办理")
    h.remind(s.id, on=date(2025, 9, 11), kind=EventKind.CALL)
    h.reply(s.id, reply="已纳入信号灯建设计划", replied_on=date(2025, 9, 15), result_class=ResultClass.B)
    done = h.conclude(s.id, concluded_on=date(2025, 10, 20), implementation="红绿灯已安装并投入使用")
    assert done.state is SuggestionState.CONCLUDED
    assert (done.reply, done.result_class, done.implementation) == (
        "已纳入信号灯建设计划",
        ResultClass.B,
        "红绿灯已安装并投入使用",
    )
    kinds = [e.kind for e in h.timeline(s.id)]
    assert kinds == [
        EventKind.CREATED,
        EventKind.ASSIGNED,
        EventKind.ACCEPTED,
        EventKind.REMINDER,
        EventKind.CALL,
        EventKind.REPLIED,
        EventKind.CONCLUDED,
    ]
    assert all(e.actor == "张文书" for e in h.timeline(s.id)[1:])
    with db.session(write=False) as sess:
        notes = [
            e.note
            for e in sess.exec(
                select(AuditEntry).where(AuditEntry.entity == "suggestion", AuditEntry.entity_id == s.id)
            ).all()
        ]
        reminders = sess.exec(select(AuditEntry).where(AuditEntry.entity == "follow_up_event")).all()
    assert notes == [None, "交办", "开始办理", "答复", "办结"]
    assert [r.note for r in reminders] == ["催办", "电话沟通"]


def test_reply_directly_after_assignment_and_date_order(services: Services) -> None:
    s, units = setup(services)
    h = services.handling
    h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 10))
    with pytest.raises(ValidationError) as info:
        h.reply(s.id, reply="答复", replied_on=date(2025, 9, 9), result_class=ResultClass.A)
    assert info.value.errors["replied_on"] == "答复日期不能早于交办日期（2025年9月10日）"
    with pytest.raises(ValidationError) as info:
        h.reply(s.id, reply="  ", replied_on=date(2025, 9, 12), result_class=ResultClass.A)
    assert info.value.errors["reply"] == "答复内容不能为空"
    h.reply(s.id, reply="已解决", replied_on=date(2025, 9, 12), result_class=ResultClass.A)
    with pytest.raises(ValidationError) as info:
        h.conclude(s.id, concluded_on=date(2025, 9, 11), implementation="已完成")
    assert info.value.errors["concluded_on"] == "办结日期不能早于答复日期（2025年9月12日）"
    with pytest.raises(ValidationError) as info:
        h.conclude(s.id, concluded_on=date(2025, 9, 13), implementation="")
    assert info.value.errors["implementation"] == "落实情况不能为空"


def test_steps_refused_in_the_wrong_state(services: Services) -> None:
    s, units = setup(services)
    h = services.handling
    with pytest.raises(TransitionError) as info:
        h.reply(s.id, reply="x", replied_on=date(2025, 9, 2), result_class=ResultClass.A)
    assert "“待交办”状态，不能答复" in info.value.message
    with pytest.raises(TransitionError):
        h.accept(s.id, accepted_on=date(2025, 9, 2))
    with pytest.raises(TransitionError):
        h.conclude(s.id, concluded_on=date(2025, 9, 2), implementation="x")
    with pytest.raises(TransitionError):
        h.remind(s.id, on=date(2025, 9, 2))
    with pytest.raises(TransitionError):
        h.return_to_office(s.id, returned_on=date(2025, 9, 2), reason="x")
    with pytest.raises(TransitionError):
        h.reopen(s.id, reopened_on=date(2025, 9, 2), reason="x")
    h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2))
    with pytest.raises(TransitionError):
        h.assign(s.id, lead_unit_id=units[1], assigned_on=date(2025, 9, 3))
    with pytest.raises(TransitionError):
        h.not_adopt(s.id, decided_on=date(2025, 9, 3), reason="x")
    h.reply(s.id, reply="答复", replied_on=date(2025, 9, 5), result_class=ResultClass.C)
    with pytest.raises(TransitionError):
        h.return_to_office(s.id, returned_on=date(2025, 9, 6), reason="x")
    assert state_of(services, s.id) is SuggestionState.REPLIED


@pytest.mark.parametrize(
    ("returned_on", "allowed"),
    [(date(2025, 9, 26), True), (date(2025, 10, 11), True), (date(2025, 10, 13), False)],
)
def test_return_only_inside_the_window(services: Services, returned_on: date, allowed: bool) -> None:
    s, units = setup(services)
    h = services.handling
    # Assigned Thursday 25 Sep 2025. Seven working days: 26, 28 (Sunday, 调休), 29, 30 Sep,
    # then after 国庆 9, 10 and 11 Oct (Saturday, 调休): the window closes on 11 October.
    h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 25))
    if allowed:
        out = h.return_to_office(s.id, returned_on=returned_on, reason="不属于本单位职责")
        assert out.state is SuggestionState.RETURNED
        assert (out.returned_on, out.return_reason) == (returned_on, "不属于本单位职责")
        assert h.timeline(s.id)[-1].kind is EventKind.RETURNED
    else:
        with pytest.raises(ValidationError) as info:
            h.return_to_office(s.id, returned_on=returned_on, reason="不属于本单位职责")
        assert info.value.errors["returned_on"] == (
            "退办须在交办后 7 个工作日内提出（截止2025年10月11日），已超过期限，不能退办。"
        )
        assert state_of(services, s.id) is SuggestionState.ASSIGNED


def test_return_window_follows_the_settings(services: Services) -> None:
    services.settings.set_return_window_days(3)
    s, units = setup(services)
    services.handling.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 25))
    with pytest.raises(ValidationError) as info:
        services.handling.return_to_office(s.id, returned_on=date(2025, 10, 9), reason="非本单位职责")
    assert "截止2025年9月29日" in info.value.message


def test_reassign_after_return(services: Services, db) -> None:
    s, units = setup(services)
    h = services.handling
    h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2))
    h.accept(s.id, accepted_on=date(2025, 9, 3))
    h.return_to_office(s.id, returned_on=date(2025, 9, 4), reason="应由交警部门办理")
    with pytest.raises(ValidationError) as info:
        h.assign(s.id, lead_unit_id=units[1], assigned_on=date(2025, 9, 3))
    assert info.value.errors["assigned_on"] == "交办日期不能早于退办日期（2025年9月4日）"
    out = h.assign(
        s.id,
        lead_unit_id=units[1],
        co_unit_ids=[units[2]],
        mode=HandlingMode.SPLIT,
        assigned_on=date(2025, 9, 5),
    )
    assert (out.state, out.lead_unit_id) == (SuggestionState.ASSIGNED, units[1])
    with db.session(write=False) as sess:
        links = sess.exec(select(SuggestionUnit).where(SuggestionUnit.suggestion_id == s.id)).all()
    assert {link.unit_id for link in links} == {units[1], units[2]}
    assert "重新交办市公安局交通警察支队（主办）" in (h.timeline(s.id)[-1].text or "")


def test_not_adopt_and_take_up_again(services: Services) -> None:
    s, units = setup(services)
    h = services.handling
    with pytest.raises(ValidationError) as info:
        h.not_adopt(s.id, decided_on=date(2025, 9, 5), reason=" ")
    assert info.value.errors["reason"] == "不予采纳的理由不能为空"
    out = h.not_adopt(s.id, decided_on=date(2025, 9, 5), reason="已有专项规划覆盖")
    assert out.state is SuggestionState.NOT_ADOPTED
    assert h.timeline(s.id)[-1].text == "已有专项规划覆盖"
    with pytest.raises(TransitionError):
        h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 6))
    back = h.reopen(s.id, reopened_on=date(2025, 9, 8), reason="群众再次反映")
    assert back.state is SuggestionState.PENDING
    assert h.timeline(s.id)[-1].text == "不予采纳 → 待交办：群众再次反映"
    assert (
        h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 9)).state is SuggestionState.ASSIGNED
    )


def test_reopen_after_reply_and_after_conclusion(services: Services) -> None:
    s, units = setup(services)
    h = services.handling
    h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2))
    h.reply(s.id, reply="已答复", replied_on=date(2025, 9, 10), result_class=ResultClass.A)
    with pytest.raises(ValidationError) as info:
        h.reopen(s.id, reopened_on=date(2025, 9, 9), reason="答复不具体")
    assert "重新办理日期不能早于" in info.value.message
    out = h.reopen(s.id, reopened_on=date(2025, 9, 11), reason="答复不具体", due_on=date(2025, 9, 30))
    assert out.state is SuggestionState.IN_PROGRESS
    assert (out.reply, out.replied_on, out.result_class, out.due_on) == (None, None, None, date(2025, 9, 30))
    h.reply(s.id, reply="具体答复", replied_on=date(2025, 9, 20), result_class=ResultClass.A)
    h.conclude(s.id, concluded_on=date(2025, 9, 25), implementation="已落实")
    again = h.reopen(s.id, reopened_on=date(2025, 10, 9), reason="回访发现问题反弹")
    assert again.state is SuggestionState.IN_PROGRESS
    assert (again.concluded_on, again.implementation) == (None, None)
    texts = [e.text for e in h.timeline(s.id) if e.kind is EventKind.STATE_CHANGE]
    assert texts == ["已答复 → 办理中：答复不具体", "已办结 → 办理中：回访发现问题反弹"]


def test_reopen_after_return_clears_the_assignment(services: Services, db) -> None:
    s, units = setup(services)
    h = services.handling
    h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2))
    h.return_to_office(s.id, returned_on=date(2025, 9, 3), reason="非本单位职责")
    out = h.reopen(s.id, reopened_on=date(2025, 9, 4), reason="重新研究")
    assert (out.state, out.lead_unit_id, out.assigned_on, out.due_on) == (
        SuggestionState.PENDING,
        None,
        None,
        None,
    )
    with db.session(write=False) as sess:
        assert sess.exec(select(SuggestionUnit).where(SuggestionUnit.suggestion_id == s.id)).all() == []


def test_lost_update_is_refused(services: Services) -> None:
    s, units = setup(services)
    h = services.handling
    version = services.suggestions.get(s.id).version
    h.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2), expected_version=version)
    with pytest.raises(ConflictError) as info:
        h.accept(s.id, accepted_on=date(2025, 9, 3), expected_version=version)
    assert info.value.message == "该意见建议已被他人修改，请刷新后重试。"
    current = services.suggestions.get(s.id).version
    assert h.accept(s.id, accepted_on=date(2025, 9, 3), expected_version=current).version == current + 1


def test_permissions(services: Services, db) -> None:
    s, units = setup(services)
    viewer = HandlingService(db, Actor("v", "只读用户", UserRole.VIEWER))
    with pytest.raises(PermissionDenied):
        viewer.accept(s.id, accepted_on=date(2025, 9, 2))
    coordinator = HandlingService(
        db, Actor("c", "联络员", UserRole.COORDINATOR, platform_ids=frozenset({s.platform_id}))
    )
    with pytest.raises(PermissionDenied) as info:
        coordinator.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2))
    assert info.value.message == "只有办公室工作人员可以记录“交办”。"
    services.handling.assign(s.id, lead_unit_id=units[0], assigned_on=date(2025, 9, 2))
    # A coordinator records the unit's reply for the platform's own suggestion, not for others'.
    assert coordinator.accept(s.id, accepted_on=date(2025, 9, 3)).state is SuggestionState.IN_PROGRESS
    stranger = HandlingService(
        db, Actor("x", "他站联络员", UserRole.COORDINATOR, platform_ids=frozenset({uuid.uuid4()}))
    )
    with pytest.raises(PermissionDenied):
        stranger.reply(s.id, reply="x", replied_on=date(2025, 9, 4), result_class=ResultClass.A)
