"""Background work for the desktop app: one helper, used by every long-running feature.

    def work(ctx: TaskContext) -> int:
        return services.exports.write(path, progress=ctx.progress, is_cancelled=ctx.is_cancelled)

    handle = run_task(work, on_result=lambda n: ..., on_error=lambda exc: ..., on_progress=...)
    # or, with a modal progress dialog and a 取消 button:
    handle = run_with_progress(parent, "正在导出…", work, on_result=...)

`work` runs on QThreadPool and receives a TaskContext. `ctx.progress(done, total, text)` reports progress
and raises TaskCancelled once the user has cancelled, so loops stop at their next report; code that never
reports can poll `ctx.is_cancelled()`. Services stay Qt-free: they take `progress` and `is_cancelled`
callables and never see this module. Results, errors and progress arrive on the GUI thread, through the
handle's signals and the `on_*` callbacks. Each service call opens its own database session, so work
functions need nothing else to run off the GUI thread.

Pure-Python work that runs for seconds (writing a workbook, importing a ledger) is passed as a `Job`
(app.services.child_work) instead of a function: it then runs in a child process (app.ui.task_process),
so it never holds the interpreter lock the window needs; progress, 取消, results and errors arrive the
same way. A series of jobs (the import wizard's steps) can share one child, started ahead of the first
(`keep_process`, passed as `process=`), so that no step waits for an interpreter to start. A database
no other process can open (SQLite in memory) runs the job in a thread.

A task started for a widget names it (`owner=`): if the widget is destroyed before the task ends (its
page or window closed meanwhile), the task's callbacks are dropped, its work runs to its end unheard,
and an error that is not a service's refusal is logged instead of shown.

Tests set `tasks.SYNCHRONOUS = True` (or pass `synchronous=True`): the work (a Job too) then runs inline
and every callback has fired when run_task returns.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.errors import ServiceError
from app.ui.messages import render

if TYPE_CHECKING:
    from app.db.session import Database
    from app.services.actor import Actor
    from app.services.child_work import Job
    from app.ui.task_process import TaskProcess

SYNCHRONOUS = False  # tests switch this on; see the module docstring
log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside the work function when the user cancelled the task."""


class TaskContext:
    """Handed to the work function: progress reports, and the cancel flag."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """The same as `cancelled`, as a callable for services that poll."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise TaskCancelled if the user cancelled."""
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress (thread-safe); raises TaskCancelled after a cancel."""
        self.check()
        if self._report is not None:
            self._report(done, total, render(text))  # a signal carries plain text, so translate here


# A function for a thread, or a job for a child process. child_work (dataclasses, pickle) is imported
# when a task starts, not before the sign-in dialog shows.
Work: TypeAlias = "Callable[[TaskContext], Any] | Job"


class _Relay(QObject):
    """Carries the worker thread's news to the GUI thread (its signals are queued across threads)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    errored = Signal(object)
    stopped = Signal()


