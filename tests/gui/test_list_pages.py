"""List pages: sorting and searching go back to SQL, rows load as the user scrolls, state moves."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.models.enums import PlatformKind, SessionState, UserRole
from app.models.suggestions import SuggestionCreate
from app.services.actor import Actor
from app.services.hub import Services
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage
from app.ui.settings import UiSettings
from tests.gui.helpers import MessageBoxes, add_platform, add_session, add_units, type_text


def column_texts(page: ListPage, key: str) -> list[str]:
    model = page.model
    return [model.data(page.index_of(r, key)) for r in range(model.rowCount())]


def list_page(window: MainWindow, key: str) -> ListPage:
    page = window.select_page(key)
    assert isinstance(page, ListPage)
    return page


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    platform = add_platform(services, "城西区委员驿站")
    add_session(services, platform, "乙：停车难", date(2024, 3, 1))
    add_session(services, platform, "甲：加装电梯", date(2024, 1, 1))
    add_session(services, platform, "丙：学位紧张", date(2024, 2, 1))
    page = list_page(window, "sessions")
    assert column_texts(page, "held_on") == ["2024-03-01", "2024-02-01", "2024-01-01"]  # newest first
    header = page.view.horizontalHeader()
    held_on = page.model.column_of("held_on")
    x = header.sectionViewportPosition(held_on) + header.sectionSize(held_on) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.query().sort == "held_on"
    assert column_texts(page, "held_on") == ["2024-01-01", "2024-02-01", "2024-03-01"]
    page.view.sortByColumn(page.model.column_of("topic"), Qt.SortOrder.DescendingOrder)
    assert page.model.query().sort == "topic" and page.model.query().descending
    assert column_texts(page, "topic") == sorted(column_texts(page, "topic"), reverse=True)


def test_search_box_filters_after_typing_pauses(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    add_platform(services, "城西区胜利路街道委员驿站")
    add_platform(services, "城中区人民街道委员驿站", district="城中区")
    add_platform(services, "教育界委员联络组", kind=PlatformKind.LIAISON_GROUP, district="城中区")
    page = list_page(window, "platforms")
    assert page.model.rowCount() == 3
    with qtbot.waitSignal(page.model.loaded, timeout=2000):
        type_text(qtbot, page.search, "人民")
    assert column_texts(page, "name") == ["城中区人民街道委员驿站"]
    assert page.count_label.text() == "共 1 条"
    page.search.clear()
    page.search.flush()
    page.filter_combos["district"].set_value("城中区")
    assert sorted(column_texts(page, "name")) == ["城中区人民街道委员驿站", "教育界委员联络组"]


def test_scrolling_fetches_more_rows(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    add_units(services, 500)
    page = list_page(window, "units")
    assert page.model.rowCount() == 200
    assert page.count_label.text() == "共 500 条"
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 400, timeout=2000)
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 500, timeout=2000)
    assert column_texts(page, "name")[-1] == "承办单位0499"


def test_state_menu_offers_only_allowed_moves(
    window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    session = add_session(services, platform, "停车难问题协商", state=SessionState.HELD)
    page = list_page(window, "sessions")
    button = page.state_button  # type: ignore[attr-defined]
    assert not button.isEnabled()  # nothing selected
    page.view.selectRow(0)
    offered = [a.text() for a in button.menu().actions()]
    assert offered == ["改为“筹备中”", "改为“跟踪落实”", "改为“已办结”"]
    button.menu().actions()[1].trigger()
    assert services.sessions.get(session.id).state is SessionState.FOLLOWING_UP
    assert column_texts(page, "state") == ["跟踪落实"]
    page.view.selectRow(0)
    assert [a.text() for a in button.menu().actions()] == ["改为“已召开”", "改为“已办结”"]
    assert message_boxes.texts == []


def test_a_refused_state_move_is_explained(
    window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    add_session(
        services,
        platform,
        "下月的协商",
        held_on=date.today() + timedelta(days=30),
        state=SessionState.PLANNED,
    )
    page = list_page(window, "sessions")
    page.view.selectRow(0)
    actions = page.state_button.menu().actions()  # type: ignore[attr-defined]
    assert [a.text() for a in actions] == ["改为“已召开”"]
    actions[0].trigger()
    assert message_boxes.texts == ["活动日期尚未到来，不能标记为已召开"]


def test_suggestion_states_change_only_through_handling_steps(window: MainWindow, services: Services) -> None:
    platform = add_platform(services, "城西区委员驿站")
    services.suggestions.create(SuggestionCreate(title="加装红绿灯", platform_id=platform.id))
    page = list_page(window, "suggestions")
    page.view.selectRow(0)
    assert not hasattr(page, "state_button")  # a bare state move would skip the unit and deadline
    menu = page.handling_button.handling_menu  # type: ignore[attr-defined]
    assert any("交办" in a.text() for a in menu.actions() if a.isEnabled())


def test_the_flexible_column_fills_the_table_until_the_user_resizes(qtbot: QtBot, window: MainWindow) -> None:
    page = list_page(window, "members")
    view = page.view
    flex = page.model.column_of("workplace")
    widths = lambda: [view.columnWidth(i) for i in range(page.model.columnCount())]  # noqa: E731
    qtbot.waitUntil(lambda: sum(widths()) == view.viewport().width())
    assert view.columnWidth(flex) > 300  # grew from its declared width
    grown = view.columnWidth(flex)
    window.resize(1240, 800)
    qtbot.waitUntil(lambda: sum(widths()) == view.viewport().width())
    assert 300 <= view.columnWidth(flex) < grown  # shrinks with the window, not below its declared width
    view.keep_user_widths()
    before = widths()
    window.resize(1280, 800)
    qtbot.wait(10)
    assert widths() == before


def test_period_filter_on_sessions(window: MainWindow, services: Services) -> None:
    platform = add_platform(services, "城西区委员驿站")
    add_session(services, platform, "去年的协商", date(date.today().year - 1, 6, 1))
    add_session(services, platform, "今年的协商", date(date.today().year, 1, 2))
    page = list_page(window, "sessions")
    period = page.period  # type: ignore[attr-defined]
    period.period.set_value(date.today().year - 1)
    assert column_texts(page, "topic") == ["去年的协商"]
    period.period.set_value("custom")
    assert period.date_from.isVisible()
    period.date_from.setDate(period.date_from.date().addYears(-5))
    assert sorted(column_texts(page, "topic")) == ["今年的协商", "去年的协商"]
    period.period.set_value(None)
    assert page.model.query().filters == {}


def test_overdue_only(window: MainWindow, services: Services) -> None:
    platform = add_platform(services, "城西区委员驿站")
    services.suggestions.create(SuggestionCreate(title="加装红绿灯", platform_id=platform.id))
    page = list_page(window, "suggestions")
    assert page.model.rowCount() == 1
    page.overdue_only.setChecked(True)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 0 and page.count_label.text() == "共 0 条"
    page.overdue_only.setChecked(False)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 1


def test_read_only_users_cannot_change_records(
    qtbot: QtBot, services: Services, ui_settings: UiSettings
) -> None:
    add_platform(services, "城西区委员驿站")
    viewer = Actor(username="guest", display_name="访客", role=UserRole.VIEWER)
    main = MainWindow(Services(services.db, viewer), ui_settings)
    qtbot.addWidget(main)
    page = main.select_page("platforms")
    assert isinstance(page, ListPage)
    page.view.selectRow(0)
    assert not page.new_button.isEnabled() and not page.archive_button.isEnabled()
    assert page.open_create_dialog() is None
    dialog = page.open_edit_dialog()
    assert dialog is not None and not dialog.save_button.isEnabled()
    dialog.reject()
