"""The backup folder: file names, the manifest kept beside each backup, listing, and where the folder is.

Each backup `ledger-20260501-103000-auto.sqlite3` (or `….dump` for PostgreSQL) has a manifest
`….sqlite3.json` beside it, written last: when it was made, of which database, the schema revision, the
file's size and SHA-256, and the record count of every table. Only a backup whose manifest says it
passed verification counts; a file without one (an older copy, or one whose verification failed) is
listed as unverified and never offered for a restore.

Where the folder is: app/db/backup_location.py.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app import __version__
from app.db.health import SQLITE_MAGIC
from app.messages import msg

log = logging.getLogger(__name__)

MANIFEST_SUFFIX = ".json"
MANIFEST_FORMAT = 1
PARTIAL_PREFIX = ".partial-"
STALE_PARTIAL_SECONDS = 3600

KIND_AUTO = "auto"
KIND_MANUAL = "manual"
KIND_BEFORE_RESTORE = "before-restore"
KIND_BEFORE_UPGRADE = "before-upgrade"
KINDS = (KIND_AUTO, KIND_MANUAL, KIND_BEFORE_RESTORE, KIND_BEFORE_UPGRADE)
SAFETY_KINDS = frozenset({KIND_BEFORE_RESTORE, KIND_BEFORE_UPGRADE})
SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"

# The tables whose counts the 备份与恢复 page and the messages show, in this order.
SHOWN_COUNTS = ("consultation_session", "suggestion", "member", "platform", "attachment")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    database: str  # the database's short name (several databases may share a folder)
    engine: str  # "sqlite" or "postgresql"
    kind: str
    created_at: datetime  # UTC
    size: int
    sha256: str | None
    schema_revision: str | None
    counts: Mapping[str, int] = field(default_factory=dict)
    verified: bool = False
    problems: tuple[str, ...] = ()
    database_id: int | None = None  # SQLite: the identity in the file header (copies keep it)

    def belongs_to(self, database: str, database_id: int | None) -> bool:
        if database_id is not None and self.database_id is not None:
            return self.database_id == database_id
        return self.database == database

    @property
    def manifest(self) -> Path:
        return manifest_path(self.path)

    def count(self, table: str) -> int:
        return int(self.counts.get(table, 0))

    def to_json(self) -> dict[str, Any]:
        """The stable form used by manifests and `backup list --json` (add keys, never rename)."""
        return {
            "format": MANIFEST_FORMAT,
            "path": str(self.path),
            "file_name": self.path.name,
            "database": self.database,
            "database_id": self.database_id,
            "engine": self.engine,
            "kind": self.kind,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "size": self.size,
            "sha256": self.sha256,
            "schema_revision": self.schema_revision,
            "counts": dict(sorted(self.counts.items())),
            "verified": self.verified,
            "problems": list(self.problems),
            "app_version": __version__,
        }


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + MANIFEST_SUFFIX)


def write_manifest(info: BackupInfo) -> None:
    """Atomically (temporary file, flush to disk, rename): a manifest is either whole or absent."""
    target = info.manifest
    temp = target.with_name(f"{PARTIAL_PREFIX}{target.name}")
    with temp.open("w", encoding="utf-8") as f:
        json.dump(info.to_json(), f, ensure_ascii=False, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, target)
    fsync_folder(target.parent)


def read_manifest(path: Path) -> BackupInfo | None:
    """The backup a manifest describes (its file beside it), or None for anything unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        backup = path.with_name(path.name[: -len(MANIFEST_SUFFIX)])
        return BackupInfo(
            path=backup,
            database=str(data["database"]),
            engine=str(data.get("engine", "sqlite")),
            kind=str(data.get("kind", KIND_MANUAL)),
            created_at=datetime.fromisoformat(data["created_at"]).astimezone(UTC),
            size=int(data["size"]),
            sha256=data.get("sha256"),
            schema_revision=data.get("schema_revision"),
            counts={str(k): int(v) for k, v in dict(data.get("counts", {})).items()},
            verified=bool(data.get("verified")),
            problems=tuple(str(p) for p in data.get("problems", [])),
            database_id=int(data["database_id"]) if data.get("database_id") else None,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("unreadable backup manifest %s: %s", path, exc)
        return None


def list_backups(folder: Path, database: str, database_id: int | None = None) -> list[BackupInfo]:
    """The backups of one database in `folder`, newest first; files without a manifest as unverified.

    Backups are matched by the database's identity where both know it (a copy of the database under
    another name finds its backups), else by the database's short name.
    """
    if not folder.is_dir():
        return []
    found: dict[Path, BackupInfo] = {}
    for manifest in folder.glob(f"*{MANIFEST_SUFFIX}"):
        if manifest.name.startswith(PARTIAL_PREFIX):
            continue
        info = read_manifest(manifest)
        if info is None or not info.belongs_to(database, database_id):
            continue
        if not info.path.is_file():
            continue  # the backup itself was removed: nothing to offer
        if info.verified and info.path.stat().st_size != info.size:
            info = _unverified(info, msg("备份文件的大小与记录不符（文件可能被改动或未复制完整）"))
        found[info.path] = info
    for suffix in (SQLITE_SUFFIX, DUMP_SUFFIX):
        for path in folder.glob(f"{database}-*{suffix}"):
            if path not in found and not path.name.startswith(PARTIAL_PREFIX):
                stat = path.stat()
                found[path] = BackupInfo(
                    path=path,
                    database=database,
                    engine="sqlite" if suffix == SQLITE_SUFFIX else "postgresql",
                    kind=KIND_BEFORE_UPGRADE if "-before-" in path.name else KIND_MANUAL,
                    created_at=datetime.fromtimestamp(stat.st_mtime, UTC),
                    size=stat.st_size,
                    sha256=None,
                    schema_revision=None,
                    verified=False,
                    problems=(msg("尚未验证（没有验证记录）"),),
                )
    return sorted(found.values(), key=lambda b: b.created_at, reverse=True)


def newest_verified(folder: Path, database: str, database_id: int | None = None) -> BackupInfo | None:
    return next((b for b in list_backups(folder, database, database_id) if b.verified), None)


def sqlite_database_id(path: Path) -> int | None:
    """The identity in a SQLite file's header (user_version); read as bytes when SQLite cannot open it."""
    try:
        with closing(sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=5)) as conn:
            value = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return value or None
    except sqlite3.Error:
        pass
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    value = int.from_bytes(header[60:64], "big")
    return value or None


