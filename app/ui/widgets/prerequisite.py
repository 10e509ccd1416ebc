"""“请先登记站室组”: what to do first when a form needs a record that does not exist yet, with a button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.ui.style import styled_label

STYLE = """
QFrame#prerequisite { background: #fff6e0; border: 1px solid #f0d28a; border-radius: 4px; }
QFrame#prerequisite QLabel { color: #6b4a00; }
"""


class Prerequisite(QFrame):
    def __init__(
        self, text: str, button_text: str, act: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prerequisite")
        self.setStyleSheet(STYLE)
        self.label = styled_label(text, "prerequisiteText", wrap=True)
        self.button = QPushButton(button_text)
        self.button.clicked.connect(lambda _checked=False: act())
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def text(self) -> str:
        return self.label.text()
