"""A layout that puts its widgets in a row and wraps to the next row when the width runs out.

Toolbars and filter rows use it, so a narrow window (1024 px) shows every button and filter on two
lines instead of cutting the last ones off.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, line_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self._breaks: set[int] = set()
        self._heights: dict[int, int] = {}  # heightForWidth by width, until the items change
        self._minimum: QSize | None = None  # likewise the minimum size (asked for on every layout pass)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout ----------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def invalidate(self) -> None:
        self._heights.clear()
        self._minimum = None
        super().invalidate()

    def add(self, widget: QWidget) -> QWidget:
        self.addWidget(widget)
        return widget

    def add_spacing(self, width: int) -> None:
        """A gap before the next widget (dropped at the start of a line)."""
        spacer = QWidget()
        spacer.setFixedSize(width, 1)
        spacer.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        spacer.setProperty("flowGap", True)
        self.addWidget(spacer)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        self.invalidate()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        if self._minimum is None:
            size = QSize()
            for item in self._items:
                size = size.expandedTo(item.minimumSize())
            margins = self.contentsMargins()
            self._minimum = size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(self._minimum)

    # -- placing ----------------------------------------------------------------------------------
    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QSize]] = []

        def place_line() -> None:
            for item, hint in line:
                if move:
                    offset = (line_height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(item.geometry().x(), y + offset), hint))

        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            gap = bool(widget is not None and widget.property("flowGap"))
            if gap and x == area.x():
                continue  # no gap at the start of a line
            if line and x + hint.width() > area.right() + 1 and not gap:
                place_line()
                x, y = area.x(), y + line_height + self._line_spacing
                line, line_height = [], 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            line.append((item, hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        place_line()
        return y + line_height - rect.y() + margins.bottom()
