"""Recording 办理 steps through the dialogs, as a clerk would, from the 意见建议 list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import HandlingMode, ResultClass, SuggestionState
from app.models.suggestions import Suggestion, SuggestionCreate
from app.models.units import HandlingUnitCreate
from app.services import workdays
from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.ui.dialogs.assign_dialog import AssignDialog
from app.ui.dialogs.conclude_dialog import ConcludeDialog
from app.ui.dialogs.holidays_dialog import HolidaysDialog
from app.ui.dialogs.reply_dialog import ReplyDialog
from app.ui.dialogs.return_dialog import ReturnDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.main_window import MainWindow
from app.ui.pages.suggestions_page import SuggestionsPage
from app.ui.widgets.optional_date import to_qdate
from tests.gui.helpers import add_platform, type_text


def suggestion(
    services: Services, title: str = "海晏路加装红绿灯", raised_on: date = date(2025, 3, 3)
) -> Suggestion:
    platform = add_platform(services, "城西区胜利路街道委员驿站")
    return services.suggestions.create(
        SuggestionCreate(title=title, platform_id=platform.id, raised_on=raised_on)
    )


def units(services: Services, *names: str) -> list:
    return [services.units.create(HandlingUnitCreate(name=n)) for n in names]


def suggestions_page(window: MainWindow) -> SuggestionsPage:
    page = window.select_page("suggestions")
    assert isinstance(page, SuggestionsPage)
    page.view.selectRow(0)
    return page


def cell(page: SuggestionsPage, key: str, row: int = 0) -> str:
    return str(page.model.data(page.index_of(row, key)))


def assign(services: Services, item: Suggestion, unit_id, on: date) -> Suggestion:  # type: ignore[no-untyped-def]
    return services.handling.assign(item.id, lead_unit_id=unit_id, assigned_on=on)


def test_assign_through_the_dialog_counts_the_deadline_in_working_days(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    item = suggestion(services)
    lead, co = units(services, "城西区住房和城乡建设局", "城西区交通运输局")
    page = suggestions_page(window)
    menu = page.handling_button.handling_menu
    assert HandlingStep.ASSIGN in menu.enabled_steps()
    dialog = menu.open_step(HandlingStep.ASSIGN)
    assert isinstance(dialog, AssignDialog) and dialog.isVisible()
    dialog.lead.set_value(lead.id)
    # The lead unit is not offered as a co-unit; ticking a co-unit switches 单办 to 会办.
    assert [i.text() for i in dialog.co_units.items() if not i.isHidden()] == ["城西区交通运输局"]
    dialog.co_units.set_checked([co.id])
    assert dialog.mode.value() == HandlingMode.JOINT
    # 2025-04-28 (Mon): 4月29日、30日, then 劳动节 1–5 May, with Sunday 27 April a make-up working day.
    dialog.assigned_on.setDate(to_qdate(date(2025, 4, 28)))
    expected = services.settings.calendar().add_working_days(date(2025, 4, 28), 15)
    assert dialog.due_date() == expected == date(2025, 5, 22)
    assert "共 15 个工作日" in dialog.due_hint.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = services.suggestions.get(item.id)
    assert saved.state is SuggestionState.ASSIGNED and saved.due_on == date(2025, 5, 22)
    assert saved.handling_mode is HandlingMode.JOINT and saved.lead_unit_id == lead.id
    assert cell(page, "state") == "已交办" and cell(page, "due_on") == "2025-05-22"
    assert cell(page, "lead_unit_name") == "城西区住房和城乡建设局"
    assert "交办城西区住房和城乡建设局（主办）" in services.handling.timeline(item.id)[-1].text  # type: ignore[operator]


def test_changing_the_date_changes_the_working_days_and_back(window: MainWindow, services: Services) -> None:
    suggestion(services)
    units(services, "城西区住房和城乡建设局")
    dialog = suggestions_page(window).handling_button.handling_menu.open_step(HandlingStep.ASSIGN)
    assert isinstance(dialog, AssignDialog)
    dialog.assigned_on.setDate(to_qdate(date(2025, 9, 26)))  # 国庆/中秋 1–8 Oct; Sun 28 Sep is worked
    dialog.days.setValue(5)
    assert dialog.due_date() == date(2025, 10, 10)  # 28, 29, 30 Sep, 9 and 10 Oct
    dialog.due_on.setDate(to_qdate(date(2025, 10, 15)))  # … and the make-up Saturday 11 Oct, 13–15 Oct
    assert dialog.days.value() == 9
    dialog.reject()


def test_without_the_years_holidays_the_dialog_says_so_and_offers_to_enter_them(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workdays, "package_years", lambda: (2004, 2024))  # as if the package stopped at 2024
    suggestion(services, raised_on=date(2024, 12, 1))
    units(services, "城西区住房和城乡建设局")
    dialog = suggestions_page(window).handling_button.handling_menu.open_step(HandlingStep.ASSIGN)
    assert isinstance(dialog, AssignDialog)
    dialog.assigned_on.setDate(to_qdate(date(2024, 12, 20)))
    assert not dialog.unknown_box.isHidden()
    assert "尚无2025年的法定节假日安排" in dialog.calendar_error.text()
    assert dialog.holidays_button.text() == "录入2025年节假日…"
    holidays = dialog.open_holidays()
    assert isinstance(holidays, HolidaysDialog) and holidays.year.value() == 2025
    assert "尚未收录2025年" in holidays.note.text()
    holidays.holidays.first.setDate(to_qdate(date(2025, 1, 1)))
    holidays.holidays.add_run()
    holidays.accept()
    assert services.settings.get().holiday_years[2025].holidays == frozenset({date(2025, 1, 1)})
    assert dialog.unknown_box.isHidden()
    # 23–27 and 30–31 Dec, then 2–3 and 6–10 January (1 January is now a holiday), then 13 January.
    assert dialog.due_date() == date(2025, 1, 13)
    dialog.reject()


def test_only_allowed_steps_are_enabled_and_disabled_ones_say_why(
    window: MainWindow, services: Services
) -> None:
    suggestion(services)
    menu = suggestions_page(window).handling_button.handling_menu
    assert menu.enabled_steps() == [
        HandlingStep.ASSIGN,
        HandlingStep.NOT_ADOPT,
        HandlingStep.INSTRUCTION,
    ]
    reply = menu.step_actions[HandlingStep.REPLY]
    assert not reply.isEnabled()
    assert "“待交办”状态，不能答复" in reply.toolTip()


def test_a_return_after_the_window_is_refused_with_the_services_message(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    item = suggestion(services)
    (unit,) = units(services, "城西区住房和城乡建设局")
    assign(services, item, unit.id, date(2025, 3, 3))
    page = suggestions_page(window)
    page.reload()
    page.view.selectRow(0)
    dialog = page.handling_button.handling_menu.open_step(HandlingStep.RETURN)
    assert isinstance(dialog, ReturnDialog)
    type_text(qtbot, dialog.reason, "不属本单位职责")
    dialog.returned_on.setDate(to_qdate(date(2025, 4, 1)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "已超过期限，不能退办" in dialog.form.error_text("returned_on")
    assert services.suggestions.get(item.id).state is SuggestionState.ASSIGNED
    dialog.returned_on.setDate(to_qdate(date(2025, 3, 5)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert cell(page, "state") == "退办"
    assert page.handling_button.handling_menu.step_actions[HandlingStep.ASSIGN].text() == "重新交办…"


def test_reply_and_conclude_update_the_list(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    item = suggestion(services)
    (unit,) = units(services, "城西区交通运输局")
    assign(services, item, unit.id, date(2025, 3, 3))
    page = suggestions_page(window)
    page.reload()
    page.view.selectRow(0)
    menu = page.handling_button.handling_menu
    dialog = menu.open_step(HandlingStep.REPLY)
    assert isinstance(dialog, ReplyDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing filled in
    assert dialog.isVisible() and dialog.form.error_text("result_class") == "请选择办理结果（A、B 或 C）"
    type_text(qtbot, dialog.reply, "已在路口加装红绿灯")
    dialog.class_buttons[ResultClass.A].setChecked(True)
    dialog.replied_on.setDate(to_qdate(date(2025, 3, 20)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (cell(page, "state"), cell(page, "replied_on")) == ("已答复", "2025-03-20")
    assert cell(page, "result_class") == "A 解决或采纳"
    assert HandlingStep.CONCLUDE in menu.enabled_steps()
    conclude = menu.open_step(HandlingStep.CONCLUDE)
    assert isinstance(conclude, ConcludeDialog)
    type_text(qtbot, conclude.implementation, "红绿灯已投入使用")
    conclude.concluded_on.setDate(to_qdate(date(2025, 3, 25)))
    qtbot.mouseClick(conclude.ok_button, Qt.MouseButton.LeftButton)
    assert not conclude.isVisible()
    assert cell(page, "state") == "已办结"
    kinds = [e.kind.label for e in services.handling.timeline(item.id)]
    assert kinds == ["登记", "交办", "答复", "办结"]


def test_double_click_opens_the_handling_detail(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    item = suggestion(services)
    (unit,) = units(services, "城西区交通运输局")
    assign(services, item, unit.id, date(2025, 3, 3))
    page = suggestions_page(window)
    page.reload()
    rect = page.view.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (detail,) = page.findChildren(SuggestionDetailDialog)
    assert detail.isVisible()
    assert detail.windowTitle() == "意见建议：海晏路加装红绿灯"
    assert detail.tabs.tabText(1) == "时间线（2）"
    assert "交办城西区交通运输局（单办）" in detail.timeline.toPlainText()
    assert HandlingStep.REPLY in detail.handling_button.handling_menu.enabled_steps()


def test_the_detail_marks_a_typical_result_with_a_click(qtbot: QtBot, services: Services) -> None:
    item = suggestion(services)
    detail = SuggestionDetailDialog(services, item.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitExposed(detail)
    assert detail.typical.isEnabled() and not detail.typical.isChecked()
    qtbot.mouseClick(detail.typical, Qt.MouseButton.LeftButton)
    assert services.suggestions.get(item.id).typical
    assert detail.typical.isChecked() and detail.suggestion.typical  # reloaded from the service
    qtbot.mouseClick(detail.typical, Qt.MouseButton.LeftButton)
    assert not services.suggestions.get(item.id).typical
