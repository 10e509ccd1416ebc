"""Storage: engines, sessions and migrations."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from app.db.session import Database


def open_database(target: str | Path | URL | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database named by `--db`, or the default SQLite file."""
    engine = create_db_engine(target)
    if migrate:
        upgrade(engine)
    return Database(engine)


__all__ = ["Database", "open_database"]
