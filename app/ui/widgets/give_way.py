"""An area whose optional part gives way when the window is short.

On the 工作台 at 1024×700 with both notices showing there is no room for everything: the charts give
way, so that the cards, the paragraph and the overdue table keep the room they need instead of being
drawn over each other, and the window's minimum size never exceeds a small laptop's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class GiveWayArea(QWidget):
    """Lays out like any widget, but `charts` (one of its children) is left out of its minimum size and
    hidden while the rest would not fit otherwise; shown again as soon as there is room."""

    def __init__(self, charts: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts = charts

    def _spared(self) -> int:
        """What the charts need beyond the rest: their minimum height and the spacing before them."""
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        return self.charts.minimumSizeHint().height() + max(spacing, 0)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.charts.isVisibleTo(self):
            hint.setHeight(hint.height() - self._spared())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.minimumSizeHint().height() + self._spared()
        fits = event.size().height() >= needed
        if fits != self.charts.isVisibleTo(self):
            self.charts.setVisible(fits)
