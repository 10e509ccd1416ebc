"""领导批示: which leader, when, and what was written (counted in 件次 in the yearly figures)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app.services.handling_steps import HandlingStep
from app.ui.dialogs.step_dialog import StepDialog, date_of, past_date_edit


class InstructionDialog(StepDialog):
    step = HandlingStep.INSTRUCTION

    def build_form(self) -> None:
        self.leader = QLineEdit()
        self.leader.setPlaceholderText(self.tr("例如：市委副书记 王××"))
        self.given_on = past_date_edit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("批示原文"))
        self.text.setMinimumHeight(110)
        self.form.add("leader", self.tr("批示领导"), self.leader, required=True)
        self.form.add("given_on", self.tr("批示日期"), self.given_on, required=True)
        self.form.add("text", self.tr("批示内容"), self.text, required=True)

    def submit(self) -> Any:
        return self.handling.add_instruction(
            self.suggestion.id,
            leader=self.leader.text(),
            given_on=date_of(self.given_on),
            text=self.text.toPlainText(),
            expected_version=self.version,
        )
