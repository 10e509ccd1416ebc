"""Schema upgrades at start-up: back up the SQLite file, refuse a database from a newer version."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from app.db.errors import DatabaseEnvironmentError
from app.paths import backups_dir

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


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """Return the database's revision; raise if a newer version of the app wrote it."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise DatabaseEnvironmentError(
            "该数据库由更高版本的“协商议事台账”创建（数据库版本 "
            f"{current}），本程序无法安全打开。请升级程序后再打开此数据库。"
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
    """Copy the live SQLite database (WAL included) with SQLite's online backup API."""
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    source_path = Path(database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir(source_path.parent) / f"{source_path.stem}-{stamp}-before-{label[:12]}.sqlite3"
    with sqlite3.connect(source_path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    log.info("database backed up to %s", target)
    return target
