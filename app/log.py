"""Logging to a rotating file in the data folder, and to stderr for the command line."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.paths import log_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_NAME = "ledger.log"
_current: Path | None = None


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
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
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
