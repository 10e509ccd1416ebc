"""Create or edit a 社情民意信息: what it says, who submitted it (members and others), when, whether it
reflects a problem, and its 采用 and 签发; a recorded one also takes 领导批示."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from app.glossary import OFFICE_LEVEL
from app.models.enums import SuggestionCategory
from app.models.opinions import PublicOpinion, PublicOpinionCreate, PublicOpinionUpdate
from app.services.crud import CrudService
from app.services.subjects import Subject, SubjectKind
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.dialogs.step_dialog import past_date_edit
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.optional_date import OptionalDateEdit, to_date, to_qdate
from app.ui.widgets.results_panel import ResultsPanel
from app.ui.widgets.values import text_or_none


class OpinionDialog(RecordDialog):
    create_schema = PublicOpinionCreate
    update_schema = PublicOpinionUpdate
    changes = (Change.CYCLE,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.opinions

    def noun(self) -> str:
        return self.tr("社情民意信息")

    def build_form(self) -> None:
        self.setMinimumSize(640, 620)
        self.title_edit = QLineEdit(maxLength=200)
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(100)
        self.submitted_on = past_date_edit(date.today())
        self.platform = ChoiceCombo()
        self.platform.set_choices(self.services.platforms.choices(), none_label=OFFICE_LEVEL)
        self.submitters = CheckList(self.tr("输入姓名筛选委员"))
        self.submitters.set_choices(self.services.members.choices())
        self.other_submitters = QLineEdit(maxLength=200)
        self.other_submitters.setPlaceholderText(self.tr("非委员报送人，例如：特邀信息员 李××"))
        self.category = ChoiceCombo()
        self.category.set_enum(SuggestionCategory)
        self.reflects_problem = QCheckBox(self.tr("反映问题类"))
        self.reflects_problem.setChecked(True)
        self.adopted_on = OptionalDateEdit(self.tr("已采用"))
        self.adopted_by = QLineEdit(maxLength=100)
        self.adopted_by.setPlaceholderText(self.tr("例如：省政协、全国政协"))
        self.issued_on = OptionalDateEdit(self.tr("已签发"))
        self.issue_ref = QLineEdit(maxLength=100)
        self.issue_ref.setPlaceholderText(self.tr("例如：《社情民意》2026年第12期"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        f = self.form
        f.add("title", self.tr("信息标题"), self.title_edit, required=True)
        f.add("content", self.tr("信息内容"), self.content)
        f.add("submitted_on", self.tr("报送日期"), self.submitted_on, required=True)
        f.add("platform_id", self.tr("所属站室组"), self.platform)
        f.add("members", self.tr("报送委员"), self.submitters)
        f.add("other_submitters", self.tr("其他报送人"), self.other_submitters)
        f.add("category", self.tr("类别"), self.category)
        f.add("reflects_problem", self.tr("性质"), self.reflects_problem)
        f.add("adopted_on", self.tr("采用日期"), self.adopted_on)
        f.add("adopted_by", self.tr("采用单位"), self.adopted_by)
        f.add("issued_on", self.tr("签发日期"), self.issued_on)
        f.add("issue_ref", self.tr("签发期号"), self.issue_ref)
        f.add("notes", self.tr("备注"), self.notes)
        self._loaded_submitters: list[uuid.UUID] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("社情民意信息"))

    def body(self) -> QWidget:
        return self.tabs

    def load(self, record: PublicOpinion) -> None:
        self.title_edit.setText(record.title)
        self.content.setPlainText(record.content or "")
        self.submitted_on.setDate(to_qdate(record.submitted_on))
        if record.platform_id is not None:
            self.platform.ensure_choice(
                record.platform_id, self.services.platforms.get(record.platform_id).name
            )
        self._loaded_submitters = [m for m, _name in self.services.opinions.submitters(record.id)]
        self.submitters.set_checked(self._loaded_submitters)
        self.other_submitters.setText(record.other_submitters or "")
        self.category.set_value(record.category)
        self.reflects_problem.setChecked(record.reflects_problem)
        self.adopted_on.set_value(record.adopted_on)
        self.adopted_by.setText(record.adopted_by or "")
        self.issued_on.set_value(record.issued_on)
        self.issue_ref.setText(record.issue_ref or "")
        self.notes.setPlainText(record.notes or "")
        self.results = ResultsPanel(self.services, Subject(SubjectKind.OPINION, record.id), record.title)
        self.tabs.addTab(self.results, self.tr("领导批示"))

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "content": text_or_none(self.content),
            "submitted_on": to_date(self.submitted_on.date()),
            "platform_id": self.platform.value(),
            "other_submitters": text_or_none(self.other_submitters),
            "category": self.category.value(),
            "reflects_problem": self.reflects_problem.isChecked(),
            "adopted_on": self.adopted_on.value(),
            "adopted_by": text_or_none(self.adopted_by),
            "issued_on": self.issued_on.value(),
            "issue_ref": text_or_none(self.issue_ref),
            "notes": text_or_none(self.notes),
        }

    def after_save(self, record_id: uuid.UUID) -> None:
        submitters = list(self.submitters.checked())
        if sorted(map(str, submitters)) != sorted(map(str, self._loaded_submitters)):
            self.services.opinions.set_submitters(record_id, submitters)
            self._loaded_submitters = submitters
