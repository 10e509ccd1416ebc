"""A chooser of members, units or 站室组 that finds names as people type them.

Type characters (宏伟), the full pinyin (zhanghongwei, hongwei) or the initials (zhw): the list under
the box keeps the names that match — the rule of services.names, on the key stored with each name —
in the order the service gave (姓氏笔画). Enter or a click takes the highlighted name (the first match
is highlighted); leaving the box with a word that fits exactly one name takes that name, anything else
goes back to the name chosen before. Long names are shortened with “…” and shown whole on hover.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QSizePolicy, QWidget

from app.services.names import matches, search_key

KEY_ROLE = Qt.ItemDataRole.UserRole + 7
MIN_CHARS = 12  # the box is this many characters wide, whatever the longest name
POPUP_MAX_WIDTH = 520


class _NameFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if model.data(index, Qt.ItemDataRole.UserRole) is None:
            return not self.text  # the 未指定 / 全部 entry only while nothing is typed
        if not self.text:
            return True
        label = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
        return matches(self.text, label, model.data(index, KEY_ROLE))


class NameCombo(QComboBox):
    chosen = Signal(object)  # the value, each time a name is taken (also by the keyboard)

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARS)
        # In a form it takes the row's width (a long name shows whole where there is room); it never
        # asks for more than MIN_CHARS, so a long name cannot widen its window.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, self.sizePolicy().verticalPolicy())
        self.setMaxVisibleItems(15)
        self.filter = _NameFilter(self)
        self.filter.setSourceModel(self.model())
        self.name_completer = QCompleter(self.filter, self)
        self.name_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.name_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_completer.setMaxVisibleItems(12)
        self.setCompleter(self.name_completer)
        self.popup_view().setTextElideMode(Qt.TextElideMode.ElideRight)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(placeholder or self.tr("输入姓名、全拼或拼音首字母查找"))
        line.textEdited.connect(self._typed)
        line.installEventFilter(self)
        line.editingFinished.connect(self._settle)
        self._just_chosen = False
        self.currentIndexChanged.connect(self._index_changed)

    def popup_view(self) -> QAbstractItemView:
        """The list of matching names under the box."""
        popup = self.name_completer.popup()
        assert popup is not None
        return popup

    # -- the entries ------------------------------------------------------------------------------
    def set_choices(self, choices: Iterable[Any], *, none_label: str | None = None) -> None:
        """Replace the entries with (value, label) or (value, label, key) items, keeping the value."""
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if none_label is not None:
            self.addItem(none_label, None)
        for choice in choices:
            value, label, *rest = choice
            key = rest[0] if rest else None
            self.addItem(label, value)
            self.setItemData(self.count() - 1, key if key is not None else search_key(label), KEY_ROLE)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        popup = self.popup_view()
        popup.setMinimumWidth(min(max(self.view().sizeHintForColumn(0) + 28, self.width()), POPUP_MAX_WIDTH))
        self.set_value(current)

    def ensure_choice(self, value: Any, label: str) -> None:
        """Select `value`, adding it first if it is not offered (e.g. an archived record still in use)."""
        if value is not None and not self.set_value(value):
            self.addItem(label, value)
            self.setItemData(self.count() - 1, search_key(label), KEY_ROLE)
            self.setCurrentIndex(self.count() - 1)

    def value(self) -> Any:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> bool:
        for i in range(self.count()):
            data = self.itemData(i)
            if data == value or (data is not None and value is not None and str(data) == str(value)):
                self.setCurrentIndex(i)
                self._show_current()
                return True
        none = self.findData(None)
        self.setCurrentIndex(none)
        self._show_current()
        return False

    def matching(self, text: str) -> list[str]:
        """The labels `text` finds (what the list under the box shows)."""
        self.filter.set_text(text)
        return [str(self.filter.index(r, 0).data()) for r in range(self.filter.rowCount())]

    # -- typing --------------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.filter.set_text(text)
        self.name_completer.setCompletionPrefix("")
        if text.strip():
            self.name_completer.complete()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes the first name found (without saving the dialog); on a chosen name it goes on."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._just_chosen or self._resolve(first=True):
                event.accept()
                return
            event.ignore()
            return
        super().keyPressEvent(event)

    def _resolve(self, *, first: bool) -> bool:
        """Take the name the typed text stands for; True when the text was not the chosen name yet."""
        line = self.lineEdit()
        if line is None:
            return False
        text = line.text().strip()
        index = self.currentIndex()
        shown = "" if index < 0 or self.itemData(index) is None else self.itemText(index)
        if text == shown:
            return False
        if not text:
            self.setCurrentIndex(self.findData(None))
        else:
            exact = self.findText(text, Qt.MatchFlag.MatchExactly)
            found = self.matching(text)
            if exact >= 0:
                self.setCurrentIndex(exact)
            elif found and (first or len(found) == 1):
                self.setCurrentIndex(self.findText(found[0], Qt.MatchFlag.MatchExactly))
        self.filter.set_text("")
        self._show_current()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab with the list open closes it first, so the cursor moves on at once."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.popup_view().hide()
            self._resolve(first=False)
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._settle()

    def _settle(self) -> None:
        """Leaving the box: an exact or single match is taken, anything else goes back."""
        self.popup_view().hide()
        self._resolve(first=False)

    def _index_changed(self, _index: int) -> None:
        self.filter.set_text("")
        self._just_chosen = True
        QTimer.singleShot(0, self, self._after_choice)
        self.chosen.emit(self.value())

    def _after_choice(self) -> None:
        self._just_chosen = False
        self._show_current()

    def _show_current(self) -> None:
        line = self.lineEdit()
        if line is None:
            return
        index = self.currentIndex()
        is_none = index < 0 or self.itemData(index) is None
        text = "" if is_none else self.itemText(index)
        if line.text() != text:
            line.setText(text)
        line.setCursorPosition(0)
        self.setToolTip(text)  # the whole name, where the box is too narrow for it
        self.setToolTip(text)
        if is_none and index >= 0:
            line.setPlaceholderText(self.itemText(index))
