"""Shared fixtures: offscreen Qt, a private data folder, and a fresh migrated database per test."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

# Qt must not look for a display, and nothing may touch the real per-user data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from argon2 import PasswordHasher  # noqa: E402

from app.db import Database, open_database  # noqa: E402
from app.db.engine import create_db_engine  # noqa: E402
from app.models.enums import UserRole  # noqa: E402
from app.services.actor import Actor  # noqa: E402
from app.services.hub import Services  # noqa: E402


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("LEDGER_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def _chinese_display() -> Iterator[None]:
    """Every test starts and ends with the interface in Chinese (the default display language)."""
    from app.services.language import ZH, set_display_language

    set_display_language(ZH)
    yield
    set_display_language(ZH)


# Hashing at production cost takes a tenth of a second or more; tests hash hundreds of times.
# tests/unit/test_accounts.py checks once that the production parameters meet the minimum.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import accounts

    monkeypatch.setattr(accounts, "HASHER", CHEAP_HASHER)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head; each test gets a copy (migrating per test is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(path)
    db.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "ledger.sqlite3"
    shutil.copy(migrated_template, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(create_db_engine(db_path))
    yield database
    database.dispose()


@pytest.fixture
def actor() -> Actor:
    return Actor(username="clerk", display_name="张文书", role=UserRole.CLERK)


@pytest.fixture
def services(db: Database, actor: Actor) -> Services:
    return Services(db, actor)
