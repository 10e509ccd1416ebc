"""催办 / 督办 / 电话沟通: the office chases the lead unit; each is a dated event on the timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from app.models.enums import EventKind
from app.services.handling_feedback import REMINDER_KINDS
from app.services.handling_steps import HandlingStep
from app.services.language import shown
from app.ui.dialogs.step_dialog import StepDialog, date_of, past_date_edit
from app.ui.style import styled_label
from app.ui.widgets.choice_combo import ChoiceCombo


class ReminderDialog(StepDialog):
    step = HandlingStep.REMIND

    def step_title(self) -> str:
        return self.tr("催办")

    def build_form(self) -> None:
        s = self.suggestion
        if s.due_on is not None:
            self.form.layout_.addRow(
                styled_label(
                    self.tr("交办日期 {assigned}，办理时限 {due}").format(
                        assigned=s.assigned_on.isoformat() if s.assigned_on else "—", due=s.due_on.isoformat()
                    ),
                    "pageHint",
                )
            )
        self.kind = ChoiceCombo()
        self.kind.set_choices((k, shown(k)) for k in REMINDER_KINDS)
        self.on = past_date_edit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("例如：电话联系承办科室，要求本周内书面答复"))
        self.text.setMinimumHeight(90)
        self.form.add("kind", self.tr("方式"), self.kind, required=True)
        self.form.add("on", self.tr("日期"), self.on, required=True)
        self.form.add("text", self.tr("内容"), self.text)

    def set_kind(self, kind: EventKind) -> None:
        self.kind.set_value(kind)

    def submit(self) -> Any:
        return self.handling.remind(
            self.suggestion.id,
            on=date_of(self.on),
            text=self.text.toPlainText(),
            kind=EventKind(self.kind.value()),
            expected_version=self.version,
        )
