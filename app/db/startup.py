"""Opening the database at start-up: refuse network shares, check before the first write, then migrate.

    open_database(path)                                   # a command: checked before it runs
    open_database(path, startup=Startup.IN_BACKGROUND)    # the desktop app: checked while it opens
    open_database(path, startup=Startup.TOLERATE_DAMAGE)  # check / backup list|verify|restore

A damaged SQLite file is never written to. A command refuses to run on one (DatabaseDamaged, whose
message names the copy kept and the newest verified backup); commands that deal with the damage run
with the database read-only. The desktop app opens at once; its window starts the check in the
background (app/ui/safekeeping.py) and writes wait for it. Work that writes at start-up (a schema upgrade,
moving old attachment files in) always waits for the check.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from sqlalchemy.engine import URL

from app.db.attachment_store import adopt_legacy_files, legacy_files
from app.db.backup_location import backup_folder
from app.db.damage import damage_message, damaged_error, is_damaged_copy, mark_damaged
from app.db.engine import create_db_engine, database_url, sqlite_path
from app.db.errors import DatabaseEnvironmentError
from app.db.health import DatabaseDamaged, has_sqlite_header, quick_check
from app.db.migrate import current_revision, head_revision, upgrade
from app.db.modes import Startup
from app.db.network_fs import refuse_network_share
from app.db.session import Database
from app.paths import data_dir

log = logging.getLogger(__name__)

SALVAGE_REASON = "这是损坏的数据库文件的副本，只读打开：可以查看和导出仍能读取的内容，不能修改。"


def legacy_attachments_folder() -> Path:
    """Where versions before 0005 kept attachment files (this user's data folder)."""
    return data_dir() / "attachments"


def open_database(
    target: str | Path | URL | None = None,
    *,
    migrate: bool = True,
    startup: Startup = Startup.CHECK_NOW,
    allow_network: bool = False,
) -> Database:
    """Open (and by default migrate) the database named by `--db`, or the default SQLite file."""
    url = target if isinstance(target, URL) else database_url(target)
    path = sqlite_path(url)
    if path is None:  # PostgreSQL (the server keeps its own data safe) or an in-memory database
        db = Database(create_db_engine(url))
        if migrate:
            upgrade(db.engine)
            _adopt_legacy(db)
        return db
    warning = refuse_network_share(path, allow=allow_network)
    if warning:
        sys.stderr.write(warning + "\n")
    if is_damaged_copy(path):
        db = Database(create_db_engine(url, read_only=True))
        db.state.switch_to_read_only(SALVAGE_REASON)
        return db
    db = Database(create_db_engine(url))
    db.state.notice = warning
    if startup is not Startup.IN_BACKGROUND:
        db.state.describe_damage = lambda problems: damaged_error(db, problems)
    if not path.is_file() or path.stat().st_size == 0:
        if migrate:
            upgrade(db.engine)  # a brand-new file: nothing in it to check
        return db
    if not has_sqlite_header(path):
        db.engine.dispose()  # no checkpoint: nothing may touch the file
        raise DatabaseEnvironmentError(
            f"文件 {path} 不是本程序的数据库（也不是 SQLite 数据库文件），未做任何改动。"
            "请检查 --db 指定的路径；如果它原本是本程序的数据库，说明文件已损坏，请从备份恢复"
            "（python -m app backup list）。"
        )
    try:
        pending = migrate and (
            current_revision(db.engine) != head_revision() or bool(legacy_files(legacy_attachments_folder()))
        )
    except DatabaseDamaged:
        pending = False  # reading the schema version met the damage: the state is read-only already
    if startup is Startup.IN_BACKGROUND and not pending and not db.state.read_only:
        db.state.begin_check()  # the window runs check_file() in the background
        return db
    if not db.state.read_only:
        check_file(db)
    if db.state.read_only:
        if db.state.damage is None:
            mark_damaged(db, db.state.problems or (db.state.reason or "",))
        if startup is Startup.CHECK_NOW:
            message = damage_message(db.state.damage)
            db.dispose()
            raise DatabaseDamaged(message)
        return db
    if pending:
        upgrade(db.engine)
        _adopt_legacy(db)
    return db


def check_file(db: Database) -> bool:
    """Run quick_check and set the state: writable, or read-only with the damage dealt with."""
    path = db.sqlite_file
    if path is None or not path.is_file():
        db.state.check_skipped()
        return True
    try:
        result = quick_check(path)
    except Exception as exc:  # locked for longer than the timeout, unreadable folder …: not a damage
        log.warning("start-up check of %s could not run: %s", path, exc)
        db.state.check_skipped()
        return True
    log.info("quick_check of %s: %s in %.2f s", path, "ok" if result.ok else "damaged", result.seconds)
    if result.ok:
        db.state.check_passed()
        return True
    mark_damaged(db, result.problems)
    return False


def _adopt_legacy(db: Database) -> None:
    folder = legacy_attachments_folder()
    if legacy_files(folder):
        adopt_legacy_files(db.engine, folder)


__all__ = ["Startup", "backup_folder", "check_file", "open_database"]
