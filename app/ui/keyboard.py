"""How keys move through a form: Tab leaves tables and text boxes, Enter never presses a stray button.

`prepare_keyboard(window, primary)` is applied by every dialog (app.ui.dialogs.form_dialog) and page:
- Tab and Shift+Tab go to the next / previous field, out of multi-line text boxes and tables too
  (inside a table the arrow keys move; while a cell is being edited Ctrl+Tab goes to the next cell);
- no push button but `primary` becomes the default button when it gets focus, so Enter saves (or does
  what the dialog is for) wherever the cursor is, and never a hidden or destructive button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTextEdit,
    QWidget,
)


def prepare_keyboard(window: QWidget, primary: QPushButton | None = None) -> None:
    """Apply the form keys to `window` and everything in it (call again after adding widgets)."""
    for edit in window.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for text in window.findChildren(QTextEdit):
        text.setTabChangesFocus(True)
    for view in window.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for button in window.findChildren(QPushButton):
        if button is primary:
            button.setAutoDefault(True)
            button.setDefault(True)
        else:
            button.setAutoDefault(False)
            button.setDefault(False)


class FormDelegate(QStyledItemDelegate):
    """Cell editing in a form's table: Enter commits, Tab commits and leaves the table, Ctrl+Tab edits
    the next cell."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(editor, QWidget)
        ):
            key, mods = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                view = _view_of(editor)
                self.commitData.emit(editor)
                if mods & Qt.KeyboardModifier.ControlModifier:
                    hint = (
                        QAbstractItemDelegate.EndEditHint.EditPreviousItem
                        if key == Qt.Key.Key_Backtab or mods & Qt.KeyboardModifier.ShiftModifier
                        else QAbstractItemDelegate.EndEditHint.EditNextItem
                    )
                    self.closeEditor.emit(editor, hint)
                    return True
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                if view is not None:
                    forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
                    view.setFocus(Qt.FocusReason.TabFocusReason)
                    target = view.nextInFocusChain() if forward else view.previousInFocusChain()
                    _focus_next(view, target, forward)
                return True
        return super().eventFilter(editor, event)


def _view_of(widget: QWidget) -> QAbstractItemView | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractItemView):
        parent = parent.parentWidget()
    return parent


def _focus_next(view: QWidget, start: QWidget | None, forward: bool) -> None:
    """Give focus to the first widget after (or before) `view` in the focus chain that takes Tab focus."""
    target = start
    for _ in range(500):
        if target is None or target is view:
            return
        if (
            target.focusPolicy() & Qt.FocusPolicy.TabFocus
            and target.isVisible()
            and target.isEnabled()
            and not view.isAncestorOf(target)
        ):
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return
        target = target.nextInFocusChain() if forward else target.previousInFocusChain()
