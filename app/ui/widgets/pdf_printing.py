"""Printing a PDF through QPrinter: each page rendered by PDFium and painted at the printer's resolution.

`pdf_rendering_available()` says whether PDFium (pypdfium2) loads on this installation (the preview falls
back to the system's PDF reader when it does not). Painting is split from the print dialog so tests can
print to a PDF file without opening a dialog.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from app.ui.widgets.pdf_pages import PdfPages

MAX_RENDER_DPI = 300  # sharper than any office printer needs; 1200 dpi pages would take 500 MB each
POINTS_PER_INCH = 72.0


def pdf_rendering_available() -> bool:
    return importlib.util.find_spec("pypdfium2") is not None


def new_a4_printer(document_name: str, output_pdf: str | None = None) -> QPrinter:
    """A high-resolution A4 printer that paints whole sheets (the PDF already carries its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    if output_pdf is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(output_pdf)
    return printer


def page_range(printer: QPrinter, page_count: int) -> range:
    """The 0-based pages the user asked for in the print dialog (all when no range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(page_count)
    return range(max(first, 1) - 1, min(last, page_count))


def paint_pdf(
    document: PdfPages,
    printer: QPrinter,
    pages: range | None = None,
    on_page: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint `pages` of `document` on `printer`; returns the number of pages painted.

    `on_page(done, total)` is called before each page; returning False stops the job.
    Landscape pages (the 督办清单) turn the sheet for that page.
    """
    chosen = pages if pages is not None else range(document.page_count())
    if not len(chosen):
        return 0
    painter = QPainter()
    painted = 0
    try:
        for n, index in enumerate(chosen):
            if on_page is not None and not on_page(n, len(chosen)):
                break
            size = document.page_point_size(index)
            orientation = (
                QPageLayout.Orientation.Landscape
                if size.width() > size.height()
                else QPageLayout.Orientation.Portrait
            )
            if n == 0:
                printer.setPageOrientation(orientation)
                if not painter.begin(printer):
                    raise OSError(QCoreApplication.translate("pdf", "无法开始打印，请检查打印机。"))
            else:
                printer.setPageOrientation(orientation)
                printer.newPage()
            _paint_page(document, index, printer, painter)
            painted += 1
    finally:
        if painter.isActive():
            painter.end()
    return painted


def _paint_page(document: PdfPages, index: int, printer: QPrinter, painter: QPainter) -> None:
    target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    points = document.page_point_size(index)
    pixels = QSize(
        round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH)
    )
    image = document.render(index, pixels)
    # Keep the page's proportions: a Letter-sized sheet still shows the A4 page undistorted.
    scaled = QSize(round(target.width()), round(target.height()))
    fitted = image.size().scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio)
    left = target.left() + (target.width() - fitted.width()) / 2
    top = target.top() + (target.height() - fitted.height()) / 2
    painter.drawImage(QRectF(left, top, fitted.width(), fitted.height()), image)


def print_with_dialog(parent: QWidget, document: PdfPages, document_name: str) -> int:
    """Ask for a printer and pages with the system's print dialog, then print with a progress bar."""
    printer = new_a4_printer(document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pdf", "打印"))
    dialog.setMinMax(1, max(document.page_count(), 1))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    pages = page_range(printer, document.page_count())
    progress = QProgressDialog(
        QCoreApplication.translate("pdf", "正在发送到打印机……"),
        QCoreApplication.translate("pdf", "取消"),
        0,
        len(pages),
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("pdf", "打印"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def on_page(done: int, total: int) -> bool:
        progress.setValue(done)
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    try:
        return paint_pdf(document, printer, pages, on_page)
    finally:
        progress.close()
        progress.deleteLater()
