"""Batch steps (one transaction, refused ones named), what stays open when archiving, the 交办 entry."""

from __future__ import annotations

import uuid
from datetime import date

from app.models import HandlingUnitCreate, PlatformCreate, SuggestionCreate
from app.models.enums import EventKind, HandlingMode, SessionState, SuggestionState, TopicSource
from app.models.sessions import ConsultationSessionCreate
from app.services.handling import assignment_text
from app.services.hub import Services
from app.services.validation import build


def made(services: Services) -> tuple[uuid.UUID, uuid.UUID, list[uuid.UUID]]:
    platform = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    unit = services.units.create(build(HandlingUnitCreate, name="市交通运输局")).id
    ids = [
        services.suggestions.create(
            build(SuggestionCreate, title=title, platform_id=platform.id, raised_on=date(2025, 9, 1))
        ).id
        for title in ("加装红绿灯", "修缮地下通道", "增设公交站")
    ]
    for suggestion_id in ids[:2]:
        services.handling.assign(suggestion_id, lead_unit_id=unit, assigned_on=date(2025, 9, 2))
    return platform.id, unit, ids


def test_batch_reminder_records_the_open_ones_and_names_the_refused(services: Services) -> None:
    _, _, ids = made(services)
    report = services.handling.batch(
        ids, lambda h, sid: h.remind(sid, on=date(2025, 10, 9), text="电话催办", kind=EventKind.CALL)
    )
    assert report.done == ["加装红绿灯", "修缮地下通道"]
    assert [name for name, _ in report.refused] == ["增设公交站"]
    assert "待交办" in report.refused[0][1]
    assert "1 条未能催办" in report.summary("催办")
    kinds = [e.kind for e in services.handling.timeline(ids[0])]
    assert kinds[-1] is EventKind.CALL
    assert [e.kind for e in services.handling.timeline(ids[2])] == [EventKind.CREATED]  # nothing written


def test_a_refused_item_leaves_no_trace_in_the_batch(services: Services) -> None:
    _, _, ids = made(services)
    # The second one is dated before its 交办日期 on purpose: refused, the others are written.
    report = services.handling.batch(ids[:2], lambda h, sid: h.accept(sid, accepted_on=date(2025, 9, 3)))
    assert report.done == ["加装红绿灯", "修缮地下通道"]
    assert {services.suggestions.get(i).state for i in ids[:2]} == {SuggestionState.IN_PROGRESS}
    early = services.handling.batch([ids[2]], lambda h, sid: h.accept(sid, accepted_on=date(2025, 9, 3)))
    assert early.done == [] and "不能开始办理" in early.refused[0][1]


def test_checking_a_step_writes_nothing(services: Services) -> None:
    _, unit, ids = made(services)
    checking = services.handling.checking()
    checking.assign(ids[2], lead_unit_id=unit, assigned_on=date(2025, 9, 2))
    assert services.suggestions.get(ids[2]).state is SuggestionState.PENDING


def test_sessions_move_state_together(services: Services) -> None:
    platform = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    made_ids = []
    for topic, state in (("停车难", SessionState.HELD), ("电梯", SessionState.PLANNED)):
        made_ids.append(
            services.sessions.create(
                ConsultationSessionCreate(
                    topic=topic,
                    topic_source=TopicSource.RESIDENTS,
                    held_on=date(2025, 3, 1),
                    platform_id=platform.id,
                    state=state,
                )
            ).id
        )
    report = services.sessions.transition_many(
        [(made_ids[0], "停车难"), (made_ids[1], "电梯")], SessionState.FOLLOWING_UP
    )
    assert report.done == ["停车难"]
    assert report.refused[0][0] == "电梯" and "筹备中" in report.refused[0][1]


def test_archiving_says_what_stays_open(services: Services) -> None:
    platform_id, unit, ids = made(services)
    assert services.platforms.archive_warnings(platform_id) == ["3 条意见建议尚未办结（待交办 1、已交办 2）"]
    assert services.units.archive_warnings(unit) == ["2 条主办的意见建议尚未答复（已交办 2）"]
    assert services.suggestions.archive_warnings(ids[0]) == ["这条意见建议尚未办结（已交办）"]
    report = services.suggestions.archive_many([(i, "x") for i in ids])
    assert len(report.done) == 3 and services.platforms.archive_warnings(platform_id) == []


def test_the_assignment_entry_names_the_mode_once() -> None:
    due = date(2025, 10, 23)
    joint = assignment_text(False, "市交通运输局", ["市公安局交通警察支队"], HandlingMode.JOINT, due)
    assert joint == "交办市交通运输局（主办），会办：市公安局交通警察支队；办理时限：2025年10月23日"
    assert joint.count("会办") == 1
    assert assignment_text(True, "市城市管理局", [], HandlingMode.SINGLE, due).startswith(
        "重新交办市城市管理局（单办）"
    )


def test_a_batch_reports_its_progress_and_a_cancel_writes_nothing(services: Services) -> None:
    _, _, ids = made(services)
    open_ones = ids[:2]

    def remind(handling, suggestion_id):  # type: ignore[no-untyped-def]
        return handling.remind(suggestion_id, on=date(2025, 10, 9), text="电话催办", kind=EventKind.CALL)

    class Stop(Exception):
        pass

    def stop_at_the_second(done: int, _total: int) -> None:
        if done == 1:
            raise Stop

    try:
        services.handling.batch(open_ones, remind, stop_at_the_second)
    except Stop:
        pass
    else:
        raise AssertionError("the cancel was swallowed")
    assert all(e.kind is not EventKind.CALL for i in open_ones for e in services.handling.timeline(i))

    seen: list[tuple[int, int]] = []
    report = services.handling.batch(open_ones, remind, lambda done, total: seen.append((done, total)))
    assert len(report.done) == 2 and seen == [(0, 2), (1, 2)]
    assert services.handling.timeline(ids[0])[-1].kind is EventKind.CALL
