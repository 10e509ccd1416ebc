"""Logical backups of a shared PostgreSQL database: pg_dump to write, pg_restore to put back.

The app cannot snapshot a server's files, so a backup is a pg_dump of the office's database in the
custom format (`ledger-20260501-103000-manual.dump`), with the same manifest as a SQLite backup. The
record counts come from the very snapshot pg_dump reads (an exported REPEATABLE READ snapshot), so they
are exact. Verification reads the dump's table of contents with `pg_restore --list` and checks the file
against its manifest. A restore first writes a `before-restore` dump, then runs pg_restore in a single
transaction (all or nothing) and compares the counts.

pg_dump and pg_restore come with the PostgreSQL client tools, which must be at least the server's
version; when they are missing the message says exactly what to install.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from app.db.backup_store import (
    DUMP_SUFFIX,
    KIND_BEFORE_RESTORE,
    PARTIAL_PREFIX,
    BackupInfo,
    file_sha256,
    fsync_file,
    fsync_folder,
    new_backup_path,
    write_manifest,
)
from app.db.errors import DatabaseEnvironmentError
from app.db.restore import RestoreRefused
from app.messages import joined, msg

TOOL_TIMEOUT_S = 6 * 3600


class PgToolMissing(DatabaseEnvironmentError):
    """pg_dump / pg_restore are not installed, or older than the server."""


class PgBackupFailed(DatabaseEnvironmentError):
    pass


def install_hint(major: int | None) -> str:
    version = msg("（版本不低于服务器的 {major}）", major=major) if major else ""
    package = f"postgresql-client-{major}" if major else "postgresql-client"
    return msg(
        "请在本机安装 PostgreSQL 客户端工具 pg_dump 和 pg_restore{version}："
        "Debian/Ubuntu 运行 sudo apt-get install {package}；"
        "Windows 从 https://www.postgresql.org/download/windows/ 安装 PostgreSQL"
        "（组件只选 Command Line Tools 即可），并把其 bin 文件夹加入 PATH 环境变量。",
        version=version,
        package=package,
    )


def _candidates(name: str) -> list[Path]:
    exe = name + (".exe" if sys.platform.startswith("win") else "")
    found = [Path(p) for p in (shutil.which(name),) if p]
    roots = [Path("/usr/lib/postgresql")]
    if sys.platform.startswith("win"):
        roots = [Path(os.environ.get(v, "")) / "PostgreSQL" for v in ("ProgramFiles", "ProgramW6432")]
    for root in roots:
        if root.is_dir():
            versions = sorted(
                root.glob(f"*/bin/{exe}"), key=lambda p: _number(p.parent.parent.name), reverse=True
            )
            found.extend(versions)
    return found


def _number(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", text)) or (0,)


def tool_major(path: Path) -> int:
    done = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=30, check=False)
    match = re.search(r"(\d+)(?:\.\d+)?", done.stdout)
    return int(match.group(1)) if match else 0


def server_major(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SHOW server_version_num").scalar_one()) // 10000


def find_tool(name: str, server: int | None) -> Path:
    """The newest usable `name` (PATH first, then the usual install folders) or PgToolMissing."""
    older: list[int] = []
    for path in _candidates(name):
        major = tool_major(path)
        if server is None or major >= server:
            return path
        older.append(major)
    if older:
        raise PgToolMissing(
            msg(
                "本机的 {name} 版本（{version}）低于数据库服务器的版本（{server}），无法备份或恢复。{hint}",
                name=name,
                version=max(older),
                server=server,
                hint=install_hint(server),
            )
        )
    raise PgToolMissing(
        msg("没有找到 PostgreSQL 的备份工具 {name}。{hint}", name=name, hint=install_hint(server))
    )


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A connection URI for the tools; the password goes in the environment, never on a command line."""
    uri = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return uri, env


def _run(command: list[str], env: dict[str, str], what: str) -> str:
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=TOOL_TIMEOUT_S, check=False
    )
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise PgBackupFailed(
            msg("{what}失败：{value}", what=what, value=detail[-1] if detail else f"退出码 {done.returncode}")
        )
    return done.stdout


def _tables(conn: sa.Connection) -> list[str]:
    rows = conn.exec_driver_sql(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
    )
    return [name for (name,) in rows if name != "alembic_version"]


def read_counts(conn: sa.Connection) -> dict[str, int]:
    return {t: int(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one()) for t in _tables(conn)}


def _revision(conn: sa.Connection) -> str | None:
    if not conn.exec_driver_sql("SELECT to_regclass('alembic_version') IS NOT NULL").scalar_one():
        return None
    value = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one_or_none()
    return None if value is None else str(value)


