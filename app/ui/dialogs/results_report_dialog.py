"""Create or edit a 协商专报: title, date, to whom it went, what it reports on and its text; the number is
given when it is first saved. A recorded report also takes 领导批示 and 成果转化."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from app.models.reports import ResultsReport, ResultsReportCreate, ResultsReportUpdate
from app.services.crud import CrudService
from app.services.errors import ServiceError
from app.services.subjects import Subject, SubjectKind
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.dialogs.step_dialog import past_date_edit
from app.ui.widgets.attachments_panel import AttachmentsPanel
from app.ui.widgets.optional_date import to_date, to_qdate
from app.ui.widgets.record_chooser import RecordChooser
from app.ui.widgets.results_panel import ResultsPanel
from app.ui.widgets.values import text_or_none


class ResultsReportDialog(RecordDialog):
    create_schema = ResultsReportCreate
    update_schema = ResultsReportUpdate
    changes = (Change.CYCLE,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.results_reports

    def noun(self) -> str:
        return self.tr("协商专报")

    def build_form(self) -> None:
        self.setMinimumSize(640, 560)
        self.number = QLabel(self.tr("保存时自动编号"))
        self.title_edit = QLineEdit(maxLength=200)
        self.issued_on = past_date_edit(date.today())
        self.sent_to = QLineEdit(maxLength=200)
        self.sent_to.setText(self.tr("市委、市政府"))
        self.about_session = QRadioButton(self.tr("协商议事活动"))
        self.about_activity = QRadioButton(self.tr("履职活动"))
        self.about_none = QRadioButton(self.tr("不针对单次活动"))
        group = QButtonGroup(self)
        about = QWidget()
        row = QHBoxLayout(about)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.about_session, self.about_activity, self.about_none):
            group.addButton(button)
            row.addWidget(button)
            button.toggled.connect(lambda _on: self._about_changed())
        row.addStretch(1)
        self.session = RecordChooser(self.services)
        self.session.set_noun("协商议事活动")
        self.activity = RecordChooser(self.services)
        self.activity.set_noun("履职活动")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("专报正文；也可保存后在“附件”中添加专报文件，这里只写摘要"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        f = self.form
        f.add("number", self.tr("期号"), self.number)
        f.add("title", self.tr("专报标题"), self.title_edit, required=True)
        f.add("issued_on", self.tr("报送日期"), self.issued_on, required=True)
        f.add("sent_to", self.tr("报送对象"), self.sent_to, required=True)
        f.add("about", self.tr("报送内容"), about)
        f.add("session_id", self.tr("协商议事活动"), self.session)
        f.add("activity_id", self.tr("履职活动"), self.activity)
        f.add("text", self.tr("专报正文"), self.text)
        f.add("notes", self.tr("备注"), self.notes)
        self.about_none.setChecked(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("专报"))

    def body(self) -> QWidget:
        return self.tabs

    def _about_changed(self) -> None:
        self.session.setEnabled(self.about_session.isChecked())
        self.activity.setEnabled(self.about_activity.isChecked())

    def set_about(
        self, *, session_id: uuid.UUID | None = None, activity_id: uuid.UUID | None = None, title: str
    ) -> None:
        """A new report on a given session or activity (opened from its detail)."""
        if session_id is not None:
            self.session.set_record(session_id, title)
            self.about_session.setChecked(True)
        elif activity_id is not None:
            self.activity.set_record(activity_id, title)
            self.about_activity.setChecked(True)
        self.title_edit.setText(self.tr("关于“{title}”协商成果的专报").format(title=title))

    def load(self, record: ResultsReport) -> None:
        self.number.setText(record.number or self.tr("（未编号）"))
        self.title_edit.setText(record.title)
        self.issued_on.setDate(to_qdate(record.issued_on))
        self.sent_to.setText(record.sent_to)
        try:
            if record.session_id is not None:
                parent = self.services.sessions.get(record.session_id)
                self.set_about(session_id=parent.id, title=parent.topic)
            elif record.activity_id is not None:
                activity = self.services.activities.get(record.activity_id)
                self.set_about(activity_id=activity.id, title=activity.title)
        except ServiceError:
            pass  # the reader may not see what it reports on; the rest still shows
        self.title_edit.setText(record.title)
        self.text.setPlainText(record.text or "")
        self.notes.setPlainText(record.notes or "")
        self.results = ResultsPanel(
            self.services, Subject(SubjectKind.RESULTS_REPORT, record.id), record.title
        )
        self.tabs.addTab(self.results, self.tr("批示与成果转化"))
        self.attachments = AttachmentsPanel(self.services, results_report_id=record.id)
        self.tabs.addTab(self.attachments, self.tr("附件（{n}）").format(n=self.attachments.count()))

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "issued_on": to_date(self.issued_on.date()),
            "sent_to": self.sent_to.text(),
            "session_id": self.session.record_id if self.about_session.isChecked() else None,
            "activity_id": self.activity.record_id if self.about_activity.isChecked() else None,
            "platform_id": None,
            "text": text_or_none(self.text),
            "notes": text_or_none(self.notes),
        }
