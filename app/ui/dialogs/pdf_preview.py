"""Preview of a generated PDF, with page navigation and zoom, then 打印… or 另存为….

The pages are rendered by PDFium (pypdfium2) inside the app; where it cannot load, the dialog offers to
open the file in the system's PDF reader, which can print it too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.messages import show_error
from app.ui.screen_fit import resize_within_screen
from app.ui.style import styled_label
from app.ui.widgets.file_actions import ask_save_path, documents_dir, open_file
from app.ui.widgets.pdf_pages import FIT_PAGE, FIT_WIDTH, PdfPages, PdfPageView
from app.ui.widgets.pdf_printing import pdf_rendering_available, print_with_dialog

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfPreviewBase(QDialog):
    """What both previews share: the file, the notes bar and 另存为…."""

    def __init__(
        self,
        pdf_path: Path,
        title: str,
        suggested_name: str,
        notes: list[str] | None = None,
        parent: QWidget | None = None,
        *,
        owned_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf_path = pdf_path
        self.suggested_name = suggested_name
        self.owned_dir = owned_dir  # a temporary folder removed when the preview closes
        self.setWindowTitle(self.tr("预览：{title}").format(title=title))
        self.notes_label = styled_label("\n".join(notes or []), "pageHint", wrap=True)
        self.notes_label.setVisible(bool(notes))
        self.save_button = QPushButton(self.tr("另存为…"))
        self.save_button.clicked.connect(lambda _checked=False: self.save_as())
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(lambda _result: self._clean_up())

    def save_as(self) -> Path | None:
        target = ask_save_path(
            self, self.tr("另存为"), documents_dir() / self.suggested_name, self.tr("PDF 文件 (*.pdf)")
        )
        return self.save_copy(target) if target is not None else None

    def save_copy(self, target: Path) -> Path | None:
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            show_error(self, self.tr("无法保存文件：{reason}").format(reason=exc.strerror or exc))
            return None
        return target

    def _clean_up(self) -> None:
        self.release_document()
        if self.owned_dir is not None:
            shutil.rmtree(self.owned_dir, ignore_errors=True)
            self.owned_dir = None

    def release_document(self) -> None:
        """Close the file when the preview closes, before its folder is removed (Windows refuses to
        delete open files)."""


class PdfPreviewDialog(PdfPreviewBase):
    def __init__(
        self,
        pdf_path: Path,
        title: str,
        suggested_name: str,
        notes: list[str] | None = None,
        parent: QWidget | None = None,
        *,
        owned_dir: Path | None = None,
    ) -> None:
        super().__init__(pdf_path, title, suggested_name, notes, parent, owned_dir=owned_dir)
        self.document_name = title
        self.document = PdfPages(pdf_path)
        self.view = PdfPageView(self.document, self)

        self.previous_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(self.page_count(), 1))
        self.page_spin.setPrefix(self.tr("第 "))
        self.page_spin.setSuffix(self.tr(" 页"))
        self.page_total = QLabel(self.tr("共 {n} 页").format(n=self.page_count()))
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("适合宽度"), FIT_WIDTH)
        self.zoom.addItem(self.tr("整页"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom_out_button = QPushButton(self.tr("缩小"))
        self.zoom_in_button = QPushButton(self.tr("放大"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setDefault(True)

        self.previous_button.clicked.connect(lambda _c=False: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda _c=False: self.go_to_page(self.current_page() + 1))
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.view.current_page_changed.connect(self._page_changed)
        self.zoom.currentIndexChanged.connect(lambda _i: self._apply_zoom())
        self.zoom_in_button.clicked.connect(lambda _c=False: self.step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda _c=False: self.step_zoom(-1))
        self.print_button.clicked.connect(lambda _c=False: self.print_document())

        bar = QHBoxLayout()
        groups: list[list[QWidget]] = [
            [self.previous_button, self.page_spin, self.page_total, self.next_button],
            [self.zoom_out_button, self.zoom, self.zoom_in_button],
            [self.print_button, self.save_button, self.close_button],
        ]
        for n, group in enumerate(groups):
            if n == 1:
                bar.addSpacing(16)
            elif n == 2:
                bar.addStretch(1)
            for widget in group:
                bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.view, 1)
        resize_within_screen(self, 900, 860)
        self._apply_zoom()
        self._page_changed(0)

    # -- pages -------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.page_count()

    def current_page(self) -> int:
        return self.view.current_page()

    def go_to_page(self, index: int) -> None:
        index = max(0, min(index, self.page_count() - 1))
        self.view.go_to_page(index)
        self._page_changed(index)

    def _page_changed(self, index: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.page_count() - 1)

    # -- zoom --------------------------------------------------------------------------------
    def _apply_zoom(self) -> None:
        choice = self.zoom.currentData()
        self.view.set_zoom(choice if choice in (FIT_WIDTH, FIT_PAGE) else float(choice))

    def step_zoom(self, direction: int) -> None:
        """放大 / 缩小 move to the next fixed zoom step from the zoom now shown."""
        current = self.view.zoom_factor()
        steps = ZOOM_STEPS if direction > 0 else tuple(reversed(ZOOM_STEPS))
        target = next(
            (f for f in steps if (f > current + 0.01 if direction > 0 else f < current - 0.01)), steps[-1]
        )
        self.zoom.setCurrentIndex(self.zoom.findData(target))

    # -- printing --------------------------------------------------------------------------------
    def print_document(self) -> int:
        try:
            return print_with_dialog(self, self.document, self.document_name)
        except OSError as exc:
            show_error(self, str(exc))
            return 0

    def release_document(self) -> None:
        self.document.close()


class ExternalPdfDialog(PdfPreviewBase):
    """Without PDFium: the document is ready; the system's PDF reader shows and prints it."""

    def __init__(
        self,
        pdf_path: Path,
        title: str,
        suggested_name: str,
        notes: list[str] | None = None,
        parent: QWidget | None = None,
        *,
        pages: int = 0,
        owned_dir: Path | None = None,
    ) -> None:
        super().__init__(pdf_path, title, suggested_name, notes, parent, owned_dir=owned_dir)
        message = QLabel(
            self.tr(
                "已生成“{title}”（共 {pages} 页）。本机无法加载程序内预览组件（PDFium），"
                "请用系统的 PDF 阅读器打开后查看和打印，或另存为文件。"
            ).format(title=title, pages=pages)
        )
        message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("用 PDF 阅读器打开"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda _c=False: open_file(self.pdf_path))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for widget in (self.open_button, self.save_button, self.close_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.notes_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)


def make_pdf_preview(
    pdf_path: Path,
    title: str,
    suggested_name: str,
    notes: list[str] | None = None,
    parent: QWidget | None = None,
    *,
    pages: int = 0,
    owned_dir: Path | None = None,
) -> PdfPreviewBase:
    """The in-app preview when PDFium loads, else the dialog that hands the file to the system."""
    if pdf_rendering_available():
        return PdfPreviewDialog(pdf_path, title, suggested_name, notes, parent, owned_dir=owned_dir)
    return ExternalPdfDialog(pdf_path, title, suggested_name, notes, parent, pages=pages, owned_dir=owned_dir)
