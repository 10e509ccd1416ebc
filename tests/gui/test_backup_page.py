"""备份与恢复 as a clerk uses it, and the window's safekeeping: background check, damage, backups."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database, Startup, open_database
from app.db.backup_store import KIND_AUTO, BackupInfo, list_backups
from app.db.health import Health
from app.models.enums import UserRole
from app.models.suggestions import SuggestionCreate
from app.services.actor import Actor
from app.services.hub import Services
from app.ui.dialogs.damaged_dialog import DamagedDatabaseDialog
from app.ui.main_window import MainWindow
from app.ui.pages.backup_page import BackupPage
from app.ui.safekeeping import Safekeeping, first_window
from app.ui.settings import UiSettings
from tests.gui.helpers import MessageBoxes, add_platform

ADMIN = Actor("admin", "管理员", UserRole.ADMIN)


def cell(page: BackupPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    return item.text() if item is not None else ""


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def admin_window(qtbot: QtBot, db: Database, ui_settings: UiSettings) -> MainWindow:
    window = MainWindow(Services(db, ADMIN), ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_back_up_verify_and_restore_from_the_page(
    admin_window: MainWindow, db_path: Path, message_boxes: MessageBoxes
) -> None:
    services = admin_window.services
    add_platform(services, "城西区古城台街道委员驿站")
    page = admin_window.select_page("backup")
    assert isinstance(page, BackupPage)
    assert page.table.rowCount() == 0 and "还没有备份" in page.message.text()
    assert str(db_path.parent / "backups") in page.folder_label.text()
    page.create_backup()
    assert page.table.rowCount() == 1
    assert [cell(page, 0, c) for c in (1, 3, 4, 7)] == ["手动", "0", "0", "已验证"]
    assert "已备份并验证" in page.message.text()
    page.verify_selected()
    assert "验证通过" in page.message.text()

    add_platform(services, "湟中区委员工作室")
    message_boxes.accept = True
    page.table.selectRow(0)
    page.restore_selected()
    question, done = message_boxes.texts[-2:]
    assert "替换当前数据库的全部内容" in question and "恢复前" in question
    assert "已从备份恢复" in done and "恢复前的数据库已备份为" in done
    assert count(db_path, "platform") == 1
    assert [cell(page, r, 1) for r in range(page.table.rowCount())] == ["恢复前", "手动"]


def test_the_page_follows_the_role(qtbot: QtBot, db: Database, ui_settings: UiSettings) -> None:
    clerk = BackupPage(Services(db, Actor("c", "张文书", UserRole.CLERK)), ui_settings)
    qtbot.addWidget(clerk)
    clerk.activate()
    clerk.create_backup()
    assert clerk.table.rowCount() == 1 and clerk.verify_button.isEnabled()
    assert not clerk.restore_button.isEnabled()  # restoring is for administrators
    viewer = BackupPage(Services(db, Actor("v", "只读", UserRole.VIEWER)), ui_settings)
    qtbot.addWidget(viewer)
    viewer.activate()
    assert "只有管理员和办公室工作人员" in viewer.notice.text()
    assert not viewer.create_button.isEnabled() and viewer.table.rowCount() == 0


def test_a_new_folder_is_used_for_the_next_backups(admin_window: MainWindow, tmp_path: Path) -> None:
    page = admin_window.select_page("backup")
    assert isinstance(page, BackupPage)
    usb = tmp_path / "U盘" / "台账备份"
    page.set_folder(usb)
    assert page.folder_label.text() == str(usb.resolve())
    page.create_backup()
    assert len(list(usb.glob("*.sqlite3"))) == 1
    page.set_folder(None)
    assert page.table.rowCount() == 0  # the default folder has none


# -- safekeeping ------------------------------------------------------------------------------------


@pytest.fixture
def opened(db_path: Path) -> Iterator[Database]:
    """The database as the desktop app opens it: the check left to the window."""
    db = open_database(db_path, startup=Startup.IN_BACKGROUND)
    yield db
    db.dispose()


def keep(qtbot: QtBot, db: Database, ui_settings: UiSettings) -> tuple[MainWindow, Safekeeping]:
    window = MainWindow(Services(db, ADMIN), ui_settings)
    qtbot.addWidget(window)
    window.show()
    return window, Safekeeping(window)


def test_the_check_passes_and_a_first_backup_is_made(
    qtbot: QtBot, opened: Database, db_path: Path, ui_settings: UiSettings
) -> None:
    assert opened.state.health is Health.CHECKING
    window, keeper = keep(qtbot, opened, ui_settings)
    assert "正在检查数据库" in keeper.label.text()
    keeper.start()
    assert opened.state.health is Health.OK and not keeper.label.isVisible()
    [first] = list_backups(db_path.parent / "backups", db_path.stem)
    assert first.kind == KIND_AUTO
    keeper.back_up_if_changed()
    assert len(list_backups(db_path.parent / "backups", db_path.stem)) == 1  # nothing changed
    add_platform(window.services, "新建驿站")
    keeper.finish()  # on exit, since something changed
    assert len(list_backups(db_path.parent / "backups", db_path.stem)) == 2


def damaged_with_backup(db_path: Path, table: str) -> BackupInfo:
    """Forty platforms with suggestions, a verified backup, then one table's root page destroyed."""
    services = Services(open_database(db_path), ADMIN)
    for i in range(40):
        platform = add_platform(services, f"第{i:02d}委员驿站", address="城西区古城台街道" * 20)
        services.suggestions.create(SuggestionCreate(title=f"建议{i:02d}" * 10, platform_id=platform.id))
    good = services.backups.create()
    services.db.dispose()
    with sqlite3.connect(db_path) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    with db_path.open("r+b") as f:
        f.seek(4096 * (root - 1))
        f.write(b"\x0d" + b"\xff" * 4095)
    return good


