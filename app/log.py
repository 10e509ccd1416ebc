"""Logging to a rotating file in the data folder, and to stderr for the command line.

The file rotates by size as the standard library's RotatingFileHandler does (ledger.log → ledger.log.1
→ … → ledger.log.3); `RotatingLog` does it with the plain FileHandler, since importing
logging.handlers (sockets, pickle, queues) costs every start ~20 ms before its first window.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from app.paths import log_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_NAME = "ledger.log"
MAX_BYTES = 2_000_000
BACKUPS = 3
_current: Path | None = None


class RotatingLog(logging.FileHandler):
    """A log file that, before a record would take it past `max_bytes`, becomes `name.1` (`name.1` becomes
    `name.2` …, `backups` kept)."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.should_rotate(record):
                self.rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def should_rotate(self, record: logging.LogRecord) -> bool:
        if not os.path.isfile(self.baseFilename):
            return False
        size = os.path.getsize(self.baseFilename)
        return size > 0 and size + len(f"{self.format(record)}\n".encode()) >= self.max_bytes

    def rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]  # reopened by the next emit (delay=True)
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        os.replace(base, f"{base}.1")


def log_file() -> Path:
    """The log file this process writes (where messages and the about box say to look)."""
    return _current or log_dir() / LOG_NAME


def setup_logging(*, verbose: bool = False, directory: Path | None = None) -> Path:
    global _current
    path = (directory or log_dir()) / LOG_NAME
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_ledger", False):
            root.removeHandler(handler)
    file_handler = RotatingLog(path, max_bytes=MAX_BYTES, backups=BACKUPS)
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler._ledger = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if verbose:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(FORMAT))
        console._ledger = True  # type: ignore[attr-defined]
        root.addHandler(console)
    _current = path
    return path
