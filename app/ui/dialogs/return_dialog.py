"""退办: the unit hands a wrongly assigned suggestion back, with a reason, within the office's window.

The window is shown before the clerk types; the service decides, and its message is shown if refused.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from app.services.deadlines import Deadlines
from app.services.handling_steps import HandlingStep
from app.services.workdays import UnknownHolidayYear
from app.ui.dialogs.step_dialog import StepDialog, date_of, past_date_edit
from app.ui.style import styled_label


class ReturnDialog(StepDialog):
    step = HandlingStep.RETURN

    def build_form(self) -> None:
        self.form.layout_.addRow(styled_label(self.window_text(), "pageHint", wrap=True))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("例如：该事项属区住建局职责，不属本单位办理范围"))
        self.reason.setMinimumHeight(100)
        self.returned_on = past_date_edit()
        self.form.add("return_reason", self.tr("退办理由"), self.reason, required=True)
        self.form.add("returned_on", self.tr("退办日期"), self.returned_on, required=True)

    def window_text(self) -> str:
        office = self.services.settings.get()
        assigned = self.suggestion.assigned_on
        if assigned is None:
            return ""
        text = self.tr("退办须在交办后 {n} 个工作日内提出").format(n=office.return_window_days)
        try:
            deadline = Deadlines(office, date.today()).return_deadline(assigned)
        except UnknownHolidayYear:
            return text + self.tr("（交办日期 {day}）。").format(day=assigned.isoformat())
        return text + self.tr("（交办日期 {day}，退办截止 {end}）。").format(
            day=assigned.isoformat(), end=deadline.isoformat()
        )

    def submit(self) -> Any:
        return self.handling.return_to_office(
            self.suggestion.id,
            returned_on=date_of(self.returned_on),
            reason=self.reason.toPlainText(),
            expected_version=self.version,
        )
