"""Item data roles as plain ints: a table's `data()` is asked for every role of every visible cell on
each paint, and comparing ints costs less than looking up Qt's enum members each time."""

from __future__ import annotations

from PySide6.QtCore import Qt

DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)
SHOWN = frozenset({DISPLAY, TOOL_TIP, ALIGNMENT, FOREGROUND})  # what a plain text table answers
