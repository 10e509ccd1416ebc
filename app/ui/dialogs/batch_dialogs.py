"""One 办理 step for several suggestions at once: 批量催办 and 批量开始办理.

The step is recorded for every selected suggestion in one transaction (HandlingService.batch); a
suggestion that cannot take it (its state, the person's rights, a date before its 交办日期) is left
as it was and named in the report with the reason. When every one is refused for the same reason the
dialog stays open and says why, so the date or text can be corrected.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from app.models.enums import EventKind
from app.services.batch import BatchReport
from app.services.errors import ServiceError
from app.services.handling_feedback import REMINDER_KINDS
from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.services.language import shown
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.dialogs.step_dialog import date_of, past_date_edit
from app.ui.messages import render
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_with_progress
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.record_form import RecordForm

LISTED = 6  # titles named in the heading


class BatchStepDialog(FormDialog):
    STEPS = (HandlingStep.REMIND, HandlingStep.ACCEPT)

    def __init__(
        self,
        services: Services,
        step: HandlingStep,
        rows: list[dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert step in self.STEPS
        self.services = services
        self.step = step
        self.rows = rows
        self.report: BatchReport | None = None
        self.task: TaskHandle | None = None
        self.setWindowTitle(self.tr("批量{step}").format(step=shown(step)))
        self.setMinimumWidth(520)
        titles = [str(r.get("title") or "") for r in rows[:LISTED]]
        more = self.tr("等") if len(rows) > LISTED else ""
        heading = styled_label(
            self.tr("为所选的 {n} 条意见建议记录“{step}”：{titles}{more}").format(
                n=len(rows), step=shown(step), titles="、".join(f"“{t}”" for t in titles), more=more
            ),
            "pageHint",
            wrap=True,
        )
        self.form = RecordForm(entity=step.value)
        self.on = past_date_edit()
        if step is HandlingStep.REMIND:
            self.kind = ChoiceCombo()
            self.kind.set_choices((k, shown(k)) for k in REMINDER_KINDS)
            self.text = QPlainTextEdit()
            self.text.setPlaceholderText(self.tr("例如：电话联系各承办单位，要求本周内书面答复"))
            self.text.setMinimumHeight(80)
            self.form.add("kind", self.tr("方式"), self.kind, required=True)
            self.form.add("on", self.tr("日期"), self.on, required=True)
            self.form.add("text", self.tr("内容"), self.text)
        else:
            self.form.add("accepted_on", self.tr("开始办理日期"), self.on, required=True)
        self.form_error = styled_label("", "formError", wrap=True)
        self.form_error.hide()
        buttons = QDialogButtonBox()
        self.ok_button = self.set_primary(
            buttons.addButton(
                self.tr("批量{step}").format(step=shown(step)), QDialogButtonBox.ButtonRole.AcceptRole
            )
        )
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form_error)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)

    def step_call(self) -> Callable[[Any, uuid.UUID], object]:
        on = date_of(self.on)
        if self.step is HandlingStep.REMIND:
            kind = EventKind(self.kind.value())
            text = self.text.toPlainText()
            return lambda handling, sid: handling.remind(sid, on=on, text=text, kind=kind)
        return lambda handling, sid: handling.accept(sid, accepted_on=on)

    def accept(self) -> None:
        """The step for every row, off the GUI thread; 取消 in the progress window writes none of them."""
        self.form_error.hide()
        ids = [row["id"] for row in self.rows]
        handling, step = self.services.handling, self.step_call()
        label = self.tr("正在为 {n} 条意见建议记录“{step}”…").format(n=len(ids), step=shown(self.step))

        def work(ctx: TaskContext) -> BatchReport:
            return handling.batch(ids, step, lambda done, total: ctx.progress(done, total, label))

        def failed(error: BaseException) -> None:
            self.ok_button.setEnabled(True)
            if not isinstance(error, ServiceError):
                raise error  # our bug: the crash dialog shows it
            self.form_error.setText(render(error.message))
            self.form_error.show()

        self.ok_button.setEnabled(False)  # once: the progress window is on its way
        self.task = run_with_progress(
            self,
            label,
            work,
            on_result=self._done,
            on_error=failed,
            on_cancelled=lambda: self.ok_button.setEnabled(True),
        )

    def _done(self, report: BatchReport) -> None:
        self.ok_button.setEnabled(True)
        if report.done:
            changes.publish(Change.SUGGESTIONS)
        reasons = {reason for _, reason in report.refused}
        if not report.done and len(reasons) == 1:
            self.form_error.setText(
                self.tr("没有一条能{step}：{reason}").format(step=shown(self.step), reason=reasons.pop())
            )
            self.form_error.show()
            return
        self.report = report
        super().accept()
