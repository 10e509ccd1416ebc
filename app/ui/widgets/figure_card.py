"""One headline figure on the dashboard: a caption, a large number and a line saying what it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from app.ui.widgets.elided_label import ElidedLabel

NO_FIGURE = "—"

CARD_STYLE = """
QFrame#figureCard { background: white; border: 1px solid #dde2ea; border-radius: 5px; }
QFrame#figureCard[alert="true"] { border: 1px solid #e3a3a3; background: #fdf4f4; }
QLabel#figureCaption { color: #5c6773; }
QLabel#figureValue { font-size: 20pt; font-weight: bold; color: #1d2733; }
QFrame#figureCard[alert="true"] QLabel#figureValue { color: #c62828; }
QLabel#figureNote { color: #8a93a0; font-size: 9pt; }
"""


def percent(value: float | None) -> str:
    return f"{value:.1f}%" if value is not None else NO_FIGURE


def count(value: int | None) -> str:
    return f"{value:,}" if value is not None else NO_FIGURE


class FigureCard(QFrame):
    """Texts too long for the card end in “…”; the card's tooltip holds all of them."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet(CARD_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption = ElidedLabel(caption)
        self.caption.setObjectName("figureCaption")
        self.value = ElidedLabel(NO_FIGURE)
        self.value.setObjectName("figureValue")
        self.note = ElidedLabel("")
        self.note.setObjectName("figureNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set_figure(self, value: str, note: str = "", *, alert: bool = False) -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setToolTip(f"{self.caption.text()}：{value}\n{note}" if note else value)
        if bool(self.property("alert")) != alert:
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in (self.caption, self.value, self.note):
                self.style().unpolish(child)
                self.style().polish(child)

    def text(self) -> str:
        return self.value.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