def _unverified(info: BackupInfo, problem: str) -> BackupInfo:
    return replace(info, verified=False, problems=(*info.problems, problem))


# -- names and files ------------------------------------------------------------------------------


def new_backup_path(folder: Path, database: str, kind: str, suffix: str, *, label: str | None = None) -> Path:
    """A free name like `ledger-20260501-103000-auto.sqlite3` (local time, as a clerk reads it)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"{database}-{stamp}-{kind}" + (f"-{label}" if label else "")
    path = folder / f"{base}{suffix}"
    n = 2
    while path.exists() or manifest_path(path).exists():
        path = folder / f"{base}-{n}{suffix}"
        n += 1
    return path


def remove_backup(info: BackupInfo) -> None:
    """Delete a backup: the file first, so that a half-removed backup is a manifest without its file,
    which is never counted (list_backups), not a file without a manifest, which would stay for good."""
    info.path.unlink(missing_ok=True)
    info.manifest.unlink(missing_ok=True)


def remove_stale_partials(folder: Path) -> None:
    """Leftovers of backups interrupted (e.g. the computer switched off) more than an hour ago."""
    if not folder.is_dir():
        return
    limit = time.time() - STALE_PARTIAL_SECONDS
    for path in folder.glob(f"{PARTIAL_PREFIX}*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            continue


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_file(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (not possible, and not needed, on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