def test_a_damaged_file_is_offered_its_newest_backup(
    qtbot: QtBot, db_path: Path, ui_settings: UiSettings, message_boxes: MessageBoxes
) -> None:
    good = damaged_with_backup(db_path, "suggestion")
    db = open_database(db_path, startup=Startup.IN_BACKGROUND)
    try:
        window, keeper = keep(qtbot, db, ui_settings)
        keeper.start()
        assert db.state.read_only and keeper.label.text() == "数据库只读"
        dialog = keeper.dialog
        assert dialog is not None and dialog.isVisible()
        assert str(good.path) in dialog.offer.text() and dialog.restore_button.isEnabled()
        assert db_path.with_name("ledger.sqlite3.damaged").is_file()

        salvage = keeper.open_damaged(dialog.report)
        assert salvage is not None and "只读" in salvage.windowTitle()
        salvage.close()

        message_boxes.accept = True
        dialog.restore_button.click()
        assert "已从备份恢复" in message_boxes.texts[-1]
        assert db.state.health is Health.OK and keeper.dialog is None
        assert count(db_path, "suggestion") == 40
        add_platform(window.services, "恢复后新建的驿站")  # writable again
    finally:
        db.dispose()


def test_damage_that_stops_the_window_opening_is_offered_a_restore(
    qtbot: QtBot,
    db_path: Path,
    ui_settings: UiSettings,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damaged_with_backup(db_path, "platform")  # the 工作台 reads the platforms while it is built
    db = open_database(db_path, startup=Startup.IN_BACKGROUND)
    services = Services(db, ADMIN)
    try:
        shown: list[DamagedDatabaseDialog] = []

        def answer(dialog: DamagedDatabaseDialog) -> int:
            shown.append(dialog)
            dialog.restore_button.click()
            return 1

        monkeypatch.setattr(DamagedDatabaseDialog, "exec", answer)
        message_boxes.accept = True
        window = first_window(lambda: MainWindow(services, ui_settings), services)
        assert window is not None and shown and not shown[0].open_button.isVisible()
        qtbot.addWidget(window)
        assert count(db_path, "platform") == 40 and not db.state.read_only
    finally:
        db.dispose()


def test_damage_met_later_switches_the_window_to_read_only(
    qtbot: QtBot, opened: Database, ui_settings: UiSettings
) -> None:
    _window, keeper = keep(qtbot, opened, ui_settings)
    keeper.start()
    assert keeper.dialog is None
    opened.state.corruption_met(sqlite3.DatabaseError("database disk image is malformed"))
    qtbot.waitUntil(lambda: keeper.dialog is not None)
    assert keeper.label.text() == "数据库只读"
    assert (
        keeper.dialog is not None and "database disk image is malformed" in keeper.dialog.report.problems[0]
    )
    keeper.dialog.continue_button.click()  # 继续只读查看
    assert not keeper.dialog.isVisible()
