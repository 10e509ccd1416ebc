"""Putting a verified SQLite backup back in place of the database, so that it can be undone.

1. The backup is verified again (its manifest's size, SHA-256, schema revision and counts).
2. The current file is kept aside first: a verified `…before-restore…` backup, listed with the others,
   so restoring that one undoes the restore. A damaged file cannot be backed up; it is kept as
   `….damaged` instead (app/db/damage.py).
3. The backup's pages are copied into the live database with SQLite's backup API, inside SQLite's own
   write transaction: interrupted at any moment, the database is either all old or all new. Only when
   the live file is too damaged for SQLite to open is it replaced as a file (the log files first).
4. The result is checked: `quick_check`, and every table's count equal to the backup's.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Collection
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app.db.backup import BUSY_TIMEOUT_S, BackupFailed, create_backup, read_counts, verify_backup
from app.db.backup_store import KIND_BEFORE_RESTORE, BackupInfo, fsync_file, fsync_folder
from app.db.damage import keep_damaged
from app.db.errors import DatabaseEnvironmentError
from app.db.health import is_corruption, quick_check, sqlite_uri
from app.messages import joined, msg

log = logging.getLogger(__name__)


class RestoreRefused(DatabaseEnvironmentError):
    """The backup cannot be restored (not verified, from a newer version); nothing was changed."""


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    counts: dict[str, int]
    safety_copy: BackupInfo | None  # restore this one to undo
    damaged_copy: Path | None  # the damaged file kept aside, when the database was damaged


def restore_sqlite(
    live: Path,
    backup: BackupInfo,
    folder: Path,
    *,
    known_revisions: Collection[str],
    damaged: bool = False,
) -> RestoreResult:
    """Replace the database at `live` with `backup`. The caller closes its own connections first."""
    checked = verify_backup(backup)
    if not checked.verified:
        raise RestoreRefused(
            msg("该备份未通过验证，不能用于恢复：{problems}", problems=joined(checked.problems[:3]))
        )
    if checked.schema_revision not in known_revisions:
        raise RestoreRefused(
            msg(
                "该备份由更高版本的程序创建（数据库结构版本 {schema_revision}），请先升级程序。",
                schema_revision=checked.schema_revision,
            )
        )
    safety: BackupInfo | None = None
    damaged_copy: Path | None = None
    if live.exists():
        if not damaged:
            try:
                safety = create_backup(live, folder, kind=KIND_BEFORE_RESTORE, policy=None)
            except BackupFailed as exc:
                if not quick_check(live).ok:
                    damaged = True  # damaged but not noticed yet: keep it as a damaged copy instead
                else:
                    raise RestoreRefused(msg("恢复前无法先备份当前数据库，没有恢复：{exc}", exc=exc)) from exc
        if damaged:
            damaged_copy = keep_damaged(live)
    copy_into(checked.path, live)
    after = quick_check(live)
    with closing(sqlite3.connect(sqlite_uri(live), uri=True, timeout=BUSY_TIMEOUT_S)) as conn:
        counts = read_counts(conn)
    if not after.ok or counts != dict(checked.counts):
        raise DatabaseEnvironmentError(
            msg("恢复后的数据库与备份不一致，请重试恢复；恢复前的数据库已保存为 {path}", path=safety.path)
            if safety
            else msg("恢复后的数据库与备份不一致，请重试恢复")
        )
    log.info("restored %s from %s", live, checked.path)
    return RestoreResult(checked, counts, safety, damaged_copy)


def copy_into(backup: Path, live: Path) -> None:
    """Copy the backup's pages into the live database (one write transaction of SQLite's own)."""
    with closing(sqlite3.connect(sqlite_uri(backup, immutable=True), uri=True)) as src:
        try:
            with closing(sqlite3.connect(live, timeout=BUSY_TIMEOUT_S, isolation_level=None)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            log.warning("live file unreadable (%s): replacing it as a file", exc)
    replace_file(backup, live)


def replace_file(backup: Path, live: Path) -> None:
    """Last resort for a file SQLite cannot open: a verified copy renamed over it, the old logs removed.

    The log files go first: a stale `-wal` beside the new file would be replayed into it.
    """
    incoming = live.with_name(live.name + ".restoring")
    shutil.copyfile(backup, incoming)
    fsync_file(incoming)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    os.replace(incoming, live)
    fsync_folder(live.parent)
    with closing(sqlite3.connect(live, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
