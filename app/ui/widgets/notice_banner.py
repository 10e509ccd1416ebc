"""A quiet, dismissible notice across the top of a page (never a modal box)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

BANNER_STYLE = """
QFrame#noticeBanner { background: #fff6e0; border: 1px solid #f0d28a; border-radius: 4px; }
QFrame#noticeBanner QLabel { color: #6b4a00; }
QFrame#noticeBanner QPushButton#bannerClose {
    border: none; color: #8a6d1f; font-weight: bold; padding: 0 6px;
}
"""


class NoticeBanner(QFrame):
    action_requested = Signal()

    def __init__(self, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action = QPushButton(action_text)
        self.action.clicked.connect(self.action_requested.emit)
        self.close_button = QPushButton("×")
        self.close_button.setObjectName("bannerClose")
        self.close_button.setToolTip(self.tr("关闭提示"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.action)
        row.addWidget(self.close_button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()
