"""Values tests share: the actor that reads everything (an administrator), and demo ledgers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.enums import UserRole
from app.services.actor import Actor

if TYPE_CHECKING:
    from app.services.hub import Services

ADMIN_ACTOR = Actor("admin", "管理员", UserRole.ADMIN)


def demo_ledger(
    template: Path, path: Path, *, sessions: int, seed: int, today: date, actor: Actor = ADMIN_ACTOR
) -> Path:
    """`path`: a copy of the migrated template holding a demo city of `sessions` sessions, closed again."""
    from app.db import Database
    from app.db.engine import create_db_engine
    from app.services.demo import load_demo

    shutil.copy(template, path)
    database = Database(create_db_engine(path))
    try:
        load_demo(database, sessions=sessions, seed=seed, actor=actor, today=today)
    finally:
        database.dispose()
    return path


@contextmanager
def demo_services(template: Path, path: Path, *, sessions: int, seed: int, today: date) -> Iterator[Services]:
    """The services, as the administrator, over a demo city made at `path` (`demo_ledger`); closed after."""
    from app.db import Database
    from app.db.engine import create_db_engine
    from app.services.hub import Services

    db = Database(create_db_engine(demo_ledger(template, path, sessions=sessions, seed=seed, today=today)))
    try:
        yield Services(db, ADMIN_ACTOR)
    finally:
        db.dispose()
