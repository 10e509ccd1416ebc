"""Other people at a session: department and resident representatives, experts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ParticipantKind
from app.ui.keyboard import FormDelegate
from app.ui.style import styled_label
from app.ui.widgets.choice_delegate import VALUE_ROLE, ChoiceDelegate, choice_item

Participant = tuple[ParticipantKind, str, str | None]


class ParticipantsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("姓名"), self.tr("单位或职务")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 140)
        header.setStretchLastSection(True)
        self.table.setItemDelegate(FormDelegate(self.table))
        self.table.setItemDelegateForColumn(0, ChoiceDelegate(ParticipantKind, self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.error = styled_label("", "fieldError", wrap=True)
        self.error.hide()
        add = QPushButton(self.tr("添加人员"))
        add.clicked.connect(lambda: self.add_participant(ParticipantKind.DEPARTMENT, "", None, edit=True))
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(
            styled_label(self.tr("双击单元格或按 F2 填写；Ctrl+Tab 到下一格，Tab 离开表格"), "pageHint")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def add_participant(
        self, kind: ParticipantKind, name: str, organization: str | None, *, edit: bool = False
    ) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, choice_item(kind))
        self.table.setItem(r, 1, QTableWidgetItem(name))
        self.table.setItem(r, 2, QTableWidgetItem(organization or ""))
        if edit:
            self.table.setCurrentCell(r, 1)
            self.table.setFocus()
            self.table.editItem(self.table.item(r, 1) or QTableWidgetItem())

    def set_participants(self, participants: list[Participant]) -> None:
        self.table.setRowCount(0)
        for kind, name, organization in participants:
            self.add_participant(kind, name, organization)

    def participants(self) -> list[Participant]:
        result: list[Participant] = []
        for r in range(self.table.rowCount()):
            kind = self.table.item(r, 0)
            assert kind is not None
            name = self._text(r, 1)
            organization = self._text(r, 2) or None
            result.append((ParticipantKind(kind.data(VALUE_ROLE)), name, organization))
        return result

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
