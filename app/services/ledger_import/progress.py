"""Progress and cancel callbacks for long ledger operations (export, read, validate, apply).

Callers (the command line, a background task in the app) pass plain callables; nothing here knows
about Qt. `progress(done, total, message)` is called every few hundred rows; `is_cancelled()` is
polled as often, and a True answer stops the work with OperationCancelled — nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.services.errors import ServiceError

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class OperationCancelled(ServiceError):
    """The user cancelled; no file was written and the database is unchanged."""

    def __init__(self, message: str = "操作已取消，未写入任何内容。") -> None:
        super().__init__(message)


@dataclass
class Ticker:
    """Reports progress and checks for cancel, with one call per unit of work."""

    progress: ProgressCallback | None = None
    is_cancelled: CancelCheck | None = None
    total: int = 0
    done: int = 0

    def check(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise OperationCancelled()

    def report(self, done: int, message: str) -> None:
        self.done = done
        self.check()
        if self.progress is not None:
            self.progress(min(done, self.total) if self.total else done, self.total, message)
