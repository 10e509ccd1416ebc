"""A table column of coded values (出席情况, 类别) edited with a drop-down list, keyboard included.

The cell shows the Chinese label and keeps the code in UserRole; F2, a double-click or any letter opens
the list. Being an item (not a widget placed in the cell), the column never traps Tab; it is as wide as
the drop-down needs for its longest label, so neither the label nor the open editor is ever clipped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableWidgetItem, QWidget

from app.models.enums import LabeledEnum
from app.services.language import shown
from app.ui.keyboard import FormDelegate
from app.ui.widgets.choice_combo import ChoiceCombo

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole


def choice_item(member: LabeledEnum) -> QTableWidgetItem:
    item = QTableWidgetItem(shown(member))
    item.setData(VALUE_ROLE, member.value)
    return item


class ChoiceDelegate(FormDelegate):
    def __init__(self, enum_cls: type[LabeledEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum_cls = enum_cls
        self._editor_width: int | None = None

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if self._editor_width is None:
            probe = ChoiceCombo()
            probe.setFont(option.font)
            probe.set_enum(self.enum_cls)
            self._editor_width = probe.sizeHint().width()  # the longest label and the arrow
            probe.deleteLater()
        return QSize(max(hint.width(), self._editor_width), hint.height())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = ChoiceCombo(parent)
        combo.set_enum(self.enum_cls)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, ChoiceCombo):
            editor.set_value(index.data(VALUE_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, ChoiceCombo) and editor.value() is not None:
            member: Any = self.enum_cls(editor.value())
            model.setData(index, shown(member), Qt.ItemDataRole.DisplayRole)
            model.setData(index, member.value, VALUE_ROLE)
