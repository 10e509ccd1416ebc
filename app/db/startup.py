"""Opening the database at start-up: refuse network shares, check before the first write, then migrate.

    open_database(path)                                   # a command: checked before it runs
    open_database(path, startup=Startup.IN_BACKGROUND)    # the desktop app: checked while it opens
    open_database(path, startup=Startup.TOLERATE_DAMAGE)  # check / backup list|verify|restore
    open_database(path, create=False)                     # `--db`: refuse to make a new ledger unasked

`--db` creates nothing unless asked for (demo, --create, the desktop app's 新建台账): with
`create=False` a missing file (or folder), an empty file and an empty PostgreSQL database are refused
(DatabaseUnavailable, app/db/unavailable.py). A file or database holding another program's tables is
refused in any case, left exactly as it was (app/db/ownership.py). `Database.created` tells the
caller that a new ledger was made.
A damaged SQLite file is never written to. A command refuses to run on one (DatabaseDamaged, whose
message names the copy kept and the newest verified backup); commands that deal with the damage run
with the database read-only. The desktop app opens at once; its window starts the check in the
background (app/ui/safekeeping.py) and writes wait for it. Work that writes at start-up (a schema upgrade,
moving old attachment files in) always waits for the check.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import sqlalchemy.exc as sa_exc
from sqlalchemy.engine import URL

from app.db.address import describe_connection_error, shown
from app.db.attachment_store import adopt_legacy_files, legacy_files
from app.db.backup_location import backup_folder
from app.db.check_record import last_clean_check, remember_clean
from app.db.damage import damage_message, damaged_error, is_damaged_copy, mark_damaged
from app.db.engine import create_db_engine, database_url, sqlite_path
from app.db.health import DatabaseDamaged, quick_check
from app.db.migrate import current_revision, head_revision, upgrade
from app.db.modes import Startup
from app.db.network_fs import refuse_network_share
from app.db.ownership import Contents, check_sqlite_file, server_contents
from app.db.session import Database
from app.db.unavailable import DatabaseUnavailable, Problem
from app.messages import msg
from app.paths import data_dir

log = logging.getLogger(__name__)

SALVAGE_REASON = msg("这是损坏的数据库文件的副本，只读打开：可以查看和导出仍能读取的内容，不能修改。")


def legacy_attachments_folder() -> Path:
    """Where versions before 0005 kept attachment files (this user's data folder)."""
    return data_dir() / "attachments"


def open_database(
    target: str | Path | URL | None = None,
    *,
    migrate: bool = True,
    startup: Startup = Startup.CHECK_NOW,
    allow_network: bool = False,
    create: bool = True,
) -> Database:
    """Open (and by default migrate) the database named by `--db`, or the default SQLite file.

    `create`: make a new ledger when there is none yet (the folders of a new file too); the command
    line and the desktop app pass False unless the person asked for a new one."""
    url = target if isinstance(target, URL) else database_url(target)
    path = sqlite_path(url)
    if path is None:  # PostgreSQL (the server keeps its own data safe) or an in-memory database
        return _open_server(url, migrate=migrate, create=create)
    warning = refuse_network_share(path, allow=allow_network)
    if warning:
        sys.stderr.write(warning + "\n")
    if is_damaged_copy(path):
        if not path.is_file():
            raise DatabaseUnavailable(Problem.MISSING, msg("文件不存在：{path}", path=path), path=path)
        db = Database(create_db_engine(url, read_only=True))
        db.state.switch_to_read_only(SALVAGE_REASON)
        return db
    # Before any connection: was this very file found clean lately (app/db/check_record.py)?
    clean_at = None if startup is Startup.TOLERATE_DAMAGE else last_clean_check(path)
    contents = check_sqlite_file(path, create=create)  # refuses untouched what must not be opened
    if contents is None:
        path.parent.mkdir(parents=True, exist_ok=True)  # asked for: a new ledger, in a new folder too
    db = Database(create_db_engine(url))
    db.state.notice = warning
    if startup is not Startup.IN_BACKGROUND:
        db.state.describe_damage = lambda problems: damaged_error(db, problems)
    if contents in (None, Contents.EMPTY):
        if migrate:
            upgrade(db.engine)  # a brand-new ledger: nothing in it to check
            db.created = True
            log.info("new ledger created at %s", path)
        return db
    try:
        pending = migrate and (
            current_revision(db.engine) != head_revision() or bool(legacy_files(legacy_attachments_folder()))
        )
    except DatabaseDamaged:
        pending = False  # reading the schema version met the damage: the state is read-only already
    if clean_at is not None and not db.state.read_only:
        db.state.check_passed(clean_at)  # unchanged since its last clean check: no full check now
        log.info("%s unchanged since its clean check of %s: not checked again", path, time.ctime(clean_at))
    elif startup is Startup.IN_BACKGROUND and not pending and not db.state.read_only:
        db.state.begin_check()  # the window runs check_file() in the background
        return db
    elif not db.state.read_only:
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


def _open_server(url: URL, *, migrate: bool, create: bool) -> Database:
    db = Database(create_db_engine(url))
    if url.get_backend_name() == "sqlite":  # in memory
        if migrate:
            upgrade(db.engine)
        return db
    try:
        with db.engine.connect() as conn:
            contents = server_contents(conn)
    except (sa_exc.DBAPIError, OSError) as exc:
        db.engine.dispose()
        described = describe_connection_error(exc)
        if described is None:
            raise
        log.warning("cannot connect to %s: %s", db.url, exc)
        raise described from exc
    if contents is Contents.FOREIGN:
        db.engine.dispose()
        raise DatabaseUnavailable(
            Problem.NOT_LEDGER,
            msg("数据库 {shown} 中已有别的程序的表，不是本程序的台账，未做任何改动。", shown=shown(url)),
            msg(
                "请检查 --db 地址中的数据库名；本程序的台账请放在单独的数据库中"
                "（由数据库管理员创建一个空数据库）。"
            ),
        )
    if contents is Contents.EMPTY and not create:
        db.engine.dispose()
        raise DatabaseUnavailable(
            Problem.EMPTY,
            msg("数据库 {shown} 是空的，其中还没有台账。", shown=shown(url)),
            msg(
                "如果地址写错了，请检查 --db；确实要在这个数据库中新建台账，"
                "请加 --create（例如：python -m app --db 地址 --create users add 用户名 --role admin）"
                "，或用 demo 装入演示数据。"
            ),
        )
    if migrate:
        upgrade(db.engine)
        _adopt_legacy(db)
        db.created = contents is Contents.EMPTY
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
        remember_clean(path)
        return True
    mark_damaged(db, result.problems)
    return False


def _adopt_legacy(db: Database) -> None:
    folder = legacy_attachments_folder()
    if legacy_files(folder):
        adopt_legacy_files(db.engine, folder)


__all__ = ["Startup", "backup_folder", "check_file", "open_database"]
