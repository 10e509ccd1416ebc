"""Database errors sorted into the user's environment (clear message) and our bugs (crash dialog)."""

from __future__ import annotations

import sqlalchemy.exc as sa_exc

from app.messages import msg

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
PG_CORRUPTION_STATES = ("XX001", "XX002")  # data_corrupted, index_corrupted
CORRUPT_MESSAGE = msg(
    "数据库文件已损坏，程序不会再写入它。请在“备份与恢复”中恢复最新的有效备份（命令行："
    "python -m app backup list）。"
)


class DatabaseEnvironmentError(Exception):
    """The database cannot be used for a reason the user can act on: full disk, locked, corrupt, too new."""


_ENVIRONMENT_HINTS: tuple[tuple[str, str], ...] = (
    ("database or disk is full", msg("磁盘空间已满，无法写入数据库。请清理磁盘后重试。")),
    ("disk i/o error", msg("读写数据库文件时出现磁盘错误，请检查磁盘或存储设备。")),
    ("database is locked", msg("数据库正被其他程序占用，请稍后重试。")),
    ("file is not a database", msg("数据库文件已损坏或不是本程序的数据库。")),
    ("unable to open database file", msg("无法打开数据库文件，请检查路径与访问权限。")),
    ("readonly database", msg("数据库文件为只读，无法保存修改。")),
    ("could not connect to server", msg("无法连接到数据库服务器，请检查网络与服务器地址。")),
    ("connection refused", msg("数据库服务器拒绝连接，请检查服务器是否已启动。")),
    ("password authentication failed", msg("数据库用户名或密码错误。")),
)


def classify(error: BaseException) -> DatabaseEnvironmentError | None:
    """Return a user-facing error when `error` comes from the environment, else None (a bug)."""
    if isinstance(error, DatabaseEnvironmentError):
        return error
    if is_corruption(error):
        return DatabaseEnvironmentError(CORRUPT_MESSAGE)
    if not isinstance(error, sa_exc.OperationalError | sa_exc.DatabaseError | OSError):
        return None
    from app.db.address import describe_connection_error  # imports this module

    described = describe_connection_error(error)
    if described is not None:
        return described
    text = str(error).lower()
    for needle, message in _ENVIRONMENT_HINTS:
        if needle in text:
            return DatabaseEnvironmentError(message)
    if isinstance(error, OSError):
        return DatabaseEnvironmentError(msg("无法访问数据文件：{value}", value=error.strerror or error))
    return None


def is_corruption(error: BaseException | None) -> bool:
    """True for SQLite's "malformed" / "not a database" and PostgreSQL's data or index corruption."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return True
        if getattr(error, "sqlstate", None) in PG_CORRUPTION_STATES:
            return True
        error = getattr(error, "orig", None) or error.__cause__
    return False
