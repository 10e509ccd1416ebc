"""Session factory and the one place where transactions commit or roll back."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from app.db.engine import lock_writers, sqlite_path, state_of, writer_engine
from app.db.health import DatabaseState, Health

log = logging.getLogger(__name__)


class Database:
    """Owns the engine and hands out sessions; passed to services and pages through constructors."""

    def __init__(self, engine: Engine) -> None:
        from app.models import load_all

        load_all()  # every table registered before the first session (foreign keys, flush order)
        self.engine = engine
        self.created = False  # open_database(create=True) made a new ledger
        self._read = sessionmaker(bind=engine, class_=Session, expire_on_commit=False)
        self._write = sessionmaker(bind=writer_engine(engine), class_=Session, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def state(self) -> DatabaseState:
        """Whether writes may go ahead (start-up check, read-only after damage); see app/db/health.py."""
        return state_of(self.engine)

    @property
    def sqlite_file(self) -> Path | None:
        """The SQLite file (None on PostgreSQL or in memory)."""
        return sqlite_path(self.engine.url)

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on any error."""
        if write:
            self.state.before_write()
        factory = self._write if write else self._read
        session = factory()
        try:
            if write and self.engine.dialect.name == "postgresql":
                lock_writers(session.connection())
            yield session
            if write:
                session.commit()
            # Reads end with close(), which keeps loaded objects usable (rollback would expire them).
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def checkpoint(self) -> None:
        """Fold the SQLite write-ahead log into the database file, so the file alone is complete."""
        path = self.sqlite_file
        if path is None or not path.exists() or self.state.health not in (Health.OK, Health.UNCHECKED):
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:  # another process may hold the log; SQLite folds it in later
            log.warning("WAL checkpoint of %s not done: %s", path, exc)

    def dispose(self) -> None:
        """Close every connection; on SQLite checkpoint the WAL first (never on a damaged file).

        A file found clean at start (and not damaged since) is remembered as it is left, with this
        process's writes in it, so the next start need not check it in full (app/db/check_record.py)."""
        self.checkpoint()
        self.engine.dispose()
        state, path = self.state, self.sqlite_file
        if path is not None and state.health is Health.OK and state.clean_since is not None:
            from app.db.check_record import remember_clean

            remember_clean(path, state.clean_since)
