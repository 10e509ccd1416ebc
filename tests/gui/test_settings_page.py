"""设置: the office settings round-trip through the page; holidays for an unknown year; who may save."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.models.enums import UserRole
from app.services import workdays
from app.services.actor import Actor
from app.services.hub import Services
from app.services.office_settings import DutyThresholds
from app.ui.pages.settings_page import SettingsPage
from app.ui.settings import UiSettings
from app.ui.widgets.optional_date import to_qdate
from tests.gui.helpers import type_text


def settings_page(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> SettingsPage:
    page = SettingsPage(services, ui_settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_save_round_trips(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> None:
    page = settings_page(qtbot, services, ui_settings)
    assert page.handling_days.value() == 15 and page.return_window.value() == 7
    page.office_name.clear()
    type_text(qtbot, page.office_name, "西宁市政协办公室")
    page.handling_days.setValue(20)
    page.return_window.setValue(5)
    page.due_soon.setValue(0)
    page.min_attended.setValue(6)
    page.max_absences.setValue(1)
    page.min_suggestions.setValue(0)
    assert page.attachment_limit.value() == 50
    page.attachment_limit.setValue(120)
    page.save_button.click()
    assert page.message.text() == "已保存。"
    saved = services.settings.get()
    assert saved.attachment_max_mb == 120
    assert (saved.office_name, saved.handling_days, saved.return_window_days, saved.due_soon_days) == (
        "西宁市政协办公室",
        20,
        5,
        0,
    )
    assert saved.duty == DutyThresholds(6, 1, 0)
    again = settings_page(qtbot, services, ui_settings)
    assert again.office_name.text() == "西宁市政协办公室" and again.handling_days.value() == 20
    assert again.due_soon.text() == "不提醒" and again.min_suggestions.text() == "不检查"
    again.save_button.click()
    assert again.message.text() == "没有需要保存的修改。"


def test_a_refused_value_is_shown_under_its_field(
    qtbot: QtBot, services: Services, ui_settings: UiSettings
) -> None:
    page = settings_page(qtbot, services, ui_settings)
    page.office_name.clear()
    page.save_button.click()
    assert page.form.error_text("office_name") == "单位名称不能为空"
    assert services.settings.get().office_name != ""


def test_a_change_saved_elsewhere_meanwhile_is_not_overwritten(
    qtbot: QtBot, services: Services, ui_settings: UiSettings
) -> None:
    services.settings.set_handling_days(18)
    page = settings_page(qtbot, services, ui_settings)
    services.settings.set_handling_days(10)  # another clerk, after the page was read
    page.handling_days.setValue(25)
    page.save_button.click()
    assert "已被他人修改" in page.message.text()
    assert services.settings.get().handling_days == 10


def test_holidays_for_a_year_the_package_does_not_know(
    qtbot: QtBot, services: Services, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workdays, "package_years", lambda: (2004, 2026))
    page = settings_page(qtbot, services, ui_settings)
    assert page.years.item(0).text() == "尚未录入任何年份（均使用日历数据包）"
    dialog = page.edit_holidays()
    assert dialog.year.value() == max(2027, date.today().year)
    dialog.year.setValue(2027)
    dialog.holidays.first.setDate(to_qdate(date(2027, 10, 1)))
    dialog.holidays.last.setDate(to_qdate(date(2027, 10, 7)))
    dialog.holidays.add_run()
    dialog.workdays.first.setDate(to_qdate(date(2027, 9, 26)))
    dialog.workdays.add_run()
    dialog.accept()
    assert page.years.item(0).text() == "2027年：法定节假日 7 天，调休上班日 1 天"
    calendar = services.settings.calendar()
    assert not calendar.is_working_day(date(2027, 10, 4)) and calendar.is_working_day(date(2027, 9, 26))


def test_only_office_staff_may_save(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> None:
    viewer = Services(services.db, Actor(username="guest", display_name="访客", role=UserRole.VIEWER))
    page = settings_page(qtbot, viewer, ui_settings)
    assert not page.save_button.isEnabled() and not page.holidays_button.isEnabled()
    page.handling_days.setValue(30)
    assert not page.save()
    assert "只有管理员或办公室工作人员可以修改单位设置" in page.message.text()
    assert services.settings.get().handling_days == 15
