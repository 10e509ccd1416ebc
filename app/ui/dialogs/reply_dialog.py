"""答复: the unit's reply, its date and result class (A 解决或采纳 / B 列入计划拟解决 / C 留作参考)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget

from app.models.enums import ResultClass
from app.services.handling_steps import HandlingStep
from app.services.language import shown
from app.ui.dialogs.step_dialog import StepDialog, date_of, past_date_edit


class ReplyDialog(StepDialog):
    step = HandlingStep.REPLY

    def build_form(self) -> None:
        self.reply = QPlainTextEdit()
        self.reply.setPlaceholderText(self.tr("承办单位的答复意见"))
        self.reply.setMinimumHeight(140)
        self.replied_on = past_date_edit()
        self.classes = QButtonGroup(self)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.class_buttons: dict[ResultClass, QRadioButton] = {}
        for result in ResultClass:
            button = QRadioButton(shown(result))
            self.classes.addButton(button)
            self.class_buttons[result] = button
            column.addWidget(button)
        self.form.add("reply", self.tr("答复内容"), self.reply, required=True)
        self.form.add("result_class", self.tr("办理结果"), box, required=True)
        self.form.add("replied_on", self.tr("答复日期"), self.replied_on, required=True)

    def result_class(self) -> ResultClass | None:
        return next((r for r, b in self.class_buttons.items() if b.isChecked()), None)

    def submit(self) -> Any:
        result = self.result_class()
        return self.handling.reply(
            self.suggestion.id,
            reply=self.reply.toPlainText(),
            replied_on=date_of(self.replied_on),
            result_class=result,
            expected_version=self.version,
        )
