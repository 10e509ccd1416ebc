"""The short steps: 开始办理 (a date), 不予采纳 (a reason) and 重新办理 (a reason, maybe a new deadline)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from app.models.enums import SuggestionState
from app.services.handling_steps import HandlingStep
from app.ui.dialogs.step_dialog import StepDialog, date_of, past_date_edit
from app.ui.style import styled_label
from app.ui.widgets.optional_date import OptionalDateEdit


def _reason_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(90)
    return edit


class AcceptDialog(StepDialog):
    step = HandlingStep.ACCEPT

    def build_form(self) -> None:
        self.accepted_on = past_date_edit()
        self.form.add("accepted_on", self.tr("开始办理日期"), self.accepted_on, required=True)

    def submit(self) -> Any:
        return self.handling.accept(
            self.suggestion.id, accepted_on=date_of(self.accepted_on), expected_version=self.version
        )


class NotAdoptDialog(StepDialog):
    step = HandlingStep.NOT_ADOPT

    def build_form(self) -> None:
        self.reason = _reason_edit(self.tr("例如：所提事项已列入今年城建计划，留作参考"))
        self.decided_on = past_date_edit()
        self.form.add("reason", self.tr("理由"), self.reason, required=True)
        self.form.add("decided_on", self.tr("决定日期"), self.decided_on, required=True)

    def submit(self) -> Any:
        return self.handling.not_adopt(
            self.suggestion.id,
            decided_on=date_of(self.decided_on),
            reason=self.reason.toPlainText(),
            expected_version=self.version,
        )


class ReopenDialog(StepDialog):
    step = HandlingStep.REOPEN

    def build_form(self) -> None:
        back_to_unit = self.suggestion.state in (SuggestionState.REPLIED, SuggestionState.CONCLUDED)
        note = (
            self.tr("答复和办结记录将清除（仍保留在时间线上），意见建议回到“办理中”。")
            if back_to_unit
            else self.tr("意见建议回到“待交办”，可重新交办。")
        )
        self.form.layout_.addRow(styled_label(note, "pageHint", wrap=True))
        self.reason = _reason_edit(self.tr("例如：委员对答复不满意，要求继续办理"))
        self.reopened_on = past_date_edit()
        self.form.add("reason", self.tr("理由"), self.reason, required=True)
        self.form.add("reopened_on", self.tr("日期"), self.reopened_on, required=True)
        self.due_on = OptionalDateEdit(self.tr("设定新的办理时限"))
        self.due_on.setVisible(back_to_unit)
        if back_to_unit:
            self.form.add("due_on", self.tr("新时限"), self.due_on)

    def submit(self) -> Any:
        return self.handling.reopen(
            self.suggestion.id,
            reopened_on=date_of(self.reopened_on),
            reason=self.reason.toPlainText(),
            due_on=self.due_on.value(),
            expected_version=self.version,
        )
