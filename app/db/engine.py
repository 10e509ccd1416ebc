"""Engines for SQLite (default, a file in the data folder) and PostgreSQL (shared office database).

Each engine carries a DatabaseState (app/db/health.py): write transactions wait for the start-up check
and are refused once the database is read-only; a corruption error met on any statement switches the
state to read-only; committed transactions are counted, so automatic backups know whether anything
changed.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine

from app.db.address import PG_CONNECT_TIMEOUT_S, database_url
from app.db.health import DatabaseState, is_corruption

SQLITE_BUSY_TIMEOUT_MS = 10_000
_IMMEDIATE = "ledger_immediate"
_STATES: weakref.WeakKeyDictionary[Engine, DatabaseState] = weakref.WeakKeyDictionary()


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL and in-memory databases)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def create_db_engine(
    target: str | Path | URL | None = None, *, read_only: bool = False, **kwargs: Any
) -> Engine:
    url = target if isinstance(target, URL) else database_url(target)
    state = DatabaseState()
    if url.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url, state, read_only=read_only, **kwargs)
    else:
        if "connect_timeout" not in url.query:
            given = kwargs.get("connect_args", {})
            kwargs["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_S, **given}
        engine = sa.create_engine(url, pool_pre_ping=True, future=True, **kwargs)
    _watch(engine, state)
    _STATES[engine] = state
    return engine


def state_of(engine: Engine) -> DatabaseState:
    """The health of the database behind `engine` (engines made elsewhere get a fresh state)."""
    base = getattr(engine, "_proxied", engine)  # execution_options() engines share their parent's
    state = _STATES.get(base)
    if state is None:
        state = _STATES[base] = DatabaseState()
    return state


def _watch(engine: Engine, state: DatabaseState) -> None:
    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        if is_corruption(context.original_exception):
            raise state.corruption_met(context.original_exception) from context.original_exception

    @event.listens_for(engine, "commit")
    def _on_commit(_conn: sa.Connection) -> None:
        state.commits += 1


def _sqlite_engine(url: URL, state: DatabaseState, *, read_only: bool, **kwargs: Any) -> Engine:
    path = sqlite_path(url)
    connect_args: dict[str, Any] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    if path is not None and read_only:
        # A salvage copy is opened through a read-only URI: SQLite itself refuses every write.
        url = url.set(database=f"file:{quote(str(path))}", query={"mode": "ro", "uri": "true"})
    engine = sa.create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself, so writers can take the lock up front.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if path is not None and not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        if immediate:
            state.before_write()  # waits for the start-up check; refuses when read-only
        if state.read_only:
            conn.exec_driver_sql("PRAGMA query_only=ON")  # nothing at all is written any more
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
