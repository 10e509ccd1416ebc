"""A period filter: all time, one year, or a custom from/to range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.optional_date import make_date_edit, to_date

YEARS_OFFERED = 10
CUSTOM = "custom"


class DateRangeFilter(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        this_year = (today or date.today()).year
        self.period = ChoiceCombo()
        choices: list[tuple[object, str]] = [
            (year, self.tr("{year}年").format(year=year))
            for year in range(this_year, this_year - YEARS_OFFERED, -1)
        ]
        choices.append((CUSTOM, self.tr("自定义…")))
        self.period.set_choices(choices, none_label=self.tr("全部时间"))
        self.date_from: QDateEdit = make_date_edit()
        self.date_to: QDateEdit = make_date_edit()
        self.date_from.setDate(QDate(this_year, 1, 1))
        self.to_label = QLabel(self.tr("至"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.period)
        layout.addWidget(self.date_from)
        layout.addWidget(self.to_label)
        layout.addWidget(self.date_to)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(lambda _d: self._custom_changed())
        self.date_to.dateChanged.connect(lambda _d: self._custom_changed())
        self._show_custom(False)

    def range(self) -> tuple[date | None, date | None]:
        value = self.period.value()
        if value is None:
            return None, None
        if value == CUSTOM:
            return to_date(self.date_from.date()), to_date(self.date_to.date())
        return date(int(value), 1, 1), date(int(value), 12, 31)

    def _show_custom(self, visible: bool) -> None:
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(visible)

    def _period_changed(self) -> None:
        self._show_custom(self.period.value() == CUSTOM)
        self.changed.emit()

    def _custom_changed(self) -> None:
        if self.period.value() == CUSTOM:
            self.changed.emit()
