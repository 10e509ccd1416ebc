"""Photos, scanned sign-in sheets and documents kept with a session or a suggestion.

AttachmentService stores each file's content in the database (the original may be deleted afterwards);
打开 writes a copy out of the database in the background and hands it to the system viewer; 归档 hides
an attachment from its record.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.attachments import Attachment
from app.services.errors import ServiceError
from app.services.hub import Services
from app.ui import changes
from app.ui.changes import Change
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import confirm, render, show_error
from app.ui.models.columns import local_date
from app.ui.models.service_table_model import ARCHIVED_COLOR
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_with_progress
from app.ui.widgets.header_fit import set_column_width

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff"
DOCUMENT_PATTERNS = "*.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt"


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class AttachmentsPanel(QWidget):
    changed = Signal()

    HEADERS = (
        QT_TRANSLATE_NOOP("AttachmentsPanel", "文件名"),
        QT_TRANSLATE_NOOP("AttachmentsPanel", "大小"),
        QT_TRANSLATE_NOOP("AttachmentsPanel", "说明"),
        QT_TRANSLATE_NOOP("AttachmentsPanel", "添加人"),
        QT_TRANSLATE_NOOP("AttachmentsPanel", "添加日期"),
    )

    def __init__(
        self,
        services: Services,
        *,
        session_id: uuid.UUID | None = None,
        suggestion_id: uuid.UUID | None = None,
        results_report_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.suggestion_id = suggestion_id
        self.results_report_id = results_report_id
        self.attachments: list[Attachment] = []
        self.task: TaskHandle | None = None
        self.refusal = services.attachments.change_refusal(
            session_id=session_id, suggestion_id=suggestion_id, results_report_id=results_report_id
        )
        can_write = self.refusal is None
        self.add_button = QPushButton(self.tr("添加文件…"))
        self.add_button.setToolTip(
            self.tr("文件内容保存在数据库中（随备份保存，同事也能打开），原文件可以移走或删除")
        )
        self.add_button.clicked.connect(self.choose_files)
        self.add_button.setEnabled(can_write)
        if self.refusal is not None:
            self.add_button.setToolTip(self.refusal)
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button = QPushButton(self.tr("归档"))
        self.archive_button.clicked.connect(self.archive_selected)
        self.restore_button = QPushButton(self.tr("恢复"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.show_archived = QCheckBox(self.tr("显示已归档"))
        self.show_archived.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.archive_button, self.restore_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.show_archived)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("AttachmentsPanel", h) for h in self.HEADERS]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 200), (3, 90), (4, 96)):
            set_column_width(self.table, column, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_selected())
        self.hint = styled_label(self.tr("可添加现场照片、签到表扫描件、会议材料等；双击打开。"), "pageHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.attachments = self.services.attachments.list_for(
            session_id=self.session_id,
            suggestion_id=self.suggestion_id,
            results_report_id=self.results_report_id,
            include_archived=self.show_archived.isChecked(),
        )
        self.table.setRowCount(len(self.attachments))
        for r, a in enumerate(self.attachments):
            cells = [
                a.filename,
                size_text(a.size),
                a.description or "",
                a.added_by or "",
                local_date(a.created_at).isoformat(),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a.archived_at is not None:
                    item.setForeground(ARCHIVED_COLOR)
                self.table.setItem(r, c, item)
        self._selection_changed()

    def count(self) -> int:
        """Attachments kept with the record (archived ones not counted)."""
        return sum(1 for a in self.attachments if a.archived_at is None)

    def selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.attachments[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        can_write = self.refusal is None
        archived = chosen is not None and chosen.archived_at is not None
        self.open_button.setEnabled(chosen is not None)
        self.archive_button.setEnabled(can_write and chosen is not None and not archived)
        self.restore_button.setEnabled(can_write and archived)

    # -- acting --------------------------------------------------------------------------------
    def choose_files(self) -> TaskHandle | None:
        filters = ";;".join(
            (
                self.tr("所有文件 (*)"),
                self.tr("图片 ({patterns})").format(patterns=IMAGE_PATTERNS),
                self.tr("文档 ({patterns})").format(patterns=DOCUMENT_PATTERNS),
            )
        )
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("选择要添加的文件"), "", filters)
        return self.add_files([Path(p) for p in paths]) if paths else None

    def add_files(self, paths: list[Path]) -> TaskHandle:
        """Copy the files in the background (large scans take a moment), then show them."""
        service = self.services.attachments
        session_id, suggestion_id, report_id = self.session_id, self.suggestion_id, self.results_report_id

        def work(ctx: TaskContext) -> list[str]:
            refused = []
            for i, path in enumerate(paths):
                ctx.progress(i, len(paths), self.tr("正在添加 {name}…").format(name=path.name))
                try:
                    service.add(
                        path, session_id=session_id, suggestion_id=suggestion_id, results_report_id=report_id
                    )
                except ServiceError as exc:
                    refused.append(render(exc.message))
            return refused

        def done(refused: list[str]) -> None:
            self.reload()
            self.changed.emit()
            changes.publish(Change.ATTACHMENTS)
            if refused:
                show_error(self, "\n".join(refused), self.tr("部分文件未能添加"))

        self.task = run_with_progress(self, self.tr("正在添加附件…"), work, on_result=done)
        return self.task

    def open_selected(self) -> TaskHandle | None:
        """Write the content out of the database (a large scan takes a moment), then open it."""
        chosen = self.selected()
        if chosen is None:
            return None
        service = self.services.attachments

        def work(_ctx: TaskContext) -> Path:
            return service.open_copy(chosen)

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                show_error(self, self.tr("系统没有可以打开“{name}”的程序。").format(name=chosen.filename))

        def failed(error: BaseException) -> None:
            if not isinstance(error, ServiceError):
                raise error
            show_error(self, render(error.message))

        self.task = run_with_progress(
            self,
            self.tr("正在打开 {name}…").format(name=chosen.filename),
            work,
            on_result=opened,
            on_error=failed,
        )
        return self.task

    def archive_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        question = self.tr("确定归档附件“{name}”吗？归档后默认不再显示，可随时恢复。").format(
            name=chosen.filename
        )
        if not confirm(self, question, title=self.tr("归档"), accept_text=self.tr("归档")):
            return False
        return self._run(
            lambda: self.services.attachments.archive(chosen.id, expected_version=chosen.version)
        )

    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        return self._run(
            lambda: self.services.attachments.restore(chosen.id, expected_version=chosen.version)
        )

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ServiceError as exc:
            show_error(self, render(exc.message))
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        changes.publish(Change.ATTACHMENTS)
        return True
