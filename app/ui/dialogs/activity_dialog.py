"""Create or edit a 履职活动: its kind, where and by whom, who attended (and spoke), other participants and
minutes; once recorded, the suggestions and 调研报告 it produced and its 成果运用 (专报, 批示, 成果转化,
反馈群众, 是否公开)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.glossary import OFFICE_LEVEL
from app.models.activities import DutyActivity, DutyActivityCreate, DutyActivityUpdate
from app.models.enums import ActivityState, InspectionKind
from app.services import activity_kinds
from app.services.activity_kinds import KIND_ENGLISH
from app.services.crud import CrudService
from app.services.language import shown_pairs, shown_text
from app.services.names import NameChoice
from app.services.subjects import Subject, SubjectKind
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.dialogs.results_report_dialog import ResultsReportDialog
from app.ui.dialogs.session_dialog import topic_title
from app.ui.dialogs.suggestion_dialog import SuggestionDialog
from app.ui.widgets.attendance_editor import AttendanceEditor
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.optional_date import make_date_edit, to_date, to_qdate
from app.ui.widgets.record_chooser import RecordChooser
from app.ui.widgets.record_form import RecordForm
from app.ui.widgets.results_panel import ResultsPanel
from app.ui.widgets.session_suggestions import SessionSuggestions
from app.ui.widgets.values import text_or_none


class ActivityDialog(RecordDialog):
    create_schema = DutyActivityCreate
    update_schema = DutyActivityUpdate
    changes = (Change.CYCLE,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.activities

    def noun(self) -> str:
        return self.tr("履职活动")

    def build_form(self) -> None:
        self.setMinimumSize(720, 600)
        self.open_dialogs: list[QDialog] = []
        self.kind = ChoiceCombo()
        self.kind.set_choices(shown_pairs(self.services.activity_kinds.choices(), KIND_ENGLISH))
        self.inspection_kind = ChoiceCombo()
        self.inspection_kind.set_enum(InspectionKind)
        self.title_edit = QLineEdit(maxLength=200)
        self.title_edit.setPlaceholderText(self.tr("例如：全市城市道路交通安全设施建设情况视察"))
        self.held_on = make_date_edit()
        self.held_on.setDate(to_qdate(date.today()))
        self.state = ChoiceCombo()
        self.state.set_enum(ActivityState)
        self.state.set_value(ActivityState.HELD)
        self.platform = ChoiceCombo()
        self.platform.set_choices(self.services.platforms.choices(), none_label=OFFICE_LEVEL)
        self.organiser = QLineEdit(maxLength=100)
        self.organiser.setPlaceholderText(self.tr("例如：市政协社会和法制委员会"))
        self.location = QLineEdit(maxLength=200)
        self.convener = ChoiceCombo()
        self.convener.set_choices(self.services.members.choices(), none_label=self.tr("未指定"))
        self.topic_choice = RecordChooser(self.services)
        self.topic_choice.set_noun("议题")
        f = self.form
        f.add("kind", self.tr("活动类型"), self.kind, required=True)
        f.add("inspection_kind", self.tr("视察类型"), self.inspection_kind)
        f.add("title", self.tr("活动主题"), self.title_edit, required=True)
        f.add("held_on", self.tr("活动时间"), self.held_on, required=True)
        f.add("state", self.tr("状态"), self.state)
        f.add("platform_id", self.tr("组织层级"), self.platform)
        f.add("organiser", self.tr("组织单位"), self.organiser)
        f.add("location", self.tr("地点"), self.location)
        f.add("convener_id", self.tr("牵头委员"), self.convener)
        f.add("topic_id", self.tr("所属议题"), self.topic_choice)
        if self.is_new:
            f.add_note(self.tr("保存后可登记活动形成的意见建议、调研报告和成果运用。"))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())

        self.attendance = AttendanceEditor(self.services.members.name_choices, self._platform_members)
        self.other_participants = QPlainTextEdit()
        self.other_participants.setPlaceholderText(self.tr("部门负责人、专家学者、群众代表等"))
        self.other_participants.setFixedHeight(70)
        self.minutes = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.text_form = RecordForm()
        self.text_form.add("other_participants", self.tr("其他参加人员"), self.other_participants)
        self.text_form.add("minutes", self.tr("活动纪要"), self.minutes)
        self.text_form.add("notes", self.tr("备注"), self.notes)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("基本信息"))
        self.tabs.addTab(self.attendance, self.tr("参加委员"))
        self.tabs.addTab(self.text_form, self.tr("其他人员与纪要"))
        self._loaded_attendance: dict[uuid.UUID, Any] = {}
        self._loaded_speakers: set[uuid.UUID] = set()
        self._kind_changed()

    def body(self) -> QWidget:
        return self.tabs

    def _kind_changed(self) -> None:
        self.inspection_kind.setEnabled(self.kind.value() == activity_kinds.INSPECTION)

    def _platform_members(self) -> list[NameChoice]:
        platform_id = self.platform.value()
        return self.services.members.name_choices(platform_id) if platform_id is not None else []

    def load(self, record: DutyActivity) -> None:
        labels = self.services.activities.kind_labels()
        self.kind.ensure_choice(record.kind, shown_text(labels.get(record.kind, record.kind), KIND_ENGLISH))
        self.inspection_kind.set_value(record.inspection_kind or InspectionKind.SUPERVISORY)
        self.title_edit.setText(record.title)
        self.held_on.setDate(to_qdate(record.held_on))
        self.state.set_value(record.state)
        if record.platform_id is not None:
            self.platform.ensure_choice(
                record.platform_id, self.services.platforms.get(record.platform_id).name
            )
        self.organiser.setText(record.organiser or "")
        self.location.setText(record.location or "")
        if record.convener_id is not None:
            self.convener.ensure_choice(
                record.convener_id, self.services.members.get(record.convener_id).name
            )
        if record.topic_id is not None:
            self.topic_choice.set_record(record.topic_id, topic_title(self.services, record.topic_id))
        self.other_participants.setPlainText(record.other_participants or "")
        self.minutes.setPlainText(record.minutes or "")
        self.notes.setPlainText(record.notes or "")
        rows = self.services.activities.attendance(record.id)
        self.attendance.set_attendance(
            [(m.id, m.name, status) for m, status, _spoke in rows], {m.id for m, _st, spoke in rows if spoke}
        )
        self._loaded_attendance = self.attendance.attendance()
        self._loaded_speakers = self.attendance.speakers()
        self._kind_changed()
        self._add_result_tabs(record)

    def _add_result_tabs(self, record: DutyActivity) -> None:
        self.suggestions = SessionSuggestions(self.services, record.id, filter_key="activity_id")
        self.suggestions.reload()
        self.add_suggestion_button = QPushButton(self.tr("登记意见建议…"))
        self.add_suggestion_button.clicked.connect(lambda _c=False: self.open_new_suggestion())
        refusal = self.services.suggestions.change_refusal({"platform_id": record.platform_id})
        self.add_suggestion_button.setEnabled(refusal is None)
        self.add_suggestion_button.setToolTip(refusal or "")
        box = QWidget()
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.add_suggestion_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.suggestions, 1)
        self.tabs.addTab(box, self.tr("意见建议（{n}）").format(n=len(self.suggestions.rows())))
        self.results = ResultsPanel(self.services, Subject(SubjectKind.ACTIVITY, record.id), record.title)
        self.results.report_requested.connect(self.open_new_report)
        self.tabs.addTab(self.results, self.tr("成果运用"))

    def open_new_suggestion(self) -> QDialog:
        dialog = SuggestionDialog(self.services, None, self)
        dialog.set_activity(self.record.id)
        return self._open(dialog, self.suggestions.reload)

    def open_new_report(self) -> QDialog:
        dialog = ResultsReportDialog(self.services, None, self)
        dialog.set_about(activity_id=self.record.id, title=self.record.title)
        return self._open(dialog, self.results.reload)

    def _open(self, dialog: QDialog, then: Any) -> QDialog:
        self.open_dialogs.append(dialog)
        dialog.accepted.connect(then)
        dialog.finished.connect(lambda _r: self.open_dialogs.remove(dialog))
        dialog.open()
        return dialog

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value(),
            "inspection_kind": self.inspection_kind.value()
            if self.kind.value() == activity_kinds.INSPECTION
            else None,
            "title": self.title_edit.text(),
            "held_on": to_date(self.held_on.date()),
            "state": self.state.value(),
            "platform_id": self.platform.value(),
            "organiser": text_or_none(self.organiser),
            "location": text_or_none(self.location),
            "convener_id": self.convener.value(),
            "topic_id": self.topic_choice.record_id,
            "other_participants": text_or_none(self.other_participants),
            "minutes": text_or_none(self.minutes),
            "notes": text_or_none(self.notes),
        }

    def after_save(self, record_id: uuid.UUID) -> None:
        attendance, speakers = self.attendance.attendance(), self.attendance.speakers()
        if attendance != self._loaded_attendance or speakers != self._loaded_speakers:
            self.services.activities.set_attendance(record_id, attendance, speakers)
            self._loaded_attendance, self._loaded_speakers = attendance, speakers

    def clear_errors(self) -> None:
        super().clear_errors()
        self.text_form.clear_errors()
        self.attendance.show_error("")

    def show_errors(self, errors: dict[str, str], *, focus: bool = True) -> None:
        rest = self.text_form.show_errors(errors)
        self.attendance.show_error(rest.pop("attendance", ""))
        super().show_errors(rest, focus=focus)
        if any(k in self.form.fields for k in rest):
            self.tabs.setCurrentWidget(self.form)


def activity_from_topic(dialog: ActivityDialog, draft: dict[str, Any]) -> None:
    """Fill a new activity's form from a planned topic (app.services.topics.session_draft)."""
    dialog.kind.set_value(draft["kind"])
    dialog.title_edit.setText(draft["title"])
    dialog.held_on.setDate(to_qdate(draft["held_on"]))
    dialog.platform.set_value(draft.get("platform_id"))
    dialog.topic_choice.set_record(draft["topic_id"], draft["title"])
    if draft["held_on"] > date.today():
        dialog.state.set_value(ActivityState.PLANNED)