def create_dump(engine: Engine, folder: Path, *, kind: str) -> BackupInfo:
    """pg_dump from an exported snapshot, counted in that snapshot, checked, then kept."""
    server = server_major(engine)
    pg_dump = find_tool("pg_dump", server)
    pg_restore = find_tool("pg_restore", server)
    folder.mkdir(parents=True, exist_ok=True)
    url = engine.url
    database = url.database or "ledger"
    partial = folder / f"{PARTIAL_PREFIX}{os.getpid()}-{datetime.now().strftime('%H%M%S%f')}{DUMP_SUFFIX}"
    uri, env = _libpq(url)
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
                revision = _revision(conn)
                counts = read_counts(conn)
                command = [str(pg_dump), "--format=custom", "--no-owner", "--no-privileges"]
                command += [f"--snapshot={snapshot}", f"--file={partial}", f"--dbname={uri}"]
                _run(command, env, msg("pg_dump 备份"))
        fsync_file(partial)
        problems = _toc_problems(pg_restore, partial, counts)
        if problems:
            raise PgBackupFailed(msg("备份未通过验证，没有保存：{problems}", problems=joined(problems[:3])))
        target = new_backup_path(folder, database, kind, DUMP_SUFFIX)
        info = BackupInfo(
            path=target,
            database=database,
            engine="postgresql",
            kind=kind,
            created_at=datetime.now(UTC),
            size=partial.stat().st_size,
            sha256=file_sha256(partial),
            schema_revision=revision,
            counts=counts,
            verified=True,
        )
        write_manifest(info)  # first, as app/db/backup.py does: a crash never leaves a file without it
        os.replace(partial, target)
        fsync_folder(folder)
        return info
    except OSError as exc:
        raise PgBackupFailed(
            msg("无法写入备份文件夹 {folder}：{value}", folder=folder, value=exc.strerror or exc)
        ) from exc
    finally:
        partial.unlink(missing_ok=True)


def _toc_problems(pg_restore: Path, path: Path, counts: dict[str, int]) -> list[str]:
    """Read the dump's table of contents; every table must have its data entry."""
    try:
        toc = _run([str(pg_restore), "--list", str(path)], dict(os.environ), msg("读取备份目录"))
    except PgBackupFailed as exc:
        return [str(exc)]
    with_data = set(re.findall(r"TABLE DATA \S+ (\S+) ", toc))
    missing = sorted(t for t in counts if t not in with_data)
    return [msg("备份中缺少这些表的数据：{join}", join="、".join(missing))] if missing else []


def verify_dump(info: BackupInfo, *, server: int | None = None) -> BackupInfo:
    problems: list[str] = []
    if not info.path.is_file():
        return replace(info, verified=False, problems=("备份文件不存在",))
    sha = file_sha256(info.path)
    if info.sha256 is not None and (sha != info.sha256 or info.path.stat().st_size != info.size):
        problems.append(msg("备份文件的内容与备份时记录的不符（文件被改动或损坏）"))
    problems += _toc_problems(find_tool("pg_restore", server), info.path, dict(info.counts))
    if not info.counts:
        problems.append(msg("没有备份时的记录数（不是本程序做的备份）；请由数据库管理员用 pg_restore 恢复"))
    checked = replace(info, sha256=info.sha256 or sha, verified=not problems, problems=tuple(problems))
    if info.sha256 is not None:
        write_manifest(checked)
    return checked


def restore_dump(
    engine: Engine, info: BackupInfo, folder: Path, *, known_revisions: set[str]
) -> tuple[BackupInfo, dict[str, int]]:
    """Replace the database's contents with the dump; returns (the before-restore dump, the counts)."""
    server = server_major(engine)
    checked = verify_dump(info, server=server)
    if not checked.verified:
        raise RestoreRefused(
            msg("该备份未通过验证，不能用于恢复：{problems}", problems=joined(checked.problems[:3]))
        )
    if checked.schema_revision not in known_revisions:
        raise RestoreRefused(
            msg(
                "该备份由更高版本的程序创建（数据库结构版本 {schema_revision}），请先升级程序。",
                schema_revision=checked.schema_revision,
            )
        )
    safety = create_dump(engine, folder, kind=KIND_BEFORE_RESTORE)
    with engine.begin() as conn:  # tables of a later schema the dump does not know would block it
        for table in sorted(set(_tables(conn)) - set(checked.counts)):
            conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}" CASCADE')
    engine.dispose()
    uri, env = _libpq(engine.url)
    command = [str(find_tool("pg_restore", server)), "--clean", "--if-exists", "--no-owner"]
    command += [
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        f"--dbname={uri}",
        str(checked.path),
    ]
    _run(command, env, msg("pg_restore 恢复"))
    with engine.connect() as conn:
        counts = read_counts(conn)
    if counts != dict(checked.counts):
        raise DatabaseEnvironmentError(
            msg("恢复后的记录数与备份不一致；恢复前的数据库已备份为 {path}", path=safety.path)
        )
    return safety, counts
