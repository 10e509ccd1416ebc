"""The background-task helper: results, errors, progress and cancelling, inline and on the thread pool."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services.errors import ServiceError, ValidationError
from app.ui import tasks
from app.ui.tasks import TaskCancelled, TaskContext, refusal, run_task, run_with_progress


def count_to(n: int):  # type: ignore[no-untyped-def]
    def work(ctx: TaskContext) -> int:
        for i in range(1, n + 1):
            ctx.progress(i, n, f"第 {i} 步")
        return n

    return work


def test_inline_run_delivers_result_and_progress() -> None:
    results: list[int] = []
    progress: list[tuple[int, int, str]] = []
    handle = run_task(
        count_to(3),
        on_result=results.append,
        on_progress=lambda *args: progress.append(args),
        synchronous=True,
    )
    assert handle.done and results == [3] and handle.result == 3
    assert progress == [(1, 3, "第 1 步"), (2, 3, "第 2 步"), (3, 3, "第 3 步")]


def test_errors_reach_on_error_not_the_caller() -> None:
    errors: list[BaseException] = []

    def work(ctx: TaskContext) -> None:
        raise ValidationError({"name": "名称不能为空"})

    handle = run_task(work, on_error=errors.append, synchronous=True)
    assert isinstance(errors[0], ValidationError) and handle.error is errors[0]


def test_cancel_stops_at_the_next_progress_report() -> None:
    calls: list[str] = []
    steps: list[int] = []

    def work(ctx: TaskContext) -> None:
        for i in range(10):
            if i == 2:
                ctx.cancel()  # as the 取消 button would, between two reports
            ctx.progress(i, 10, "")
            steps.append(i)

    handle = run_task(
        work, on_result=lambda _r: calls.append("result"), on_cancelled=lambda: calls.append("cancelled")
    )
    assert calls == ["cancelled"] and steps == [0, 1] and handle.was_cancelled


def test_context_offers_duck_typed_callables_for_services() -> None:
    ctx = TaskContext()
    assert ctx.is_cancelled() is False and ctx.cancelled is False
    ctx.cancel()
    assert ctx.is_cancelled() is True
    with pytest.raises(TaskCancelled):
        ctx.progress(1, 2, "")


def test_background_run_reports_on_the_gui_thread(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    gui_thread = threading.get_ident()
    seen: list[tuple[int, int, bool]] = []
    results: list[int] = []
    worker: list[int] = []

    def work(ctx: TaskContext) -> int:
        worker.append(threading.get_ident())
        for i in range(1, 4):
            ctx.progress(i, 3, "")
        return 42

    handle = run_task(
        work,
        on_result=results.append,
        on_progress=lambda d, t, _s: seen.append((d, t, threading.get_ident() == gui_thread)),
    )
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert results == [42]
    assert worker and worker[0] != gui_thread
    assert [(d, t) for d, t, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert all(on_gui for _d, _t, on_gui in seen)


def test_progress_dialog_closes_when_the_task_ends(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []
    handle = run_with_progress(parent, "正在导出…", count_to(5), on_result=results.append)
    assert results == [5]
    assert handle.dialog is not None and not handle.dialog.isVisible()
    assert handle.dialog.labelText() in ("正在导出…", "第 5 步")


def test_a_refusal_is_shown_while_wanted_and_a_bug_reaches_the_crash_dialog() -> None:
    shown: list[str] = []
    wanted = [True]
    on_error = refusal(shown.append, lambda: wanted[0])
    on_error(ServiceError("所选站室组不存在"))
    wanted[0] = False  # a newer read has replaced this one
    on_error(ServiceError("不会显示"))
    assert shown == ["所选站室组不存在"]
    with pytest.raises(KeyError):
        on_error(KeyError("bug"))


def test_a_task_whose_owner_is_destroyed_drops_its_callbacks(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A page closed while its figures are computed: the answer arrives for no one, and nothing touches
    the deleted page (before, its callback raised in the event loop and reached the crash dialog)."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    heard: list[object] = []
    release = threading.Event()

    def slow(value: object):  # type: ignore[no-untyped-def]
        def work(ctx: TaskContext) -> object:
            release.wait(5)
            ctx.progress(1, 1, "")
            if isinstance(value, BaseException):
                raise value
            return value

        return work

    handles = []
    for value in (1, ValidationError({"name": "名称不能为空"}), RuntimeError("our bug")):
        owner = QWidget()
        handles.append(
            run_task(
                slow(value),
                on_result=lambda r, owner=owner: heard.append((owner.objectName(), r)),
                on_error=lambda e, owner=owner: heard.append((owner.objectName(), e)),
                on_progress=lambda *_a, owner=owner: heard.append(owner.objectName()),
                owner=owner,
            )
        )
        owner.deleteLater()
    qtbot.waitUntil(lambda: all(h.orphaned for h in handles))
    release.set()
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=5000)
    assert heard == []
    logged = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(logged) == 1 and "our bug" in str(logged[0].exc_info[1])  # type: ignore[index]
    kept = QWidget()
    qtbot.addWidget(kept)
    results: list[int] = []
    run_task(count_to(2), on_result=results.append, owner=kept, synchronous=True)
    assert results == [2]  # an owner still there hears as before
