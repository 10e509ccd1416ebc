"""Whose file is this: a look at a SQLite file or a PostgreSQL database before anything writes to it.

A file is ours when it has Alembic's version table and the ledger's own tables. One with tables but not
those belongs to another program and is refused untouched: the look goes through an `immutable`
read-only connection, which takes no lock, writes no `-wal`/`-shm` file and changes no journal mode.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import sqlalchemy as sa

from app.db.health import SQLITE_MAGIC, sqlite_uri
from app.db.unavailable import DatabaseUnavailable, Problem, create_advice, quoted
from app.messages import msg

VERSION_TABLE = "alembic_version"
LEDGER_TABLES = frozenset({"consultation_session", "suggestion", "platform"})


class Contents(enum.Enum):
    EMPTY = "empty"  # no tables at all: nothing of anybody's to lose
    LEDGER = "ledger"
    FOREIGN = "foreign"
    UNREADABLE = "unreadable"  # SQLite could not read the schema: the start-up check deals with it


def contents_of(tables: set[str]) -> Contents:
    if not tables:
        return Contents.EMPTY
    if VERSION_TABLE in tables and tables & LEDGER_TABLES:
        return Contents.LEDGER
    return Contents.FOREIGN


def _tables(uri: str) -> set[str]:
    with closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(name) for (name,) in rows if not str(name).startswith("sqlite_")}


def sqlite_contents(path: Path) -> Contents:
    """What the SQLite file holds, read without changing a byte of it (or creating files beside it)."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise no_access(path, msg("没有读取数据库文件的权限")) from exc
    if not header:
        return Contents.EMPTY  # a file of 0 bytes
    if header != SQLITE_MAGIC:
        raise not_sqlite(path)
    try:
        tables = _tables(sqlite_uri(path, immutable=True))
        wal = Path(f"{path}-wal")
        if not tables and wal.is_file() and wal.stat().st_size > 0:
            tables = _tables(sqlite_uri(path))  # the schema may still be in the write-ahead log only
    except sqlite3.DatabaseError:
        return Contents.UNREADABLE
    return contents_of(tables)


def check_sqlite_file(path: Path, *, create: bool) -> Contents | None:
    """Refuse what must not be opened, untouched. None: there is no file yet (and `create` allows one)."""
    try:
        return _check_sqlite_file(path, create=create)
    except PermissionError as exc:
        raise no_access(path, msg("没有访问数据库文件或其所在文件夹的权限")) from exc


def _check_sqlite_file(path: Path, *, create: bool) -> Contents | None:
    if path.is_dir():
        raise DatabaseUnavailable(
            Problem.NOT_LEDGER,
            msg("{path} 是一个文件夹，不是数据库文件。", path=path),
            msg("请在 --db 后写数据库文件的路径（例如 …/ledger.sqlite3）。"),
            path=path,
        )
    if not path.exists():
        folder = path.parent
        reason = f"数据库文件不存在：{path}"
        if not folder.is_dir():
            reason += f"（所在的文件夹 {folder} 也不存在）"
        if not create:
            raise DatabaseUnavailable(Problem.MISSING, reason, create_advice(quoted(path)), path=path)
        existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if existing is not None and not os.access(existing, os.W_OK):
            raise no_access(path, msg("没有在文件夹 {existing} 中新建文件的权限", existing=existing))
        return None
    contents = sqlite_contents(path)
    if contents is Contents.FOREIGN:
        raise not_ledger(path)
    if contents is Contents.EMPTY and not create:
        raise DatabaseUnavailable(
            Problem.EMPTY,
            msg("文件 {path} 是空的，其中还没有台账。", path=path),
            create_advice(quoted(path)),
            path=path,
        )
    if not os.access(path, os.W_OK):
        raise no_access(path, msg("数据库文件是只读的，没有写入它的权限"))
    if not os.access(path.parent, os.W_OK):
        raise no_access(
            path,
            msg("没有在文件夹 {parent} 中写入的权限（SQLite 要在数据库旁写日志文件）", parent=path.parent),
        )
    return contents


def no_access(path: Path, what: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        Problem.NO_ACCESS,
        msg("{what}：{path}", what=what, path=path),
        msg("请检查文件和文件夹的权限（或请管理员设置），或把数据库文件复制到自己有权写入的位置再打开。"),
        path=path,
    )


def not_sqlite(path: Path) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        Problem.NOT_LEDGER,
        msg("文件 {path} 不是本程序的数据库（也不是 SQLite 数据库文件），未做任何改动。", path=path),
        msg(
            "请检查 --db 指定的路径；如果它原本是本程序的数据库，说明文件已损坏，"
            "请从备份恢复（备份在数据库旁的 backups 文件夹中）。"
        ),
        path=path,
    )


def not_ledger(path: Path) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        Problem.NOT_LEDGER,
        msg("文件 {path} 是另一个程序的 SQLite 数据库，不是本程序的台账，未做任何改动。", path=path),
        msg(
            "请检查 --db 指定的路径。本程序不会在别的程序的数据库中建表；"
            "要新建台账，请换一个新的文件名并加 --create。"
        ),
        path=path,
    )


def server_contents(conn: sa.Connection) -> Contents:
    """What the PostgreSQL database holds (in the schema the connection works in)."""
    return contents_of(set(sa.inspect(conn).get_table_names()))
