"""Members' duty records as a table model: one row per member, in the order the service gives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.duty import DutyRecord
from app.services.language import shown
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render
from app.ui.models import roles
from app.ui.models.columns import HEADER_CONTEXT

AnyIndex = QModelIndex | QPersistentModelIndex
BELOW_COLOUR = QColor("#c62828")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def _count(value: int) -> str:
    return str(value) if value else ""


# (header, width, alignment, text of a record)
COLUMNS: list[tuple[str, int, Qt.AlignmentFlag, Callable[[DutyRecord], str]]] = [
    (QT_TRANSLATE_NOOP("Columns", "姓名"), 80, LEFT, lambda r: r.name),
    (QT_TRANSLATE_NOOP("Columns", "界别"), 96, LEFT, lambda r: r.sector or ""),
    (QT_TRANSLATE_NOOP("Columns", "所在站室组"), 170, LEFT, lambda r: "、".join(r.platforms)),
    (QT_TRANSLATE_NOOP("Columns", "出席"), 52, CENTER, lambda r: _count(r.sessions_attended)),
    (QT_TRANSLATE_NOOP("Columns", "请假"), 52, CENTER, lambda r: _count(r.sessions_excused)),
    (QT_TRANSLATE_NOOP("Columns", "缺席"), 52, CENTER, lambda r: _count(r.sessions_absent)),
    (QT_TRANSLATE_NOOP("Columns", "提出建议"), 70, CENTER, lambda r: _count(r.suggestions_raised)),
    (QT_TRANSLATE_NOOP("Columns", "召集活动"), 70, CENTER, lambda r: _count(r.sessions_convened)),
    (QT_TRANSLATE_NOOP("Columns", "视察调研"), 70, CENTER, lambda r: _count(r.visits)),
    (QT_TRANSLATE_NOOP("Columns", "各类履职活动"), 86, CENTER, lambda r: _count(r.activities_attended)),
    (QT_TRANSLATE_NOOP("Columns", "社情民意"), 64, CENTER, lambda r: _count(r.opinions_submitted)),
    (QT_TRANSLATE_NOOP("Columns", "调研报告"), 64, CENTER, lambda r: _count(r.reports_written)),
    (QT_TRANSLATE_NOOP("Columns", "履职积分"), 64, CENTER, lambda r: str(r.points)),
    (QT_TRANSLATE_NOOP("Columns", "履职评价"), 70, CENTER, lambda r: shown(r.grade)),
    (
        QT_TRANSLATE_NOOP("Columns", "告诫提醒"),
        300,
        LEFT,
        lambda r: "；".join(render(reason) for reason in r.reasons),
    ),
]
REASONS_COLUMN = len(COLUMNS) - 1


class DutyTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[DutyRecord] = []

    def set_records(self, records: Sequence[DutyRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> DutyRecord:
        return self._records[row]

    def records(self) -> list[DutyRecord]:
        return list(self._records)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every visible cell on each paint: plain ints, no enum look-ups.
        if role not in roles.SHOWN or not index.isValid():
            return None
        column = index.column()
        if role == roles.ALIGNMENT:
            return int(COLUMNS[column][2].value)
        if role == roles.FOREGROUND:
            return QBrush(BELOW_COLOUR) if column == REASONS_COLUMN else None
        if role == roles.TOOL_TIP and column not in (2, REASONS_COLUMN):
            return None
        text = COLUMNS[column][3](self._records[index.row()])
        return text if role == roles.DISPLAY else text or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(HEADER_CONTEXT, COLUMNS[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[section][2].value)
        return None
