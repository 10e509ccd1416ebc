"""The task helper's child processes: a `Job` (app.services.child_work) run apart from the window.

A pool thread starts the child (multiprocessing's "spawn": a fresh interpreter, no Qt, nothing shared
but the pipe and the cancel flag), waits on its pipe and relays what arrives — progress, then the
result, the error or "cancelled" — through the task's relay, exactly as a thread's work would. The
thread itself only waits, so the window keeps the interpreter to itself. The child's commits are added
to the database's count in this process (automatic backups look at it). 取消 sets the flag the child's
progress callback checks; a child that has not stopped `CANCEL_GRACE_S` later is terminated. A child that
dies without an answer becomes a ChildStopped error (a Chinese message for the user).
"""

from __future__ import annotations

import multiprocessing
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRunnable

from app.services.child_work import Job, child_main, stopped
from app.ui.messages import render

if TYPE_CHECKING:
    from app.ui.tasks import TaskHandle

POLL_S = 0.05  # how often the waiting thread looks at the cancel button
CANCEL_GRACE_S = 10.0  # after 取消, how long the child may take to reach its next progress report
EXIT_WAIT_S = 5.0  # after its answer, how long the child may take to exit before it is terminated


class ProcessRunner(QRunnable):
    def __init__(self, job: Job, handle: TaskHandle) -> None:
        super().__init__()
        self._job = job
        self._handle = handle

    def run(self) -> None:
        relay = self._handle.relay
        try:
            answer = self._conduct()
        except BaseException as exc:  # e.g. the child could not be started: delivered, never lost
            relay.errored.emit(exc)
            return
        kind = answer[0]
        if kind == "result":
            relay.succeeded.emit(answer[1])
        elif kind == "cancelled":
            relay.stopped.emit()
        else:
            relay.errored.emit(answer[1])

    def _conduct(self) -> tuple[Any, ...]:
        context = multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        cancel = context.Event()
        job = self._job
        process = context.Process(
            target=child_main,
            args=(sender, cancel, job.address(), job.actor, job.call),
            name="ledger-task",
            daemon=True,
        )
        process.start()
        sender.close()  # the child holds the writing end: end of file once it exits
        cancelled_at: float | None = None
        answer: tuple[Any, ...] | None = None
        try:
            while answer is None:
                if self._handle.context.cancelled and cancelled_at is None:
                    cancel.set()
                    cancelled_at = time.monotonic()
                if cancelled_at is not None and time.monotonic() - cancelled_at > CANCEL_GRACE_S:
                    process.terminate()
                    answer = ("cancelled",)
                    break
                if not receiver.poll(POLL_S):
                    continue
                try:
                    message = receiver.recv()
                except EOFError:  # the child ended without an answer
                    process.join(EXIT_WAIT_S)
                    answer = ("error", stopped(process.exitcode))
                    break
                if message[0] == "progress":
                    _, done, total, text = message
                    relay = self._handle.relay
                    relay.progressed.emit(int(done), int(total), render(text) if text else "")
                elif message[0] == "commits":
                    job.db.state.commits += int(message[1])  # the child's writes count as ours
                else:
                    answer = tuple(message)
        finally:
            receiver.close()
            process.join(EXIT_WAIT_S)
            if process.is_alive():
                process.terminate()
                process.join(EXIT_WAIT_S)
            if not process.is_alive():
                process.close()
        return answer
