"""The app's look: a light, quiet office style on top of Qt's Fusion style."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ACCENT = "#1f5fae"
ERROR = "#c62828"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #f3f5f8;
    border: none;
    border-right: 1px solid #dde2ea;
    outline: 0;
    padding-top: 8px;
}}
QListWidget#navigation::item {{
    padding: 9px 16px;
    border-left: 3px solid transparent;
    color: #2c3440;
}}
QListWidget#navigation::item:hover {{ background: #e9eef5; }}
QListWidget#navigation::item:selected {{
    background: #e1eaf7;
    color: {ACCENT};
    border-left: 3px solid {ACCENT};
    font-weight: bold;
}}
QLabel#navigationTitle {{
    color: #5c6773;
    padding: 14px 16px 2px 16px;
}}
QLabel#pageTitle {{ font-size: 15pt; font-weight: bold; color: #1d2733; }}
QLabel#pageHint {{ color: #6b7580; }}
QLabel#countLabel {{ color: #4c5663; }}
QLabel#fieldError, QLabel#formError {{ color: {ERROR}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"],
QDateEdit[invalid="true"], QSpinBox[invalid="true"] {{
    border: 1px solid {ERROR};
    border-radius: 2px;
}}
QTableView {{
    gridline-color: #e6e9ee;
    selection-background-color: #cfe0f5;
    selection-color: #111111;
    alternate-background-color: #f8f9fb;
}}
QHeaderView::section {{
    background: #eef1f5;
    padding: 5px 6px;
    border: none;
    border-right: 1px solid #dde2ea;
    border-bottom: 1px solid #cfd5de;
    color: #2c3440;
    font-weight: bold;
}}
QToolBar#pageToolbar {{ border: none; spacing: 4px; }}
QStatusBar {{ color: #4c5663; }}
"""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field red (or back); the style sheet reacts to the `invalid` property after a re-polish."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class WrappedLabel(QLabel):
    """A word-wrapped label that always has the height its lines need at its width.

    Layouts size windows from minimum sizes, which know nothing of wrapping: a two-line error under a
    field would be squeezed to one line and drawn over the next field. This label keeps its minimum
    height equal to what its text needs at the width it has been given.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.width() if self.width() > 20 else max(self.sizeHint().width(), 20)
        needed = self.heightForWidth(width) if self.text() else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def styled_label(text: str, name: str, *, wrap: bool = False) -> QLabel:
    """A label the style sheet knows by `name` (pageTitle, pageHint, fieldError …)."""
    label = WrappedLabel(text) if wrap else QLabel(text)
    label.setObjectName(name)
    return label
