"""Long work in a child process: the half of the task helper that runs below the interface (no Qt).

Writing a workbook (openpyxl), a PDF (reportlab) or importing a ledger is pure Python: in a thread
beside the window it holds the interpreter lock for most of its seconds and the window stutters. Such a
call is described as a `Job` — a service class named by its module, how to make it, the method and its
arguments — and the interface's task helper (`app.ui.tasks.run_with_progress(parent, label, job)`)
runs it in a child process:

    job = Job(services.db, services.actor, ServiceCall(
        "app.services.ledger_export:LedgerExportService", "export",
        args=(path, scope), kwargs={"full": full}, init={"today": today}))

The child (`child_main`, at a lower priority than the window) opens the same database from its
address and waits for calls on a pipe; for each it makes the service for the same actor, calls the
method with `progress` and `is_cancelled`, and answers through the pipe: progress (at most every
`PROGRESS_EVERY_S`, and the last), the number of transactions it committed, then the result, the
error or "cancelled". Arguments, results and errors travel pickled; an error that does not survive
pickling arrives as a ServiceError with its message (a user's error) or a `ChildCrashed` with the
child's traceback (our bug). A child may serve one call or, kept by the interface for a series of
steps (the import wizard's), call after call: it then pays for its interpreter, its imports (`warm`)
and its connection once, ahead of the first. A database the child cannot open apart (SQLite in
memory) runs the job in the calling process (`run_here`), as do tests with synchronous tasks.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.messages import msg
from app.services.errors import ServiceError

if TYPE_CHECKING:  # the task helper loads this module before the first window: nothing heavy here
    from multiprocessing.connection import Connection
    from multiprocessing.synchronize import Event

    from app.db.session import Database
    from app.services.actor import Actor

PROGRESS_EVERY_S = 0.05  # the child sends progress at most this often (the last report always)
NICENESS = 5  # the child yields the processor to the window first (where the system allows)

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised by the child's progress callback once the user has cancelled."""


class ChildCrashed(Exception):
    """Our bug in the child process: the message carries its traceback (for the crash dialog)."""


class ChildStopped(ServiceError):
    """The child process ended without an answer (killed, out of memory, crashed in a library)."""


@dataclass(frozen=True)
class Kept:
    """An argument that is the result a kept child keeps under `name` (ServiceCall.keep_as)."""

    name: str


@dataclass(frozen=True)
class ServiceCall:
    """`Service(db, actor, **init).method(*args, progress=…, is_cancelled=…, **kwargs)`.

    In a kept child, `keep_as` keeps the whole result there, for a later call to name as `Kept(name)`,
    and `reply` names the result's method whose value is sent back instead (a smaller copy): a large
    result then never crosses the pipe, whose unpickling would hold the window's interpreter lock."""

    service: str  # "package.module:ClassName"
    method: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    init: Mapping[str, Any] = field(default_factory=dict)
    keep_as: str | None = None
    reply: str | None = None

    def run(
        self,
        db: Database,
        actor: Actor,
        progress: Progress,
        is_cancelled: Callable[[], bool],
        kept: dict[str, Any] | None = None,
    ) -> Any:
        module, _, name = self.service.partition(":")
        service = getattr(importlib.import_module(module), name)(db, actor, **self.init)
        method = getattr(service, self.method)
        args = [_kept(kept, a.name) if isinstance(a, Kept) else a for a in self.args]
        result = method(*args, progress=progress, is_cancelled=is_cancelled, **self.kwargs)
        if kept is None:  # run where the caller is: the whole result
            return result
        if self.keep_as is not None:
            kept[self.keep_as] = result
        return getattr(result, self.reply)() if self.reply is not None else result


def _kept(kept: dict[str, Any] | None, name: str) -> Any:
    if kept is None or name not in kept:  # the child that kept it has ended since
        raise ServiceError(msg("后台进程已重新启动，上一步的结果不在了。请返回上一步重做。"))
    return kept[name]


