"""打印文档 from the app: the dialog generates each kind off the GUI thread, the preview shows its pages,
and the clerk's edit of the summary paragraph is what the summary prints."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.db.engine import create_db_engine
from app.services.demo import load_demo
from app.services.documents import DocumentKind
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.office_settings import OfficeSettingsService
from app.services.scope import Scope
from app.services.statistics import draft_paragraph
from app.ui import tasks
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.office_name_dialog import OfficeNameDialog
from app.ui.dialogs.pdf_preview import PdfPreviewDialog
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage
from tests.gui.helpers import MessageBoxes, type_text
from tests.support import ADMIN_ACTOR

TODAY = date(2025, 12, 31)
YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(migrated_template, path)
    database = Database(create_db_engine(path))
    load_demo(database, sessions=150, seed=2024, actor=ADMIN_ACTOR, today=TODAY)
    OfficeSettingsService(database, ADMIN_ACTOR).set_office_name("西宁市政协办公室")
    database.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "ledger.sqlite3"
    shutil.copy(demo_template, path)
    return path


def pdf_text(path: Path) -> str:
    """The document's text with line breaks and spaces removed, so wrapped sentences compare whole."""
    reader = PdfReader(str(path))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def generate(dialog: DocumentDialog) -> PdfPreviewDialog:
    handle = dialog.generate()
    assert handle is not None and handle.done and handle.error is None, handle and handle.error
    preview = dialog.preview
    assert isinstance(preview, PdfPreviewDialog)
    return preview


def test_session_record_from_the_print_menu(window: MainWindow, services: Services) -> None:
    page = window.select_page("sessions")
    assert isinstance(page, ListPage)
    assert page.ledger_tools.print_button is not None and not page.ledger_tools.print_button.isEnabled()
    held = next(r for r in range(page.model.rowCount()) if page.model.row(r)["state"] != "planned")
    page.view.selectRow(held)
    row = page.model.row(held)
    assert page.ledger_tools.print_button.isEnabled()
    assert list(page.ledger_tools.print_actions) == [
        DocumentKind.SESSION,
        DocumentKind.DOSSIER,
        DocumentKind.SIGNIN,
    ]
    page.ledger_tools.print_actions[DocumentKind.SESSION].trigger()
    dialog = page.ledger_tools.last_dialog
    assert isinstance(dialog, DocumentDialog)
    assert dialog.current_kind() is DocumentKind.SESSION
    assert dialog.record.record_id == row["id"] and row["topic"] in dialog.record.line.text()
    preview = generate(dialog)
    assert dialog.last_pdf is not None and dialog.last_result is not None
    reader = PdfReader(str(dialog.last_pdf))
    assert preview.page_count() == len(reader.pages) == dialog.last_result.pages
    text = pdf_text(dialog.last_pdf)
    assert "协商议事纪要" in text and re.sub(r"\s+", "", row["topic"]) in text
    preview.reject()
    assert not dialog.last_pdf.exists()  # the temporary file goes with the preview


def test_summary_prints_the_edited_paragraph(qtbot: QtBot, services: Services) -> None:
    dialog = DocumentDialog(services, DocumentKind.SUMMARY, scope=YEAR, today=TODAY)
    qtbot.addWidget(dialog)
    drafted = draft_paragraph(services.statistics.summary(YEAR, today=TODAY))
    assert dialog.paragraph.toPlainText() == drafted and "协商议事活动" in drafted
    edited = "本年度各站室组共开展协商议事活动，群众反映的停车难问题得到初步解决。"
    dialog.paragraph.setPlainText(edited)
    preview = generate(dialog)
    assert dialog.last_pdf is not None
    text = pdf_text(dialog.last_pdf)
    assert edited in text and drafted[:20] not in text
    assert preview.page_count() >= 2
    preview.reject()