class TaskHandle(QObject):
    """One running task. Signals fire on the GUI thread; `finished` fires last, whatever the outcome."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(
        self,
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_result = on_result
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self.relay = _Relay()
        self.context = TaskContext(self.relay.progressed.emit)
        self.relay.progressed.connect(self._progressed)
        self.relay.succeeded.connect(self._succeeded)
        self.relay.errored.connect(self._errored)
        self.relay.stopped.connect(self._stopped)
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.orphaned = False  # its owner was destroyed: nothing hears of it any more
        self.dialog: QProgressDialog | None = None  # set by run_with_progress

    def cancel(self) -> None:
        self.context.cancel()

    def belong_to(self, owner: QObject) -> None:
        """Drop the callbacks once `owner` is destroyed (they would touch a deleted widget)."""
        owner.destroyed.connect(self._orphaned)

    @Slot()
    def _orphaned(self) -> None:
        self.orphaned = True
        self._on_result = self._on_cancelled = None
        self._on_error = _unheard

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if not self.orphaned:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        try:
            if self._on_result is not None:
                self._on_result(result)
        finally:
            self._finish()

    @Slot(object)
    def _errored(self, error: BaseException) -> None:
        self.error = error
        try:
            if self._on_error is not None:
                self._on_error(error)
            else:
                raise error
        finally:
            self._finish()

    @Slot()
    def _stopped(self) -> None:
        self.was_cancelled = True
        try:
            if self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        _RUNNING.discard(self)
        self.finished.emit()


_RUNNING: set[TaskHandle] = set()  # keeps handles alive until they finish


def _unheard(error: BaseException) -> None:
    """The error of a task whose owner is gone: a refusal concerns no one any more; a bug is logged."""
    if not isinstance(error, ServiceError):
        log.error("a background task failed after its window closed", exc_info=error)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._work = work
        self._handle = handle

    def run(self) -> None:
        relay = self._handle.relay
        try:
            result = self._work(self._handle.context)
        except TaskCancelled:
            relay.stopped.emit()
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            relay.errored.emit(exc)
        else:
            relay.succeeded.emit(result)


def run_task(
    work: Work,
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    synchronous: bool | None = None,
    pool: QThreadPool | None = None,
    process: TaskProcess | None = None,
    owner: QObject | None = None,
) -> TaskHandle:
    """Run `work(ctx)` in the background; callbacks run on the GUI thread. A Job runs in `process`
    when given (keep_process), else in a child of its own. `owner`: the widget the callbacks touch.

    Without `on_error`, an error is re-raised on the GUI thread and reaches the crash dialog.
    """
    handle = TaskHandle(on_result, on_error, on_cancelled)
    if owner is not None:
        handle.belong_to(owner)
    if on_progress is not None:
        handle.progressed.connect(on_progress)
    _start(work, handle, synchronous, pool, process)
    return handle


def refusal(
    show: Callable[[str], None], wanted: Callable[[], bool] = lambda: True
) -> Callable[[BaseException], None]:
    """An `on_error` that shows a service's refusal with `show` while the answer is still `wanted` (no
    newer read has replaced it) and re-raises anything else: our bug, for the crash dialog."""

    def refused(error: BaseException) -> None:
        if not isinstance(error, ServiceError):
            raise error
        if wanted():
            show(render(error.message))

    return refused


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Work,
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    synchronous: bool | None = None,
    process: TaskProcess | None = None,
) -> TaskHandle:
    """run_task with a window-modal progress dialog (shown after 400 ms) and a 取消 button."""
    dialog = QProgressDialog(label, QCoreApplication.translate("tasks", "取消"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("tasks", "请稍候"))
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    handle = TaskHandle(on_result, on_error, on_cancelled)
    handle.belong_to(parent)
    handle.dialog = dialog

    def show_progress(done: int, total: int, text: str) -> None:
        from app.services.language import shown_step
        from app.services.step_english import STEP_ENGLISH, STEP_WORDS

        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(shown_step(text, STEP_ENGLISH, STEP_WORDS))

    def close() -> None:
        if not handle.orphaned:  # else the dialog went with its parent
            dialog.close()
            dialog.deleteLater()

    handle.progressed.connect(show_progress)
    dialog.canceled.connect(handle.cancel)
    handle.finished.connect(close)
    _start(work, handle, synchronous, None, process)
    return handle


def _start(
    work: Work,
    handle: TaskHandle,
    synchronous: bool | None,
    pool: QThreadPool | None,
    process: TaskProcess | None = None,
) -> None:
    from app.services.child_work import Job, can_run_apart

    _RUNNING.add(handle)
    inline = SYNCHRONOUS if synchronous is None else synchronous
    runner: QRunnable
    if isinstance(work, Job) and not inline and can_run_apart(work.db):
        from app.ui.task_process import ProcessRunner

        runner = ProcessRunner(work, handle, process)
    else:
        runner = _Runner(_in_thread(work) if isinstance(work, Job) else work, handle)
    if inline:
        runner.run()  # same thread: the relay's signals are delivered directly
    else:
        (pool or QThreadPool.globalInstance()).start(runner)


def keep_process(db: Database, actor: Actor, *, warm: tuple[str, ...] = ()) -> TaskProcess | None:
    """A child process for a series of jobs on `db` (pass it to run_task / run_with_progress as
    `process=`), started now with the modules of `warm` imported, so that it is ready when the first
    job comes; stop() it when the series is over. None where jobs do not run apart (synchronous tests,
    a database in memory)."""
    from app.services.child_work import can_run_apart

    if SYNCHRONOUS or not can_run_apart(db):
        return None
    from app.ui.task_process import TaskProcess

    process = TaskProcess(db, actor, warm=warm)
    process.start()
    return process


def _in_thread(job: Job) -> Callable[[TaskContext], Any]:
    return lambda ctx: job.run_here(ctx.progress, ctx.is_cancelled)


def wait_for_tasks(timeout_ms: int = 120_000) -> bool:
    """Block until the background work has finished (at exit, so that no worker outlives the app)."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))