@dataclass(frozen=True)
class Address:
    """What a child needs to open the same database: its URL (password included) and, when the parent
    has switched it to read-only, the reason."""

    url: str
    read_only_reason: str | None = None


@dataclass(frozen=True)
class Job:
    db: Database
    actor: Actor
    call: ServiceCall

    def run_here(self, progress: Progress, is_cancelled: Callable[[], bool]) -> Any:
        return self.call.run(self.db, self.actor, progress, is_cancelled)


def can_run_apart(db: Database) -> bool:
    """Whether another process can open this database (not SQLite in memory)."""
    return db.engine.url.get_backend_name() != "sqlite" or db.sqlite_file is not None


def address_of(db: Database) -> Address:
    state = db.state
    reason = (state.reason or "") if state.read_only else None
    return Address(db.engine.url.render_as_string(hide_password=False), reason)


def open_address(address: Address) -> Database:
    from app.db.engine import create_db_engine, state_of
    from app.db.session import Database

    engine = create_db_engine(address.url)
    if address.read_only_reason is not None:
        state_of(engine).switch_to_read_only(address.read_only_reason)
    return Database(engine)


def child_main(
    conn: Connection, cancel: Event, address: Address, actor: Actor, warm: tuple[str, ...] = ()
) -> None:
    """The child process: import `warm` and open the database, then run each ServiceCall received on
    `conn` until None or the end of the pipe. For each call it sends ("progress", done, total, text)…,
    ("commits", n), then one of ("result", value), ("error", exception) or ("cancelled",)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    db: Database | None = None
    failure: BaseException | None = None
    try:
        for module in warm:  # ahead of the first call: the libraries the work will need
            importlib.import_module(module)
        db = open_address(address)
    except BaseException as exc:  # told to every call, which cannot run
        failure = portable(exc)
    kept: dict[str, Any] = {}  # results kept for later calls (ServiceCall.keep_as)
    try:
        while True:
            try:
                call = conn.recv()
            except EOFError:  # the parent has gone or closed its end
                break
            if call is None:
                break
            if db is None:
                conn.send(("error", failure))
            else:
                serve(conn, cancel, db, actor, call, kept)
    finally:
        if db is not None:
            db.dispose()
        conn.close()


def serve(
    sender: Connection, cancel: Event, db: Database, actor: Actor, call: ServiceCall, kept: dict[str, Any]
) -> None:
    """Run one call and send its progress, its commits and its answer."""
    last = [0.0]

    def progress(done: int, total: int, text: str = "") -> None:
        if cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S or (total > 0 and done >= total):
            last[0] = now
            sender.send(("progress", done, total, str(text) if not isinstance(text, str) else text))

    before = db.state.commits
    try:
        result = call.run(db, actor, progress, cancel.is_set, kept)
        answer: tuple[Any, ...] = ("result", result)
    except Cancelled:
        answer = ("cancelled",)
    except BaseException as exc:  # everything goes back to the window; nothing is lost in the child
        answer = ("error", portable(exc))
    # the parent counts them as its own (automatic backups look at the number of commits)
    sender.send(("commits", db.state.commits - before))
    try:
        sender.send(answer)
    except Exception as exc:  # the result itself does not pickle: our bug
        sender.send(("error", ChildCrashed(f"{type(exc).__name__}: {exc}")))


def portable(error: BaseException) -> BaseException:
    """`error` if it survives pickling, else the nearest thing that does."""
    try:
        copy = pickle.loads(pickle.dumps(error))
        if type(copy) is type(error):
            return error
    except Exception:
        pass
    if isinstance(error, ServiceError):
        return ServiceError(error.message)
    text = "".join(traceback.format_exception(error))
    return ChildCrashed(text)


def stopped(exit_code: int | None) -> ChildStopped:
    return ChildStopped(msg("后台进程意外结束（退出代码 {code}），没有完成这项工作。", code=exit_code))
