"""After a session or 履职活动: record a 领导批示, a 成果转化, and the 反馈群众 / 是否公开 of a record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QPlainTextEdit, QRadioButton, QWidget

from app.models.enums import FeedbackMethod, OutcomeKind
from app.models.feedback import FeedbackUpdate
from app.services.hub import Services
from app.services.subjects import Subject
from app.ui.dialogs.entry_dialog import EntryDialog
from app.ui.dialogs.step_dialog import date_of, past_date_edit
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.optional_date import OptionalDateEdit
from app.ui.widgets.values import text_or_none


class InstructionEntryDialog(EntryDialog):
    def title(self) -> str:
        return self.tr("领导批示")

    def build_form(self) -> None:
        self.leader = QLineEdit(maxLength=50)
        self.leader.setPlaceholderText(self.tr("例如：市委副书记 王××"))
        self.given_on = past_date_edit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("批示原文"))
        self.text.setMinimumHeight(110)
        self.form.add("leader", self.tr("批示领导"), self.leader, required=True)
        self.form.add("given_on", self.tr("批示日期"), self.given_on, required=True)
        self.form.add("text", self.tr("批示内容"), self.text, required=True)

    def submit(self) -> Any:
        return self.services.instructions.add(
            self.subject,
            leader=self.leader.text(),
            given_on=date_of(self.given_on),
            text=self.text.toPlainText(),
        )


class OutcomeEntryDialog(EntryDialog):
    def title(self) -> str:
        return self.tr("成果转化")

    def build_form(self) -> None:
        self.kind = ChoiceCombo()
        self.kind.set_enum(OutcomeKind)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("例如：海晏路加装红绿灯，纳入本年度民生实事"))
        self.description.setFixedHeight(80)
        self.achieved_on = OptionalDateEdit(self.tr("已落实"))
        self.reference = QLineEdit(maxLength=200)
        self.reference.setPlaceholderText(self.tr("文件文号、项目名称或资金数额"))
        self.form.add("kind", self.tr("转化为"), self.kind, required=True)
        self.form.add("description", self.tr("转化内容"), self.description, required=True)
        self.form.add("achieved_on", self.tr("落实日期"), self.achieved_on)
        self.form.add("reference", self.tr("文号或项目"), self.reference)

    def submit(self) -> Any:
        return self.services.outcomes.add(
            self.subject,
            kind=self.kind.value(),
            description=self.description.toPlainText(),
            achieved_on=self.achieved_on.value(),
            reference=text_or_none(self.reference),
        )


class FeedbackDialog(EntryDialog):
    """反馈群众 (when and how) and 是否公开 (with the reason when not), filled from the record as read."""

    def __init__(
        self, services: Services, subject: Subject, about: str, record: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, subject, about, parent)
        self.set_values(record)

    def title(self) -> str:
        return self.tr("反馈群众与是否公开")

    def build_form(self) -> None:
        self.feedback_on = OptionalDateEdit(self.tr("已反馈"))
        self.method = ChoiceCombo()
        self.method.set_enum(FeedbackMethod, none_label=self.tr("请选择"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("向群众反馈了什么、反馈到哪些小区或群体"))
        self.note.setFixedHeight(70)
        self.public_yes = QRadioButton(self.tr("公开"))
        self.public_no = QRadioButton(self.tr("不公开"))
        self.public_unset = QRadioButton(self.tr("未定"))
        self.public_group = QButtonGroup(self)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for button in (self.public_yes, self.public_no, self.public_unset):
            self.public_group.addButton(button)
            line.addWidget(button)
        line.addStretch(1)
        self.reason = QLineEdit(maxLength=200)
        self.reason.setPlaceholderText(self.tr("不公开时必填，例如：涉及个人隐私"))
        self.form.add("feedback_on", self.tr("反馈日期"), self.feedback_on)
        self.form.add("feedback_method", self.tr("反馈方式"), self.method)
        self.form.add("feedback_note", self.tr("反馈内容"), self.note)
        self.form.add("is_public", self.tr("是否公开"), row)
        self.form.add("not_public_reason", self.tr("不公开理由"), self.reason)
        self.public_no.toggled.connect(self.reason.setEnabled)
        self.version: int | None = None

    def set_values(self, record: Any) -> None:
        self.version = record.version
        self.feedback_on.set_value(record.feedback_on)
        self.method.set_value(record.feedback_method)
        self.note.setPlainText(record.feedback_note or "")
        {True: self.public_yes, False: self.public_no}.get(record.is_public, self.public_unset).setChecked(
            True
        )
        self.reason.setText(record.not_public_reason or "")
        self.reason.setEnabled(record.is_public is False)

    def submit(self) -> Any:
        public = True if self.public_yes.isChecked() else False if self.public_no.isChecked() else None
        data = FeedbackUpdate(
            feedback_on=self.feedback_on.value(),
            feedback_method=self.method.value(),
            feedback_note=text_or_none(self.note),
            is_public=public,
            not_public_reason=text_or_none(self.reason) if public is False else None,
        )
        return self.services.outcomes.set_feedback(self.subject, data, expected_version=self.version)
