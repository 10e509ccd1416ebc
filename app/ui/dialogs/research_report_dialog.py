"""Create or edit a 调研报告: title, the 调研 it ends, who wrote it (members and others), when, and whether
and by whom it was adopted; a recorded report also takes 领导批示."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from app.glossary import OFFICE_LEVEL
from app.models.reports import ResearchReport, ResearchReportCreate, ResearchReportUpdate
from app.services.crud import CrudService
from app.services.subjects import Subject, SubjectKind
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.dialogs.step_dialog import past_date_edit
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.optional_date import OptionalDateEdit, to_date, to_qdate
from app.ui.widgets.record_chooser import RecordChooser
from app.ui.widgets.results_panel import ResultsPanel
from app.ui.widgets.values import text_or_none


class ResearchReportDialog(RecordDialog):
    create_schema = ResearchReportCreate
    update_schema = ResearchReportUpdate
    changes = (Change.CYCLE,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.research_reports

    def noun(self) -> str:
        return self.tr("调研报告")

    def build_form(self) -> None:
        self.setMinimumSize(640, 600)
        self.title_edit = QLineEdit(maxLength=200)
        self.written_on = past_date_edit(date.today())
        self.activity = RecordChooser(self.services)
        self.activity.set_noun("履职活动")
        self.platform = ChoiceCombo()
        self.platform.set_choices(self.services.platforms.choices(), none_label=OFFICE_LEVEL)
        self.authors = CheckList(self.tr("输入姓名筛选委员"))
        self.authors.set_choices(self.services.members.choices())
        self.other_authors = QLineEdit(maxLength=200)
        self.other_authors.setPlaceholderText(self.tr("非委员执笔人，例如：市政协研究室 张××"))
        self.adopted_on = OptionalDateEdit(self.tr("已采用"))
        self.adopted_by = QLineEdit(maxLength=100)
        self.adopted_by.setPlaceholderText(self.tr("例如：市委、市政府"))
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(90)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        f = self.form
        f.add("title", self.tr("报告标题"), self.title_edit, required=True)
        f.add("written_on", self.tr("成文日期"), self.written_on, required=True)
        f.add("activity_id", self.tr("所属调研活动"), self.activity)
        f.add("platform_id", self.tr("组织层级"), self.platform)
        f.add("members", self.tr("执笔委员"), self.authors)
        f.add("other_authors", self.tr("其他执笔人"), self.other_authors)
        f.add("adopted_on", self.tr("采用日期"), self.adopted_on)
        f.add("adopted_by", self.tr("采用单位"), self.adopted_by)
        f.add("summary", self.tr("报告摘要"), self.summary)
        f.add("notes", self.tr("备注"), self.notes)
        f.add_note(self.tr("选了所属调研活动时，组织层级随活动。"))
        self.activity.changed.connect(lambda: self.platform.setEnabled(self.activity.record_id is None))
        self._loaded_authors: list[uuid.UUID] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("调研报告"))

    def body(self) -> QWidget:
        return self.tabs

    def set_activity(self, activity_id: uuid.UUID, label: str) -> None:
        self.activity.set_record(activity_id, label)

    def load(self, record: ResearchReport) -> None:
        self.title_edit.setText(record.title)
        self.written_on.setDate(to_qdate(record.written_on))
        if record.activity_id is not None:
            activity = self.services.activities.get(record.activity_id)
            self.activity.set_record(activity.id, f"{activity.held_on.isoformat()}　{activity.title}")
        if record.platform_id is not None:
            self.platform.ensure_choice(
                record.platform_id, self.services.platforms.get(record.platform_id).name
            )
        self._loaded_authors = [m for m, _name in self.services.research_reports.authors(record.id)]
        self.authors.set_checked(self._loaded_authors)
        self.other_authors.setText(record.other_authors or "")
        self.adopted_on.set_value(record.adopted_on)
        self.adopted_by.setText(record.adopted_by or "")
        self.summary.setPlainText(record.summary or "")
        self.notes.setPlainText(record.notes or "")
        self.results = ResultsPanel(
            self.services, Subject(SubjectKind.RESEARCH_REPORT, record.id), record.title
        )
        self.tabs.addTab(self.results, self.tr("领导批示"))

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "written_on": to_date(self.written_on.date()),
            "activity_id": self.activity.record_id,
            "platform_id": self.platform.value(),
            "other_authors": text_or_none(self.other_authors),
            "adopted_on": self.adopted_on.value(),
            "adopted_by": text_or_none(self.adopted_by),
            "summary": text_or_none(self.summary),
            "notes": text_or_none(self.notes),
        }

    def after_save(self, record_id: uuid.UUID) -> None:
        authors = list(self.authors.checked())
        if sorted(map(str, authors)) != sorted(map(str, self._loaded_authors)):
            self.services.research_reports.set_authors(record_id, authors)
            self._loaded_authors = authors
