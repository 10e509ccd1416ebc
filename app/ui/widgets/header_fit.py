"""Column widths that leave room for the header: the declared widths are chosen for the Chinese
headers (and kept as they are in Chinese); in another language a longer header widens its column
instead of being cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.ui import language
from app.ui.application import current_language

HEADER_PADDING = 28  # the sort arrow and the section's margins


def header_width(view: QTableView, column: int) -> int:
    """The width the header's text of `column` needs."""
    model = view.model()
    if model is None:
        return 0
    text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    if not text:
        return 0
    header = view.horizontalHeader()
    return header.fontMetrics().horizontalAdvance(str(text)) + HEADER_PADDING


def set_column_width(view: QTableView, column: int, width: int) -> None:
    """`width`, or in a translated interface what the header needs when that is more."""
    if current_language() != language.CHINESE:
        width = max(width, header_width(view, column))
    view.setColumnWidth(column, width)
