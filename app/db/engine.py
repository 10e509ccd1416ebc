"""Engines for SQLite (default, a file in the data folder) and PostgreSQL (shared office database)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url

from app.paths import default_database_path

SQLITE_BUSY_TIMEOUT_MS = 10_000
_IMMEDIATE = "ledger_immediate"


def database_url(target: str | Path | None) -> URL:
    """Turn a `--db` value (a file path or a database URL) into a SQLAlchemy URL."""
    if target is None:
        return make_url(f"sqlite:///{default_database_path()}")
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")


def create_db_engine(target: str | Path | URL | None = None, **kwargs: Any) -> Engine:
    url = target if isinstance(target, URL) else database_url(target)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, **kwargs)
    return sa.create_engine(url, pool_pre_ping=True, future=True, **kwargs)


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(
        url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}, **kwargs
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself, so writers can take the lock up front.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if url.database and url.database != ":memory:":
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def writer_engine(engine: Engine) -> Engine:
    """The same pool, but SQLite transactions take the write lock at BEGIN (no upgrade deadlocks)."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{_IMMEDIATE: True})


# PostgreSQL writers take this transaction-level advisory lock first, as SQLite writers take the database's
# write lock at BEGIN IMMEDIATE: one writer at a time, so the audit chain cannot fork and no two
# transactions deadlock over the audit head.
WRITER_LOCK_KEY = 0x4C454447  # "LEDG"


def lock_writers(conn: sa.Connection) -> None:
    """Wait for the writer lock (PostgreSQL; SQLite writers already hold theirs). Held until commit."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
