"""交办 (or 重新交办 after 退办): lead unit, co-units, mode, date, and the deadline in working days.

The deadline is counted live from the office's 办理时限 in Chinese working days and shown as a date; the
clerk may change either the number of working days or the date, and the other follows. When a year's
holiday arrangement is unknown the service's message is shown with a button to enter that year.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.models.enums import HandlingMode, SuggestionState
from app.services.deadlines import Deadlines
from app.services.handling_steps import HandlingStep
from app.services.workdays import UnknownHolidayYear
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.holidays_dialog import HolidaysDialog
from app.ui.dialogs.step_dialog import StepDialog, date_of, past_date_edit
from app.ui.dialogs.unit_dialog import UnitDialog
from app.ui.messages import render
from app.ui.style import styled_label
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.name_combo import NameCombo
from app.ui.widgets.optional_date import make_date_edit, to_qdate
from app.ui.widgets.prerequisite import Prerequisite

MAX_DAYS = 365


class AssignDialog(StepDialog):
    step = HandlingStep.ASSIGN

    def step_title(self) -> str:
        return self.tr("重新交办") if self.suggestion.state is SuggestionState.RETURNED else self.tr("交办")

    def build_form(self) -> None:
        self.setMinimumWidth(600)
        self.office = self.services.settings.get()
        self.unknown_year: int | None = None
        self._syncing = False

        self.co_units = CheckList(self.tr("输入名称或拼音首字母筛选会办单位"))
        self.lead = NameCombo(placeholder=self.tr("请选择主办单位（可输入名称或拼音首字母）"))
        self.units_missing = Prerequisite(
            self.tr("还没有登记承办单位：请先登记承办单位，再交办。"), self.tr("登记承办单位…"), self.new_unit
        )
        lead_box = QWidget()
        lead_column = QVBoxLayout(lead_box)
        lead_column.setContentsMargins(0, 0, 0, 0)
        lead_column.addWidget(self.lead)
        lead_column.addWidget(self.units_missing)
        self.load_units()
        changes.subscribe(self, {Change.UNITS}, lambda _kinds: self.load_units())
        self.lead.currentIndexChanged.connect(lambda _i: self.co_units.exclude(self.lead.value()))
        self.co_units.changed.connect(self._co_units_changed)
        self.mode = ChoiceCombo()
        self.mode.set_enum(HandlingMode)
        self.assigned_on = past_date_edit()
        self.assigned_on.dateChanged.connect(lambda _d: self.recompute())

        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setSuffix(self.tr(" 个工作日"))
        self.days.setValue(self.office.handling_days)
        self.days.valueChanged.connect(lambda _n: self.recompute())
        self.due_on = make_date_edit()
        self.due_on.dateChanged.connect(lambda _d: self._due_edited())
        reset = QPushButton(self.tr("恢复默认时限"))
        reset.setToolTip(
            self.tr("按单位设置的办理时限（{n} 个工作日）重新计算").format(n=self.office.handling_days)
        )
        reset.clicked.connect(lambda: self.days.setValue(self.office.handling_days))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("交办后")))
        row.addWidget(self.days)
        row.addWidget(QLabel(self.tr("截止")))
        row.addWidget(self.due_on)
        row.addWidget(reset)
        row.addStretch(1)
        self.due_hint = styled_label("", "pageHint", wrap=True)
        self.calendar_error = styled_label("", "fieldError", wrap=True)
        self.holidays_button = QPushButton()
        self.holidays_button.clicked.connect(self.open_holidays)
        unknown = QHBoxLayout()
        unknown.setContentsMargins(0, 0, 0, 0)
        unknown.addWidget(self.calendar_error, 1)
        unknown.addWidget(self.holidays_button)
        self.unknown_box = QWidget()
        self.unknown_box.setLayout(unknown)
        due = QWidget()
        column = QVBoxLayout(due)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addLayout(row)
        column.addWidget(self.due_hint)
        column.addWidget(self.unknown_box)

        f = self.form
        f.add("lead_unit_id", self.tr("主办单位"), lead_box, required=True)
        f.add("co_unit_ids", self.tr("会办单位"), self.co_units)
        f.add("handling_mode", self.tr("办理方式"), self.mode)
        f.add("assigned_on", self.tr("交办日期"), self.assigned_on, required=True)
        f.add("due_on", self.tr("办理时限"), due, required=True)
        self.recompute()

    def load_units(self) -> None:
        units = self.services.units.name_choices()
        self.lead.set_choices(units, none_label=self.tr("请选择主办单位"))
        self.co_units.set_choices(units)
        self.co_units.exclude(self.lead.value())
        self.units_missing.setVisible(not units)
        self.lead.setVisible(bool(units))

    def new_unit(self) -> UnitDialog:
        dialog = UnitDialog(self.services, None, self)
        dialog.accepted.connect(lambda: self.lead.set_value(dialog.saved_id))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # -- the deadline ------------------------------------------------------------------------
    def computed_due(self) -> date | None:
        """The deadline the working-day count gives (None while the calendar lacks a year)."""
        try:
            rules = Deadlines(self.office, date.today())
            return rules.handling_deadline(date_of(self.assigned_on), self.days.value())
        except UnknownHolidayYear as exc:
            self._unknown(exc)
            return None

    def recompute(self) -> None:
        due = self.computed_due()
        if due is None:
            return
        self._known()
        self._syncing = True
        self.due_on.setDate(to_qdate(due))
        self._syncing = False
        self._show_hint()

    def _due_edited(self) -> None:
        if self._syncing:
            return
        try:
            rules = Deadlines(self.office, date.today())
            n = rules.handling_days_of(date_of(self.assigned_on), date_of(self.due_on))
        except UnknownHolidayYear as exc:
            self._unknown(exc)
            return
        self._known()
        if 1 <= n <= MAX_DAYS:
            self.days.blockSignals(True)
            self.days.setValue(n)
            self.days.blockSignals(False)
        self._show_hint(n)

    def _show_hint(self, n: int | None = None) -> None:
        n = self.days.value() if n is None else n
        if n < 1:
            self.due_hint.setText(self.tr("办理时限应晚于交办日期。"))
            return
        text = self.tr("共 {n} 个工作日（不计周末和法定节假日，调休上班日计入）；单位默认 {d} 个工作日。")
        self.due_hint.setText(text.format(n=n, d=self.office.handling_days))

    def _unknown(self, exc: UnknownHolidayYear) -> None:
        self.unknown_year = exc.year
        self.calendar_error.setText(render(exc.message) + self.tr("也可以直接修改截止日期。"))
        self.holidays_button.setText(self.tr("录入{year}年节假日…").format(year=exc.year))
        self.unknown_box.show()
        self.due_hint.hide()

    def _known(self) -> None:
        self.unknown_year = None
        self.unknown_box.hide()
        self.due_hint.show()

    def open_holidays(self) -> HolidaysDialog:
        dialog = HolidaysDialog(self.services, self.unknown_year or date.today().year, self)
        dialog.finished.connect(lambda _r: self._calendar_changed())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _calendar_changed(self) -> None:
        self.office = self.services.settings.get()
        self.recompute()

    # -- the rest ----------------------------------------------------------------------------
    def _co_units_changed(self) -> None:
        mode = self.mode.value()
        if self.co_units.checked() and mode == HandlingMode.SINGLE:
            self.mode.set_value(HandlingMode.JOINT)
        elif not self.co_units.checked() and mode != HandlingMode.SINGLE:
            self.mode.set_value(HandlingMode.SINGLE)

    def due_date(self) -> date:
        return date_of(self.due_on)

    def submit(self) -> Any:
        return self.handling.assign(
            self.suggestion.id,
            lead_unit_id=self.lead.value(),
            co_unit_ids=self.co_units.checked(),
            mode=HandlingMode(self.mode.value()),
            assigned_on=date_of(self.assigned_on),
            due_on=self.due_date(),
            expected_version=self.version,
        )
