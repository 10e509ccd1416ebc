"""A service the child-process tests run (tests/gui/test_child_tasks.py): imported by name in the child,
so it lives in a module of its own, with no Qt."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from app.db.session import Database
from app.messages import msg
from app.services.actor import Actor
from app.services.errors import ValidationError

Progress = Callable[[int, int, str], None]


@dataclass
class Big:
    """A result too large to send back: `small()` is what crosses the pipe."""

    values: list[int]

    def small(self) -> int:
        return len(self.values)


class Steps:
    def __init__(self, db: Database, actor: Actor, *, pause: float = 0.0) -> None:
        self.db = db
        self.actor = actor
        self.pause = pause

    def count(self, n: int, *, progress: Progress, is_cancelled: Callable[[], bool]) -> dict[str, Any]:
        """Report n steps; the answer says which process ran them and what the database holds."""
        for i in range(1, n + 1):
            progress(i, n, msg("第 {i} 步", i=i))
            time.sleep(self.pause)
        with self.db.session(write=False) as session:
            tables = session.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        return {"pid": os.getpid(), "steps": n, "tables": tables, "actor": self.actor.username}

    def make(self, n: int, *, progress: Progress, is_cancelled: Callable[[], bool]) -> Big:
        return Big(list(range(n)))

    def total(self, big: Big, *, progress: Progress, is_cancelled: Callable[[], bool]) -> int:
        return sum(big.values)

    def forever(self, *, progress: Progress, is_cancelled: Callable[[], bool]) -> None:
        """Report progress until cancelled (at most a minute)."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            progress(0, 0, "")
            time.sleep(0.01)

    def refuse(self, *, progress: Progress, is_cancelled: Callable[[], bool]) -> None:
        raise ValidationError({"path": msg("导出文件的扩展名应为 .xlsx")})

    def crash(self, *, progress: Progress, is_cancelled: Callable[[], bool]) -> None:
        raise KeyError("a bug in the child")

    def die(self, *, progress: Progress, is_cancelled: Callable[[], bool]) -> None:
        os._exit(3)


def running(pid: int) -> bool:
    """Whether process `pid` still exists (a child that has ended and been reaped does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
