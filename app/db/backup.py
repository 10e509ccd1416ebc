"""Verified SQLite backups: a consistent snapshot, checked and counted before it is kept.

A backup is written with SQLite's online backup API from a read transaction (never a plain file copy,
so what is still in the write-ahead log is included and nothing half-written is), to a temporary name
in the backup folder. It is then opened read-only and checked: `integrity_check`, `foreign_key_check`,
the schema revision, and the record count of every table, which must equal the counts read from the
database inside the very transaction the snapshot came from. Only then is it renamed into place and its
manifest written beside it (app/db/backup_store.py); then the folder is thinned (app/db/rotation.py).
Attachments live in the database, so every backup holds them.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from app.db.backup_store import (
    PARTIAL_PREFIX,
    SQLITE_SUFFIX,
    BackupInfo,
    file_sha256,
    fsync_file,
    fsync_folder,
    list_backups,
    new_backup_path,
    remove_backup,
    remove_stale_partials,
    write_manifest,
)
from app.db.errors import DatabaseEnvironmentError
from app.db.health import sqlite_uri
from app.db.rotation import DEFAULT_POLICY, RotationPolicy, backups_to_remove
from app.messages import joined, msg

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30
MAX_PROBLEMS = 20
# Derived tables (rebuilt from the records) that are not counted: SQLite's own and the full-text index.
_UNCOUNTED_PREFIXES = ("sqlite_", "search_fts")


class BackupFailed(DatabaseEnvironmentError):
    """A backup could not be written or did not pass verification (the earlier backups are untouched)."""


@dataclass(frozen=True)
class Snapshot:
    """What a SQLite file holds: its schema revision, record counts, and any problems found."""

    revision: str | None
    counts: dict[str, int]
    problems: list[str]
    database_id: int | None = None


def counted_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    return [
        name for (name,) in rows if not name.startswith(_UNCOUNTED_PREFIXES) and name != "alembic_version"
    ]


def read_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in counted_tables(conn)}


def read_revision(conn: sqlite3.Connection) -> str | None:
    has = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'").fetchone()[0]
    if not has:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def inspect_file(path: Path) -> Snapshot:
    """Open a SQLite file read-only and check it completely (integrity, foreign keys, counts)."""
    problems: list[str] = []
    try:
        with closing(sqlite3.connect(sqlite_uri(path, immutable=True), uri=True)) as conn:
            lines = [
                line
                for (text,) in conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
                for line in str(text).splitlines()
            ]
            if lines != ["ok"]:
                problems.extend(msg("完整性检查：{line}", line=line) for line in lines[:MAX_PROBLEMS])
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                tables = "、".join(sorted({str(row[0]) for row in broken}))
                problems.append(
                    msg("外键指向不存在的记录：{count} 处（表：{tables}）", count=len(broken), tables=tables)
                )
            revision = read_revision(conn)
            if revision is None:
                problems.append(msg("文件中没有数据库结构版本（不是本程序的数据库）"))
            counts = read_counts(conn)
    except sqlite3.Error as exc:
        return Snapshot(None, {}, [*problems, msg("无法读取：{exc}", exc=exc)])
    return Snapshot(revision, counts, problems)


def create_backup(
    source: Path,
    folder: Path,
    *,
    kind: str,
    label: str | None = None,
    policy: RotationPolicy | None = DEFAULT_POLICY,
) -> BackupInfo:
    """Snapshot `source` into `folder`, verify it, keep it, then thin the folder (policy None: don't)."""
    if not source.is_file():
        raise BackupFailed(msg("找不到要备份的数据库文件：{source}", source=source))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(
            msg("无法使用备份文件夹 {folder}：{value}", folder=folder, value=exc.strerror or exc)
        ) from exc
    remove_stale_partials(folder)
    partial = folder / f"{PARTIAL_PREFIX}{os.getpid()}-{datetime.now().strftime('%H%M%S%f')}{SQLITE_SUFFIX}"
    try:
        expected = _snapshot(source, partial)
        fsync_file(partial)
        found = inspect_file(partial)
        problems = list(found.problems)
        if found.revision != expected.revision:
            problems.append(
                msg(
                    "结构版本不一致（数据库 {revision}，备份 {revision2}）",
                    revision=expected.revision,
                    revision2=found.revision,
                )
            )
        if found.counts != expected.counts:
            differ = sorted(t for t in set(found.counts) | set(expected.counts)
                            if found.counts.get(t) != expected.counts.get(t))  # fmt: skip
            problems.append(msg("备份中的记录数与数据库不一致（表：{join}）", join="、".join(differ)))
        if problems:
            raise BackupFailed(
                msg(
                    "备份未通过验证，没有保存（已有的备份都保留着）：{problems}",
                    problems=joined(problems[:3]),
                )
            )
        target = new_backup_path(folder, source.stem, kind, SQLITE_SUFFIX, label=label)
        info = BackupInfo(
            path=target,
            database=source.stem,
            engine="sqlite",
            kind=kind,
            created_at=datetime.now(UTC),
            size=partial.stat().st_size,
            sha256=file_sha256(partial),
            schema_revision=found.revision,
            counts=found.counts,
            verified=True,
            database_id=expected.database_id,
        )
        # The manifest first: one without its file is passed over (list_backups), while a file without
        # a manifest, left by a crash between the two, would stay as an unverified backup never thinned.
        write_manifest(info)
        os.replace(partial, target)  # from here on the backup counts
        fsync_folder(folder)
    except OSError as exc:
        raise BackupFailed(
            msg("无法写入备份文件夹 {folder}：{value}", folder=folder, value=exc.strerror or exc)
        ) from exc
    except sqlite3.Error as exc:
        raise BackupFailed(msg("备份数据库时出错：{exc}", exc=exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
    log.info("backup written and verified: %s", info.path)
    if policy is not None:
        rotate(folder, source.stem, expected.database_id, policy=policy)
    return info


def _snapshot(source: Path, target: Path) -> Snapshot:
    """Copy with the online backup API inside one read transaction, counting within the same snapshot."""
    with (
        closing(sqlite3.connect(source, timeout=BUSY_TIMEOUT_S, isolation_level=None)) as src,
        closing(sqlite3.connect(target, isolation_level=None)) as dst,
    ):
        src.execute("BEGIN")  # a read transaction: the counts and the copied pages are one snapshot
        identity = int(src.execute("PRAGMA user_version").fetchone()[0]) or None
        expected = Snapshot(read_revision(src), read_counts(src), [], identity)
        src.backup(dst)
        src.execute("COMMIT")
        dst.execute("PRAGMA journal_mode=DELETE")  # the copy is one self-contained file
    return expected


def verify_backup(info: BackupInfo, *, record: bool = True) -> BackupInfo:
    """Check a backup again against its manifest (or adopt a file that has none). Records the outcome."""
    path = info.path
    if not path.is_file():
        return replace(info, verified=False, problems=("备份文件不存在",))
    found = inspect_file(path)
    problems = list(found.problems)
    size = path.stat().st_size
    sha = file_sha256(path)
    if info.sha256 is not None:  # made by this program: everything must be as recorded
        if info.sha256 != sha or info.size != size:
            problems.append(msg("备份文件的内容与备份时记录的不符（文件被改动或损坏）"))
        if info.schema_revision != found.revision:
            problems.append(
                msg(
                    "结构版本与记录不符（记录 {schema_revision}，文件 {revision}）",
                    schema_revision=info.schema_revision,
                    revision=found.revision,
                )
            )
        if dict(info.counts) != found.counts:
            problems.append(msg("记录数与备份时记录的不符"))
    checked = replace(
        info,
        size=size,
        sha256=sha if info.sha256 is None else info.sha256,
        schema_revision=found.revision if info.schema_revision is None else info.schema_revision,
        counts=found.counts if not info.counts else info.counts,
        verified=not problems,
        problems=tuple(problems),
    )
    if record:
        try:
            write_manifest(checked)
        except OSError as exc:  # e.g. a write-protected USB drive: the answer stands, unrecorded
            log.warning("verification of %s not recorded: %s", path, exc)
    return checked


def rotate(
    folder: Path, database: str, database_id: int | None, *, policy: RotationPolicy = DEFAULT_POLICY
) -> list[BackupInfo]:
    """Remove the verified backups the policy no longer needs; returns them."""
    found = list_backups(folder, database, database_id)
    removed = backups_to_remove(found, now=datetime.now(UTC), policy=policy)
    for backup in removed:
        try:
            remove_backup(backup)
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", backup.path, exc)
    if removed:
        log.info("rotation removed %d old backups from %s", len(removed), folder)
    return removed
