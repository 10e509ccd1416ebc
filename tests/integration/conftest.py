"""Integration fixtures: the command line in a subprocess, and a throwaway PostgreSQL server on loopback."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
PG_ROOT = Path("/usr/lib/postgresql")

RunCli = Callable[..., subprocess.CompletedProcess[str]]


# The demo's administrator: every command below runs as this account unless a test says otherwise.
ADMIN = "admin"
PASSWORD = "demo1234"


def make_admin(target: str | Path, username: str = ADMIN, password: str = PASSWORD) -> None:
    """Give a database its first administrator (what `users add NAME --role admin` does)."""
    from app.db import open_database
    from app.services.accounts import AccountService

    db = open_database(target)
    try:
        AccountService(db).create_first_admin(username, "管理员", password)
    finally:
        db.dispose()


@pytest.fixture
def run_cli(_data_dir: Path) -> RunCli:
    """Run `python -m app ARGS` as a user would, in this test's private data folder.

    The command signs in as `user` with `password` (LEDGER_USER / LEDGER_PASSWORD; None leaves the
    variable unset); `env` adds further variables.
    """

    def run(
        *args: str,
        timeout: float = 300,
        user: str | None = ADMIN,
        password: str | None = PASSWORD,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        variables = {
            **os.environ,
            "LEDGER_DATA_DIR": str(_data_dir),
            "PYTHONIOENCODING": "utf-8",
            **(env or {}),
        }
        for name, value in (("LEDGER_USER", user), ("LEDGER_PASSWORD", password)):
            variables.pop(name, None)
            if value is not None:
                variables[name] = value
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=variables,
            stdin=subprocess.DEVNULL,  # never a terminal: a missing password must not wait for typing
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )

    return run


def _server_binaries() -> Path | None:
    """The bin folder of the newest PostgreSQL server installed the Debian way."""
    found = [p.parent for p in PG_ROOT.glob("*/bin/initdb") if (p.parent / "pg_ctl").exists()]
    if not found:
        return None

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", path.parent.name))

    return max(found, key=version)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """initdb + pg_ctl in a temp folder; as root, the server runs as the `postgres` system user."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="ledger-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_root:
            if shutil.which("runuser") is None:
                raise RuntimeError("以 root 运行时需要 runuser 才能以 postgres 用户启动 PostgreSQL")
            shutil.chown(self.base, user="postgres", group="postgres")

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            log = self.base / "server.log"
            detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stdout}{done.stderr}{detail}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--no-sync")  # fmt: skip
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.base} -F"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "server.log"), "-o", options,
                  "-w", "-t", "60", "start")  # fmt: skip

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        engine = sa.create_engine(
            self.url("postgres").replace("postgresql://", "postgresql+psycopg://"),
            isolation_level="AUTOCOMMIT",
        )
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine.dispose()
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bindir = _server_binaries()
    if bindir is None:
        reason = (
            f"没有找到 PostgreSQL 服务器程序（{PG_ROOT}/*/bin/initdb）。"
            "安装 Debian 软件包 postgresql 后可运行这些测试（python3 dev.py test 会自动安装）。"
        )
        if os.environ.get("CI"):
            pytest.fail("CI 中必须运行 PostgreSQL 测试：" + reason)
        pytest.skip(reason)
    server = PostgresServer(bindir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """`postgresql://postgres@127.0.0.1:PORT/ledger_test`, an empty database on the throwaway server."""
    return postgres_server.create_database("ledger_test")


@pytest.fixture
def fresh_postgres_url(postgres_server: PostgresServer) -> str:
    """A new empty database for one test (tests that load data must not see each other's)."""
    return postgres_server.create_database(f"t_{uuid.uuid4().hex[:12]}")
