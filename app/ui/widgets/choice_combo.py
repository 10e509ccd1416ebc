"""A combo box of (value, label) choices that hands back values, not texts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from app.models.enums import LabeledEnum
from app.services.language import shown


class ChoiceCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaxVisibleItems(20)

    def set_choices(self, choices: Iterable[tuple[Any, str]], *, none_label: str | None = None) -> None:
        """Replace the items, keeping the current value when it is still offered."""
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if none_label is not None:
            self.addItem(none_label, None)
        for value, label in choices:
            self.addItem(label, value)
        self.blockSignals(False)
        # The popup shows whole entries even when the box itself is kept narrow.
        self.view().setMinimumWidth(min(self.view().sizeHintForColumn(0) + 28, 520))
        self.set_value(current)

    def set_enum(self, enum_cls: type[LabeledEnum], *, none_label: str | None = None) -> None:
        self.set_choices(((m, shown(m)) for m in enum_cls), none_label=none_label)

    def ensure_choice(self, value: Any, label: str) -> None:
        """Select `value`, adding it first if it is not offered (e.g. an archived record still in use)."""
        if value is not None and not self.set_value(value):
            self.addItem(label, value)
            self.setCurrentIndex(self.count() - 1)

    def value(self) -> Any:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> bool:
        """Select the item holding `value` (compared as text, so codes match enum members)."""
        for i in range(self.count()):
            data = self.itemData(i)
            if data == value or (data is not None and value is not None and str(data) == str(value)):
                self.setCurrentIndex(i)
                return True
        if self.count():
            self.setCurrentIndex(0)
        return False
