"""The keyboard and the safety every dialog with a form shares. Subclass it instead of QDialog.

- Enter does what the dialog is for (its primary button: 保存, 交办 …), wherever the cursor is, and
  never a hidden or destructive button (app.ui.keyboard); Ctrl+Enter does too, even inside a text box.
- Esc, 取消 or the window's close button on a changed form ask before throwing the typing away.
- Tab and Shift+Tab go through every field, out of tables and multi-line boxes.
- The cursor starts in the first required field still empty (else the first field), never on a tab bar.
- After a refused save, the errors are re-checked while the person corrects them: each disappears as
  soon as its value is valid (`current_errors` / `display_errors`, supplied by the subclass).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from app.ui.keyboard import prepare_keyboard
from app.ui.widgets.record_form import RecordForm, focus_target

RECHECK_MS = 300
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FormDialog(QDialog):
    confirm_discard: ClassVar[bool] = True  # False for pickers, whose choice costs nothing to redo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.primary: QPushButton | None = None
        self._snapshot: list[Any] | None = None
        self._prepared = False
        self._watching = False
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck.timeout.connect(self._run_recheck)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.press_primary)

    # -- what subclasses provide ------------------------------------------------------------------
    def set_primary(self, button: QPushButton) -> QPushButton:
        """The button Enter presses (保存, 交办, 选择 …)."""
        self.primary = button
        button.setDefault(True)
        return button

    def current_errors(self) -> dict[str, str] | None:
        """The errors the form has now, checked without saving (None: this dialog cannot check)."""
        return None

    def display_errors(self, errors: dict[str, str], *, focus: bool) -> None:
        """Show `errors` (replacing those shown); `focus`: move the cursor to the first."""

    def first_focus(self) -> QWidget | None:
        """Where the cursor starts: the first empty required field of the first visible form."""
        for form in self.findChildren(RecordForm):
            if form.isVisibleTo(self):
                target = form.first_empty_required()
                if target is not None:
                    return target
        for form in self.findChildren(RecordForm):
            if form.isVisibleTo(self):
                target = form.first_field()
                if target is not None:
                    return target
        return None

    # -- keys ---------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._prepared:
            return
        self._prepared = True
        prepare_keyboard(self, self.primary)
        for box in (*self.findChildren(QPlainTextEdit), *self.findChildren(QTextEdit)):
            box.installEventFilter(self)  # Ctrl+Enter sends the form even from inside a text box
        target = self.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.mark_clean()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _ENTER and plain:
            self.press_primary()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.press_primary()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def press_primary(self) -> None:
        button = self.primary
        if button is not None and button.isVisible() and button.isEnabled():
            button.click()

    # -- discarding ---------------------------------------------------------------------------------
    def mark_clean(self) -> None:
        """What the form holds now counts as unchanged (after loading, or after a save that stays open)."""
        self._snapshot = form_state(self)

    def is_dirty(self) -> bool:
        return self._snapshot is not None and form_state(self) != self._snapshot

    def reject(self) -> None:
        if self.confirm_discard and self.is_dirty() and not self.ask_discard():
            return
        super().reject()

    def ask_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("放弃修改"),
            self.tr("填写的内容尚未保存。确定要放弃这些修改吗？"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("放弃修改"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("继续填写"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    # -- errors that clear themselves ----------------------------------------------------------------
    def watch_fixes(self) -> None:
        """Re-check the form shortly after each change (called once errors are on screen)."""
        if self._watching:
            return
        self._watching = True
        for widget in self.findChildren(QWidget):
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(self._recheck.start)

    def _run_recheck(self) -> None:
        errors = self.current_errors()
        if errors is not None:
            self.display_errors(errors, focus=False)


def _change_signal(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QAbstractSpinBox):
        return getattr(widget, "valueChanged", None)
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    if isinstance(widget, QTableWidget):
        return widget.itemChanged
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    return None


SAVES_ON_ITS_OWN = "savesOnItsOwn"  # a widget property: its contents are not the form's


def form_state(root: QWidget) -> list[Any]:
    """Everything a person can have typed or chosen in `root`, comparable between two moments."""
    state: list[Any] = []
    # Panels that save on their own (e.g. 成果运用 on a record) are not part of what the form would save.
    own = [w for w in root.findChildren(QWidget) if w.property(SAVES_ON_ITS_OWN)]
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window():
            continue  # a dialog opened from this one has its own state
        if any(widget is panel or panel.isAncestorOf(widget) for panel in own):
            continue
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText(), widget.count()))
        elif isinstance(widget, QDateEdit):
            state.append(
                widget.date().toString(Qt.DateFormat.ISODate) if isinstance(widget.date(), QDate) else ""
            )
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QTableWidget):
            state.append(_table_state(widget))
        elif isinstance(widget, QListWidget):
            state.append(
                [(widget.item(i).text(), widget.item(i).checkState().value) for i in range(widget.count())]
            )
    return state


def _table_state(table: QTableWidget) -> list[Any]:
    rows = []
    for r in range(table.rowCount()):
        cells = []
        for c in range(table.columnCount()):
            item = table.item(r, c)
            cells.append(None if item is None else (item.text(), str(item.data(Qt.ItemDataRole.UserRole))))
        rows.append(cells)
    return rows


def first_input(root: QWidget) -> QWidget | None:
    """The first widget in `root` that takes Tab focus (for dialogs without a RecordForm)."""
    return focus_target(root)
