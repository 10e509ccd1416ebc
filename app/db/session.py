"""Session factory and the one place where transactions commit or roll back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from app.db.engine import lock_writers, writer_engine


class Database:
    """Owns the engine and hands out sessions; passed to services and pages through constructors."""

    def __init__(self, engine: Engine) -> None:
        from app.models import load_all

        load_all()  # every table registered before the first session (foreign keys, flush order)
        self.engine = engine
        self._read = sessionmaker(bind=engine, class_=Session, expire_on_commit=False)
        self._write = sessionmaker(bind=writer_engine(engine), class_=Session, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on any error."""
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

    def dispose(self) -> None:
        self.engine.dispose()
