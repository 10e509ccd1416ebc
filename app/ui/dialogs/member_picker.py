"""Pick several members from the list of all active members (姓氏笔画 order), found by name or pinyin."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.names import NameChoice, matches, search_key
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.style import styled_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 7


class MemberPicker(FormDialog):
    confirm_discard = False  # ticking names again costs nothing

    def __init__(
        self,
        choices: Iterable[NameChoice | tuple[uuid.UUID, str]],
        exclude: Iterable[uuid.UUID] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("选择委员"))
        self.resize(380, 480)
        skip = set(exclude)
        self.filter = QLineEdit(placeholderText=self.tr("输入姓名、全拼或拼音首字母（如 zhw）筛选"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for member_id, label, *key in choices:
            if member_id in skip:
                continue
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setData(KEY_ROLE, key[0] if key and key[0] is not None else search_key(label))
            item.setToolTip(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._toggle)
        self.filter.textChanged.connect(self._apply_filter)
        buttons = QDialogButtonBox()
        self.set_primary(buttons.addButton(self.tr("添加"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(styled_label(self.tr("勾选要添加的委员（空格键勾选），可多选。"), "pageHint"))
        layout.addWidget(buttons)

    def first_focus(self) -> QWidget | None:
        return self.filter

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _apply_filter(self, text: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not matches(text, item.text(), item.data(KEY_ROLE)))

    def shown(self) -> list[str]:
        """The names the filter leaves (what a user sees)."""
        return [
            self.list.item(i).text() for i in range(self.list.count()) if not self.list.item(i).isHidden()
        ]

    def set_checked(self, member_ids: Iterable[uuid.UUID]) -> None:
        wanted = set(member_ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def selected(self) -> list[tuple[uuid.UUID, str]]:
        chosen = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append((item.data(Qt.ItemDataRole.UserRole), item.text()))
        return chosen
