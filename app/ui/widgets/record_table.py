"""The table every list page uses: compact rows, and one flexible column that takes the spare width.

The flexible column (topic, title, name …) grows with the window until the user resizes any column
by hand or a remembered layout is restored; from then on widths are the user's. Several rows can be
selected (Ctrl/Shift+click, Shift+arrows, Ctrl+A); Enter opens the current row, Delete asks to archive
the selected ones, Tab leaves the table (arrows move inside it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

ROW_HEIGHT = 30
MIN_FLEX_WIDTH = 80


class RecordTable(QTableView):
    open_requested = Signal(QModelIndex)  # Enter on a row (a double-click is `doubleClicked`)
    archive_requested = Signal()  # Delete with rows selected

    def __init__(
        self,
        flex_column: int | None = None,
        flex_minimum: int = MIN_FLEX_WIDTH,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._flex = flex_column
        self._flex_minimum = flex_minimum
        self._auto_fit = flex_column is not None
        self._fitting = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._section_resized)
        self._mouse_down = False
        header.viewport().installEventFilter(self)

    @property
    def auto_fit(self) -> bool:
        return self._auto_fit

    def keep_user_widths(self) -> None:
        """Stop fitting the flexible column (a saved layout was restored)."""
        self._auto_fit = False

    def fit_flex_column(self) -> None:
        if self._flex is None or self.model() is None:
            return
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != self._flex and not header.isSectionHidden(i)
        )
        width = max(self._flex_minimum, self.viewport().width() - others)
        self._fitting = True
        try:
            header.resizeSection(self._flex, width)
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_flex_column()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            index = self.currentIndex()
            if index.isValid():
                self.open_requested.emit(index)
                event.accept()
                return
        if event.key() == Qt.Key.Key_Delete and plain and self.selectionModel().hasSelection():
            self.archive_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note when a mouse button is down on the header, so resizes then are the user's."""
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._mouse_down = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._mouse_down = False
        return super().eventFilter(watched, event)

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        if self._mouse_down and not self._fitting:
            self._auto_fit = False  # the user dragged (or double-clicked) a column border
