"""The shape every database problem is told in: a title, what happened, what it means, the ways out.

    dialog = ProblemDialog(title, headline)
    dialog.add_text(reason)
    dialog.add_text(advice, hint=True)
    dialog.add_button(text, choice="retry", default=True)   # closes the dialog with `choice`
    dialog.add_button(text, choice="quit", right=True)

Texts are selectable, so a path or an address can be copied. Buttons without a choice are wired by the
caller and leave the dialog open (e.g. 恢复这份备份…, which asks first).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.style import styled_label


class ProblemDialog(QDialog):
    def __init__(self, title: str, headline: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.choice: str | None = None
        self.headline = styled_label(headline, "pageTitle", wrap=True)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self._left = QHBoxLayout()
        self._right = QHBoxLayout()
        row = QHBoxLayout()
        row.addLayout(self._left)
        row.addStretch(1)
        row.addLayout(self._right)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.headline)
        layout.addLayout(self.body)
        layout.addSpacing(4)
        layout.addLayout(row)

    def add_text(self, text: str, *, hint: bool = False) -> QLabel:
        label = styled_label(text, "pageHint", wrap=True) if hint else QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(label)
        return label

    def add_button(
        self, text: str, *, choice: str | None = None, default: bool = False, right: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        if choice is not None:
            button.clicked.connect(lambda: self.choose(choice))
        (self._right if right else self._left).addWidget(button)
        if default:
            button.setDefault(True)
            button.setFocus()
        return button

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def texts(self) -> str:
        """Everything the dialog says, in order (for the log and for tests)."""
        items = (self.body.itemAt(i) for i in range(self.body.count()))
        labels = [self.headline, *(item.widget() for item in items if item is not None)]
        return "\n".join(w.text() for w in labels if isinstance(w, QLabel) and not w.isHidden())
