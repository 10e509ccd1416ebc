"""A sorted list of dates that the user fills one day or one run of days at a time (holiday entry)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.optional_date import make_date_edit, to_date, to_qdate

MAX_RUN = 31  # one entry adds at most a month of days


def day_text(day: date) -> str:
    # The day of the week in the interface's language (QLocale: 星期一, Monday …).
    return f"{day.isoformat()}　{QLocale().dayName(day.isoweekday())}"


class DateList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: set[date] = set()
        self.first = make_date_edit()
        self.last = make_date_edit()
        self.first.dateChanged.connect(self._first_changed)
        for edit in (self.first, self.last):
            edit.installEventFilter(self)  # Enter in a date adds it (it does not save the dialog)
        add = QPushButton(self.tr("添加"))
        add.setToolTip(self.tr("添加从第一个日期到第二个日期的每一天（只加一天时两个日期相同）"))
        add.clicked.connect(self.add_run)
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(self.remove_selected)
        entry = QHBoxLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.first)
        entry.addWidget(QLabel(self.tr("至")))
        entry.addWidget(self.last)
        entry.addWidget(add)
        entry.addStretch(1)
        entry.addWidget(remove)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(120)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in (self.first, self.last)
        ):
            self.add_run()
            return True
        return super().eventFilter(watched, event)

    def set_year(self, year: int) -> None:
        """Offer dates of `year` in the editors."""
        low, high = QDate(year, 1, 1), QDate(year, 12, 31)
        for edit in (self.first, self.last):
            edit.setDateRange(low, high)
        self.first.setDate(low)
        self.last.setDate(low)

    def days(self) -> list[date]:
        return sorted(self._days)

    def set_days(self, days: Iterable[date]) -> None:
        self._days = set(days)
        self._show()

    def add_days(self, days: Iterable[date]) -> None:
        self._days.update(days)
        self._show()
        self.changed.emit()

    def add_run(self) -> None:
        start, end = to_date(self.first.date()), to_date(self.last.date())
        if end < start:
            start, end = end, start
        end = min(end, start + timedelta(days=MAX_RUN - 1))
        self.add_days(start + timedelta(days=i) for i in range((end - start).days + 1))

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self._days.discard(item.data(Qt.ItemDataRole.UserRole))
        self._show()
        self.changed.emit()

    def _first_changed(self, value: QDate) -> None:
        if self.last.date() < value:
            self.last.setDate(value)

    def _show(self) -> None:
        self.list.clear()
        for day in sorted(self._days):
            item = QListWidgetItem(day_text(day))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.list.addItem(item)
        self.count.setText(self.tr("共 {n} 天").format(n=len(self._days)))

    def select_day(self, day: date) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == day)

    def jump_to(self, day: date) -> None:
        self.first.setDate(to_qdate(day))
        self.last.setDate(to_qdate(day))
