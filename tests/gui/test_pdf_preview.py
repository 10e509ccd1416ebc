"""The PDF preview: pages, navigation and zoom, printing through QPrinter (to a PDF printer here), saving a
copy, and the fallback to the system's PDF reader where PDFium cannot load."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import SuggestionState
from app.models.suggestions import SuggestionCreate
from app.services.documents import DocumentService
from app.services.hub import Services
from app.services.scope import Scope
from app.ui.dialogs import pdf_preview
from app.ui.dialogs.pdf_preview import ExternalPdfDialog, PdfPreviewDialog, make_pdf_preview
from app.ui.widgets.pdf_pages import PdfPages
from app.ui.widgets.pdf_printing import new_a4_printer, page_range, paint_pdf, pdf_rendering_available
from tests.gui.helpers import add_platform, add_session
from tests.support import ADMIN_ACTOR

A4_POINTS = (595.3, 841.9)


@pytest.fixture
def records(services: Services) -> None:
    """Enough rows for a summary of several pages and a landscape supervision list."""
    platform = add_platform(services, "城西区胜利路委员驿站")
    for month in range(1, 13):
        session = add_session(services, platform, f"第{month}次协商：背街小巷路灯修缮", date(2024, month, 10))
        for n in range(3):
            services.suggestions.create(
                SuggestionCreate(
                    title=f"{month}月建议{n + 1}：增设路灯和监控",
                    session_id=session.id,
                    platform_id=platform.id,
                    raised_on=date(2024, month, 11),
                    state=SuggestionState.PENDING,
                )
            )


def render(db: Database, tmp_path: Path, kind: str, name: str) -> Path:
    target = tmp_path / name
    DocumentService(db, ADMIN_ACTOR, today=date(2024, 12, 31)).render(
        kind, target, scope=Scope(date(2024, 1, 1), date(2024, 12, 31))
    )
    return target


@pytest.fixture
def summary_pdf(records: None, db: Database, tmp_path: Path) -> Path:
    return render(db, tmp_path, "summary", "工作综述.pdf")


OpenPreview = Callable[..., PdfPreviewDialog]


@pytest.fixture
def open_preview(qtbot: QtBot) -> Iterator[OpenPreview]:
    """PdfPreviewDialog(…) registered with qtbot, closed (its PDF file with it) after the test."""
    opened: list[PdfPreviewDialog] = []

    def make(*args: Any, **kwargs: Any) -> PdfPreviewDialog:
        preview = PdfPreviewDialog(*args, **kwargs)
        qtbot.addWidget(preview)
        opened.append(preview)
        return preview

    yield make
    for preview in opened:
        preview.reject()
        assert preview.document.closed


def test_pdfium_is_installed_here() -> None:
    assert pdf_rendering_available()


def test_pages_render_at_the_size_asked_with_the_ink_where_the_pdf_has_it(summary_pdf: Path) -> None:
    pages = PdfPages(summary_pdf)
    size = pages.page_point_size(0)
    assert (round(size.width(), 1), round(size.height(), 1)) == pytest.approx(A4_POINTS, abs=1)
    image = pages.render(0, QSize(298, 421))  # half of A4 in points, i.e. 36 dpi
    assert (image.width(), image.height()) == (298, 421)
    corner, dark = image.pixelColor(2, 2), 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            dark += image.pixelColor(x, y).lightness() < 128
    assert corner.lightness() == 255 and dark > 100  # white margin, printed text
    pages.close()


def test_preview_shows_every_page_and_navigates(open_preview: OpenPreview, summary_pdf: Path) -> None:
    pages = len(PdfReader(str(summary_pdf)).pages)
    assert pages >= 2
    preview = open_preview(summary_pdf, "工作综述", "工作综述.pdf")
    preview.show()
    assert preview.page_count() == pages
    assert preview.page_total.text() == f"共 {pages} 页"
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    assert preview.current_page() == 1 and preview.page_spin.value() == 2
    assert preview.previous_button.isEnabled()
    assert preview.view.verticalScrollBar().value() > 0
    preview.page_spin.setValue(pages)
    assert preview.current_page() == pages - 1 and not preview.next_button.isEnabled()
    assert pages - 1 in preview.view.rendered_pages()
    # Scrolling back to the top makes the first page the current one again.
    preview.view.verticalScrollBar().setValue(0)
    assert preview.current_page() == 0 and preview.page_spin.value() == 1
    assert not preview.previous_button.isEnabled()


def test_only_the_pages_in_sight_are_rendered(open_preview: OpenPreview, summary_pdf: Path) -> None:
    preview = open_preview(summary_pdf, "工作综述", "工作综述.pdf")
    preview.show()
    assert preview.page_count() >= 3
    assert 0 in preview.view.rendered_pages()
    assert preview.page_count() - 1 not in preview.view.rendered_pages()


def test_zoom_steps_and_modes(open_preview: OpenPreview, summary_pdf: Path) -> None:
    preview = open_preview(summary_pdf, "工作综述", "工作综述.pdf")
    preview.show()
    view = preview.view
    first = view.labels[0]
    assert view.mode == pdf_preview.FIT_WIDTH
    room = view.viewport().width()
    assert room - 2 * 16 - 2 <= first.width() <= room - 2 * 16 + 2  # the page fills the width
    preview.zoom.setCurrentIndex(preview.zoom.findData(1.0))
    assert view.zoom_factor() == 1.0
    natural = round(595.3 * view.logicalDpiX() / 72)
    assert abs(first.width() - natural) <= 1
    preview.zoom_in_button.click()
    assert view.zoom_factor() == 1.25 and abs(first.width() - natural * 1.25) <= 1
    preview.zoom_out_button.click()
    preview.zoom_out_button.click()
    assert view.zoom_factor() == 0.75
    preview.zoom.setCurrentIndex(preview.zoom.findData(pdf_preview.FIT_PAGE))
    assert view.mode == pdf_preview.FIT_PAGE
    assert first.height() <= view.viewport().height()  # a whole page in sight
    assert first.pixmap().width() == round(first.width() * view.devicePixelRatioF())


def test_zooming_keeps_the_page_being_read(open_preview: OpenPreview, summary_pdf: Path) -> None:
    preview = open_preview(summary_pdf, "工作综述", "工作综述.pdf")
    preview.show()
    preview.go_to_page(1)
    preview.zoom.setCurrentIndex(preview.zoom.findData(0.5))
    assert preview.current_page() == 1 and preview.page_spin.value() == 2


def test_printing_paints_every_page_on_a4(
    open_preview: OpenPreview, summary_pdf: Path, tmp_path: Path
) -> None:
    preview = open_preview(summary_pdf, "工作综述", "工作综述.pdf")
    printed = tmp_path / "printed.pdf"
    painted = paint_pdf(preview.document, new_a4_printer("工作综述", str(printed)))
    assert painted == preview.page_count()
    reader = PdfReader(str(printed))
    assert len(reader.pages) == painted and printed.stat().st_size > 10_000
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width, 1), round(height, 1)) == pytest.approx(A4_POINTS, abs=1)


def test_landscape_pages_turn_the_sheet(
    open_preview: OpenPreview, records: None, db: Database, tmp_path: Path
) -> None:
    source = render(db, tmp_path, "supervision", "督办清单.pdf")
    preview = open_preview(source, "督办清单", "督办清单.pdf")
    printed = tmp_path / "printed.pdf"
    assert paint_pdf(preview.document, new_a4_printer("督办清单", str(printed))) >= 1
    page = PdfReader(str(printed)).pages[0]
    width, height = (float(v) for v in page.mediabox.upper_right)
    assert width > height


def test_stopping_a_print_job_after_the_first_page(
    open_preview: OpenPreview, summary_pdf: Path, tmp_path: Path
) -> None:
    preview = open_preview(summary_pdf, "工作综述", "工作综述.pdf")
    printer = new_a4_printer("工作综述", str(tmp_path / "one.pdf"))
    assert paint_pdf(preview.document, printer, on_page=lambda done, _total: done < 1) == 1
    assert len(PdfReader(str(tmp_path / "one.pdf")).pages) == 1


def test_the_print_dialogs_page_range_is_honoured(tmp_path: Path) -> None:
    printer = new_a4_printer("x", str(tmp_path / "x.pdf"))
    assert page_range(printer, 4) == range(4)
    printer.setFromTo(2, 3)
    assert page_range(printer, 4) == range(1, 3)
    printer.setFromTo(3, 9)
    assert page_range(printer, 4) == range(2, 4)


def test_save_as_copies_the_file_and_closing_removes_the_temporary_one(
    open_preview: OpenPreview, summary_pdf: Path, tmp_path: Path
) -> None:
    owned = tmp_path / "临时"
    owned.mkdir()
    source = owned / summary_pdf.name
    summary_pdf.rename(source)
    preview = open_preview(source, "工作综述", "工作综述.pdf", ["注意：示例提示"], owned_dir=owned)
    preview.show()
    assert preview.notes_label.isVisible() and preview.notes_label.text() == "注意：示例提示"
    copy = preview.save_copy(tmp_path / "另存.pdf")
    assert copy is not None and copy.read_bytes() == source.read_bytes()
    preview.reject()
    assert not owned.exists() and copy.exists()


def test_without_pdfium_the_system_reader_opens_the_file(
    qtbot: QtBot, summary_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_preview, "pdf_rendering_available", lambda: False)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    preview = make_pdf_preview(summary_pdf, "工作综述", "工作综述.pdf", pages=3)
    qtbot.addWidget(preview)
    assert isinstance(preview, ExternalPdfDialog)
    preview.open_button.click()
    assert opened == [str(summary_pdf)]
