"""Reading what a user typed: trimmed text, with an empty field meaning "not given"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit


def text_or_none(edit: QLineEdit | QPlainTextEdit | QComboBox) -> str | None:
    if isinstance(edit, QPlainTextEdit):
        text = edit.toPlainText()
    elif isinstance(edit, QComboBox):
        text = edit.currentText()
    else:
        text = edit.text()
    return text.strip() or None
