"""超期清单: every suggestion past its deadline (or due soon), as its own window with the whole list.

Opened from the 工作台 (查看超期清单, the notice, the 超期未答复 card). The rows come a page at a time
from the 意见建议 list (the same rule of services.deadlines), longest overdue first; several can be
chased at once (批量催办) or exported; Enter or a double-click opens a suggestion's handling.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.batch_dialogs import BatchStepDialog
from app.ui.dialogs.handling_dialogs import make_step_dialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error, show_info
from app.ui.models.columns import CENTER, Column
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.screen_fit import resize_within_screen
from app.ui.style import styled_label
from app.ui.widgets.handling_menu import step_refusal
from app.ui.widgets.header_fit import set_column_width
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.row_export import export_rows
from app.ui.widgets.session_suggestions import target_of


def _days(n: Any) -> str:
    return str(n) if n else ""


COLUMNS = [
    Column("title", QT_TRANSLATE_NOOP("Columns", "建议标题"), 260, flex=True),
    Column("lead_unit_name", QT_TRANSLATE_NOOP("Columns", "主办单位"), 170),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "办理时限"), 96, CENTER),
    Column("working_days_overdue", QT_TRANSLATE_NOOP("Columns", "超期工作日"), 84, CENTER, formatter=_days),
    Column("working_days_left", QT_TRANSLATE_NOOP("Columns", "剩余工作日"), 84, CENTER, formatter=_days),
    Column("state", QT_TRANSLATE_NOOP("Columns", "状态"), 70, CENTER),
    Column("platform_name", QT_TRANSLATE_NOOP("Columns", "站室组"), 190),
]
DUE_ON = next(c for c in COLUMNS if c.key == "due_on")
OVERDUE, DUE_SOON = "overdue", "due_soon"


class OverdueListDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *, which: str = OVERDUE) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("超期清单"))
        resize_within_screen(self, 1000, 620)
        self.setMinimumSize(640, 400)
        self.overdue_button = QRadioButton(self.tr("超期未答复"))
        self.soon_button = QRadioButton(self.tr("即将到期"))
        group = QButtonGroup(self)
        group.addButton(self.overdue_button)
        group.addButton(self.soon_button)
        (self.overdue_button if which == OVERDUE else self.soon_button).setChecked(True)
        self.overdue_button.toggled.connect(lambda _on: self.reload())
        self.count = styled_label("", "countLabel")
        self.model = ServiceTableModel(services.suggestions.list, COLUMNS, parent=self)
        self.model.sort(COLUMNS.index(DUE_ON), Qt.SortOrder.AscendingOrder)  # longest overdue first
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda message: show_error(self, message))
        self.view = RecordTable(0, COLUMNS[0].width)
        self.view.setModel(self.model)
        for i, column in enumerate(COLUMNS):
            set_column_width(self.view, i, column.width)
        self.view.doubleClicked.connect(lambda index: self.open_detail(index.row()))
        self.view.open_requested.connect(lambda index: self.open_detail(index.row()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.remind_button = QPushButton(self.tr("催办…"))
        self.remind_button.clicked.connect(lambda _c=False: self.remind())
        self.export_button = QPushButton(self.tr("导出清单"))
        self.export_button.setToolTip(self.tr("把清单中的全部意见建议导出为 Excel"))
        self.export_button.clicked.connect(lambda _c=False: self.export())
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.overdue_button)
        top.addWidget(self.soon_button)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remind_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(
            styled_label(
                self.tr("可多选后一起催办；按 Enter 或双击查看办理详情。天数均按工作日计算。"), "pageHint"
            )
        )
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reload()
        changes.subscribe(self, {Change.SUGGESTIONS, Change.UNITS, Change.SETTINGS}, lambda _k: self.reload())

    def showing(self) -> str:
        return OVERDUE if self.overdue_button.isChecked() else DUE_SOON

    def reload(self) -> None:
        overdue = self.showing() == OVERDUE
        self.model.set_filters(
            {"overdue": True if overdue else None, "due_soon": None if overdue else True}, requery=False
        )
        self.view.setColumnHidden(3, not overdue)
        self.view.setColumnHidden(4, overdue)
        self.model.refresh()

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("共 {n} 条").format(n=f"{total:,}"))
        self._selection_changed()

    def selected_rows(self) -> list[dict[str, Any]]:
        return [self.model.row(i.row()) for i in self.view.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        allowed = [r for r in rows if not step_refusal(self.services, HandlingStep.REMIND, target_of(r))]
        self.remind_button.setEnabled(bool(allowed))
        self.remind_button.setText(
            self.tr("批量催办（{n} 条）…").format(n=len(rows)) if len(rows) > 1 else self.tr("催办…")
        )

    def remind(self) -> QDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        if len(rows) > 1:
            batch = BatchStepDialog(self.services, HandlingStep.REMIND, rows, self)
            batch.accepted.connect(
                lambda: (
                    show_info(self, batch.report.summary("催办"), self.tr("批量催办"))
                    if batch.report
                    else None
                )
            )
            batch.finished.connect(lambda _r: batch.deleteLater())
            batch.open()
            return batch
        try:
            dialog = make_step_dialog(self.services, HandlingStep.REMIND, rows[0]["id"], self)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_detail(self, row: int) -> SuggestionDetailDialog | None:
        suggestion_id: uuid.UUID = self.model.row_id(row)
        try:
            dialog = SuggestionDetailDialog(self.services, suggestion_id, self)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export(self) -> object:
        query = self.model.query()
        fetch = self.services.suggestions.list
        shown = [c for i, c in enumerate(COLUMNS) if not self.view.isColumnHidden(i)]

        def rows() -> list[dict[str, Any]]:
            return fetch(replace(query, offset=0, limit=None, count=False)).rows

        # The workbook is a document: Chinese headers and title whatever the display language.
        title = "超期未答复清单" if self.showing() == OVERDUE else "即将到期清单"
        return export_rows(
            self,
            self.services,
            title,
            [(c.key, c.header) for c in shown],
            rows,
            formatters={c.key: c.text for c in shown},
        )
