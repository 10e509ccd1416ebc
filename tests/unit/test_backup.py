"""Backups are consistent snapshots, verified and counted before they count; restores can be undone."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.db import backup as backup_module
from app.db.backup import BackupFailed, Snapshot, create_backup, inspect_file, verify_backup
from app.db.backup_store import (
    KIND_AUTO,
    KIND_BEFORE_RESTORE,
    KIND_MANUAL,
    BackupInfo,
    list_backups,
    newest_verified,
    sqlite_database_id,
)
from app.db.migrate import known_revisions
from app.db.restore import RestoreRefused, restore_sqlite
from app.db.rotation import RotationPolicy, backups_to_remove
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.backups import BackupService
from app.services.errors import PermissionDenied
from app.services.hub import Services
from tests.gui.helpers import add_platform


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def platforms(services: Services, *names: str) -> None:
    for name in names:
        add_platform(services, name)


def test_a_backup_is_verified_counted_and_listed(services: Services, db_path: Path, tmp_path: Path) -> None:
    platforms(services, "城西区古城台街道委员驿站", "湟中区委员工作室")
    folder = tmp_path / "备份"
    info = create_backup(db_path, folder, kind=KIND_MANUAL)
    assert info.verified and info.path.parent == folder and info.path.name.endswith("-manual.sqlite3")
    assert info.counts["platform"] == 2 and info.counts["audit_entry"] == 2
    assert info.database_id is not None and info.database_id == sqlite_database_id(db_path)
    manifest = json.loads(info.manifest.read_text(encoding="utf-8"))
    assert manifest["counts"]["platform"] == 2 and manifest["verified"] is True
    assert manifest["sha256"] == info.sha256 and manifest["schema_revision"] == info.schema_revision
    with sqlite3.connect(info.path) as conn:  # one self-contained file
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert list_backups(folder, db_path.stem) == [info]
    assert verify_backup(info).verified
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no leftovers


def test_the_snapshot_holds_what_is_still_in_the_write_ahead_log(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    platforms(services, "新建驿站")
    assert Path(f"{db_path}-wal").stat().st_size > 0  # not yet in the main file
    info = create_backup(db_path, tmp_path / "b", kind=KIND_MANUAL)
    assert count(info.path, "platform") == 1


def test_a_backup_that_fails_verification_displaces_nothing(
    services: Services, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "b"
    good = create_backup(db_path, folder, kind=KIND_MANUAL)
    platforms(services, "甲驿站")
    real = backup_module.inspect_file

    def damaged(path: Path) -> Snapshot:
        found = real(path)
        return Snapshot(found.revision, found.counts, ["完整性检查：Page 7 is never used"])

    monkeypatch.setattr(backup_module, "inspect_file", damaged)
    for _ in range(5):
        with pytest.raises(BackupFailed) as info:
            create_backup(db_path, folder, kind=KIND_AUTO)
        assert "已有的备份都保留着" in str(info.value)
    assert list_backups(folder, db_path.stem) == [good]
    assert sorted(p.name for p in folder.iterdir()) == [good.path.name, good.manifest.name]


def test_counts_differing_from_the_database_fail_verification(
    services: Services, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    platforms(services, "甲驿站")
    real = backup_module.inspect_file
    monkeypatch.setattr(
        backup_module,
        "inspect_file",
        lambda path: Snapshot(real(path).revision, {**real(path).counts, "platform": 0}, []),
    )
    with pytest.raises(BackupFailed) as info:
        create_backup(db_path, tmp_path / "b", kind=KIND_AUTO)
    assert "记录数与数据库不一致（表：platform）" in str(info.value)


def test_a_tampered_backup_fails_and_is_no_longer_offered(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    older = create_backup(db_path, folder, kind=KIND_MANUAL)
    newer = create_backup(db_path, folder, kind=KIND_MANUAL)
    with newer.path.open("r+b") as f:
        f.seek(5000)
        f.write(b"\x00garbage\x00")
    checked = verify_backup(newer)
    assert not checked.verified and "内容与备份时记录的不符" in checked.problems[0]
    assert newest_verified(folder, db_path.stem) == older  # the failure was recorded in the manifest


def test_a_file_without_manifest_is_unverified_until_verified(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    old = folder / f"{db_path.stem}-20250101-080000-before-0003.sqlite3"
    with sqlite3.connect(db_path) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    [listed] = list_backups(folder, db_path.stem)
    assert not listed.verified and listed.kind == "before-upgrade"
    adopted = verify_backup(listed)
    assert adopted.verified and adopted.counts and newest_verified(folder, db_path.stem) is not None


def test_a_renamed_copy_finds_the_backups_of_its_database(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    info = create_backup(db_path, folder, kind=KIND_MANUAL)
    copy = tmp_path / "副本.sqlite3"
    shutil.copy(db_path, copy)
    assert newest_verified(folder, copy.stem, sqlite_database_id(copy)) == info
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA user_version = 12345")
    assert newest_verified(folder, other.stem, sqlite_database_id(other)) is None


# -- rotation ---------------------------------------------------------------------------------------


def fake(moment: datetime, kind: str = KIND_AUTO, verified: bool = True) -> BackupInfo:
    return BackupInfo(
        path=Path(f"/b/{moment:%Y%m%d-%H%M}-{kind}.sqlite3"),
        database="ledger",
        engine="sqlite",
        kind=kind,
        created_at=moment,
        size=1,
        sha256="x",
        schema_revision="0005",
        verified=verified,
    )


def test_rotation_keeps_days_weeks_and_months_like_anki() -> None:
    now = datetime(2026, 6, 30, 18, 0, tzinfo=UTC)
    hourly = [fake(now - timedelta(hours=h)) for h in range(0, 24 * 400, 6)]  # four a day for 400 days
    removed = backups_to_remove(
        hourly, now=now, policy=RotationPolicy(recent=3, daily=7, weekly=4, monthly=12)
    )
    gone = {b.path for b in removed}
    kept = [b for b in hourly if b.path not in gone]
    assert kept[:3] == hourly[:3]  # the newest few
    days = {b.created_at.astimezone().date() for b in kept}
    assert len(days) <= 3 + 7 + 4 + 12 and len(kept) <= 3 + 7 + 4 + 12
    months = {(b.created_at.astimezone().year, b.created_at.astimezone().month) for b in kept}
    assert len(months) == 12
    assert min(b.created_at for b in kept) > now - timedelta(days=366)
    assert backups_to_remove(kept, now=now) == []  # thinning twice changes nothing


def test_rotation_never_removes_unverified_or_recent_safety_copies() -> None:
    now = datetime(2026, 6, 30, 18, 0, tzinfo=UTC)
    same_day = [fake(now - timedelta(minutes=m)) for m in range(0, 300, 30)]
    safety = fake(now - timedelta(minutes=301), KIND_BEFORE_RESTORE)
    broken = fake(now - timedelta(minutes=302), verified=False)
    removed = backups_to_remove([*same_day, safety, broken], now=now)
    assert {b.path for b in removed} == {
        b.path for b in same_day[3:]
    }  # not the safety copy, not the broken one
    old_safety = fake(now - timedelta(days=400), KIND_BEFORE_RESTORE)
    again = backups_to_remove(
        [*same_day, old_safety], now=now, policy=RotationPolicy(daily=1, weekly=1, monthly=1)
    )
    assert old_safety.path in {b.path for b in again}


# -- restore ----------------------------------------------------------------------------------------


def test_restore_brings_the_counts_back_and_can_be_undone(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    platforms(services, "甲驿站", "乙驿站")
    first = create_backup(db_path, folder, kind=KIND_MANUAL)
    platforms(services, "丙驿站")
    services.db.engine.dispose()
    result = restore_sqlite(db_path, first, folder, known_revisions=known_revisions())
    assert result.counts == dict(first.counts) and count(db_path, "platform") == 2
    assert result.safety_copy is not None and result.safety_copy.kind == KIND_BEFORE_RESTORE
    assert result.safety_copy.counts["platform"] == 3
    assert {name for _id, name in services.platforms.choices()} == {"甲驿站", "乙驿站"}  # the app sees it
    services.db.engine.dispose()
    undo = restore_sqlite(db_path, result.safety_copy, folder, known_revisions=known_revisions())
    assert count(db_path, "platform") == 3 and undo.safety_copy is not None


def test_restore_refuses_unverified_and_newer_backups(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    info = create_backup(db_path, folder, kind=KIND_MANUAL)
    with pytest.raises(RestoreRefused) as refused:
        restore_sqlite(db_path, info, folder, known_revisions={"0001"})
    assert "更高版本" in str(refused.value)
    info.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    before = db_path.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        restore_sqlite(db_path, info, folder, known_revisions=known_revisions())
    assert "未通过验证" in str(refused.value)
    assert db_path.read_bytes() == before


def test_restore_over_a_file_sqlite_cannot_open(services: Services, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    platforms(services, "甲驿站")
    info = create_backup(db_path, folder, kind=KIND_MANUAL)
    services.db.dispose()
    db_path.write_bytes(b"\x00" * 8192)  # the header itself is gone
    Path(f"{db_path}-wal").write_bytes(b"stale log")
    result = restore_sqlite(db_path, info, folder, known_revisions=known_revisions(), damaged=True)
    assert result.damaged_copy == db_path.with_name(db_path.name + ".damaged")
    assert result.damaged_copy.read_bytes() == b"\x00" * 8192
    assert inspect_file(db_path).problems == [] and count(db_path, "platform") == 1


def test_only_admins_restore_and_only_office_staff_back_up(services: Services, tmp_path: Path) -> None:
    clerk = BackupService(services.db, Actor("c", "张文书", UserRole.CLERK))
    info = clerk.create()
    assert clerk.list() == [info] and clerk.verify(info).verified
    with pytest.raises(PermissionDenied) as denied:
        clerk.restore(info)
    assert denied.value.message == "只有管理员可以从备份恢复数据库。"
    for role in (UserRole.COORDINATOR, UserRole.VIEWER):
        other = BackupService(services.db, Actor("x", "某人", role))
        for action in (other.create, other.list, lambda o=other: o.verify(info)):
            with pytest.raises(PermissionDenied) as denied:
                action()
            assert "只有管理员和工作人员可以查看、创建和验证备份" in denied.value.message
    admin = BackupService(services.db, Actor("a", "管理员", UserRole.ADMIN))
    assert admin.restore(info).restored.path == info.path


def test_automatic_backups_only_when_something_changed(services: Services) -> None:
    auto = BackupService(services.db, Actor("v", "只读", UserRole.VIEWER))  # the program's own doing
    first = auto.automatic(changed=False)
    assert first is not None and first.kind == KIND_AUTO  # none existed yet
    assert auto.automatic(changed=False) is None
    assert auto.automatic(changed=True) is not None
