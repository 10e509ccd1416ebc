"""A 状态 button whose menu offers only the moves the workflow allows from the selected rows' states.

With several rows selected the menu offers every move at least one of them allows; the ones that
cannot make it are named afterwards with the reason (the service decides, in one transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from app.models.enums import LabeledEnum
from app.services.language import shown

Row = dict[str, Any]


class StateButton(QPushButton):
    def __init__(
        self,
        moves: Callable[[Row], list[LabeledEnum]],
        apply: Callable[[list[Row], LabeledEnum], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._moves = moves
        self._apply = apply
        self._rows: list[Row] = []
        self.setText(self.tr("变更状态"))
        self.setMenu(QMenu(self))
        self.set_rows([])

    def set_row(self, row: Row | None) -> None:
        self.set_rows([row] if row is not None else [])

    def set_rows(self, rows: list[Row]) -> None:
        """The rows the menu acts on; archived rows are left out, and no allowed move disables it."""
        self._rows = [r for r in rows if r.get("archived_at") is None]
        menu = self.menu()
        menu.clear()
        targets = self.offered()
        for target in targets:
            action = menu.addAction(self.tr("改为“{state}”").format(state=shown(target)))
            action.setData(target.value)
            action.triggered.connect(lambda _checked=False, t=target: self._trigger(t))
        self.setEnabled(bool(targets))
        many = len(self._rows) > 1
        self.setText(self.tr("变更状态（{n} 条）").format(n=len(self._rows)) if many else self.tr("变更状态"))

    def offered(self) -> list[LabeledEnum]:
        """The states the menu currently offers (what a user would see), in workflow order."""
        seen: dict[LabeledEnum, None] = {}
        for row in self._rows:
            for target in self._moves(row):
                seen.setdefault(target)
        if not seen:
            return []
        order = list(type(next(iter(seen))))
        return sorted(seen, key=order.index)

    def _trigger(self, target: LabeledEnum) -> None:
        if self._rows:
            self._apply(list(self._rows), target)
