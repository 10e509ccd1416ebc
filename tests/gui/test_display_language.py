"""The lists in English: headers through the catalogue, coded values through the display language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.models.enums import AuditAction, SessionState, SuggestionState
from app.services.demo import load_demo
from app.services.hub import Services
from app.services.language import EN, ZH, set_display_language
from app.ui.main_window import MainWindow
from app.ui.models.columns import HEADER_CONTEXT
from app.ui.pages.list_page import ListPage
from app.ui.widgets import file_actions
from app.ui.widgets.period_series import build_series

# What the English catalogue says for the headers these tests read (the catalogue itself is built from
# the .ts files; a stand-in keeps the test about the lists, not about one translation).
HEADERS = {"状态": "State", "议题": "Topic", "建议标题": "Title", "操作": "Action", "记录类型": "Record kind"}


class EnglishHeaders(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return HEADERS.get(source, "") if context == HEADER_CONTEXT else ""


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services.db, sessions=12, seed=5, actor=services.actor)
    return services


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    """The interface in English, as start-up sets it for LEDGER_LANG=en, and back to Chinese after."""
    translator = EnglishHeaders(qapp)
    qapp.installTranslator(translator)
    set_display_language(EN)
    yield translator
    set_display_language(ZH)
    qapp.removeTranslator(translator)


def list_page(window: MainWindow, key: str) -> ListPage:
    page = window.select_page(key)
    assert isinstance(page, ListPage)
    assert page.model.rowCount() > 0
    return page


def header(page: ListPage, key: str) -> str:
    return str(page.model.headerData(page.model.column_of(key), Qt.Orientation.Horizontal))


def column(page: ListPage, key: str) -> set[str]:
    col = page.model.column_of(key)
    return {page.model.data(page.model.index(r, col)) for r in range(page.model.rowCount())}


def test_session_and_suggestion_lists_show_english_and_chinese_again(
    qapp: QApplication, demo: Services, window: MainWindow, english: QTranslator
) -> None:
    sessions = list_page(window, "sessions")
    assert header(sessions, "state") == "State" and header(sessions, "topic") == "Topic"
    states = column(sessions, "state")
    assert states and states <= {s.english for s in SessionState}
    suggestions = list_page(window, "suggestions")
    assert header(suggestions, "state") == "State" and header(suggestions, "title") == "Title"
    states = column(suggestions, "state")
    assert states and states <= {s.english for s in SuggestionState}
    filter_texts = {
        suggestions.filter_combos["state"].itemText(i)
        for i in range(suggestions.filter_combos["state"].count())
    }
    assert {s.english for s in SuggestionState} <= filter_texts

    set_display_language(ZH)
    qapp.removeTranslator(english)
    assert header(suggestions, "state") == "状态"
    assert column(suggestions, "state") <= {s.label for s in SuggestionState}
    sessions = list_page(window, "sessions")
    assert header(sessions, "state") == "状态" and header(sessions, "topic") == "议题"
    assert column(sessions, "state") <= {s.label for s in SessionState}


def test_the_audit_list_names_actions_and_record_kinds_in_english(
    demo: Services, window: MainWindow, english: QTranslator
) -> None:
    page = window.select_page("audit")
    model = page.model  # type: ignore[attr-defined]
    assert model.rowCount() > 0
    action = model.column_of("action")
    assert model.headerData(action, Qt.Orientation.Horizontal) == "Action"
    actions = {model.data(model.index(r, action)) for r in range(model.rowCount())}
    assert actions and actions <= {a.english for a in AuditAction}
    kinds = {model.data(model.index(r, model.column_of("entity_label"))) for r in range(model.rowCount())}
    assert kinds and all(k.isascii() for k in kinds), kinds


def test_exporting_the_selected_rows_stays_chinese_in_an_english_interface(
    demo: Services,
    window: MainWindow,
    english: QTranslator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "所选.xlsx"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *_a: target)
    monkeypatch.setattr(file_actions, "show_file_done", lambda *_a: None)
    page = list_page(window, "suggestions")
    selection = page.view.selectionModel()
    for row in range(page.model.rowCount()):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert column(page, "state") <= {s.english for s in SuggestionState}  # the screen is in English
    handle = page.ledger_tools.export_selected()
    assert handle is not None and handle.error is None
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    cells = {str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None}
    assert "状态" in cells and "建议标题" in cells  # headers as the ledger names them
    assert cells & {s.label for s in SuggestionState}
    assert not cells & ({s.english for s in SuggestionState} | set(HEADERS.values()))
    assert str(sheet["A1"].value).startswith("意见建议")
    assert QCoreApplication.translate(HEADER_CONTEXT, "状态") == "State"  # still English on screen


def test_the_charts_name_months_and_quarters_in_the_display_language() -> None:
    counts = {"2025-01": 2, "2025-03": 1}
    months = (counts, {}, date(2025, 1, 1), date(2025, 3, 31), date(2025, 6, 1))
    quarters = (counts, {}, date(2023, 1, 1), date(2025, 12, 31), date(2025, 6, 1))
    assert build_series(*months).labels == ["1月", "2月", "3月"]
    assert build_series(*quarters).labels[0] == "2023\n一季"
    set_display_language(EN)
    assert build_series(*months).labels == ["Jan", "Feb", "Mar"]
    assert build_series(*quarters).labels[:2] == ["2023\nQ1", "2023\nQ2"]
    set_display_language(ZH)
    assert build_series(*months).labels == ["1月", "2月", "3月"]
