"""The start-up check's record: an unchanged file is not checked in full again; any change, a copy, a log
left behind or a day's wait brings the full check back, and damage is refused exactly as before."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import Startup, check_record, open_database, startup
from app.db.health import DatabaseDamaged, Health, quick_check
from app.services.hub import Services
from tests.gui.helpers import add_platform
from tests.unit.test_health import ADMIN, damage, damage_table


@pytest.fixture
def filled(services: Services, db_path: Path) -> Path:
    for i in range(30):
        add_platform(services, f"第{i:02d}委员驿站", address="城西区古城台街道" * 20)
    services.db.dispose()
    return db_path


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the full check ran on (it still runs for real)."""
    ran: list[Path] = []

    def counted(path: Path) -> object:
        ran.append(path)
        return quick_check(path)

    monkeypatch.setattr(startup, "quick_check", counted)
    return ran


def opened_and_closed(path: Path, **kwargs: object) -> Health:
    db = open_database(path, **kwargs)  # type: ignore[arg-type]
    health = db.state.health
    db.dispose()
    return health


def test_an_unchanged_file_is_checked_once(filled: Path, checks: list[Path]) -> None:
    assert opened_and_closed(filled) is Health.OK
    assert opened_and_closed(filled) is Health.OK
    assert checks == [filled]


def test_our_own_writes_keep_the_record_and_the_time_of_the_real_check(
    filled: Path, checks: list[Path]
) -> None:
    opened_and_closed(filled)
    checked_at = check_record.last_clean_check(filled)
    db = open_database(filled)
    add_platform(Services(db, ADMIN), "新建的驿站")
    db.dispose()
    assert check_record.last_clean_check(filled) == checked_at  # the write is in the record, not a new check
    assert opened_and_closed(filled) is Health.OK
    assert checks == [filled]


def test_another_programs_write_brings_the_full_check_back(filled: Path, checks: list[Path]) -> None:
    opened_and_closed(filled)
    with sqlite3.connect(filled) as conn:
        conn.execute("UPDATE platform SET address = 'x'")
    conn.close()
    opened_and_closed(filled)
    assert checks == [filled, filled]


def test_damage_after_a_clean_check_is_still_refused(filled: Path, checks: list[Path]) -> None:
    opened_and_closed(filled)
    damage(filled)
    with pytest.raises(DatabaseDamaged, match="数据库文件已损坏"):
        open_database(filled)  # met by the cheap checks or by the full check: refused either way
    assert filled.with_name(filled.name + ".damaged").is_file()
    assert not check_record.is_still_clean(filled)


def test_damage_met_on_use_is_damage_even_when_the_check_was_skipped(
    filled: Path, checks: list[Path]
) -> None:
    opened_and_closed(filled)
    db = open_database(filled)
    assert checks == [filled]  # trusted
    db.engine.dispose()
    damage_table(filled, "platform")
    with pytest.raises(DatabaseDamaged, match="数据库文件已损坏"):
        Services(db, ADMIN).platforms.choices()
    assert db.state.read_only
    db.dispose()
    assert not check_record.is_still_clean(filled)  # a damaged file is never recorded as clean


def test_a_copy_a_day_old_check_and_a_log_left_behind_are_checked_again(
    filled: Path, checks: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_and_closed(filled)
    copy = tmp_path / "副本.sqlite3"
    shutil.copy(filled, copy)
    opened_and_closed(copy)
    assert checks == [filled, copy]

    record = check_record._record_file()
    entries = json.loads(record.read_text(encoding="utf-8"))
    entries[str(filled.resolve())]["checked_at"] -= check_record.RECHECK_AFTER_S + 1
    record.write_text(json.dumps(entries), encoding="utf-8")
    opened_and_closed(filled)
    assert checks == [filled, copy, filled]

    Path(f"{filled}-wal").write_bytes(b"\0" * 64)  # a crash left changes in the log
    assert not check_record.is_still_clean(filled)
    Path(f"{filled}-wal").unlink()
    assert check_record.is_still_clean(filled)


def test_the_desktop_app_needs_no_background_check_on_an_unchanged_file(
    filled: Path, checks: list[Path]
) -> None:
    assert opened_and_closed(filled, startup=Startup.IN_BACKGROUND) is Health.CHECKING  # never checked
    assert opened_and_closed(filled) is Health.OK
    assert opened_and_closed(filled, startup=Startup.IN_BACKGROUND) is Health.OK  # nothing to wait for
    assert checks == [filled]


def test_the_commands_that_deal_with_damage_always_check_in_full(filled: Path, checks: list[Path]) -> None:
    opened_and_closed(filled)
    opened_and_closed(filled, startup=Startup.TOLERATE_DAMAGE)
    assert checks == [filled, filled]


def test_an_unreadable_record_only_means_a_full_check(filled: Path, checks: list[Path]) -> None:
    opened_and_closed(filled)
    check_record._record_file().write_text("{not json", encoding="utf-8")
    assert opened_and_closed(filled) is Health.OK
    assert checks == [filled, filled]