def test_an_edited_paragraph_survives_a_scope_change_until_redrafted(
    qtbot: QtBot, services: Services
) -> None:
    dialog = DocumentDialog(services, DocumentKind.SUMMARY, scope=YEAR, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.paragraph.setPlainText("我的段落")
    dialog.scope_fields.district.set_value("城西区")
    assert dialog.paragraph.toPlainText() == "我的段落"
    dialog.redraft_button.click()
    district = Scope(YEAR.date_from, YEAR.date_to, None, "城西区")
    assert dialog.paragraph.toPlainText() == draft_paragraph(
        services.statistics.summary(district, today=TODAY)
    )
    assert "城西区" in dialog.paragraph.toPlainText()


def test_the_form_follows_the_kind(qtbot: QtBot, services: Services) -> None:
    dialog = DocumentDialog(services, DocumentKind.SUMMARY, scope=YEAR, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.paragraph_box.isVisible() and not dialog.record.isVisible()
    dialog.kind.set_value(DocumentKind.ASSIGNMENT)
    assert dialog.record.isVisible() and not dialog.paragraph_box.isVisible()
    assert not dialog.scope_fields.period.isVisible()
    assert dialog.record_label.text() == "意见建议"
    dialog.kind.set_value(DocumentKind.MEMBER)
    assert dialog.record_label.text() == "委员" and dialog.scope_fields.period.isVisible()
    assert not dialog.scope_fields.district.isVisible()


def test_a_record_is_required(qtbot: QtBot, services: Services, message_boxes: MessageBoxes) -> None:
    dialog = DocumentDialog(services, DocumentKind.ASSIGNMENT, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.generate() is None
    assert message_boxes.texts == ["请先选择要打印的意见建议。"]


def test_the_record_chooser_lists_and_picks(qtbot: QtBot, services: Services) -> None:
    dialog = DocumentDialog(services, DocumentKind.ASSIGNMENT, today=TODAY)
    qtbot.addWidget(dialog)
    picker = dialog.record.choose()
    assert picker is not None and picker.model.rowCount() > 0
    picker.view.selectRow(0)
    picker.view.setCurrentIndex(picker.model.index(0, 0))
    expected = picker.model.row(0)
    picker.accept()
    assert dialog.record.record_id == picker.model.row_id(0)
    assert dialog.record.line.text() == expected["title"]
    preview = generate(dialog)
    assert dialog.last_pdf is not None and "交办单" in pdf_text(dialog.last_pdf)
    preview.reject()


def test_cancelled_generation_leaves_no_preview(
    qtbot: QtBot, services: Services, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tasks.TaskContext.progress

    def cancel_while_laying_out(ctx: tasks.TaskContext, done: int, total: int, text: str = "") -> None:
        if done > 100:
            ctx.cancel()
        original(ctx, done, total, text)

    monkeypatch.setattr(tasks.TaskContext, "progress", cancel_while_laying_out)
    dialog = DocumentDialog(services, DocumentKind.SUPERVISION, scope=YEAR, today=TODAY)
    qtbot.addWidget(dialog)
    handle = dialog.generate()
    assert handle is not None and handle.done
    assert dialog.preview is None
    assert message_boxes.texts == ["已取消生成文档。"]
    assert dialog.generate_button.isEnabled()


@pytest.mark.parametrize(
    ("page_key", "kind", "title"),
    [("units", DocumentKind.REMINDER, "催办单"), ("members", DocumentKind.MEMBER, "履职")],
)
def test_unit_and_member_pages_print_their_documents(
    window: MainWindow, services: Services, page_key: str, kind: DocumentKind, title: str
) -> None:
    page = window.select_page(page_key)
    assert isinstance(page, ListPage)
    if kind is DocumentKind.REMINDER:  # a unit with overdue items
        overdue = services.suggestions.list(ListQuery(filters={"overdue": True}, limit=1)).rows[0]
        page.search.setText(overdue["lead_unit_name"])
        page.search.flush()
    page.view.selectRow(0)
    page.ledger_tools.print_actions[kind].trigger()
    dialog = page.ledger_tools.last_dialog
    assert isinstance(dialog, DocumentDialog) and dialog.record.record_id == page.selected_id()
    preview = generate(dialog)
    assert dialog.last_pdf is not None and title in pdf_text(dialog.last_pdf)
    preview.reject()
    dialog.reject()


def test_menu_entry_starts_from_the_selected_row(window: MainWindow) -> None:
    page = window.select_page("suggestions")
    assert isinstance(page, ListPage)
    page.view.selectRow(0)
    window.menu_actions["打印文档…"].trigger()
    dialog = window.findChild(DocumentDialog)
    assert dialog is not None and dialog.current_kind() is DocumentKind.ASSIGNMENT
    assert dialog.record.record_id == page.selected_id()
    dialog.reject()


def test_nothing_prints_before_the_office_is_named(qtbot: QtBot, services: Services) -> None:
    """A database whose office name nobody entered asks for it before the first document."""
    services.settings.set_office_name("××市政协办公室")  # what a database made on the command line holds
    dialog = DocumentDialog(services, DocumentKind.SUMMARY, None, YEAR, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.office_missing.isVisible() and not dialog.generate_button.isEnabled()
    assert dialog.generate() is None
    asked = dialog.findChild(OfficeNameDialog)
    assert asked is not None and asked.name.text() == ""  # never pre-filled with ××
    type_text(qtbot, asked.name, "西宁市政协办公室")
    qtbot.keyClick(asked.name, Qt.Key.Key_Return)
    assert services.settings.get().office_name == "西宁市政协办公室"
    assert not dialog.office_missing.isVisible() and dialog.generate_button.isEnabled()
