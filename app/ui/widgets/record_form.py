"""A form whose fields each carry a red error line, filled from a service's ValidationError."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.ui.style import ERROR, set_invalid, styled_label


class RecordForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setHorizontalSpacing(12)
        self.layout_.setVerticalSpacing(8)
        self.fields: dict[str, QWidget] = {}
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
    ) -> QWidget:
        """Add a row; errors for `key` (or any name in `also`) appear under `widget`."""
        caption = QLabel(
            f'{label}<span style="color:{ERROR}">＊</span>' if required else label,
            textFormat=Qt.TextFormat.RichText,
        )
        caption.setBuddy(widget)
        error = styled_label("", "fieldError", wrap=True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.layout_.addRow(caption, box)
        self.fields[key] = widget
        self._error_labels[key] = error
        for name in also:
            self._aliases[name] = key
        return widget

    def add_note(self, text: str) -> QLabel:
        note = styled_label(text, "pageHint")
        self.layout_.addRow("", note)
        return note

    def clear_errors(self) -> None:
        for key, label in self._error_labels.items():
            label.clear()
            label.hide()
            set_invalid(self.fields[key], False)

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each message under its field; return the messages that belong to no field here."""
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
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def error_text(self, key: str) -> str:
        """The message shown under a field ("" when none)."""
        return self._error_labels[key].text()
