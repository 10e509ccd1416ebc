"""The task helper's child processes: a `Job` (app.services.child_work) run apart from the window.

A `TaskProcess` is one child (multiprocessing's "spawn": a fresh interpreter, no Qt, nothing shared but
the pipe and the cancel flag) that opens the database and then runs the calls it is sent, one at a
time. A pool thread (`ProcessRunner`) sends the job's call, waits on the pipe and relays what arrives —
progress, then the result, the error or "cancelled" — through the task's relay, exactly as a thread's
work would. The thread itself only waits, so the window keeps the interpreter to itself. The child's
commits are added to the database's count in this process (automatic backups look at it).

A job on its own gets a child of its own, which ends with it. A series of jobs (the import wizard's
read, check and import) shares one kept child (`tasks.keep_process`), started ahead of the first job
with the modules the jobs need already imported, so no step waits for an interpreter to start; it is
stopped with the dialog that kept it.

取消 sets the flag the child's progress callback checks; a child that has not stopped `CANCEL_GRACE_S`
later is terminated (a kept one is started again for the next job). A child that dies without an
answer becomes a ChildStopped error (a Chinese message for the user).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRunnable

from app.services.child_work import Job, ServiceCall, address_of, child_main, stopped
from app.ui.messages import render

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnProcess
    from multiprocessing.synchronize import Event

    from app.db.session import Database
    from app.services.actor import Actor
    from app.ui.tasks import TaskHandle

POLL_S = 0.05  # how often the waiting thread looks at the cancel button
CANCEL_GRACE_S = 10.0  # after 取消, how long the child may take to reach its next progress report
EXIT_WAIT_S = 5.0  # after it is told to stop, how long the child may take to exit before it is terminated


class TaskProcess:
    """A child process for the jobs on one database as one actor; it runs them one after another."""

    def __init__(self, db: Database, actor: Actor, *, warm: tuple[str, ...] = ()) -> None:
        self.db = db
        self.actor = actor
        self.warm = warm  # modules the child imports as soon as it starts
        self._lock = threading.Lock()  # one job at a time
        self._process: SpawnProcess | None = None
        self._conn: Connection | None = None
        self._cancel: Event | None = None
        self._stopping = False

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the child now (it gets ready while the user is still choosing); no-op if it runs."""
        with self._lock:
            self._stopping = False
            self._ensure_started()

    def stop(self) -> None:
        """Let the child end (after the job it runs, if any); it is reaped by a thread of its own."""
        self._stopping = True
        if self._lock.acquire(blocking=False):
            try:
                self._end()
            finally:
                self._lock.release()
        elif self._cancel is not None:
            self._cancel.set()  # the running job stops at its next report; the runner ends the child

    def conduct(self, call: ServiceCall, handle: TaskHandle) -> tuple[Any, ...]:
        """Run `call` in the child (on a pool thread), relaying its progress; its answer."""
        with self._lock:
            self._ensure_started()
            assert self._conn is not None and self._cancel is not None and self._process is not None
            conn, cancel, process = self._conn, self._cancel, self._process
            cancel.clear()
            try:
                answer = self._wait(conn, cancel, process, call, handle)
            finally:
                if self._stopping:
                    self._end()
        return answer

    # -- inside the lock ------------------------------------------------------------------------------
    def _ensure_started(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._end(tell=False)
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe(duplex=True)
        cancel = context.Event()
        process = context.Process(
            target=child_main,
            args=(child_end, cancel, address_of(self.db), self.actor, self.warm),
            name="ledger-task",
            daemon=True,
        )
        process.start()
        child_end.close()  # the child holds its end: end of file here once it exits
        self._process, self._conn, self._cancel = process, parent_end, cancel

    def _wait(
        self, conn: Connection, cancel: Event, process: SpawnProcess, call: ServiceCall, handle: TaskHandle
    ) -> tuple[Any, ...]:
        conn.send(call)
        cancelled_at: float | None = None
        while True:
            if handle.context.cancelled and cancelled_at is None:
                cancel.set()
                cancelled_at = time.monotonic()
            if cancelled_at is not None and time.monotonic() - cancelled_at > CANCEL_GRACE_S:
                self._kill()
                return ("cancelled",)
            if not conn.poll(POLL_S):
                continue
            try:
                message = conn.recv()
            except EOFError:  # the child ended without an answer
                process.join(EXIT_WAIT_S)
                code = process.exitcode
                self._end(tell=False)
                return ("error", stopped(code))
            if message[0] == "progress":
                _, done, total, text = message
                handle.relay.progressed.emit(int(done), int(total), render(text) if text else "")
            elif message[0] == "commits":
                self.db.state.commits += int(message[1])  # the child's writes count as ours
            else:
                return tuple(message)

    def _end(self, *, tell: bool = True) -> None:
        """Let go of the child — told to stop first, unless it has ended or is terminated — and reap it
        in the background."""
        conn, process = self._conn, self._process
        self._conn = self._process = self._cancel = None
        if conn is not None:
            if tell:
                with contextlib.suppress(OSError):  # already gone
                    conn.send(None)
            conn.close()
        if process is not None:
            threading.Thread(target=_reap, args=(process,), name="ledger-task-reaper", daemon=True).start()

    def _kill(self) -> None:
        if self._process is not None:
            self._process.terminate()
        self._end(tell=False)


def _reap(process: SpawnProcess) -> None:
    process.join(EXIT_WAIT_S)
    if process.is_alive():
        process.terminate()
        process.join(EXIT_WAIT_S)
    if not process.is_alive():
        process.close()


class ProcessRunner(QRunnable):
    """Runs a job in `process` (kept for several jobs), or in a child of its own that ends with it."""

    def __init__(self, job: Job, handle: TaskHandle, process: TaskProcess | None = None) -> None:
        super().__init__()
        self._job = job
        self._handle = handle
        self._process = process

    def run(self) -> None:
        relay = self._handle.relay
        job = self._job
        own = self._process is None
        process = self._process or TaskProcess(job.db, job.actor)
        try:
            answer = process.conduct(job.call, self._handle)
        except BaseException as exc:  # e.g. the child could not be started: delivered, never lost
            relay.errored.emit(exc)
            return
        finally:
            if own:
                process.stop()
        kind = answer[0]
        if kind == "result":
            relay.succeeded.emit(answer[1])
        elif kind == "cancelled":
            relay.stopped.emit()
        else:
            relay.errored.emit(answer[1])
