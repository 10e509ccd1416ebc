"""The writers the crash tests kill: each opens the database as the app does and works until killed.

They run in processes forked from a multiprocessing fork server that has imported the app once, so a
killed writer is replaced in milliseconds instead of the seconds a fresh interpreter takes.
"""

from __future__ import annotations

import itertools
import os
from datetime import date
from pathlib import Path
from typing import Any

from app.db import open_database
from app.db.backup import create_backup
from app.db.backup_store import KIND_AUTO, list_backups
from app.db.migrate import known_revisions
from app.db.restore import restore_sqlite
from app.models import ConsultationSessionCreate, PlatformCreate, SuggestionCreate
from app.models.enums import SessionState, TopicSource, UserRole
from app.services.actor import Actor
from app.services.hub import Services
from app.services.ledger_import import LedgerImportService

ACTOR = Actor("crash", "测试员", UserRole.ADMIN)


def ordinary_writes(db_path: str, started: Any) -> None:
    """Platforms, sessions and suggestions, one transaction each, as clerks enter them."""
    services = Services(open_database(db_path), ACTOR)
    for n in itertools.count():
        platform = services.platforms.create(
            PlatformCreate(
                kind="station",
                name=f"崩溃测试驿站{os.getpid()}-{n:05d}",
                district="城西区",
                address="古城台街道" * 8,
            )
        )
        session = services.sessions.create(
            ConsultationSessionCreate(
                topic=f"第{n}次协商：背街小巷环境整治",
                topic_source=TopicSource.RESIDENTS,
                held_on=date(2025, 5, 1 + n % 28),
                platform_id=platform.id,
                state=SessionState.HELD,
                minutes="会议纪要" * 200,
            )
        )
        for k in range(3):
            services.suggestions.create(SuggestionCreate(title=f"建议{n}-{k}", session_id=session.id))
        started.set()


def excel_import(db_path: str, workbook: str, applying: Any) -> None:
    """Read and check the ledger, then write it in its one transaction."""
    service = LedgerImportService(open_database(db_path), ACTOR)
    preview = service.read(workbook)
    mapping = preview.mapping.copy()
    mapping.fill_dates, mapping.default_result = True, "B"  # as a clerk answers for the hand-kept ledger
    plan = service.validate(preview, mapping)
    assert plan.ok, plan.errors
    applying.set()
    service.apply(plan)
    applying.clear()  # done: the parent sees the import finished before its kill


def backups(db_path: str, folder: str, started: Any) -> None:
    """Verified backups one after the other, each followed by the thinning of the folder."""
    db = open_database(db_path)
    db.dispose()
    for _ in itertools.count():
        create_backup(Path(db_path), Path(folder), kind=KIND_AUTO)
        started.set()


def restores(db_path: str, folder: str, started: Any) -> None:
    """Restore the folder's backups in turn (each restore first keeps a before-restore backup)."""
    db = open_database(db_path)
    db.dispose()
    known = known_revisions()
    sources = [b for b in list_backups(Path(folder), Path(db_path).stem) if b.kind == "manual"]
    for backup in itertools.cycle(sources):
        restore_sqlite(Path(db_path), backup, Path(folder), known_revisions=known)
        started.set()
