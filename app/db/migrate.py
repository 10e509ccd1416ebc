"""Schema upgrades at start-up: back up the SQLite file, refuse a database from a newer version."""

from __future__ import annotations

import ast
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app import __version__
from app.db.backup import create_backup
from app.db.backup_location import backup_folder
from app.db.backup_store import KIND_BEFORE_UPGRADE
from app.db.engine import sqlite_path
from app.db.unavailable import DatabaseUnavailable, Problem
from app.messages import msg

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def revision_parents() -> dict[str, str | None]:
    """{revision: down_revision} of every migration script, read from the files without running them.

    Opening an up-to-date database (every start) needs no more than this: Alembic, which imports every
    script, is loaded only when a migration really runs.
    """
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    try:
                        values[target.id] = ast.literal_eval(node.value)
                    except ValueError:
                        values[target.id] = None
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            found[revision] = down if isinstance(down, str) else None
    return found


def head_revision() -> str:
    revisions = revision_parents()
    parents = set(revisions.values())
    heads = [r for r in revisions if r not in parents]
    if len(heads) == 1:
        return heads[0]
    from alembic.script import ScriptDirectory  # merges and branches: Alembic decides

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return set(revision_parents())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(engine: Engine) -> str | None:
    """Return the database's revision; raise if a newer version of the app wrote it."""
    current = current_revision(engine)
    if current is None:
        return None
    if current not in known_revisions():
        raise DatabaseUnavailable(
            Problem.TOO_NEW,
            msg(
                "该数据库由更高版本的“协商议事台账”创建（数据库版本 {current}）"
                "，本程序（{version}）无法安全打开，未做任何改动。",
                current=current,
                version=__version__,
            ),
            msg("请升级程序后再打开此数据库。"),
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
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn, _foreign_keys_off(conn):
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        _vacuum_if_mostly_free(conn)
    log.info("database migrated from %s to %s", current, target)
    return backup_path


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to `revision` (tests and repairs; the app itself only upgrades)."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn, _foreign_keys_off(conn), conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    log.info("database migrated back to %s", revision)


def _vacuum_if_mostly_free(conn: sa.Connection) -> None:
    """SQLite: give the file back its free pages when an upgrade left a quarter of it unused (a
    migration that rebuilt tables), so backups and copies shrink at once."""
    if conn.dialect.name != "sqlite" or sqlite_path(conn.engine.url) is None:
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    free = driver.execute("PRAGMA freelist_count").fetchone()[0]
    pages = driver.execute("PRAGMA page_count").fetchone()[0]
    if pages and free * 4 > pages:
        log.info("reclaiming %d free pages of %d after the upgrade", free, pages)
        driver.execute("VACUUM")


@contextmanager
def _foreign_keys_off(conn: sa.Connection) -> Iterator[None]:
    """SQLite: no foreign-key actions while migrations rebuild tables (dropping a table would cascade).

    The pragma only takes effect outside a transaction, so it is set before the migrations' one begins;
    a migration that rebuilds tables checks the references itself before its change is committed.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys=ON")


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
