"""工作台: the same figures as StatisticsService.summary for the chosen scope, charts, paragraph, the overdue
list with 催办, and the start-up notice that never blocks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.demo import load_demo
from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.ui.dialogs.reminder_dialog import ReminderDialog
from app.ui.main_window import PAGES, MainWindow
from app.ui.pages import dashboard_page
from app.ui.pages.dashboard_page import DashboardPage, card_figures
from app.ui.settings import UiSettings
from app.ui.widgets.scope_bar import LAST_YEAR, THIS_YEAR, quarter_of

DEMO_SESSIONS = 200


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services.db, sessions=DEMO_SESSIONS, seed=7, actor=services.actor)
    return services


def dashboard(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> DashboardPage:
    page = DashboardPage(services, ui_settings)
    qtbot.addWidget(page)
    page.resize(1130, 770)
    page.show()
    page.activate()
    return page


def shown_cards(page: DashboardPage) -> dict[str, tuple[str, str]]:
    return {key: (card.value.text(), card.note.text()) for key, card in page.cards.items()}


def test_the_dashboard_is_the_first_page_and_shown_at_start(
    qtbot: QtBot, services: Services, ui_settings: UiSettings
) -> None:
    assert PAGES[0] is DashboardPage
    window = MainWindow(services, ui_settings)
    qtbot.addWidget(window)
    window.restore_settings()
    assert window.current_page().key == "dashboard"
    window.select_page("search")
    window.close()  # remembers the page last used
    again = MainWindow(services, ui_settings)
    qtbot.addWidget(again)
    again.restore_settings()
    assert again.current_page().key == "search"


def test_cards_show_the_statistics_services_figures_for_the_scope(
    qtbot: QtBot, demo: Services, ui_settings: UiSettings
) -> None:
    page = dashboard(qtbot, demo, ui_settings)
    assert page.scope_bar.period.value() == THIS_YEAR
    scope = page.scope_bar.scope()
    assert (scope.date_from, scope.date_to) == (
        date(date.today().year, 1, 1),
        date(date.today().year, 12, 31),
    )
    figures = demo.statistics.summary(scope)
    assert shown_cards(page) == card_figures(figures)
    assert page.cards["suggestions"].text() == f"{figures['suggestions']:,} 条"
    assert page.cards["concluded_rate"].text() == f"{figures['concluded_rate']:.1f}%"
    assert sum(page.monthly.sessions) == figures["sessions_held"]
    assert page.monthly.months[0] == "1月" and len(page.monthly.months) == date.today().month
    top = figures["sessions_by_platform"][:10]
    assert page.platforms.values == [r["sessions"] for r in top]
    assert page.paragraph.toPlainText() == demo.statistics.draft_paragraph(figures)
    assert [r["id"] for r in page.overdue.rows["overdue"]] == [r["id"] for r in demo.followup.overdue(scope)]
    assert page.overdue.overdue_button.text() == f"超期未答复（{figures['overdue']}）"

    # Another period and a district: the cards follow.
    district = demo.platforms.districts()[0]
    page.scope_bar.district.set_value(district)
    page.scope_bar.period.set_value(LAST_YEAR)
    scope = page.scope_bar.scope()
    assert scope.district == district and scope.date_from == date(date.today().year - 1, 1, 1)
    figures = demo.statistics.summary(scope)
    assert shown_cards(page) == card_figures(figures)
    assert page.busy.text() == f"统计范围：{scope.describe()}"
    assert district in page.paragraph.toPlainText()


def test_quarters_and_custom_periods(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> None:
    assert quarter_of(date(2025, 11, 25)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert quarter_of(date(2025, 2, 1), 1) == (date(2024, 10, 1), date(2024, 12, 31))
    page = dashboard(qtbot, services, ui_settings)
    assert page.showing_guide()  # an empty database starts with 开始使用, not ten zero cards
    page.scope_bar.period.set_value("custom")
    assert page.scope_bar.date_from.isVisibleTo(page.scope_bar)
    assert page.cards["sessions"].text() == "0 次" and page.cards["concluded_rate"].text() == "—"
    assert page.paragraph.toPlainText().endswith("暂无协商议事活动和意见建议记录。")


def test_copy_the_paragraph(qtbot: QtBot, demo: Services, ui_settings: UiSettings) -> None:
    page = dashboard(qtbot, demo, ui_settings)
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.paragraph.toPlainText() != ""


def test_remind_from_the_overdue_list(qtbot: QtBot, demo: Services, ui_settings: UiSettings) -> None:
    page = dashboard(qtbot, demo, ui_settings)
    page.scope_bar.period.set_value("all")
    rows = page.overdue.shown_rows()
    assert rows, "the demo data has overdue suggestions"
    first = rows[0]
    before = first["reminders"]
    page.overdue.table.selectRow(0)
    assert page.overdue.remind_button.isEnabled()
    dialog = page.overdue.remind_selected()
    assert isinstance(dialog, ReminderDialog) and dialog.step is HandlingStep.REMIND
    dialog.text.setPlainText("电话督促本周内答复")
    dialog.accept()
    assert dialog.message() == ""
    again = next(r for r in page.overdue.shown_rows() if r["id"] == first["id"])
    assert again["reminders"] == before + 1 and again["last_reminder_on"] == date.today()
    assert demo.handling.timeline(first["id"])[-1].text == "电话督促本周内答复"


def test_start_up_notice_is_a_banner_and_a_status_message_not_a_modal_box(
    qtbot: QtBot, demo: Services, ui_settings: UiSettings
) -> None:
    notice = demo.followup.startup_notice()
    assert notice.message and "已超过办理时限" in notice.message
    window = MainWindow(demo, ui_settings)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    assert page.banner.isVisibleTo(page) and notice.message in page.banner.text()
    assert notice.message in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None
    page.banner.close_button.click()
    assert not page.banner.isVisibleTo(page)


def test_a_long_overdue_list_shows_the_most_urgent(
    qtbot: QtBot, demo: Services, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard_page, "OVERDUE_ROWS", 3)
    page = dashboard(qtbot, demo, ui_settings)
    page.scope_bar.period.set_value("all")
    total = demo.statistics.summary(page.scope_bar.scope())["overdue"]
    assert total > 3
    rows = page.overdue.shown_rows()
    assert [r["id"] for r in rows] == [r["id"] for r in demo.followup.overdue(page.scope_bar.scope())[:3]]
    assert page.overdue.overdue_button.text() == f"超期未答复（{total}）"
    assert page.overdue.empty.text().startswith("只列出最紧急的 3 条")


def test_the_figures_computed_last_time_are_shown_at_once_then_replaced(
    qtbot: QtBot, demo: Services, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = dashboard(qtbot, demo, ui_settings)  # computes the figures and keeps them
    scope = first.scope_bar.scope()
    fresh = demo.statistics.summary(scope)
    cached = demo.figure_cache.load(scope)
    assert cached is not None and cached.figures == fresh
    older = {**fresh, "sessions": fresh["sessions"] + 1000}
    demo.figure_cache.store(scope, older, cached.computed_at)
    waiting: list = []
    monkeypatch.setattr(dashboard_page, "run_task", lambda *args, **kw: waiting.append((args, kw)))
    page = dashboard(qtbot, demo, ui_settings)
    assert shown_cards(page) == card_figures(older)  # before the fresh figures arrive
    assert not page.figures_fresh
    when = cached.computed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert when in page.busy.text()
    (work,), kw = waiting[-1]
    kw["on_result"](work(None))
    assert page.figures_fresh
    assert shown_cards(page) == card_figures(fresh)
    stored = demo.figure_cache.load(scope)
    assert stored is not None and stored.figures == fresh and stored.computed_at >= cached.computed_at
