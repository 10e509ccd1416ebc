"""Jobs in a child process through the task helper: the window's process only waits, while progress,
results, 取消 and errors arrive as they do from a thread."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.child_work import ChildCrashed, ChildStopped, Job, Kept, ServiceCall, can_run_apart, stopped
from app.services.errors import ServiceError, ValidationError
from app.services.hub import Services
from app.ui import tasks
from app.ui.messages import render
from app.ui.tasks import run_task, run_with_progress
from tests.gui.child_jobs import running

STEPS = "tests.gui.child_jobs:Steps"
WAIT_MS = 60_000  # a fresh interpreter and its imports, on a loaded machine


@pytest.fixture(autouse=True)
def in_background(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    yield
    tasks.wait_for_tasks(WAIT_MS)


def job(services: Services, method: str, *args: Any, **init: Any) -> Job:
    return Job(services.db, services.actor, ServiceCall(STEPS, method, args=args, init=init))


def test_a_job_runs_in_another_process_with_progress(qtbot: QtBot, services: Services) -> None:
    progress: list[tuple[int, int, str]] = []
    commits = services.db.state.commits
    handle = run_task(job(services, "count", 3), on_progress=lambda *args: progress.append(args))
    qtbot.waitUntil(lambda: handle.done, timeout=WAIT_MS)
    assert handle.error is None
    result = handle.result
    assert result["pid"] != os.getpid()  # not this process
    assert result["steps"] == 3 and result["tables"] > 10  # the same database, opened by the child
    assert result["actor"] == services.actor.username
    assert progress[-1] == (3, 3, "第 3 步")  # the last report always arrives, rendered
    assert services.db.state.commits == commits  # a read commits nothing


def test_the_same_job_runs_inline_in_tests(services: Services) -> None:
    handle = run_task(job(services, "count", 2), synchronous=True)
    assert handle.done and handle.result["pid"] == os.getpid()


def test_cancel_stops_the_child(qtbot: QtBot, services: Services) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    cancelled: list[bool] = []
    handle = run_with_progress(
        widget, "正在处理…", job(services, "forever"), on_cancelled=lambda: cancelled.append(True)
    )
    progressed: list[int] = []
    handle.progressed.connect(lambda *_args: progressed.append(1))
    qtbot.waitUntil(lambda: bool(progressed), timeout=WAIT_MS)  # the child is running
    assert handle.dialog is not None
    handle.dialog.canceled.emit()  # 取消, as the dialog's button sends it
    qtbot.waitUntil(lambda: handle.done, timeout=WAIT_MS)
    assert handle.was_cancelled and cancelled == [True] and handle.error is None


def test_a_users_error_arrives_whole(qtbot: QtBot, services: Services) -> None:
    errors: list[BaseException] = []
    handle = run_task(job(services, "refuse"), on_error=errors.append)
    qtbot.waitUntil(lambda: handle.done, timeout=WAIT_MS)
    (error,) = errors
    assert isinstance(error, ValidationError)
    assert error.errors == {"path": "导出文件的扩展名应为 .xlsx"}
    assert render(error.message) == "导出文件的扩展名应为 .xlsx"


def test_a_bug_in_the_child_carries_its_traceback(qtbot: QtBot, services: Services) -> None:
    errors: list[BaseException] = []
    handle = run_task(job(services, "crash"), on_error=errors.append)
    qtbot.waitUntil(lambda: handle.done, timeout=WAIT_MS)
    (error,) = errors
    assert isinstance(error, KeyError | ChildCrashed)
    assert "a bug in the child" in str(error)


def test_a_child_that_dies_is_reported_in_chinese(qtbot: QtBot, services: Services) -> None:
    errors: list[BaseException] = []
    handle = run_task(job(services, "die"), on_error=errors.append)
    qtbot.waitUntil(lambda: handle.done, timeout=WAIT_MS)
    (error,) = errors
    assert isinstance(error, ChildStopped)
    assert render(error.message) == "后台进程意外结束（退出代码 3），没有完成这项工作。"


def test_a_kept_process_runs_job_after_job_and_ends_when_stopped(qtbot: QtBot, services: Services) -> None:
    process = tasks.keep_process(services.db, services.actor, warm=(STEPS.partition(":")[0],))
    assert process is not None and process.pid is not None
    child = process.pid
    try:
        pids = []
        for n in (1, 2):
            handle = run_task(job(services, "count", n), process=process)
            qtbot.waitUntil(lambda h=handle: h.done, timeout=WAIT_MS)  # type: ignore[misc]
            assert handle.error is None and handle.result["steps"] == n
            pids.append(handle.result["pid"])
        assert pids == [child, child] and child != os.getpid()
    finally:
        process.stop()
    assert process.pid is None
    qtbot.waitUntil(lambda: not running(child), timeout=WAIT_MS)


def test_a_kept_process_goes_on_after_a_cancel_and_starts_again_after_dying(
    qtbot: QtBot, services: Services
) -> None:
    process = tasks.keep_process(services.db, services.actor)
    assert process is not None
    first = process.pid
    try:
        handle = run_task(job(services, "forever"), process=process)
        progressed: list[int] = []
        handle.progressed.connect(lambda *_args: progressed.append(1))
        qtbot.waitUntil(lambda: bool(progressed), timeout=WAIT_MS)
        handle.cancel()
        qtbot.waitUntil(lambda: handle.done, timeout=WAIT_MS)
        assert handle.was_cancelled
        after = run_task(job(services, "count", 1), process=process)
        qtbot.waitUntil(lambda: after.done, timeout=WAIT_MS)
        assert after.result["pid"] == first  # the same child, not cancelled itself
        died = run_task(job(services, "die"), process=process, on_error=lambda _e: None)
        qtbot.waitUntil(lambda: died.done, timeout=WAIT_MS)
        assert isinstance(died.error, ChildStopped)
        again = run_task(job(services, "count", 1), process=process)
        qtbot.waitUntil(lambda: again.done, timeout=WAIT_MS)
        assert again.error is None and again.result["pid"] not in (first, os.getpid())
    finally:
        process.stop()


def test_a_kept_child_keeps_a_large_result_for_the_next_call(qtbot: QtBot, services: Services) -> None:
    process = tasks.keep_process(services.db, services.actor)
    assert process is not None
    make = ServiceCall(STEPS, "make", args=(1000,), keep_as="big", reply="small")
    use = ServiceCall(STEPS, "total", args=(Kept("big"),))
    try:
        made = run_task(Job(services.db, services.actor, make), process=process)
        qtbot.waitUntil(lambda: made.done, timeout=WAIT_MS)
        assert made.result == 1000  # only the small copy came back
        used = run_task(Job(services.db, services.actor, use), process=process)
        qtbot.waitUntil(lambda: used.done, timeout=WAIT_MS)
        assert used.result == sum(range(1000))  # the whole result, kept in the child
    finally:
        process.stop()
    # a child of its own keeps nothing for later: the user is told to do the step again
    errors: list[BaseException] = []
    lost = run_task(Job(services.db, services.actor, use), on_error=errors.append)
    qtbot.waitUntil(lambda: lost.done, timeout=WAIT_MS)
    (error,) = errors
    assert isinstance(error, ServiceError) and "请返回上一步重做" in render(error.message)


def test_run_here_a_kept_call_returns_its_whole_result(services: Services) -> None:
    make = ServiceCall(STEPS, "make", args=(3,), keep_as="big", reply="small")
    handle = run_task(Job(services.db, services.actor, make), synchronous=True)
    assert handle.result.values == [0, 1, 2]


def test_no_process_is_kept_for_synchronous_tasks(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    assert tasks.keep_process(services.db, services.actor) is None


def test_a_database_in_memory_runs_the_job_in_a_thread(qtbot: QtBot) -> None:
    from app.db.engine import create_db_engine
    from app.db.session import Database
    from tests.support import ADMIN_ACTOR

    database = Database(create_db_engine("sqlite://"))
    memory = Job(database, ADMIN_ACTOR, ServiceCall(STEPS, "count", args=(1,)))
    assert not can_run_apart(memory.db)
    handle = run_task(memory)
    qtbot.waitUntil(lambda: handle.done, timeout=WAIT_MS)
    assert handle.error is None and handle.result["pid"] == os.getpid()
    database.dispose()


def test_a_child_that_dies_is_reported_in_english_too(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import application, language

    monkeypatch.setenv(language.ENV_VAR, "en")
    application.install_translations(qapp)
    try:
        shown = render(stopped(3).message)
    finally:
        monkeypatch.delenv(language.ENV_VAR)
        application.install_translations(qapp, language.CHINESE)
    assert shown == "The background process ended unexpectedly (exit code 3) without finishing the work."
