"""First start and help: the 开始使用 guide on an empty database, the demo loaded from the app with its
accounts, the user guide shipped inside the package, and next year's holidays asked for in December."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.services import getting_started
from app.services.accounts import AccountService
from app.services.hub import Services
from app.ui.dialogs.office_name_dialog import OfficeNameDialog
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.help import UserGuideDialog, guide_text
from app.ui.main_window import MainWindow
from app.ui.notices import show_startup_notice
from app.ui.pages.dashboard_page import DashboardPage
from tests.gui.helpers import MessageBoxes, add_platform, type_text
from tests.support import ADMIN_ACTOR


def dashboard(window: MainWindow) -> DashboardPage:
    page = window.select_page("dashboard")
    assert isinstance(page, DashboardPage)
    return page


def test_an_empty_database_shows_the_four_steps_each_with_its_button(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = dashboard(window)
    assert page.showing_guide()
    guide = page.guide
    assert [guide.numbers[k].text() for k in guide.STEPS] == ["1", "2", "3", "4"]
    assert not guide.buttons["session"].isEnabled()  # a session needs a 站室组 first
    office = page.start_step("office")
    assert isinstance(office, OfficeNameDialog) and office.name.text() == ""  # asked, never pre-filled ××
    type_text(qtbot, office.name, "西宁市政协办公室")
    office.accept()
    platform = page.start_step("platform")
    assert isinstance(platform, PlatformDialog)
    platform.reject()
    assert guide.numbers["office"].text() == "✓"  # ticked through the change bus
    assert guide.buttons["session"].isEnabled() is False


def test_the_guide_gives_way_to_the_figures_after_the_first_session(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from tests.gui.helpers import add_session

    page = dashboard(window)
    assert page.showing_guide() and page.guide.demo_box.isVisible()
    platform = add_platform(services, "城西区委员驿站")
    page.refresh()
    assert page.showing_guide() and not page.guide.demo_box.isVisible()  # the demo is for empty databases
    assert page.guide.buttons["session"].isEnabled()
    add_session(services, platform, "停车难问题协商")
    page.refresh()
    assert not page.showing_guide()


def test_the_demo_loads_from_the_app_with_its_accounts(
    qtbot: QtBot,
    services: Services,
    ui_settings,
    message_boxes: MessageBoxes,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(getting_started, "DEMO_SESSIONS", 30)
    admin = Services(services.db, ADMIN_ACTOR)
    window = MainWindow(admin, ui_settings)
    qtbot.addWidget(window)
    window.show()
    page = dashboard(window)
    assert page.guide.demo_button.isEnabled()
    message_boxes.accept = True
    handle = page.load_demo()
    assert handle is not None and handle.error is None
    assert "虚构" in message_boxes.texts[0] and "demo1234" in message_boxes.texts[0]  # said before loading
    assert "已装入演示数据（虚构）" in message_boxes.texts[-1]
    for name in ("admin", "clerk", "coordinator", "viewer"):
        assert name in message_boxes.texts[-1]
        assert AccountService(services.db).sign_in(name, "demo1234").username == name
    assert not page.showing_guide()  # the figures of the demo city
    assert admin.getting_started.demo_refusal() is not None  # once: the database is no longer empty


def test_only_an_administrator_may_load_the_demo(window: MainWindow) -> None:
    page = dashboard(window)  # signed in as a clerk
    assert not page.guide.demo_button.isEnabled()
    assert "管理员" in page.guide.demo_button.toolTip()


def test_help_opens_the_user_guide_shipped_with_the_app(qtbot: QtBot, window: MainWindow) -> None:
    text = guide_text()
    for topic in ("登记", "跟踪办理", "导入", "导出", "打印", "zhw"):
        assert topic in text
    window.menu_actions["使用指南"].trigger()
    guide = window.findChild(UserGuideDialog)
    assert guide is not None and guide.isVisible()
    assert "跟踪办理" in guide.browser.toPlainText()
    window.menu_actions["使用指南"].trigger()  # asked again: the same window
    assert len([g for g in window.findChildren(UserGuideDialog) if g.isVisible()]) == 1


@pytest.mark.parametrize(("today", "asked"), [(date(2026, 11, 30), False), (date(2026, 12, 1), True)])
def test_from_december_the_notice_asks_for_next_years_holidays(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    today: date,
    asked: bool,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    original = services.followup.startup_notice
    monkeypatch.setattr(services.followup, "startup_notice", lambda: original(today))
    page = dashboard(window)
    page.holiday_banner.hide()  # what the window said at its own start (today's real date) is gone
    show_startup_notice(window)
    assert page.holiday_banner.isVisibleTo(page) is asked
    if asked:
        assert "尚未录入2027年的法定节假日安排" in page.holiday_banner.text()
        dialog = page.enter_holidays()
        assert dialog.year.value() == 2027
        dialog.reject()
