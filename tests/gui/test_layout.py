"""The window on an office laptop (1366×768) and a small one (1024×700): the 工作台 keeps every card,
the paragraph and the overdue table readable (the charts give way first), the ranked chart never draws
names over each other, and the status-bar notice never runs into the signed-in user's name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services.demo import load_demo
from app.services.hub import Services
from app.ui.main_window import MainWindow
from app.ui.notices import show_message
from app.ui.pages.dashboard_page import DashboardPage
from app.ui.settings import UiSettings
from app.ui.widgets.charts import PlatformChart

HOLIDAYS = "尚未录入2027年的法定节假日安排：2027年交办的意见建议将无法按工作日计算办理时限。请在设置中录入。"


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services.db, sessions=40, seed=7, actor=services.actor)
    return services


def top(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).y()


def bottom(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().bottomLeft()).y()


def shown(qtbot: QtBot, services: Services, ui_settings: UiSettings, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(services, ui_settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    page = window.select_page("dashboard")
    assert isinstance(page, DashboardPage)
    page.show_notice("有 26 条意见建议已超过办理时限，12 条将在 3 个工作日内到期。")
    page.show_holiday_notice(HOLIDAYS, 2027)
    for _ in range(3):
        QCoreApplication.processEvents()
    return window


@pytest.mark.parametrize(("size", "charts"), [((1366, 768), True), ((1024, 700), False)])
def test_the_dashboard_fits_with_both_notices(
    qtbot: QtBot, demo: Services, ui_settings: UiSettings, size: tuple[int, int], charts: bool
) -> None:
    window = shown(qtbot, demo, ui_settings, size)
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    assert window.minimumSizeHint().height() <= size[1]  # a window manager would let it be this small
    assert page.charts.isVisibleTo(page) is charts
    for card in page.cards.values():
        assert card.height() >= card.minimumSizeHint().height()  # numbers not cut at the top
        assert card.value.height() >= card.value.fontMetrics().height()
    assert bottom(page.paragraph, window) < top(page.copy_button, window)  # nothing drawn over it
    assert page.overdue.height() >= page.overdue.minimumSizeHint().height()
    assert bottom(page.overdue_section, window) <= bottom(page, window)
    if not charts:
        page.holiday_banner.close_button.click()
        page.banner.close_button.click()
        QCoreApplication.processEvents()
        assert page.charts.isVisibleTo(page)  # room again: the charts come back


def test_the_ranked_chart_shows_as_many_names_as_fit(qtbot: QtBot) -> None:
    chart = PlatformChart()
    qtbot.addWidget(chart)
    chart.set_data([(f"城西区第{i}街道委员驿站", 20 - i) for i in range(10)])
    chart.resize(400, 150)
    chart.show()
    line = chart.fontMetrics().height()
    assert 1 <= chart.shown_rows() < 10
    assert chart.shown_rows() * (line + 2) <= chart.height() - chart.TOP - chart.PAD
    chart.resize(400, chart.TOP + chart.PAD + 10 * (line + 2))
    assert chart.shown_rows() == 10
    assert "城西区第9街道委员驿站" in chart.toolTip()  # every name, on hover


def test_the_status_notice_is_shortened_before_the_users_name(
    qtbot: QtBot, services: Services, ui_settings: UiSettings
) -> None:
    window = MainWindow(services, ui_settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    bar = window.statusBar()
    text = "有 26 条意见建议已超过办理时限，12 条将在 3 个工作日内到期。 " + HOLIDAYS
    message = show_message(bar, text)
    assert message.endswith("…") and text.startswith(message[:-1])
    assert bar.currentMessage() == message
    QCoreApplication.processEvents()
    user = min(
        (w for w in bar.findChildren(QWidget) if w.isVisible() and w.parent() is bar),
        key=lambda w: w.x(),
    )
    assert bar.fontMetrics().horizontalAdvance(message) < user.x()
    assert show_message(bar, "已保存") == "已保存"  # a short one stays whole


def test_windows_open_no_larger_than_the_screen(
    qtbot: QtBot, services: Services, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QScreen

    from app.ui.dialogs.overdue_list import OverdueListDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 700))
    window = MainWindow(services, ui_settings)
    qtbot.addWidget(window)
    window.restore_settings()  # nothing saved yet: the default size, within the screen
    assert window.width() <= 1024 and window.height() <= 700 - 40
    overdue = OverdueListDialog(services, window)
    qtbot.addWidget(overdue)
    assert overdue.size() == QSize(1000, 620)  # fits: as asked
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 800, 600))
    smaller = OverdueListDialog(services, window)
    qtbot.addWidget(smaller)
    assert smaller.width() <= 800 and smaller.height() <= 600 - 40


def test_a_name_chooser_takes_its_rows_width_and_shows_the_whole_name_on_hover(
    qtbot: QtBot, services: Services
) -> None:
    from app.ui.dialogs.session_dialog import SessionDialog
    from tests.gui.helpers import add_platform

    name = "湟源县日月藏族乡委员驿站" * 3
    platform = add_platform(services, name)
    dialog = SessionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.platform.set_value(platform.id)
    QCoreApplication.processEvents()
    assert dialog.platform.width() >= dialog.topic.width() - 60  # as wide as the line above
    assert dialog.platform.sizeHint().width() < 400  # yet it asks for no more: the window keeps its size
    assert dialog.platform.toolTip() == name


def test_a_coded_column_is_as_wide_as_its_drop_down(qtbot: QtBot, services: Services) -> None:
    """其他参会人员 · 类别: the open editor shows “部门代表” and its arrow, not “部|”."""
    from app.models.enums import ParticipantKind
    from app.ui.dialogs.session_dialog import SessionDialog
    from app.ui.widgets.choice_combo import ChoiceCombo

    dialog = SessionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.participants)
    dialog.participants.add_participant(ParticipantKind.DEPARTMENT, "刘主任", "市住房和城乡建设局")
    table = dialog.participants.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    table.edit(table.model().index(0, 0))
    QCoreApplication.processEvents()
    editor = dialog.focusWidget()
    assert isinstance(editor, ChoiceCombo)
    assert table.columnWidth(0) >= editor.sizeHint().width()
    assert editor.width() >= editor.sizeHint().width() - 2
