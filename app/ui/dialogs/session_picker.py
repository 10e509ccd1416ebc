"""Choose one 协商议事活动 out of possibly 100,000: a searchable, lazily loaded list."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.hub import Services
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, Column
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.widgets.search_box import SearchBox

COLUMNS = [
    Column("held_on", QT_TRANSLATE_NOOP("Columns", "活动时间"), 96, CENTER),
    Column("topic", QT_TRANSLATE_NOOP("Columns", "议题"), 300),
    Column("platform_name", QT_TRANSLATE_NOOP("Columns", "站室组"), 200),
]


class SessionPicker(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("选择协商议事活动"))
        self.resize(720, 480)
        self.chosen: tuple[uuid.UUID, str] | None = None
        self.search = SearchBox(self.tr("搜索议题、地点或站室组"))
        self.model = ServiceTableModel(services.sessions.list, COLUMNS, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, column in enumerate(COLUMNS):
            self.view.setColumnWidth(i, column.width)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.search.search_changed.connect(self.model.set_search)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("选择"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.model.refresh()

    def accept(self) -> None:
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row(index.row())
        self.chosen = (self.model.row_id(index.row()), f"{row['held_on']}　{row['topic']}")
        super().accept()
