"""办结: the date and 落实情况 (what was actually done)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from app.services.handling_steps import HandlingStep
from app.services.language import shown
from app.ui.dialogs.step_dialog import StepDialog, date_of, past_date_edit
from app.ui.style import styled_label


class ConcludeDialog(StepDialog):
    step = HandlingStep.CONCLUDE

    def build_form(self) -> None:
        s = self.suggestion
        if s.reply:
            reply = styled_label(
                self.tr("答复（{day}，{result}）：{text}").format(
                    day=s.replied_on.isoformat() if s.replied_on else "",
                    result=shown(s.result_class),
                    text=s.reply if len(s.reply) <= 160 else s.reply[:159] + "…",
                ),
                "pageHint",
                wrap=True,
            )
            self.form.layout_.addRow(reply)
        self.implementation = QPlainTextEdit()
        self.implementation.setPlaceholderText(self.tr("例如：已在海晏路与五四大街路口加装红绿灯并投入使用"))
        self.implementation.setMinimumHeight(120)
        self.concluded_on = past_date_edit()
        self.form.add("implementation", self.tr("落实情况"), self.implementation, required=True)
        self.form.add("concluded_on", self.tr("办结日期"), self.concluded_on, required=True)

    def submit(self) -> Any:
        return self.handling.conclude(
            self.suggestion.id,
            concluded_on=date_of(self.concluded_on),
            implementation=self.implementation.toPlainText(),
            expected_version=self.version,
        )
