"""A generated PDF's pages for the screen and the printer, rendered by PDFium (pypdfium2).

`PdfPages` opens the file and renders one page to a QImage of a given size; `PdfPageView` shows every
page one below the other in a scroll area, renders only the pages in sight, and zooms (fit width, whole
page, or a factor of the page's natural size on this screen). PDFium is not thread-safe: both are used
on the GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

POINTS_PER_INCH = 72.0
PAGE_SPACING = 12
MARGIN = 16
FIT_WIDTH = "width"
FIT_PAGE = "page"


class PdfPages:
    """An open PDF file: its page count, each page's size in points, and pages rendered to images."""

    def __init__(self, path: Path) -> None:
        import pypdfium2 as pdfium  # loaded with the first preview, not at start-up

        try:
            self._pdf = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError) as exc:
            message = QCoreApplication.translate("pdf", "无法打开生成的 PDF 文件（{error}）。")
            raise OSError(message.format(error=exc)) from exc
        self._sizes = [QSizeF(*self._pdf.get_page_size(i)) for i in range(len(self._pdf))]
        self.closed = False

    def page_count(self) -> int:
        return len(self._sizes)

    def page_point_size(self, index: int) -> QSizeF:
        return QSizeF(self._sizes[index])

    def render(self, index: int, pixels: QSize) -> QImage:
        """Page `index` scaled to fit `pixels` (its proportions kept), on white."""
        points = self._sizes[index]
        scale = min(pixels.width() / points.width(), pixels.height() / points.height())
        page = self._pdf[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True, may_draw_forms=False)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
            ).copy()  # the bitmap's memory goes away with it
            bitmap.close()
        finally:
            page.close()
        return image

    def close(self) -> None:
        if not self.closed:
            self._pdf.close()
            self.closed = True


class PdfPageView(QScrollArea):
    """Every page of a PdfPages, one below the other; only pages in sight are rendered."""

    current_page_changed = Signal(int)

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.mode: str | float = FIT_WIDTH
        self._factor = 1.0
        self._rendered: dict[int, float] = {}  # page → the factor it was rendered at
        self._current = 0
        self._tops: list[int] = []  # each page's top edge in the scrolled sheet
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QScrollArea, #pdfPages { background: #8a9099; }")
        self.sheet = QWidget()
        self.sheet.setObjectName("pdfPages")
        layout = QVBoxLayout(self.sheet)
        self.sheet_layout = layout
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(PAGE_SPACING)
        self.labels: list[QLabel] = []
        for _ in range(pages.page_count()):
            label = QLabel()
            label.setStyleSheet("background: white;")
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        layout.addStretch(1)
        self.setWidget(self.sheet)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())

    # -- zoom ------------------------------------------------------------------------------------
    def natural_scale(self) -> float:
        """Pixels per point at 100 %: the page at its printed size on this screen."""
        return self.logicalDpiX() / POINTS_PER_INCH

    def zoom_factor(self) -> float:
        return self._factor

    def set_zoom(self, mode: str | float) -> None:
        """FIT_WIDTH, FIT_PAGE or a factor (1.0 = 100 %); the page being read stays at the top."""
        page = self._current
        self.mode = mode
        self._layout_pages()
        self.go_to_page(page)

    def _fitted_factor(self) -> float:
        if not self.labels:
            return 1.0
        widest = max(self.pages.page_point_size(i).width() for i in range(len(self.labels)))
        tallest = max(self.pages.page_point_size(i).height() for i in range(len(self.labels)))
        room = self.viewport().size()
        by_width = (room.width() - 2 * MARGIN) / (widest * self.natural_scale())
        if self.mode == FIT_WIDTH:
            return max(by_width, 0.1)
        by_height = (room.height() - 2 * MARGIN) / (tallest * self.natural_scale())
        return max(min(by_width, by_height), 0.1)

    def _layout_pages(self) -> None:
        factor = float(self.mode) if isinstance(self.mode, float) else self._fitted_factor()
        if abs(factor - self._factor) > 1e-4 or not self._rendered:
            self._factor = factor
            self._rendered.clear()
        self._tops = []
        top = MARGIN
        for index, label in enumerate(self.labels):
            size = self._pixel_size(index)
            label.setFixedSize(size)
            self._tops.append(top)  # where the layout puts the page (known now, laid out later)
            top += size.height() + PAGE_SPACING
        self.sheet.adjustSize()
        self._render_visible()

    def _pixel_size(self, index: int) -> QSize:
        points = self.pages.page_point_size(index)
        scale = self.natural_scale() * self._factor
        return QSize(round(points.width() * scale), round(points.height() * scale))

    # -- pages -----------------------------------------------------------------------------------
    def current_page(self) -> int:
        return self._current

    def go_to_page(self, index: int) -> None:
        if not self.labels:
            return
        index = max(0, min(index, len(self.labels) - 1))
        self.sheet_layout.activate()  # the scroll range must already hold the new page sizes
        self.verticalScrollBar().setValue(0 if index == 0 else self._tops[index] - PAGE_SPACING // 2)
        self._set_current(index)
        self._render_visible()

    def _scrolled(self) -> None:
        if len(self._tops) != len(self.labels):
            return
        top = self.verticalScrollBar().value()
        middle = top + self.viewport().height() // 3
        index = next(
            (
                i
                for i, label in enumerate(self.labels)
                if self._tops[i] + label.height() + PAGE_SPACING > middle
            ),
            len(self.labels) - 1,
        )
        self._set_current(max(index, 0))
        self._render_visible()

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.current_page_changed.emit(index)

    def _render_visible(self) -> None:
        """Render the pages in sight, and those a screen above and below (so scrolling finds them ready)."""
        if not self.isVisible() or self.pages.closed or len(self._tops) != len(self.labels):
            return
        height = self.viewport().height()
        top = self.verticalScrollBar().value() - height
        bottom = top + 3 * height
        ratio = self.devicePixelRatioF()
        for index, label in enumerate(self.labels):
            in_sight = self._tops[index] < bottom and self._tops[index] + label.height() > top
            if not in_sight or self._rendered.get(index) == self._factor:
                continue
            size = label.size()
            image = self.pages.render(index, QSize(round(size.width() * ratio), round(size.height() * ratio)))
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            self._rendered[index] = self._factor

    def rendered_pages(self) -> list[int]:
        return sorted(self._rendered)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._layout_pages()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not isinstance(self.mode, float):
            self._layout_pages()
        else:
            self._render_visible()
