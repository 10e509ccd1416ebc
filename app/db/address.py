"""What `--db` names: a SQLite file path or a `postgresql://` address, checked before anything connects.

    database_url("ledger.sqlite3")                      # a file (relative to the working folder)
    database_url("postgresql://user:pw@server/ledger")  # a shared office database
    describe_connection_error(error)                    # a failed PostgreSQL connection, in words

Every problem with the value itself (an unsupported kind such as `mysql://`, a malformed address) and
every failure to reach or sign in to the PostgreSQL server is a DatabaseUnavailable with a Chinese
message that names the server and says what to check. Passwords are never shown.
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path

import sqlalchemy.exc as sa_exc
from sqlalchemy.engine import URL, make_url

from app.db.unavailable import DatabaseUnavailable, Problem
from app.paths import default_database_path

PG_CONNECT_TIMEOUT_S = 10  # an unreachable server is reported after this, not after minutes
SUPPORTED = (
    "本程序支持两种数据库：SQLite 数据库文件（--db 后直接写文件路径），"
    "和多人共用的 PostgreSQL 数据库（--db postgresql://用户名:密码@服务器:端口/数据库名）。"
)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
_HOST_LABEL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_\-]*[A-Za-z0-9_])?$")
_PASSWORD_IN_TEXT = re.compile(r"(://[^:/@]*:)[^/]*@")


def database_url(target: str | Path | None) -> URL:
    """Turn a `--db` value (a file path or a database URL) into a SQLAlchemy URL; refuse what is wrong."""
    if target is None:
        return make_url(f"sqlite:///{default_database_path()}")
    text = str(target).strip()
    if not text:
        raise DatabaseUnavailable(Problem.ADDRESS, "--db 后面没有写数据库文件路径或地址。", SUPPORTED)
    scheme = _SCHEME.match(text)
    if scheme is None:
        return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")
    kind = scheme.group(1).split("+")[0].lower()
    if kind in ("postgresql", "postgres", "pgsql"):
        return postgres_url(text)
    if kind == "sqlite":
        url = _parse(text)
        if url.database and url.database != ":memory:":
            url = url.set(database=str(Path(url.database).expanduser().resolve()))
        return url
    raise DatabaseUnavailable(
        Problem.ADDRESS,
        f"不支持这种数据库地址：{hide_password(text)}（{scheme.group(1)} 数据库）。",
        SUPPORTED,
    )


def hide_password(text: str) -> str:
    """The address as it may be shown: any password replaced by ***."""
    return _PASSWORD_IN_TEXT.sub(r"\1***@", text)


def shown(url: URL) -> str:
    return url.render_as_string(hide_password=True).replace("postgresql+psycopg://", "postgresql://")


def _malformed(text: str, what: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        Problem.ADDRESS,
        f"数据库地址写得不对：{hide_password(text)}（{what}）。",
        "PostgreSQL 地址的写法：postgresql://用户名:密码@服务器:端口/数据库名，例如 "
        "postgresql://ledger:密码@192.168.1.10:5432/ledger；用户名或密码中的 @ : / 等字符要写成 "
        "%40 %3A %2F。",
    )


def _parse(text: str) -> URL:
    try:
        return make_url(text)
    except (sa_exc.ArgumentError, ValueError) as exc:
        port = re.search(r"://(?:[^/@]*@)?[^/:@]*:([^/?]*)", text)
        if port and not port.group(1).isdigit():
            raise _malformed(text, f"端口“{port.group(1)}”应是数字") from exc
        raise _malformed(text, "无法识别") from exc


def postgres_url(text: str) -> URL:
    url = _parse(text)
    hosts = [h for h in (url.host or "").split(",") if h] if url.host else []
    for host in hosts:
        if "@" in host:  # the rest of a password with an @ in it: not to be shown
            raise _malformed(text, "@ 不止一个：用户名或密码中的 @ 要写成 %40")
        if not _valid_host(host):
            raise _malformed(text, f"服务器名“{host}”不正确")
    if url.port is not None and not 0 < url.port < 65536:
        raise _malformed(text, f"端口 {url.port} 不在 1–65535 之间")
    if not hosts and "host" not in url.query:
        raise _malformed(text, "没有写服务器，本机的数据库请写 localhost")
    if not url.database:
        raise _malformed(text, "没有写数据库名")
    return url.set(drivername="postgresql+psycopg")


def _valid_host(host: str) -> bool:
    if ":" in host:  # an IPv6 address
        try:
            ipaddress.IPv6Address(host.strip("[]"))
        except ValueError:
            return False
        return True
    return len(host) <= 253 and all(_HOST_LABEL.match(label) for label in host.split("."))


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line.rsplit(" failed: ", 1)[-1].strip()


def describe_connection_error(error: BaseException) -> DatabaseUnavailable | None:
    """A failed PostgreSQL connection in words (None when `error` is no such failure)."""
    orig = getattr(error, "orig", None) or error
    if type(orig).__module__.split(".")[0] != "psycopg":
        return None
    conn = getattr(orig, "pgconn", None)

    def info(name: str) -> str:
        value = getattr(conn, name, b"") if conn is not None else b""
        return value.decode(errors="replace") if isinstance(value, bytes) else str(value or "")

    host, port, user, database = info("host"), info("port") or "5432", info("user"), info("db")
    server = f"{host}:{port}" if host and not host.startswith("/") else "本机"
    text = str(orig)
    low = text.lower()
    check_address = "请检查 --db 地址中的服务器名和端口，以及这台电脑的网络连接。"
    if "failed to resolve host" in low or "could not translate host name" in low:
        name = re.search(r"host (?:name )?['\"]([^'\"]+)['\"]", text)
        return DatabaseUnavailable(
            Problem.SERVER,
            f"找不到数据库服务器“{name.group(1) if name else host}”：这个服务器名无法解析为网络地址。",
            "请检查 --db 地址中的服务器名是否写错（也可以直接写服务器的 IP 地址），"
            "以及这台电脑的网络和 DNS 设置。",
        )
    if "invalid port" in low:
        return DatabaseUnavailable(
            Problem.ADDRESS, f"数据库地址中的端口不正确：{_first_line(text)}", check_address
        )
    if "connection refused" in low:
        return DatabaseUnavailable(
            Problem.SERVER,
            f"数据库服务器 {server} 拒绝连接：那台电脑上没有在这个端口等待连接的 PostgreSQL。",
            "请确认数据库服务器已启动、端口正确，并且防火墙允许这台电脑连接。",
        )
    if "timeout expired" in low or "timed out" in low:
        return DatabaseUnavailable(
            Problem.SERVER,
            f"连接数据库服务器 {server} 超时：{PG_CONNECT_TIMEOUT_S} 秒内没有回应。",
            "请检查服务器地址、网络连接和防火墙设置，或稍后重试。",
        )
    if "no such file or directory" in low and "socket" in low:
        return DatabaseUnavailable(
            Problem.SERVER,
            "本机没有正在运行的 PostgreSQL 服务器（找不到它的本地连接）。",
            "请启动 PostgreSQL，或在 --db 地址中写明服务器，例如 postgresql://用户名@localhost/数据库名。",
        )
    if "password authentication failed" in low or "no password supplied" in low or (
        conn is not None and getattr(conn, "needs_password", False)
    ):
        return DatabaseUnavailable(
            Problem.LOGIN,
            f"数据库服务器 {server} 拒绝登录：用户名“{user}”或密码不对。",
            "请检查 --db 地址中的用户名和密码（postgresql://用户名:密码@服务器/数据库名），或向数据库管理员确认。",
        )
    missing = re.search(r'(role|database) "([^"]+)" does not exist', text)
    if missing and missing.group(1) == "role":
        return DatabaseUnavailable(
            Problem.LOGIN,
            f"数据库服务器 {server} 上没有名为“{missing.group(2)}”的用户。",
            "请检查 --db 地址中的用户名，或请数据库管理员创建这个用户。",
        )
    if missing:
        return DatabaseUnavailable(
            Problem.NO_DATABASE,
            f"数据库服务器 {server} 上没有名为“{missing.group(2) or database}”的数据库。",
            "请检查 --db 地址中的数据库名。新的数据库由数据库管理员在服务器上创建"
            f"（CREATE DATABASE {missing.group(2) or database}），之后再用本程序在其中新建台账。",
        )
    if "pg_hba.conf" in low:
        return DatabaseUnavailable(
            Problem.LOGIN,
            f"数据库服务器 {server} 不允许这台电脑以用户“{user}”连接"
            "（服务器的 pg_hba.conf 中没有相应的规则）。",
            "请数据库管理员在服务器上允许这台电脑连接。",
        )
    if "starting up" in low or "shutting down" in low or "too many" in low:
        return DatabaseUnavailable(
            Problem.SERVER, f"数据库服务器 {server} 暂时不接受连接：{_first_line(text)}", "请稍后重试。"
        )
    if conn is not None and getattr(conn, "status", 0) != 0:  # the connection was never made
        return DatabaseUnavailable(
            Problem.SERVER,
            f"无法连接到数据库服务器 {server}：{_first_line(text)}",
            check_address,
        )
    return None
