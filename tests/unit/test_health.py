"""Start-up checks: a damaged file is never written to, writes wait for the check, network shares refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.db import Startup, open_database
from app.db.backup import create_backup
from app.db.backup_store import KIND_MANUAL
from app.db.health import DatabaseDamaged, DatabaseReadOnly, Health, quick_check
from app.db.network_fs import NetworkShareRefused, mount_type, network_location, refuse_network_share
from app.db.startup import check_file
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.hub import Services
from tests.gui.helpers import add_platform

PAGE = 4096
ADMIN = Actor("admin", "管理员", UserRole.ADMIN)


def damage(path: Path, pages: range = range(20, 40)) -> None:
    """Overwrite whole pages with a b-tree page header and garbage, as a failing disk would."""
    with path.open("r+b") as f:
        for page in pages:
            f.seek(PAGE * page)
            f.write(bytes([0x0D]) + b"\xff" * (PAGE - 1))


def damage_table(path: Path, table: str) -> None:
    """Damage the root page of one table (the schema stays readable, so the file still opens)."""
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    damage(path, range(root - 1, root))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(services: Services, db_path: Path) -> Path:
    """A database with enough rows to span many pages, checkpointed into the main file."""
    for i in range(60):
        add_platform(services, f"第{i:02d}委员驿站", address="城西区古城台街道" * 20)
    services.db.dispose()
    return db_path


def test_quick_check_tells_good_from_damaged(filled: Path) -> None:
    assert quick_check(filled).ok
    damage(filled)
    result = quick_check(filled)
    assert not result.ok and result.problems


def test_a_command_refuses_a_damaged_file_and_names_the_newest_backup(filled: Path, tmp_path: Path) -> None:
    backup = create_backup(filled, filled.parent / "backups", kind=KIND_MANUAL)
    damage(filled)
    before = digest(filled)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(filled)
    message = str(info.value)
    assert "数据库文件已损坏" in message and "不会写入它" in message
    assert str(backup.path) in message and "backup restore" in message
    kept = filled.with_name(filled.name + ".damaged")
    assert f"损坏的文件已另存为：{kept}" in message
    assert digest(kept) == before and digest(filled) == before  # never written to


def test_commands_that_deal_with_damage_get_a_read_only_database(filled: Path) -> None:
    damage(filled)
    db = open_database(filled, startup=Startup.TOLERATE_DAMAGE)
    try:
        assert db.state.read_only and db.state.damage is not None
        assert db.state.damage.newest_backup is None
        with pytest.raises(DatabaseReadOnly), db.session() as s:
            s.execute(sa.text("DELETE FROM platform"))
    finally:
        db.dispose()


def test_the_desktop_app_reads_at_once_and_writes_wait_for_the_check(filled: Path) -> None:
    db = open_database(filled, startup=Startup.IN_BACKGROUND)
    services = Services(db, ADMIN)
    try:
        assert db.state.health is Health.CHECKING
        assert len(services.platforms.choices()) == 60  # reading does not wait
        written = threading.Event()

        def write() -> None:
            add_platform(services, "检查期间新建的驿站")
            written.set()

        writer = threading.Thread(target=write)
        writer.start()
        assert not written.wait(0.3)  # held while the check has not run
        assert check_file(db)
        assert written.wait(10)
        writer.join()
        assert db.state.health is Health.OK
    finally:
        db.dispose()


def test_damage_found_by_the_background_check_makes_it_read_only(filled: Path) -> None:
    db = open_database(filled, startup=Startup.IN_BACKGROUND)
    try:
        damage(filled)
        assert not check_file(db)
        assert db.state.read_only and db.state.damage.kept_as is not None
        with pytest.raises(DatabaseReadOnly):
            add_platform(Services(db, ADMIN), "不应写入")
    finally:
        db.dispose()


def test_corruption_met_later_switches_to_read_only(filled: Path) -> None:
    db = open_database(filled)
    services = Services(db, ADMIN)
    try:
        assert db.state.health is Health.OK
        db.engine.dispose()
        damage_table(filled, "platform")
        with pytest.raises(DatabaseDamaged) as info:
            services.platforms.choices()
        assert "数据库文件已损坏" in str(info.value)
        assert db.state.read_only
        with pytest.raises(DatabaseReadOnly):
            add_platform(services, "不应写入")
        with db.engine.connect() as conn:  # below the services too: SQLite itself refuses
            assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
            with pytest.raises(sa.exc.OperationalError, match="readonly"):
                conn.exec_driver_sql("DELETE FROM handling_unit")
    finally:
        db.dispose()


def test_the_damaged_copy_opens_read_only_to_copy_out(filled: Path) -> None:
    shutil.copy(filled, filled.with_name("ledger.sqlite3.damaged"))
    db = open_database(filled.with_name("ledger.sqlite3.damaged"))
    try:
        assert db.state.read_only and "只读打开" in (db.state.reason or "")
        assert len(Services(db, ADMIN).platforms.choices()) == 60
        with pytest.raises(DatabaseReadOnly):
            add_platform(Services(db, ADMIN), "不应写入")
    finally:
        db.dispose()


def test_closing_checkpoints_so_the_file_alone_is_complete(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    add_platform(services, "刚登记的驿站")
    assert Path(f"{db_path}-wal").stat().st_size > 0
    services.db.dispose()
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    alone = tmp_path / "只复制主文件.sqlite3"
    shutil.copy(db_path, alone)
    with sqlite3.connect(alone) as conn:
        assert conn.execute("SELECT count(*) FROM platform").fetchone() == (1,)


def test_a_file_that_is_not_sqlite_is_refused_without_a_damaged_copy(tmp_path: Path) -> None:
    notes = tmp_path / "会议记录.sqlite3"
    notes.write_text("这不是数据库" * 100, encoding="utf-8")
    with pytest.raises(Exception, match="不是本程序的数据库"):
        open_database(notes)
    assert not notes.with_name(notes.name + ".damaged").exists()


# -- network shares -----------------------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/office nfs4 rw,relatime 0 0
//nas/共享 /mnt/smb cifs rw 0 0
user@host:/data /home/clerk/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/clerk/U\\040盘 fuseblk rw 0 0
"""


