"""A 状态 button whose menu offers only the moves the workflow allows from the selected row's state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from app.models.enums import LabeledEnum

Row = dict[str, Any]


class StateButton(QPushButton):
    def __init__(
        self,
        moves: Callable[[Row], list[LabeledEnum]],
        apply: Callable[[Row, LabeledEnum], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._moves = moves
        self._apply = apply
        self._row: Row | None = None
        self.setText(self.tr("变更状态"))
        self.setMenu(QMenu(self))
        self.set_row(None)

    def set_row(self, row: Row | None) -> None:
        """The row the menu acts on; archived rows and rows with no allowed move disable the button."""
        self._row = row if row is not None and row.get("archived_at") is None else None
        menu = self.menu()
        menu.clear()
        targets = self._moves(self._row) if self._row is not None else []
        for target in targets:
            action = menu.addAction(self.tr("改为“{state}”").format(state=target.label))
            action.setData(target.value)
            action.triggered.connect(lambda _checked=False, t=target: self._trigger(t))
        self.setEnabled(bool(targets))

    def offered(self) -> list[LabeledEnum]:
        """The states the menu currently offers (what a user would see)."""
        if self._row is None:
            return []
        return self._moves(self._row)

    def _trigger(self, target: LabeledEnum) -> None:
        if self._row is not None:
            self._apply(self._row, target)
