"""On screen: the first-run dialog, signing in, a coordinator's window, rosters and the audit log."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import MembershipRole, UserRole
from app.services.accounts import AccountService
from app.services.hub import Services
from app.services.office_settings import OfficeSettingsService
from app.services.users import UserCreate
from app.ui.dialogs.first_run_dialog import FirstRunDialog
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.dialogs.sign_in_dialog import SignInDialog
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings
from tests.gui.helpers import MessageBoxes, add_platform, add_session, type_text

PASSWORD = "屏幕上的密码2025"


def _admin(db: Database) -> Services:
    return Services(db, AccountService(db).create_first_admin("admin", "系统管理员", PASSWORD))


def test_first_run_dialog_names_the_office_and_signs_the_administrator_in(qtbot: QtBot, db: Database) -> None:
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.office_name, "西宁市政协办公室")
    type_text(qtbot, dialog.username, "wang")
    type_text(qtbot, dialog.display_name, "王主任")
    type_text(qtbot, dialog.password, "short")
    type_text(qtbot, dialog.repeat, "short")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.result() == 0 and "密码至少 8 个字符" in dialog.form.error_text("password")
    for field in (dialog.password, dialog.repeat):
        field.clear()
    type_text(qtbot, dialog.password, PASSWORD)
    type_text(qtbot, dialog.repeat, PASSWORD + "x")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "不一致" in dialog.form.error_text("repeat")
    dialog.repeat.clear()
    type_text(qtbot, dialog.repeat, PASSWORD)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.result() == 1
    assert dialog.actor is not None and (dialog.actor.username, dialog.actor.role) == ("wang", UserRole.ADMIN)
    assert OfficeSettingsService(db, dialog.actor).get().office_name == "西宁市政协办公室"
    assert AccountService(db).sign_in("wang", PASSWORD).display_name == "王主任"


def test_sign_in_dialog_says_what_is_wrong_and_lets_the_right_person_in(qtbot: QtBot, db: Database) -> None:
    _admin(db)
    dialog = SignInDialog(db, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.actor is None
    assert "用户名或密码不正确" in dialog.error.text() and dialog.password.text() == ""
    type_text(qtbot, dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin" and not dialog.isVisible()


def test_a_coordinators_window_shows_only_their_platforms(
    qtbot: QtBot, db: Database, ui_settings: UiSettings, message_boxes: MessageBoxes
) -> None:
    admin = _admin(db)
    own, other = add_platform(admin, "甲驿站"), add_platform(admin, "乙驿站")
    add_session(admin, own, "甲站议题")
    add_session(admin, other, "乙站议题")
    admin.users.create(
        UserCreate(username="lly", role=UserRole.COORDINATOR, platform_ids=[own.id], password=PASSWORD)
    )
    coordinator = AccountService(db).sign_in("lly", PASSWORD)
    window = MainWindow(Services(db, coordinator), ui_settings)
    qtbot.addWidget(window)
    window.show()
    assert "accounts" not in window.pages and "audit" not in window.pages
    platforms = window.select_page("platforms")
    assert [platforms.model.row(i)["name"] for i in range(platforms.model.rowCount())] == ["甲驿站"]
    assert not platforms.new_button.isEnabled()  # platforms are the office's
    sessions = window.select_page("sessions")
    assert [sessions.model.row(i)["topic"] for i in range(sessions.model.rowCount())] == ["甲站议题"]
    assert sessions.new_button.isEnabled()
    sessions.view.selectRow(0)
    assert sessions.archive_button.isEnabled()
    members = window.select_page("members")
    assert not members.new_button.isEnabled()  # a reference list for coordinators
    status = window.statusBar().findChild(QLabel, "signedIn")
    assert isinstance(status, QLabel) and status.text() == "当前用户：lly（平台联络员）"


def test_adding_a_member_to_a_station_from_its_dialog(qtbot: QtBot, db: Database) -> None:
    admin = _admin(db)
    station = add_platform(admin, "城西区胜利路委员驿站")
    from app.models import MemberCreate

    member = admin.members.create(MemberCreate(name="马海云", sector="经济界"))
    dialog = PlatformDialog(admin, station.id)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.roster)
    roster = dialog.roster
    assert roster.table.rowCount() == 0 and roster.add_button.isEnabled()
    adding = roster.add()
    assert adding is not None
    adding.other.set_value(member.id)
    adding.role.set_value(MembershipRole.HEAD)
    adding.joined.set_value(date(2024, 3, 1))
    adding.accept()
    assert roster.table.rowCount() == 1
    assert roster.table.item(0, 0).text() == "马海云（经济界）" and roster.table.item(0, 1).text() == "站长"
    assert [(m.name, r) for m, r in admin.rosters.members_of(station.id)] == [("马海云", MembershipRole.HEAD)]
    roster.table.selectRow(0)
    assert roster.leave_selected()
    assert roster.table.rowCount() == 0 and admin.rosters.members_of(station.id) == []
    roster.show_former.setChecked(True)
    assert roster.table.rowCount() == 1 and roster.table.item(0, 4).text() == "已离开"
    assert admin.platforms.list().rows[0]["member_count"] == 0


def test_the_log_page_shows_changes_field_by_field(
    qtbot: QtBot, db: Database, ui_settings: UiSettings, message_boxes: MessageBoxes
) -> None:
    admin = _admin(db)
    station = add_platform(admin, "甲驿站")
    from app.models.platforms import PlatformUpdate

    admin.platforms.update(station.id, PlatformUpdate(address="胜利路1号"))
    window = MainWindow(admin, ui_settings)
    qtbot.addWidget(window)
    window.show()
    page = window.select_page("audit")
    first = page.model.row(0)
    assert (
        first["entity_label"] == "站室组" and first["action_label"] == "修改" and first["changed"] == "地址"
    )
    page.view.selectRow(0)
    assert page.detail.item(0, 0).text() == "地址"
    assert (page.detail.item(0, 1).text(), page.detail.item(0, 2).text()) == ("（空）", "胜利路1号")
    assert page.open_button.isEnabled()
    opened = page.open_record()
    assert isinstance(opened, PlatformDialog) and opened.address.text() == "胜利路1号"
    opened.reject()  # a window-modal dialog left open would block the next tests
    page.action.set_value("sign_in")
    assert {page.model.row(i)["action_label"] for i in range(page.model.rowCount())} == {"登录"}