def test_mounts_are_read_with_their_escapes() -> None:
    assert mount_type(Path("/media/clerk/U 盘/ledger.sqlite3"), MOUNTS) == ("/media/clerk/U 盘", "fuseblk")
    assert mount_type(Path("/mnt/officer/x"), MOUNTS) == ("/", "ext4")  # a prefix is not a parent


@pytest.mark.parametrize(
    ("path", "found"),
    [
        ("/mnt/office/台账/ledger.sqlite3", "NFS"),
        ("/mnt/smb/ledger.sqlite3", "SMB/CIFS"),
        ("/home/clerk/remote/ledger.sqlite3", "SSHFS"),
        ("/media/clerk/U 盘/ledger.sqlite3", None),
        ("/home/clerk/ledger.sqlite3", None),
    ],
)
def test_network_filesystems_on_linux(path: str, found: str | None) -> None:
    where = network_location(Path(path), platform="linux", mounts=MOUNTS)
    assert (where is None) if found is None else (where is not None and found in where)


def test_network_locations_on_windows() -> None:
    drives = {"C:\\": 3, "Z:\\": 4}
    probe = {"platform": "win32", "drive_type": drives.__getitem__}
    assert "网络共享文件夹" in (network_location(Path("\\\\server\\台账\\ledger.sqlite3"), **probe) or "")
    assert "映射的网络驱动器（Z:）" in (network_location(Path("Z:\\台账\\ledger.sqlite3"), **probe) or "")
    assert network_location(Path("C:\\Users\\clerk\\ledger.sqlite3"), **probe) is None


def test_a_network_share_is_refused_unless_overridden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEDGER_ALLOW_NETWORK_SHARE", raising=False)
    target = Path("/mnt/office/ledger.sqlite3")
    with pytest.raises(NetworkShareRefused) as refused:
        refuse_network_share(target, platform="linux", mounts=MOUNTS)
    assert "PostgreSQL" in str(refused.value) and "--allow-network-share" in str(refused.value)
    warning = refuse_network_share(target, allow=True, platform="linux", mounts=MOUNTS)
    assert warning is not None and warning.startswith("警告：")
    monkeypatch.setenv("LEDGER_ALLOW_NETWORK_SHARE", "1")
    assert refuse_network_share(target, platform="linux", mounts=MOUNTS) is not None


def test_signing_in_to_a_damaged_database_checks_the_password_and_records_nothing(filled: Path) -> None:
    from app.services.accounts import AccountService
    from app.services.errors import ServiceError

    db = open_database(filled)
    AccountService(db).create_first_admin("admin", "管理员", "demo1234")
    db.dispose()
    damage_table(filled, "platform")
    db = open_database(filled, startup=Startup.TOLERATE_DAMAGE)
    try:
        assert db.state.read_only
        before = digest(filled)
        assert AccountService(db).sign_in("admin", "demo1234").role is UserRole.ADMIN
        with pytest.raises(ServiceError):
            AccountService(db).sign_in("admin", "wrong password")
        assert digest(filled) == before
    finally:
        db.dispose()
