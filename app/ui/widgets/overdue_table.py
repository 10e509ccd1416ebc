"""The most urgent suggestions past or near their deadline, with 催办 at hand (a short plain table).

Rows come from FollowUpService.overdue / due_soon; the dashboard loads them with its figures and hands
them over with `set_rows`. 全部… opens the whole list in its own window (`all_requested`).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SuggestionState
from app.services.errors import ServiceError
from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.ui.dialogs.handling_dialogs import make_step_dialog
from app.ui.dialogs.step_dialog import StepDialog
from app.ui.messages import render, show_error
from app.ui.models.urgent_rows import UrgentRowsModel
from app.ui.style import styled_label
from app.ui.widgets.handling_menu import Target, step_refusal
from app.ui.widgets.header_fit import set_column_width

OVERDUE, DUE_SOON = "overdue", "due_soon"


class OverdueTable(QWidget):
    open_requested = Signal(object)  # a suggestion's id
    all_requested = Signal(str)  # OVERDUE or DUE_SOON: the whole list

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: dict[str, list[dict[str, Any]]] = {OVERDUE: [], DUE_SOON: []}
        self.totals: dict[str, int] = {OVERDUE: 0, DUE_SOON: 0}
        self.overdue_button = QRadioButton()
        self.soon_button = QRadioButton()
        self.overdue_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.overdue_button)
        group.addButton(self.soon_button)
        self.overdue_button.toggled.connect(lambda _on: self._show())
        self.remind_button = QPushButton(self.tr("催办…"))
        self.remind_button.clicked.connect(self.remind_selected)
        self.detail_button = QPushButton(self.tr("办理详情…"))
        self.detail_button.clicked.connect(self._open_selected)
        self.all_button = QPushButton(self.tr("全部清单…"))
        self.all_button.setToolTip(self.tr("在单独的窗口中列出全部，可多选后批量催办或导出"))
        self.all_button.clicked.connect(lambda _c=False: self.all_requested.emit(self.showing()))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.overdue_button)
        top.addWidget(self.soon_button)
        top.addStretch(1)
        top.addWidget(self.remind_button)
        top.addWidget(self.detail_button)
        top.addWidget(self.all_button)
        self.model = UrgentRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 92), (3, 96), (4, 56)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            set_column_width(self.table, column, width)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._selection_changed())
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.setTabKeyNavigation(False)
        self.empty = styled_label("", "pageHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.last_dialog: StepDialog | None = None
        self.set_rows([], [])

    # -- data ---------------------------------------------------------------------------------
    def set_rows(
        self,
        overdue: list[dict[str, Any]],
        due_soon: list[dict[str, Any]],
        totals: tuple[int, int] | None = None,
    ) -> None:
        """Show the rows; `totals` are the full counts when the lists were cut to the most urgent."""
        self.rows = {OVERDUE: list(overdue), DUE_SOON: list(due_soon)}
        self.totals = {
            OVERDUE: totals[0] if totals else len(overdue),
            DUE_SOON: totals[1] if totals else len(due_soon),
        }
        self.overdue_button.setText(self.tr("超期未答复（{n}）").format(n=self.totals[OVERDUE]))
        self.soon_button.setText(self.tr("即将到期（{n}）").format(n=self.totals[DUE_SOON]))
        self._show()

    def showing(self) -> str:
        return OVERDUE if self.overdue_button.isChecked() else DUE_SOON

    def shown_rows(self) -> list[dict[str, Any]]:
        return self.rows[self.showing()]

    def _show(self) -> None:
        which = self.showing()
        rows = self.rows[which]
        overdue = which == OVERDUE
        self.model.set_rows(rows, overdue=overdue)
        if not rows:
            text = (
                self.tr("没有超期未答复的意见建议。") if overdue else self.tr("近期没有即将到期的意见建议。")
            )
        elif len(rows) < self.totals[which]:
            text = self.tr("只列出最紧急的 {n} 条；点“全部清单…”查看全部 {total} 条。").format(
                n=len(rows), total=self.totals[which]
            )
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self._selection_changed()

    # -- acting --------------------------------------------------------------------------------
    def selected_row(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown_rows()[rows[0].row()] if rows else None

    def _target(self, row: dict[str, Any]) -> Target:
        return Target(row["id"], SuggestionState(row["state"]), row.get("platform_id"))

    def _selection_changed(self) -> None:
        row = self.selected_row()
        refusal = step_refusal(self.services, HandlingStep.REMIND, self._target(row)) if row else ""
        self.remind_button.setEnabled(row is not None and not refusal)
        self.remind_button.setToolTip(refusal or self.tr("记录一次催办、督办或电话沟通"))
        self.detail_button.setEnabled(row is not None)

    def remind_selected(self) -> StepDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        suggestion_id: uuid.UUID = row["id"]
        try:
            dialog = make_step_dialog(self.services, HandlingStep.REMIND, suggestion_id, self.window())
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row())

    def _open(self, index: int) -> None:
        self.open_requested.emit(self.shown_rows()[index]["id"])
