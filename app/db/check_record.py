"""When a SQLite file needs its full start-up check: the last clean `quick_check`, remembered per file.

    if is_still_clean(path): ...     # before any connection: skip the full check
    remember_clean(path)             # after quick_check found nothing (checked now)
    remember_clean(path, checked_at) # after this process's own writes were folded into the file

The policy, for every process that opens a ledger file (commands and the desktop app alike):

- Every open does the cheap checks: the SQLite header and that the file is a ledger
  (app/db/ownership.py), and the schema version (app/db/migrate.py). Any statement that meets
  SQLITE_CORRUPT / SQLITE_NOTADB later switches the database to read-only and deals with the damage
  exactly as the full check would (app/db/health.py, app/db/damage.py).
- The full `PRAGMA quick_check` (which reads every page: many seconds on a 2 GB file) runs unless this
  computer's record says the file is the one last found clean: the same file (device and inode), the
  same size and modification times, the same header counters (file change counter, page count,
  version-valid-for), no write-ahead log with content, and that clean check less than a day ago
  (`RECHECK_AFTER_S`). A copy, a restore, another program's write, a crash that left a log behind, or
  a day's wait all mean a full check before the first write, as before.
- A process that found the file clean (or was allowed to skip the check) and met no damage records the
  file as it leaves it, after its own writes were checkpointed (Database.dispose): those writes went
  through SQLite in this program and need no re-check. The time of the last real check is kept, so
  the daily full check cannot be postponed by use.

The record is a small JSON file in this user's data folder (one entry per database path). It is only an
optimisation: when it is missing, unreadable or cannot be written, the full check simply runs.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RECORD_NAME = "clean-checks.json"
RECHECK_AFTER_S = 24 * 3600
MAX_ENTRIES = 64
HEADER_FIELDS = ((24, 32), (92, 100))  # file change counter + page count, version-valid-for + version


def _record_file() -> Path:
    from app.paths import data_dir

    return data_dir() / RECORD_NAME


def fingerprint(path: Path) -> dict[str, Any] | None:
    """What identifies the file's content cheaply; None: unreadable, or a write-ahead log with content."""
    try:
        st = path.stat()
        with path.open("rb") as f:
            header = f.read(100)
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None  # changes not yet folded into the file (another process open, or a crash)
    except OSError:
        return None
    if len(header) < 100:
        return None
    return {
        "dev": st.st_dev,
        "ino": st.st_ino,
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "ctime_ns": st.st_ctime_ns,
        "header": "".join(header[a:b].hex() for a, b in HEADER_FIELDS),
    }


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _load() -> dict[str, Any]:
    try:
        data = json.loads(_record_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def last_clean_check(path: Path, *, now: float | None = None) -> float | None:
    """When the file, as it is now, was last found clean by a full check (None: it must be checked)."""
    entry = _load().get(_key(path))
    if not isinstance(entry, dict):
        return None
    present = fingerprint(path)
    if present is None or entry.get("file") != present:
        return None
    checked_at = entry.get("checked_at")
    if not isinstance(checked_at, int | float):
        return None
    age = (time.time() if now is None else now) - checked_at
    return float(checked_at) if 0 <= age < RECHECK_AFTER_S else None


def is_still_clean(path: Path) -> bool:
    return last_clean_check(path) is not None


def remember_clean(path: Path, checked_at: float | None = None) -> bool:
    """Record the file as it is now as clean (checked at `checked_at`, default now). False: not recorded."""
    present = fingerprint(path)
    if present is None:
        return False
    entries = _load()
    entries[_key(path)] = {"file": present, "checked_at": time.time() if checked_at is None else checked_at}
    if len(entries) > MAX_ENTRIES:  # the oldest checks go first
        kept = sorted(entries.items(), key=lambda kv: _checked_at(kv[1]))
        entries = dict(kept[-MAX_ENTRIES:])
    target = _record_file()
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        partial.write_text(json.dumps(entries, indent=1), encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        log.info("clean check of %s not recorded: %s", path, exc)
        partial.unlink(missing_ok=True)
        return False
    return True


def forget(path: Path) -> None:
    """The file was found damaged (or replaced): its next open runs the full check."""
    entries = _load()
    if entries.pop(_key(path), None) is None:
        return
    with contextlib.suppress(OSError):
        _record_file().write_text(json.dumps(entries, indent=1), encoding="utf-8")


def _checked_at(entry: object) -> float:
    value = entry.get("checked_at") if isinstance(entry, dict) else None
    return float(value) if isinstance(value, int | float) else 0.0
