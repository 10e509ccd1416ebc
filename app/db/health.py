"""Whether the database may be written: the start-up check, and the switch to read-only on damage.

Every process checks a SQLite file with `PRAGMA quick_check` before its first write. The command line
checks before a command runs; the desktop app checks in the background while the window is already
usable for reading, and `DatabaseState.before_write()` holds every write until the check is done. A
corruption error met later (SQLite result codes SQLITE_CORRUPT / SQLITE_NOTADB, PostgreSQL SQLSTATE
XX001 / XX002) switches the database to read-only the same way. A damaged file is never written to:
a copy is kept as `….damaged`, and the newest verified backup is named (see app/db/damage.py).
"""

from __future__ import annotations

import enum
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.db.errors import DatabaseEnvironmentError, is_corruption
from app.db.sqlite_file import SQLITE_MAGIC, has_sqlite_header, sqlite_uri  # noqa: F401 (also named here)
from app.messages import msg

log = logging.getLogger(__name__)

MAX_PROBLEMS = 20
WRITE_WAIT_S = 600  # a write held longer than this for the start-up check is refused, not hung


class DatabaseReadOnly(DatabaseEnvironmentError):
    """A write was refused because the database was switched to read-only."""


class DatabaseDamaged(DatabaseEnvironmentError):
    """The database file is damaged; the message says what was kept and which backup to restore."""


class Health(enum.Enum):
    UNCHECKED = "unchecked"  # PostgreSQL, a new file, or a test database opened directly
    CHECKING = "checking"  # the background check runs; writes wait for it
    OK = "ok"
    READ_ONLY = "read_only"


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...] = ()
    seconds: float = 0.0


def quick_check(path: Path) -> CheckResult:
    """`PRAGMA quick_check` on its own read-only connection (safe on any thread)."""
    started = time.perf_counter()
    try:
        with closing(sqlite3.connect(sqlite_uri(path), uri=True, timeout=10)) as conn:
            rows = conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:
        if not is_corruption(exc):
            raise
        return CheckResult(False, (str(exc),), time.perf_counter() - started)
    lines = [
        line
        for (text,) in rows
        for line in str(text).splitlines()
        if line.strip() and not line.startswith("*** in database")  # a heading, not a problem
    ]
    seconds = time.perf_counter() - started
    if lines == ["ok"]:
        return CheckResult(True, (), seconds)
    return CheckResult(False, tuple(lines[:MAX_PROBLEMS]), seconds)


@dataclass
class DatabaseState:
    """One database's health, shared by every thread of the process that uses it.

    `before_write()` is called at the start of every write transaction: it waits while the check runs
    and refuses once the database is read-only. Listeners hear of every change (from any thread).
    """

    health: Health = Health.UNCHECKED
    reason: str | None = None  # why the database is read-only, in Chinese
    damage: Any = None  # app.db.damage.DamageReport once the damage has been dealt with
    commits: int = 0  # committed transactions in this process (automatic backups look at it)
    notice: str | None = None  # a warning to show the user (e.g. a network share opened on request)
    problems: tuple[str, ...] = ()  # what the corruption error met last said
    clean_since: float | None = None  # when a full check last found the file clean (app/db/check_record.py)
    describe_damage: Callable[[tuple[str, ...]], DatabaseDamaged] | None = None
    _claimed: bool = False
    _checked: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _listeners: list[Callable[[DatabaseState], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._checked.set()

    @property
    def read_only(self) -> bool:
        return self.health is Health.READ_ONLY

    @property
    def checking(self) -> bool:
        return self.health is Health.CHECKING

    def add_listener(self, listener: Callable[[DatabaseState], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[DatabaseState], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            try:
                listener(self)
            except Exception:  # a listener's bug must not break the database layer
                log.exception("database state listener failed")

    # -- transitions ----------------------------------------------------------------------------
    def claim_check(self) -> bool:
        """True once, for whoever runs the pending check (so it runs once however many ask)."""
        with self._lock:
            if self.health is not Health.CHECKING or self._claimed:
                return False
            self._claimed = True
            return True

    def begin_check(self) -> None:
        with self._lock:
            if self.health is Health.READ_ONLY:
                return
            self.health = Health.CHECKING
            self._checked.clear()
        self._notify()

    def check_passed(self, checked_at: float | None = None) -> None:
        """The file was found clean: now, or (`checked_at`) by an earlier check of the same file."""
        with self._lock:
            if self.health is Health.READ_ONLY:
                return
            self.health = Health.OK
            self.clean_since = time.time() if checked_at is None else checked_at
            self._checked.set()
        self._notify()

    def check_skipped(self) -> None:
        """The check could not run (not a corruption): writes go ahead as before the check existed."""
        with self._lock:
            if self.health is Health.CHECKING:
                self.health = Health.UNCHECKED
            self._checked.set()
        self._notify()

    def switch_to_read_only(self, reason: str, damage: Any = None) -> bool:
        """Refuse writes from now on. Returns False when it was read-only already (damage then added)."""
        with self._lock:
            first = self.health is not Health.READ_ONLY
            self.health = Health.READ_ONLY
            if first or self.reason is None:
                self.reason = reason
            if damage is not None:
                self.damage = damage
            self._checked.set()
        self._notify()
        return first

    def writable_again(self) -> None:
        """After a restore replaced the damaged file with a verified backup."""
        with self._lock:
            self.health = Health.OK
            self.reason = None
            self.damage = None
            self._checked.set()
        self._notify()

    # -- hooks ----------------------------------------------------------------------------------
    def before_write(self) -> None:
        if not self._checked.wait(WRITE_WAIT_S):
            raise DatabaseReadOnly(msg("数据库的启动检查还没有完成，暂时不能保存，请稍后再试。"))
        if self.health is Health.READ_ONLY:
            raise DatabaseReadOnly(self.reason or msg("数据库已切换为只读，不能保存修改。"))

    def wait_for_check(self, timeout: float | None = None) -> bool:
        return self._checked.wait(timeout)

    def corruption_met(self, error: BaseException) -> DatabaseDamaged:
        """A corruption error met while working: switch to read-only; the error to raise instead."""
        problems = (str(getattr(error, "orig", None) or error),)
        self.problems = problems
        self.switch_to_read_only(READ_ONLY_AFTER_DAMAGE)
        log.error("corruption met, database switched to read-only: %s", problems[0])
        if self.describe_damage is not None:
            return self.describe_damage(problems)
        return DatabaseDamaged(READ_ONLY_AFTER_DAMAGE)


READ_ONLY_AFTER_DAMAGE = msg("数据库文件已损坏，程序已改为只读：可以查看和导出，不能保存修改。")
