"""Tick several entries of a list, with a filter box (names and their pinyin) and a count (会办单位)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.names import matches, search_key

KEY_ROLE = Qt.ItemDataRole.UserRole + 7


class CheckList(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(placeholderText=placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemChanged.connect(lambda _item: self._changed())
        self.list.itemActivated.connect(self._toggle)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self._changed()

    def set_choices(self, choices: Iterable[Any]) -> None:
        """(value, label) or (value, label, search key) entries; ticked values stay ticked."""
        keep = set(self.checked())
        self.list.blockSignals(True)
        self.list.clear()
        for value, label, *key in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setData(KEY_ROLE, key[0] if key and key[0] is not None else search_key(label))
            item.setToolTip(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in keep else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        self._changed()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def checked(self) -> list[Any]:
        """Ticked values, including ticked entries the filter currently hides."""
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked and not self._excluded(item)
        ]

    def set_checked(self, values: Iterable[Any]) -> None:
        wanted = set(values)
        self.list.blockSignals(True)
        for item in self.items():
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._changed()

    def exclude(self, value: Any) -> None:
        """Offer every entry except `value` (e.g. the lead unit cannot also be a co-unit)."""
        self.list.blockSignals(True)
        for item in self.items():
            is_it = value is not None and item.data(Qt.ItemDataRole.UserRole) == value
            item.setData(Qt.ItemDataRole.UserRole + 1, is_it)
            if is_it:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        self._changed()

    def _excluded(self, item: QListWidgetItem) -> bool:
        return bool(item.data(Qt.ItemDataRole.UserRole + 1))

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _apply_filter(self, text: str) -> None:
        for item in self.items():
            item.setHidden(self._excluded(item) or not matches(text, item.text(), item.data(KEY_ROLE)))

    def shown(self) -> list[str]:
        """The entries the filter leaves (what a user sees)."""
        return [item.text() for item in self.items() if not item.isHidden()]

    def _changed(self) -> None:
        n = len(self.checked())
        self.count.setText(self.tr("已选 {n} 个").format(n=n) if n else self.tr("未选择"))
        self.changed.emit()
