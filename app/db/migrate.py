"""Schema upgrades at start-up: back up the SQLite file, refuse a database from a newer version."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from app import __version__
from app.db.backup import create_backup
from app.db.backup_location import backup_folder
from app.db.backup_store import KIND_BEFORE_UPGRADE
from app.db.engine import sqlite_path
from app.db.unavailable import DatabaseUnavailable, Problem

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """Return the database's revision; raise if a newer version of the app wrote it."""
    current = current_revision(engine)
    if current is None:
        return None
    if current not in known_revisions():
        raise DatabaseUnavailable(
            Problem.TOO_NEW,
            f"该数据库由更高版本的“协商议事台账”创建（数据库版本 {current}），"
            f"本程序（{__version__}）无法安全打开，未做任何改动。",
            "请升级程序后再打开此数据库。",
            path=sqlite_path(engine.url),
        )
    return current


def upgrade(engine: Engine, *, backup: bool = True, revision: str = "head") -> Path | None:
    """Bring the schema to `revision`. Returns the backup file written, if any."""
    current = check_not_newer(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup_path = None
    if backup and current is not None and engine.dialect.name == "sqlite":
        backup_path = backup_sqlite(engine, current)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    log.info("database migrated from %s to %s", current, target)
    return backup_path


def backup_sqlite(engine: Engine, label: str) -> Path | None:
    """A verified backup of the SQLite file (write-ahead log included) before its schema changes."""
    source = sqlite_path(engine.url)
    if source is None or not source.is_file():
        return None
    info = create_backup(
        source, backup_folder(engine.url), kind=KIND_BEFORE_UPGRADE, label=label[:12], policy=None
    )
    log.info("database backed up to %s before the upgrade", info.path)
    return info.path
