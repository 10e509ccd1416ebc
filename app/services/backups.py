"""备份与恢复: the one entry point the page and the command line use, and who may do what.

Backing up, listing and verifying are for administrators and office clerks; restoring, which replaces
everyone's data, only for administrators (the rules live in app/services/permissions.py). Automatic
backups are the program's own doing and run for any signed-in user. SQLite gets verified snapshots
(app/db/backup.py) and restores that can be undone (app/db/restore.py); a shared PostgreSQL database gets
pg_dump backups (app/db/pg_backup.py).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from app.db import backup as sqlite_backup
from app.db import pg_backup
from app.db.backup_location import backup_folder, database_key, set_backup_folder
from app.db.backup_store import (
    KIND_AUTO,
    KIND_MANUAL,
    BackupInfo,
    list_backups,
    manifest_path,
    newest_verified,
    read_manifest,
    sqlite_database_id,
)
from app.db.damage import is_damaged_copy
from app.db.errors import DatabaseEnvironmentError
from app.db.health import sqlite_uri
from app.db.migrate import head_revision, known_revisions, upgrade
from app.db.restore import RestoreResult, restore_sqlite
from app.db.rotation import DEFAULT_POLICY
from app.db.session import Database
from app.messages import msg
from app.models.enums import AuditAction
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.errors import ServiceError

log = logging.getLogger(__name__)

KIND_LABELS = {
    KIND_AUTO: "自动",
    KIND_MANUAL: "手动",
    "before-restore": "恢复前",
    "before-upgrade": "升级前",
}
KIND_ENGLISH = {"自动": "Automatic", "手动": "Manual", "恢复前": "Before restore", "升级前": "Before upgrade"}
AUTO_INTERVAL_MINUTES = 30


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


class BackupService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- who may ----------------------------------------------------------------------------------
    @property
    def may_back_up(self) -> bool:
        return permissions.may_back_up(self.actor)

    @property
    def may_restore(self) -> bool:
        return permissions.may_restore(self.actor)

    def _require_office(self) -> None:
        permissions.require_back_up(self.actor)

    def _require_admin(self) -> None:
        permissions.require_restore(self.actor)

    # -- where ------------------------------------------------------------------------------------
    @property
    def is_sqlite(self) -> bool:
        return self.db.sqlite_file is not None

    @property
    def database_name(self) -> str:
        return database_key(self.db.engine.url)[1]

    @property
    def database_id(self) -> int | None:
        path = self.db.sqlite_file
        return sqlite_database_id(path) if path is not None else None

    def folder(self) -> Path:
        return backup_folder(self.db.engine.url)

    def set_folder(self, folder: Path | None) -> Path:
        """Keep backups in another folder (e.g. a USB drive); None goes back to the default."""
        self._require_office()
        if folder is not None:
            _check_writable(folder)
        chosen = set_backup_folder(self.db.engine.url, folder)
        log.info("backup folder for %s set to %s by %s", self.db.url, chosen, self.actor.username)
        return chosen

    def policy_text(self) -> str:
        if not self.is_sqlite:
            return msg(
                "共享的 PostgreSQL 数据库由数据库管理员在服务器上定期备份；"
                "这里可用 pg_dump 另做一份逻辑备份。"
            )
        return msg(
            "程序运行时每 {auto_interval_minutes} 分钟、"
            "退出时（有修改时）自动备份，每份备份都经过验证。{describe}。",
            auto_interval_minutes=AUTO_INTERVAL_MINUTES,
            describe=DEFAULT_POLICY.describe(),
        )

    def tool_problem(self) -> str | None:
        """On PostgreSQL: what to install when pg_dump / pg_restore are missing (None when usable)."""
        if self.is_sqlite:
            return None
        try:
            server = pg_backup.server_major(self.db.engine)
            pg_backup.find_tool("pg_dump", server)
            pg_backup.find_tool("pg_restore", server)
        except pg_backup.PgToolMissing as exc:
            return str(exc)
        return None

    # -- reading ----------------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        self._require_office()
        return list_backups(self.folder(), self.database_name, self.database_id)

    def newest_verified(self) -> BackupInfo | None:
        return newest_verified(self.folder(), self.database_name, self.database_id)

    def find(self, path: str | Path) -> BackupInfo:
        """The backup in a file the user named: its manifest, or the file itself, still unverified."""
        file = Path(path).expanduser().resolve()
        if not file.is_file():
            raise ServiceError(msg("找不到备份文件：{file}", file=file))
        info = read_manifest(manifest_path(file))
        if info is not None:
            return info
        return BackupInfo(
            path=file,
            database=self.database_name,
            engine="postgresql" if file.suffix == ".dump" else "sqlite",
            kind=KIND_MANUAL,
            created_at=_mtime(file),
            size=file.stat().st_size,
            sha256=None,
            schema_revision=None,
            problems=(msg("尚未验证（没有验证记录）"),),
        )

    def current_counts(self) -> dict[str, int] | None:
        """Every table's count in the database as it is now (None when it cannot be read)."""
        path = self.db.sqlite_file
        try:
            if path is not None:
                with closing(sqlite3.connect(sqlite_uri(path), uri=True)) as conn:
                    return sqlite_backup.read_counts(conn)
            with self.db.engine.connect() as pg:
                return pg_backup.read_counts(pg)
        except (sqlite3.Error, DatabaseEnvironmentError) as exc:
            log.info("current counts not readable: %s", exc)
            return None

    # -- acting -----------------------------------------------------------------------------------
    def create(self) -> BackupInfo:
        """立即备份: a verified backup now (a pg_dump on PostgreSQL)."""
        self._require_office()
        return self._create(KIND_MANUAL)

    def automatic(self, *, changed: bool) -> BackupInfo | None:
        """The program's own backup: when something changed, or when there is no good backup yet."""
        if not self.is_sqlite or self.db.state.read_only or self.db.state.checking:
            return None
        if not changed and self.newest_verified() is not None:
            return None
        return self._create(KIND_AUTO)

    def _create(self, kind: str) -> BackupInfo:
        if self.db.state.read_only:
            raise ServiceError(msg("数据库为只读，不能备份：{reason}", reason=self.db.state.reason))
        source = self.db.sqlite_file
        if source is None:
            return pg_backup.create_dump(self.db.engine, self.folder(), kind=kind)
        return sqlite_backup.create_backup(source, self.folder(), kind=kind)

    def verify(self, backup: BackupInfo | str | Path) -> BackupInfo:
        self._require_office()
        info = backup if isinstance(backup, BackupInfo) else self.find(backup)
        if info.engine == "postgresql":
            return pg_backup.verify_dump(info)
        return sqlite_backup.verify_backup(info)

    def restore(self, backup: BackupInfo | str | Path) -> RestoreResult:
        """Replace the database with a verified backup; the current data is kept aside first."""
        self._require_admin()
        info = backup if isinstance(backup, BackupInfo) else self.find(backup)
        live = self.db.sqlite_file
        engine = self.db.engine
        if live is not None and is_damaged_copy(live):
            raise ServiceError(
                msg("这是损坏文件的只读副本，不能在它上面恢复；请打开原来的数据库文件再恢复。")
            )
        if (info.engine == "sqlite") != (live is not None):
            raise ServiceError(
                msg("该备份与当前数据库的类型不同（SQLite 文件与 PostgreSQL 数据库不能互相恢复）。")
            )
        engine.dispose()  # this process's connections go first
        if live is None:
            safety, counts = pg_backup.restore_dump(
                engine, info, self.folder(), known_revisions=known_revisions()
            )
            result = RestoreResult(info, counts, safety, None)
        else:
            damaged = self.db.state.damage is not None
            result = restore_sqlite(
                live, info, self.folder(), known_revisions=known_revisions(), damaged=damaged
            )
            engine.dispose()
            self.db.state.writable_again()
        if result.restored.schema_revision != head_revision():
            upgrade(engine, backup=False)
        with self.db.session() as s:
            audit.record(
                s,
                self.actor,
                AuditAction.RESTORE,
                "database",
                None,
                after={"backup": result.restored.path.name, "counts": result.counts},
                note="从备份恢复数据库",
            )
        log.warning("database %s restored from %s by %s", self.db.url, info.path, self.actor.username)
        return result


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=folder, prefix=".write-test-")
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        raise ServiceError(
            msg("不能在文件夹 {folder} 中写入备份：{value}", folder=folder, value=exc.strerror or exc)
        ) from exc
