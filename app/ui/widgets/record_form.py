"""A form whose fields each carry a red error line (all of a form's errors at once) and, where a field's
length is limited, a counter: nothing typed is cut off silently.

Fields are added in reading order with `add`; `required=True` marks the label with ＊ and makes the
field a candidate for the first focus (`first_empty_required`). With `entity` set, a text field whose
length validation.TEXT_LIMITS limits shows "已输入/上限" and turns red past the limit (the service says
so again on saving).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.style import ERROR, set_invalid, styled_label

NO_LIMIT = 32767  # QLineEdit's own maximum: the limit is shown by the counter instead


class LengthCounter(QLabel):
    """“12/50” beside a limited text field; red once the text is too long."""

    def __init__(self, field: QLineEdit | QPlainTextEdit, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.limit = limit
        self.setObjectName("lengthCounter")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(f"{limit}/{limit}") + 6)
        self.setToolTip(self.tr("最多 {n} 个字").format(n=limit))
        if isinstance(field, QLineEdit):
            field.setMaxLength(NO_LIMIT)
        field.textChanged.connect(self.update_count)
        self.update_count()

    def length(self) -> int:
        text = self.field.text() if isinstance(self.field, QLineEdit) else self.field.toPlainText()
        return len(text.strip())

    def update_count(self) -> None:
        n = self.length()
        over = n > self.limit
        self.setText(f"{n}/{self.limit}" if n else "")
        self.setStyleSheet(f"color: {ERROR};" if over else "color: #8a93a0;")

    @property
    def over(self) -> bool:
        return self.length() > self.limit


class RecordForm(QWidget):
    def __init__(self, parent: QWidget | None = None, *, entity: str | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.layout_ = QFormLayout(self)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setHorizontalSpacing(12)
        self.layout_.setVerticalSpacing(8)
        self.fields: dict[str, QWidget] = {}
        self.required: list[str] = []
        self.counters: dict[str, LengthCounter] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}

    def add(
        self,
        key: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = False,
        also: Iterable[str] = (),
        limit: int | None = None,
    ) -> QWidget:
        """Add a row; errors for `key` (or any name in `also`) appear under `widget`."""
        mark = self.tr("＊")  # the required-field mark (a half-width * beside Latin text)
        caption = QLabel(
            f'{label}<span style="color:{ERROR}">{mark}</span>' if required else label,
            textFormat=Qt.TextFormat.RichText,
        )
        caption.setBuddy(widget)
        error = styled_label("", "fieldError", wrap=True)
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        error.hide()
        if limit is None and self.entity:
            from app.services.validation import max_length  # the models: only forms of records need them

            limit = max_length(self.entity, key)
        counter = (
            LengthCounter(widget, limit) if limit and isinstance(widget, QLineEdit | QPlainTextEdit) else None
        )
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if counter is not None and isinstance(widget, QLineEdit):
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget, 1)
            line.addWidget(counter)
            column.addLayout(line)
        else:
            column.addWidget(widget)
        if counter is not None and isinstance(widget, QPlainTextEdit):
            column.addWidget(counter)
        column.addWidget(error)
        self.layout_.addRow(caption, box)
        self.fields[key] = widget
        if required:
            self.required.append(key)
        if counter is not None:
            self.counters[key] = counter
        self._error_labels[key] = error
        for name in also:
            self._aliases[name] = key
        return widget

    def add_note(self, text: str) -> QLabel:
        note = styled_label(text, "pageHint", wrap=True)
        self.layout_.addRow("", note)
        return note

    # -- focus ----------------------------------------------------------------------------------
    def first_empty_required(self) -> QWidget | None:
        """The first required field (in reading order) that is still empty and can take focus."""
        for key in self.required:
            widget = self.fields[key]
            if widget.isEnabled() and is_empty(widget):
                return focus_target(widget)
        return None

    def first_field(self) -> QWidget | None:
        for widget in self.fields.values():
            target = focus_target(widget)
            if target is not None and target.isEnabled():
                return target
        return None

    # -- errors ---------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for key, label in self._error_labels.items():
            label.clear()
            label.hide()
            set_invalid(self.fields[key], False)

    def show_errors(self, errors: dict[str, str], *, focus: bool = True) -> dict[str, str]:
        """Show each message under its field (all at once); return the messages that belong to no field."""
        self.clear_errors()
        unplaced: dict[str, str] = {}
        first: QWidget | None = None
        for name, message in errors.items():
            key = self._aliases.get(name, name)
            label = self._error_labels.get(key)
            if label is None:
                unplaced[name] = message
                continue
            label.setText(f"{label.text()}；{message}" if label.text() else message)
            label.show()
            set_invalid(self.fields[key], True)
            first = first or self.fields[key]
        if first is not None and focus:
            (focus_target(first) or first).setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def error_text(self, key: str) -> str:
        """The message shown under a field ("" when none)."""
        return self._error_labels[key].text()

    def shown_errors(self) -> dict[str, str]:
        return {k: label.text() for k, label in self._error_labels.items() if label.text()}


def is_empty(widget: QWidget) -> bool:
    """Whether a field holds nothing yet (a required one then gets the first focus)."""
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return not widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return not widget.currentText().strip()
        return widget.currentIndex() < 0 or widget.currentData() is None
    if isinstance(widget, QAbstractSpinBox | QAbstractButton):
        return False
    buttons = [b for b in widget.findChildren(QAbstractButton) if b.isCheckable()]
    if buttons and all(b.autoExclusive() or b.group() is not None for b in buttons):
        return not any(b.isChecked() for b in buttons)
    return False


def focus_target(widget: QWidget) -> QWidget | None:
    """The part of a field that takes the keyboard (the field itself, or its first input)."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled() and not child.isHidden():
            return child
    return None
