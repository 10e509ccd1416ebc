"""The main window: navigation, menus, status bar, remembered layout, start-up and the crash dialog."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app import __version__
from app.db.session import Database
from app.models.enums import UserRole
from app.services.accounts import AccountService
from app.services.actor import Actor
from app.services.hub import Services
from app.ui import actions, crash_hook, launch
from app.ui.dialogs.crash_dialog import CrashDialog
from app.ui.dialogs.sign_in_dialog import SignInDialog
from app.ui.launch import run_gui
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage
from app.ui.settings import UiSettings
from tests.gui.helpers import add_platform


def test_navigation_shows_each_page_with_its_title(window: MainWindow) -> None:
    assert window.page_keys() == [
        "dashboard",
        "platforms",
        "members",
        "sessions",
        "suggestions",
        "units",
        "search",
        "duty",
        "exchange",
        "audit",  # a clerk reads the log; 账户管理 is for administrators only
        "settings",
        "backup",
    ]
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "工作台",
        "站室组",
        "委员",
        "协商议事",
        "意见建议",
        "承办单位",
        "检索",
        "履职档案",
        "数据交换",
        "操作日志",
        "设置",
        "备份与恢复",
    ]
    for key in window.page_keys():
        page = window.select_page(key)
        assert window.current_page() is page and page.isVisible()
        if isinstance(page, ListPage):
            assert page.model.is_live
    with pytest.raises(KeyError):
        window.select_page("reports")


def test_pages_load_only_when_first_shown(services: Services, ui_settings: UiSettings, qtbot: QtBot) -> None:
    main = MainWindow(services, ui_settings)
    qtbot.addWidget(main)
    assert not any(page.model.is_live for page in main.pages.values() if isinstance(page, ListPage))


def test_menus_and_status_bar(window: MainWindow, services: Services) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "视图(&V)", "账户(&A)", "帮助(&H)"]
    entries = {a.text(): [e.text() for e in a.menu().actions()] for a in window.menuBar().actions()}  # type: ignore[attr-defined]
    assert entries["文件(&F)"] == ["导入台账…", "导出台账…", "打印文档…", "设置…", "退出"]
    assert entries["视图(&V)"] == ["工作台", "检索", "刷新"]
    assert entries["账户(&A)"] == ["切换用户…", "修改密码…"]
    assert entries["帮助(&H)"] == ["关于"]
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert f"数据库：{services.db.url}" in labels
    assert "当前用户：张文书（工作人员）" in labels


def test_refresh_menu_rereads_the_current_page(window: MainWindow, services: Services) -> None:
    page = window.select_page("platforms")
    assert page.model.rowCount() == 0  # type: ignore[attr-defined]
    add_platform(services, "城西区委员驿站")
    window.menu_actions["刷新"].trigger()
    assert page.model.rowCount() == 1  # type: ignore[attr-defined]


def test_geometry_page_and_column_widths_are_remembered(
    qtbot: QtBot, services: Services, ui_settings: UiSettings
) -> None:
    first = MainWindow(services, ui_settings)
    qtbot.addWidget(first)
    first.restore_settings()
    first.resize(780, 560)  # within the 800×600 offscreen screen
    page = first.select_page("members")
    assert isinstance(page, ListPage)
    page.view.setColumnWidth(0, 234)
    first.close()  # saves
    second = MainWindow(services, ui_settings)
    qtbot.addWidget(second)
    second.restore_settings()
    assert second.current_page().key == "members"
    assert (second.width(), second.height()) == (780, 560)
    page = second.current_page()
    assert isinstance(page, ListPage) and page.view.columnWidth(0) == 234


def test_about_box(window: MainWindow) -> None:
    box = actions.show_about(window)
    assert "协商议事台账" in box.text() and f"版本 {__version__}" in box.text() and box.isVisible()
    assert box.iconPixmap().width() == 64  # the application icon
    box.close()


def test_run_gui_signs_in_opens_the_window_and_returns_the_exit_code(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own; restore it after
    AccountService(db).create_first_admin("admin", "系统管理员", "开窗口的密码2025")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: list[tuple[str, str]] = []

    def sign_in_like_a_user(dialog: SignInDialog) -> int:
        dialog.password.setText("开窗口的密码2025")
        dialog.accept()
        return int(dialog.result())

    def close_like_a_user() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend((w.services.actor.username, w.windowTitle()) for w in windows)
        for w in windows:
            w.close()  # the last window closing ends the event loop

    monkeypatch.setattr(SignInDialog, "exec", sign_in_like_a_user)
    monkeypatch.setattr(UiSettings, "last_username", lambda self: "admin")
    monkeypatch.setattr(UiSettings, "set_last_username", lambda self, name: None)
    safety = QTimer(singleShot=True, interval=10_000)
    safety.timeout.connect(lambda: app.exit(1))  # fails the test instead of hanging it
    safety.start()
    QTimer.singleShot(0, close_like_a_user)
    assert run_gui(db, ["ledger"]) == 0
    safety.stop()
    assert seen == [("admin", f"协商议事台账 {__version__}")]  # the version from the package metadata
    assert sys.excepthook is crash_hook.gui_excepthook


def test_no_window_without_signing_in_and_switching_users_replaces_it(
    db: Database, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    AccountService(db).create_first_admin("admin", "系统管理员", "开窗口的密码2025")
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 0)  # the user pressed 退出
    assert launch.ask_for_account(db, ui_settings) is None
    session = launch.Session(db, ui_settings)
    first = session.open(AccountService(db).sign_in("admin", "开窗口的密码2025"))
    qtbot.addWidget(first)
    clerk = Actor("clerk", "张文书", UserRole.CLERK)
    monkeypatch.setattr(launch, "ask_for_account", lambda db, settings: clerk)
    actions_by_text = {a.text(): a for a in first.menu_actions.values()}
    actions_by_text["切换用户…"].trigger()
    assert session.window is not None and session.window is not first
    qtbot.addWidget(session.window)
    assert session.window.services.actor is clerk and "accounts" not in session.window.pages
    monkeypatch.setattr(launch, "ask_for_account", lambda db, settings: None)
    current = session.window
    session.switch_user()  # cancelled: the person signed in stays
    assert session.window is current and current.isVisible()


def test_crash_dialog_shows_details_to_copy(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    try:
        _ = 1 / 0
    except ZeroDivisionError as exc:
        error = exc
    with caplog.at_level(logging.CRITICAL, logger="app.crash"):
        dialog = crash_hook.gui_excepthook(type(error), error, error.__traceback__)
    assert isinstance(dialog, CrashDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()  # opened, not exec'd: nothing blocks
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError" in details and "test_crash_dialog_shows_details_to_copy" in details
    assert dialog.details.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert any(
        r.levelno == logging.CRITICAL and "ZeroDivisionError" in r.getMessage() for r in caplog.records
    )
    dialog.reject()
