"""Members at a session or 履职活动, each marked 出席 / 请假 / 缺席 and (when present) whether they spoke,
listed in 姓氏笔画 order."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import AttendanceStatus
from app.services.names import NameChoice, stroke_key
from app.ui.dialogs.member_picker import MemberPicker
from app.ui.style import styled_label
from app.ui.widgets.choice_delegate import VALUE_ROLE, ChoiceDelegate, choice_item

Choices = Callable[[], list[NameChoice]]
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceEditor(QWidget):
    def __init__(
        self, all_members: Choices, platform_members: Choices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._all_members = all_members
        self._platform_members = platform_members
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("委员"), self.tr("出席情况"), self.tr("发言")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        spoke_header = self.table.horizontalHeaderItem(2)
        if spoke_header is not None:
            spoke_header.setToolTip(self.tr("在活动中发言（计入履职积分）"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(1, ChoiceDelegate(AttendanceStatus, self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.itemChanged.connect(lambda _item: self._update_summary())
        self.summary = styled_label("", "pageHint")
        self.error = styled_label("", "fieldError", wrap=True)
        self.error.hide()
        add = QPushButton(self.tr("添加委员…"))
        add.clicked.connect(self.pick_members)
        add_platform = QPushButton(self.tr("添加本站室组委员"))
        add_platform.setToolTip(self.tr("把所选站室组的全部委员加入名单，默认为出席"))
        add_platform.clicked.connect(lambda: self.add_members(self._platform_members()))
        remove = QPushButton(self.tr("移除所选"))
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (add, add_platform, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(styled_label(self.tr("双击“出席情况”或按 F2 修改；按 Tab 离开名单。"), "pageHint"))
        layout.addWidget(self.error)
        self._update_summary()

    def member_ids(self) -> list[uuid.UUID]:
        return [self._member_id(r) for r in range(self.table.rowCount())]

    def _member_id(self, row: int) -> uuid.UUID:
        item = self.table.item(row, 0)
        assert item is not None
        return item.data(ID_ROLE)  # type: ignore[no-any-return]

    def attendance(self) -> dict[uuid.UUID, AttendanceStatus]:
        result = {}
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 1)
            assert item is not None
            result[self._member_id(r)] = AttendanceStatus(item.data(VALUE_ROLE))
        return result

    def speakers(self) -> set[uuid.UUID]:
        """Members marked as having spoken (only those present count)."""
        out = set()
        for r, (member_id, status) in enumerate(self.attendance().items()):
            if self._spoke(r) and status is AttendanceStatus.PRESENT:
                out.add(member_id)
        return out

    def set_attendance(
        self, rows: list[tuple[uuid.UUID, str, AttendanceStatus]], speakers: set[uuid.UUID] | None = None
    ) -> None:
        self.table.setRowCount(0)
        for member_id, label, status in rows:
            self._append(member_id, label, status, member_id in (speakers or set()))
        self._sort()

    def add_members(
        self, members: list[tuple[uuid.UUID, str]] | list[NameChoice],
        status: AttendanceStatus = AttendanceStatus.PRESENT,
    ) -> int:  # fmt: skip
        """Add members not yet listed (kept in 姓氏笔画 order); returns how many were added."""
        present = set(self.member_ids())
        added = 0
        for member_id, label, *_key in members:
            if member_id not in present:
                self._append(member_id, label, status)
                present.add(member_id)
                added += 1
        self._sort()
        return added

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)
        self._update_summary()

    def pick_members(self) -> MemberPicker:
        picker = MemberPicker(self._all_members(), exclude=self.member_ids(), parent=self)
        picker.accepted.connect(lambda: self.add_members(picker.selected()))
        picker.finished.connect(lambda _r: picker.deleteLater())
        picker.open()
        return picker

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _append(
        self, member_id: uuid.UUID, label: str, status: AttendanceStatus, spoke: bool = False
    ) -> None:
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(label)
        item.setData(ID_ROLE, member_id)
        item.setData(NAME_ROLE, label.split("（", 1)[0])
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(r, 0, item)
        self.table.setItem(r, 1, choice_item(status))
        box = QCheckBox()
        box.setChecked(spoke)
        box.setToolTip(self.tr("{name}在活动中发言").format(name=label))
        self.table.setCellWidget(r, 2, box)
        self.table.blockSignals(False)

    def _spoke(self, row: int) -> bool:
        box = self.table.cellWidget(row, 2)
        assert isinstance(box, QCheckBox)
        return box.isChecked()

    def _sort(self) -> None:
        """Official lists read in 姓氏笔画 order."""
        rows = []
        for r in range(self.table.rowCount()):
            name_item, status_item = self.table.item(r, 0), self.table.item(r, 1)
            assert name_item is not None and status_item is not None
            rows.append(
                (
                    name_item.data(ID_ROLE),
                    name_item.text(),
                    AttendanceStatus(status_item.data(VALUE_ROLE)),
                    self._spoke(r),
                )
            )
        rows.sort(key=lambda row: stroke_key(row[1].split("（", 1)[0]))
        self.table.setRowCount(0)
        for member_id, label, status, spoke in rows:
            self._append(member_id, label, status, spoke)
        self._update_summary()

    def _update_summary(self) -> None:
        counts = dict.fromkeys(AttendanceStatus, 0)
        for status in self.attendance().values():
            counts[status] += 1
        self.summary.setText(
            self.tr("出席 {present} 人，请假 {excused} 人，缺席 {absent} 人").format(
                present=counts[AttendanceStatus.PRESENT],
                excused=counts[AttendanceStatus.EXCUSED],
                absent=counts[AttendanceStatus.ABSENT],
            )
        )
