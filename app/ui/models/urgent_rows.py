"""The rows of the 工作台's urgent table (超期未答复 or 即将到期), read from plain dicts on demand.

Each cell is worked out when the view paints it, so handing over a few hundred rows costs one model
reset, not a widget item per cell. The texts keep the "OverdueTable" translation context of the table.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ui.i18n import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "OverdueTable"
OVERDUE_COLOUR = QColor("#c62828")
SOON_COLOUR = QColor("#b26a00")
HEADERS = (
    QT_TRANSLATE_NOOP("OverdueTable", "建议标题"),
    QT_TRANSLATE_NOOP("OverdueTable", "主办单位"),
    QT_TRANSLATE_NOOP("OverdueTable", "办理时限"),
    "",  # 超期 or 剩余, by the list shown
    QT_TRANSLATE_NOOP("OverdueTable", "催办"),
)
DELAY_COLUMN = 3
CENTERED = (2, 3, 4)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class UrgentRowsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._overdue = True

    def set_rows(self, rows: list[dict[str, Any]], *, overdue: bool) -> None:
        self.beginResetModel()
        self._rows, self._overdue = list(rows), overdue
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, DELAY_COLUMN, DELAY_COLUMN)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == DELAY_COLUMN:
            return (
                QCoreApplication.translate("OverdueTable", "超期")
                if self._overdue
                else QCoreApplication.translate("OverdueTable", "剩余")
            )
        return (
            QCoreApplication.translate(CONTEXT, HEADERS[section])
            if 0 <= section < len(HEADERS) and HEADERS[section]
            else ""
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in CENTERED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == DELAY_COLUMN:
            return QBrush(OVERDUE_COLOUR if self._overdue else SOON_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tooltip(row)
        return None

    def text(self, row: dict[str, Any], column: int) -> str:
        if column == 0:
            return str(row["title"])
        if column == 1:
            return str(row.get("lead_unit_name") or "")
        if column == 2:
            return _day(row.get("due_on"))
        if column == DELAY_COLUMN:
            if self._overdue:
                return QCoreApplication.translate("OverdueTable", "{n} 个工作日").format(
                    n=row.get("working_days_overdue", 0)
                )
            if row.get("working_days_left", 0) > 0:
                return QCoreApplication.translate("OverdueTable", "{n} 个工作日").format(
                    n=row["working_days_left"]
                )
            return QCoreApplication.translate("OverdueTable", "今天到期")
        reminders = row.get("reminders", 0)
        return QCoreApplication.translate("OverdueTable", "{n} 次").format(n=reminders) if reminders else ""

    @staticmethod
    def tooltip(row: dict[str, Any]) -> str:
        last = row.get("last_reminder_on")
        lines = (
            row["title"],
            row.get("platform_name") or "",
            QCoreApplication.translate("OverdueTable", "最近催办：{day}").format(day=_day(last))
            if last
            else "",
        )
        return "\n".join(t for t in lines if t)
