"""Column definitions and the display rules every list shares."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.models.enums import LabeledEnum
from app.services.language import shown, shown_text

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# Translation context of column headers (they are declared as data, outside any widget).
HEADER_CONTEXT = "Columns"


def local_date(value: datetime) -> date:
    """Stored datetimes are UTC; people read them in the computer's time zone."""
    return value.astimezone().date()


def display_value(value: Any) -> str:
    """The text a cell shows: enum labels (in the display language), yyyy-mm-dd dates, 是/否, blank for
    nothing."""
    if value is None:
        return ""
    if isinstance(value, LabeledEnum):
        return shown(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate(HEADER_CONTEXT, "是")
            if value
            else QCoreApplication.translate(HEADER_CONTEXT, "否")
        )
    if isinstance(value, datetime):
        return local_date(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def enum_label(enum_cls: type[LabeledEnum]) -> Callable[[Any], str]:
    """A formatter for columns whose SQL value is a plain code rather than the enum member."""

    def fmt(value: Any) -> str:
        if value is None or value == "":
            return ""
        member = enum_cls.from_text(str(value))
        return shown(member) if member is not None else str(value)

    return fmt


def label_text(english: Mapping[str, str]) -> Callable[[Any], str]:
    """A formatter for columns holding a Chinese label the service built (a record kind, a field's
    name…): shown in the display language through the domain's {Chinese: English} table."""

    def fmt(value: Any) -> str:
        return "" if value is None else shown_text(str(value), english)

    return fmt


@dataclass(frozen=True)
class Column:
    """One list column: `key` is the row field and the service's sort key; `header` is Chinese text
    marked with QT_TRANSLATE_NOOP("Columns", …)."""

    key: str
    header: str
    width: int = 120
    align: Qt.AlignmentFlag = LEFT
    formatter: Callable[[Any], str] | None = None
    sortable: bool = True
    flex: bool = False  # takes the table's spare width in the default layout (one per list)

    def text(self, value: Any) -> str:
        return self.formatter(value) if self.formatter is not None else display_value(value)

    def title(self) -> str:
        return QCoreApplication.translate(HEADER_CONTEXT, self.header)
