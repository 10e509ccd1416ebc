"""The period and scope (站室组, 县区) every export and document takes, as form rows."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout

from app.services.hub import Services
from app.services.scope import Scope
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.date_range import CUSTOM, DateRangeFilter
from app.ui.widgets.name_combo import NameCombo
from app.ui.widgets.optional_date import to_qdate

SCOPE_KEYS = ("date_from", "date_to", "platform_id", "district")


def scope_from_filters(filters: dict[str, Any]) -> Scope:
    """A list page's filters as a Scope; filters a Scope cannot express (state, category …) are left out."""
    values = {key: filters.get(key) or None for key in SCOPE_KEYS}
    platform = values["platform_id"]
    if platform is not None and not isinstance(platform, uuid.UUID):
        values["platform_id"] = uuid.UUID(str(platform))
    return Scope(**values)


class ScopeFields(QObject):
    """时间范围, 站室组 and 县区 rows for a QFormLayout; `scope()` reads them back."""

    changed = Signal()

    def __init__(self, services: Services, form: QFormLayout, *, today: date | None = None) -> None:
        super().__init__(form)
        self.period = DateRangeFilter(today=today)
        self.platform = NameCombo(placeholder=self.tr("全部站室组（可输入名称或拼音查找）"))
        self.platform.setMinimumContentsLength(16)
        self.platform.set_choices(services.platforms.name_choices(), none_label=self.tr("全部站室组"))
        self.district = ChoiceCombo()
        self.district.set_choices(
            [(d, d) for d in services.platforms.districts()], none_label=self.tr("全部县区")
        )
        form.addRow(self.tr("时间范围"), self.period)
        form.addRow(self.tr("站室组"), self.platform)
        form.addRow(self.tr("县区"), self.district)
        self.period.changed.connect(self.changed)
        self.platform.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.district.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def scope(self) -> Scope:
        """The chosen scope; raises ValidationError (Chinese) when the start is after the end."""
        date_from, date_to = self.period.range()
        return Scope(date_from, date_to, self.platform.value(), self.district.value())

    def set_scope(self, scope: Scope) -> None:
        self.set_period(scope.date_from, scope.date_to)
        self.platform.set_value(scope.platform_id)
        self.district.set_value(scope.district)

    def set_period(self, date_from: date | None, date_to: date | None) -> None:
        combo = self.period.period
        if date_from is None and date_to is None:
            combo.set_value(None)
            return
        if (
            date_from is not None
            and date_to is not None
            and (date_from.month, date_from.day, date_to.month, date_to.day) == (1, 1, 12, 31)
            and date_from.year == date_to.year
            and combo.set_value(date_from.year)
        ):
            return
        if date_from is not None:
            self.period.date_from.setDate(to_qdate(date_from))
        if date_to is not None:
            self.period.date_to.setDate(to_qdate(date_to))
        combo.set_value(CUSTOM)

    def rows(self) -> list[Any]:
        """The field widgets, for showing or hiding them with their labels."""
        return [self.period, self.platform, self.district]
