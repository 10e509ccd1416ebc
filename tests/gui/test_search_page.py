"""检索: two-character words match, filters narrow the results, double-click opens the record."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.models.sessions import ConsultationSessionUpdate
from app.models.suggestions import SuggestionCreate
from app.services.hub import Services
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.main_window import MainWindow
from app.ui.pages.search_page import SearchPage
from app.ui.widgets.search_results import highlighted
from tests.gui.helpers import add_platform, add_session, type_text


def records(services: Services) -> None:
    west = add_platform(services, "城西区胜利路街道委员驿站")
    north = add_platform(services, "城北区马坊街道委员驿站", district="城北区")
    session = add_session(services, west, "海晏路路口交通秩序", held_on=date(2025, 4, 10))
    services.sessions.update(
        session.id,
        ConsultationSessionUpdate(minutes="与会人员建议加装红绿灯"),
        expected_version=session.version,
    )
    services.suggestions.create(
        SuggestionCreate(title="加强民主监督", platform_id=north.id, raised_on=date(2024, 6, 1))
    )
    services.suggestions.create(
        SuggestionCreate(title="公交站台遮阳", content="改善交通出行条件", session_id=session.id)
    )


def search_page(qtbot: QtBot, window: MainWindow, text: str) -> SearchPage:
    page = window.select_page("search")
    assert isinstance(page, SearchPage)
    with qtbot.waitSignal(page.box.search_changed, timeout=2000):  # typing pauses: the search runs
        type_text(qtbot, page.box, text)
    return page


def test_a_two_character_word_finds_sessions_and_suggestions(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    records(services)
    page = search_page(qtbot, window, "交通")
    assert sorted(h.title for h in page.results.hits) == ["公交站台遮阳", "海晏路路口交通秩序"]
    assert page.status.text() == "共找到 2 条"
    labels = page.results.labels()
    assert any('<span style="background:#ffe58f">交通</span>出行条件' in label for label in labels)
    page.box.setText("监督")
    page.box.flush()
    assert [h.title for h in page.results.hits] == ["加强民主监督"]
    page.box.setText("红绿灯 海晏路")
    page.box.flush()
    assert [h.kind for h in page.results.hits] == ["session"]


def test_filters_narrow_the_results(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    records(services)
    page = search_page(qtbot, window, "交通")
    page.kind.set_value("suggestion")
    assert [h.title for h in page.results.hits] == ["公交站台遮阳"]
    assert page.state.itemText(1) == "待交办"  # only suggestion states once the kind is chosen
    page.kind.set_value(None)
    page.scope_bar.district.set_value("城北区")
    assert page.results.hits == [] and page.status.text() == "没有找到包含“交通”的记录"
    page.scope_bar.district.set_value(None)
    page.state.set_value("held")  # 活动：已召开
    assert [h.title for h in page.results.hits] == ["海晏路路口交通秩序"]
    page.state.set_value(None)
    page.scope_bar.period.set_value("custom")
    page.scope_bar.date_from.setDate(page.scope_bar.date_from.date().fromString("2025-04-01", "yyyy-MM-dd"))
    page.scope_bar.date_to.setDate(page.scope_bar.date_to.date().fromString("2025-04-30", "yyyy-MM-dd"))
    assert sorted(h.title for h in page.results.hits) == ["公交站台遮阳", "海晏路路口交通秩序"]


def test_double_click_opens_the_session_or_the_suggestion(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    records(services)
    page = search_page(qtbot, window, "交通")
    for row, hit in enumerate(page.results.hits):
        item = page.results.item(row)
        with qtbot.waitSignal(page.results.open_requested):
            page.results.itemDoubleClicked.emit(item)
        expected = SessionDetailDialog if hit.kind == "session" else SuggestionDetailDialog
        opened = [d for d in page.findChildren(expected) if d.isVisible()]
        assert len(opened) == 1
    assert len([d for d in page.findChildren(QDialog) if d.isVisible()]) == 2


def test_highlighting_ignores_ascii_case_and_escapes_html() -> None:
    assert highlighted("LED 灯<亮>", ["led"]) == '<span style="background:#ffe58f">LED</span> 灯&lt;亮&gt;'
