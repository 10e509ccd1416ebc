"""Read-only building blocks of the detail views: labelled value grids, text sections, state badges."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.ui.style import styled_label

# Colours of the state badges: waiting (amber), under way (blue), done (green), stopped (grey).
BADGE_COLOURS = {
    "pending": "#b26a00",
    "planned": "#b26a00",
    "assigned": "#1f5fae",
    "in_progress": "#1f5fae",
    "held": "#1f5fae",
    "following_up": "#1f5fae",
    "replied": "#2e7d32",
    "concluded": "#2e7d32",
    "closed": "#2e7d32",
    "returned": "#6b7580",
    "not_adopted": "#6b7580",
    "overdue": "#c62828",
}
NO_VALUE = "—"


def badge(text: str, code: str) -> QLabel:
    colour = BADGE_COLOURS.get(code, "#4c5663")
    label = QLabel(text)
    label.setObjectName("stateBadge")
    label.setStyleSheet(
        f"QLabel#stateBadge {{ color: white; background: {colour}; border-radius: 3px; padding: 2px 8px; }}"
    )
    return label


def value_label(text: str | None) -> QLabel:
    label = QLabel(text or NO_VALUE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FieldGrid(QWidget):
    """Label : value pairs in `columns` column pairs; values wrap and can be selected for copying."""

    def __init__(
        self, rows: Sequence[tuple[str, str | None]], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for i, (caption, text) in enumerate(rows):
            r, c = divmod(i, columns)
            name = styled_label(caption, "fieldCaption")
            name.setStyleSheet("color: #6b7580;")
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = value_label(text)
            grid.addWidget(name, r, 2 * c)
            grid.addWidget(value, r, 2 * c + 1)
            self.values[caption] = value
        for c in range(columns):
            grid.setColumnStretch(2 * c + 1, 1)

    def text(self, caption: str) -> str:
        return self.values[caption].text()


class Section(QFrame):
    """A titled block of the detail view."""

    def __init__(self, title: str, body: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailSection")
        self.setStyleSheet(
            "QFrame#detailSection { background: white; border: 1px solid #dde2ea; border-radius: 4px; }"
        )
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 10, 14, 12)
        self.layout_.setSpacing(6)
        heading = styled_label(title, "sectionTitle")
        heading.setStyleSheet("font-weight: bold; color: #1d2733;")
        self.layout_.addWidget(heading)
        if body is not None:
            self.layout_.addWidget(body)

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget


def text_section(title: str, text: str | None, empty: str) -> Section:
    """A section holding a long text (minutes, consensus, reply …), or a grey note when there is none."""
    body = value_label(text) if text else styled_label(empty, "pageHint")
    body.setObjectName("sectionText" if text else "pageHint")
    return Section(title, body)
