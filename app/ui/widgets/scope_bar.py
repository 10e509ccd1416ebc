"""Period and scope pickers in one row: 本年 / 上年 / 本季度 / 上季度 / 全部时间 / 自定义, 站室组, 县区."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.services.hub import Services
from app.services.scope import Scope
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.name_combo import NameCombo
from app.ui.widgets.optional_date import make_date_edit, to_date

THIS_YEAR, LAST_YEAR, THIS_QUARTER, LAST_QUARTER, ALL_TIME, CUSTOM = (
    "this_year",
    "last_year",
    "this_quarter",
    "last_quarter",
    "all",
    "custom",
)


def quarter_of(day: date, back: int = 0) -> tuple[date, date]:
    """First and last day of the quarter `back` quarters before the one holding `day`."""
    index = day.year * 4 + (day.month - 1) // 3 - back
    year, q = divmod(index, 4)
    start = date(year, 3 * q + 1, 1)
    end = date(year + 1, 1, 1) if q == 3 else date(year, 3 * q + 4, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    if period == THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if period == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if period == THIS_QUARTER:
        return quarter_of(today)
    if period == LAST_QUARTER:
        return quarter_of(today, 1)
    return None, None


class ScopeBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        with_period: bool = True,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today or date.today()
        self.period = ChoiceCombo()
        self.period.set_choices(
            [
                (THIS_YEAR, self.tr("本年")),
                (LAST_YEAR, self.tr("上年")),
                (THIS_QUARTER, self.tr("本季度")),
                (LAST_QUARTER, self.tr("上季度")),
                (ALL_TIME, self.tr("全部时间")),
                (CUSTOM, self.tr("自定义…")),
            ]
        )
        self.date_from = make_date_edit()
        self.date_to = make_date_edit()
        self.date_from.setDate(QDate(self.today.year, 1, 1))
        self.to_label = QLabel(self.tr("至"))
        self.platform = NameCombo(placeholder=self.tr("全部站室组"))
        self.platform.setMaximumWidth(260)
        self.district = ChoiceCombo()
        self.load_choices()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if with_period:
            row.addWidget(QLabel(self.tr("时间")))
            row.addWidget(self.period)
            row.addWidget(self.date_from)
            row.addWidget(self.to_label)
            row.addWidget(self.date_to)
            row.addSpacing(10)
        row.addWidget(QLabel(self.tr("站室组")))
        row.addWidget(self.platform)
        row.addSpacing(10)
        row.addWidget(QLabel(self.tr("县区")))
        row.addWidget(self.district)
        row.addStretch(1)
        self._show_custom(False)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(lambda _d: self._custom_changed())
        self.date_to.dateChanged.connect(lambda _d: self._custom_changed())
        self.platform.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.district.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def load_choices(self) -> None:
        """(Re)read platforms and districts, keeping what is chosen."""
        combos: tuple[tuple[ChoiceCombo | NameCombo, list[Any], str], ...] = (
            (self.platform, self.services.platforms.name_choices(), self.tr("全部站室组")),
            (self.district, [(d, d) for d in self.services.platforms.districts()], self.tr("全部县区")),
        )
        for combo, choices, none in combos:
            combo.blockSignals(True)
            combo.set_choices(choices, none_label=none)
            combo.blockSignals(False)

    def range(self) -> tuple[date | None, date | None]:
        period = str(self.period.value())
        if period == CUSTOM:
            start, end = to_date(self.date_from.date()), to_date(self.date_to.date())
            return (start, end) if start <= end else (end, start)
        return period_range(period, self.today)

    def scope(self) -> Scope:
        start, end = self.range()
        return Scope(start, end, self.platform.value(), self.district.value())

    def _show_custom(self, visible: bool) -> None:
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(visible)

    def _period_changed(self) -> None:
        self._show_custom(self.period.value() == CUSTOM)
        self.changed.emit()

    def _custom_changed(self) -> None:
        if self.period.value() == CUSTOM:
            self.changed.emit()
