"""Values tests share: the actor that reads everything (an administrator), and demo ledgers."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from app.models.enums import UserRole
from app.services.actor import Actor

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
