"""Create or edit a 协商议事活动: the record, who attended, other participants, minutes and consensus."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from app.models.enums import SessionForm, SessionState, TopicSource
from app.models.sessions import (
    ConsultationSession,
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
)
from app.services.crud import CrudService
from app.services.errors import ServiceError
from app.services.language import shown
from app.services.names import NameChoice
from app.services.sessions import participant_errors
from app.services.validation import number_range
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.attendance_editor import AttendanceEditor
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.name_combo import NameCombo
from app.ui.widgets.optional_date import make_date_edit, to_date, to_qdate
from app.ui.widgets.participants_editor import ParticipantsEditor
from app.ui.widgets.prerequisite import Prerequisite
from app.ui.widgets.record_chooser import RecordChooser
from app.ui.widgets.record_form import RecordForm
from app.ui.widgets.values import text_or_none


class SessionDialog(RecordDialog):
    create_schema = ConsultationSessionCreate
    update_schema = ConsultationSessionUpdate
    entity = "consultation_session"
    changes = (Change.SESSIONS,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.sessions

    def noun(self) -> str:
        return self.tr("协商议事活动")

    def build_form(self) -> None:
        self.setMinimumSize(640, 560)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("例如：老旧小区加装电梯怎么推进"))
        self.topic_source = ChoiceCombo()
        self.topic_source.set_enum(TopicSource)
        self.held_on = make_date_edit()
        self.platform = NameCombo(placeholder=self.tr("请选择站室组（可输入名称或拼音）"))
        self.platform_missing = Prerequisite(
            self.tr("还没有登记任何站室组：请先登记站室组，再登记协商议事活动。"),
            self.tr("登记站室组…"),
            self.new_platform,
        )
        platform_box = QWidget()
        column = QVBoxLayout(platform_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.platform)
        column.addWidget(self.platform_missing)
        self.load_platforms()
        changes.subscribe(self, {Change.PLATFORMS}, lambda _kinds: self.load_platforms())
        self.session_form = ChoiceCombo()
        self.session_form.set_enum(SessionForm)
        self.location = QLineEdit()
        self.convener = NameCombo(placeholder=self.tr("未指定（可输入姓名或拼音查找）"))
        self.convener.set_choices(self.services.members.name_choices(), none_label=self.tr("未指定"))
        self.host = QLineEdit()
        low, high, _unit = number_range("consultation_session", "resident_count")
        self.resident_count = QSpinBox(minimum=low - 1, maximum=high, value=low - 1)
        self.resident_count.setSpecialValueText(self.tr("未填写"))
        self.resident_count.setSuffix(self.tr(" 人"))
        self.resident_count.setToolTip(self.tr("{low}–{high} 人").format(low=low, high=high))
        self.state = ChoiceCombo()
        self.state.set_enum(SessionState)
        self.state_label = QLabel()
        f = self.form
        f.add("topic", self.tr("议题"), self.topic, required=True)
        f.add("topic_source", self.tr("议题来源"), self.topic_source, required=True)
        f.add("held_on", self.tr("活动时间"), self.held_on, required=True)
        f.add("platform_id", self.tr("站室组"), platform_box, required=True)
        f.add("form", self.tr("形式"), self.session_form)
        f.add("location", self.tr("地点"), self.location)
        f.add("convener_id", self.tr("召集人"), self.convener)
        f.add("host", self.tr("主持人"), self.host)
        f.add("resident_count", self.tr("群众代表人数"), self.resident_count)
        self.topic_choice = RecordChooser(self.services)
        self.topic_choice.set_noun("议题")
        f.add("topic_id", self.tr("所属议题"), self.topic_choice)
        if self.is_new:
            f.add("state", self.tr("状态"), self.state)
        else:
            f.add("state", self.tr("状态"), self.state_label)
            f.add_note(self.tr("状态在列表的“状态”菜单中变更。"))

        self.minutes = QPlainTextEdit()
        self.consensus = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.text_form = RecordForm(entity=self.entity)
        self.text_form.add("minutes", self.tr("会议纪要"), self.minutes)
        self.text_form.add("consensus", self.tr("形成共识"), self.consensus)
        self.text_form.add("notes", self.tr("备注"), self.notes)

        self.attendance = AttendanceEditor(self.services.members.name_choices, self._platform_members)
        self.participants = ParticipantsEditor()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("基本信息"))
        self.tabs.addTab(self.attendance, self.tr("参会委员"))
        self.tabs.addTab(self.participants, self.tr("其他参会人员"))
        self.tabs.addTab(self.text_form, self.tr("纪要与共识"))
        self._loaded_attendance: dict[uuid.UUID, Any] = {}
        self._loaded_speakers: set[uuid.UUID] = set()
        self._loaded_participants: list[Any] = []

    def body(self) -> QWidget:
        return self.tabs

    def _platform_members(self) -> list[NameChoice]:
        platform_id = self.platform.value()
        return self.services.members.name_choices(platform_id) if platform_id is not None else []

    def load_platforms(self) -> None:
        """The 站室组 to choose from; none at all says to register one first, with the button."""
        choices = self.services.platforms.name_choices()
        self.platform.set_choices(choices, none_label=self.tr("请选择站室组"))
        self.platform.setVisible(bool(choices) or self.record is not None)
        self.platform_missing.setVisible(not choices and self.record is None)

    def new_platform(self) -> PlatformDialog:
        dialog = PlatformDialog(self.services, None, self)
        dialog.accepted.connect(lambda: self.platform.set_value(dialog.saved_id))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def extra_errors(self) -> dict[str, str]:
        return participant_errors(self.participants.participants())

    def load(self, record: ConsultationSession) -> None:
        self.topic.setText(record.topic)
        self.topic_source.set_value(record.topic_source)
        self.held_on.setDate(to_qdate(record.held_on))
        self.platform.ensure_choice(record.platform_id, self.services.platforms.get(record.platform_id).name)
        self.session_form.set_value(record.form)
        self.location.setText(record.location or "")
        if record.convener_id is not None:
            self.convener.ensure_choice(
                record.convener_id, self.services.members.get(record.convener_id).name
            )
        self.host.setText(record.host or "")
        if record.topic_id is not None:
            self.topic_choice.set_record(record.topic_id, topic_title(self.services, record.topic_id))
        self.resident_count.setValue(record.resident_count if record.resident_count is not None else -1)
        self.state_label.setText(shown(record.state))
        self.minutes.setPlainText(record.minutes or "")
        self.consensus.setPlainText(record.consensus or "")
        self.notes.setPlainText(record.notes or "")
        rows = self.services.sessions.attendance(record.id)
        self.attendance.set_attendance(
            [(m.id, m.name, status) for m, status in rows], self.services.sessions.speakers(record.id)
        )
        self.participants.set_participants(
            [(p.kind, p.name, p.organization) for p in self.services.sessions.participants(record.id)]
        )
        self._loaded_attendance = self.attendance.attendance()
        self._loaded_speakers = self.attendance.speakers()
        self._loaded_participants = self.participants.participants()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "topic": self.topic.text(),
            "topic_source": self.topic_source.value(),
            "held_on": to_date(self.held_on.date()),
            "platform_id": self.platform.value(),
            "form": self.session_form.value(),
            "location": text_or_none(self.location),
            "convener_id": self.convener.value(),
            "host": text_or_none(self.host),
            "resident_count": self.resident_count.value() if self.resident_count.value() >= 0 else None,
            "minutes": text_or_none(self.minutes),
            "consensus": text_or_none(self.consensus),
            "notes": text_or_none(self.notes),
            "topic_id": self.topic_choice.record_id,
        }
        if self.is_new:
            values["state"] = self.state.value()
        return values

    def after_save(self, record_id: uuid.UUID) -> None:
        attendance, speakers = self.attendance.attendance(), self.attendance.speakers()
        if attendance != self._loaded_attendance or speakers != self._loaded_speakers:
            self.services.sessions.set_attendance(record_id, attendance, speakers)
            self._loaded_attendance, self._loaded_speakers = attendance, speakers
        participants = self.participants.participants()
        if participants != self._loaded_participants:
            self.services.sessions.set_participants(record_id, participants)
            self._loaded_participants = participants

    def clear_errors(self) -> None:
        super().clear_errors()
        self.text_form.clear_errors()
        self.attendance.show_error("")
        self.participants.show_error("")

    def show_errors(self, errors: dict[str, str], *, focus: bool = True) -> None:
        rest = self.text_form.show_errors(errors, focus=focus)
        attendance = {k: v for k, v in rest.items() if k == "attendance"}
        participants = {k: v for k, v in rest.items() if k.startswith("participant_")}
        self.attendance.show_error("；".join(attendance.values()))
        self.participants.show_error("；".join(participants.values()))
        others = {k: v for k, v in rest.items() if k not in attendance and k not in participants}
        super().show_errors(others, focus=focus)
        if not focus:
            return
        # Bring the first tab with a problem to the front.
        for tab, has_error in (
            (self.form, any(k in self.form.fields for k in others)),
            (self.attendance, bool(attendance)),
            (self.participants, bool(participants)),
            (self.text_form, len(rest) < len(errors)),
        ):
            if has_error:
                self.tabs.setCurrentWidget(tab)
                break


def topic_title(services: Any, topic_id: uuid.UUID) -> str:
    """A linked topic's title, or a note when the reader may not see it."""
    try:
        return str(services.topics.get(topic_id).title)
    except ServiceError:
        return QCoreApplication.translate("SessionDialog", "（无权查看的议题）")


def session_from_topic(dialog: SessionDialog, draft: dict[str, Any]) -> None:
    """Fill a new session's form from a planned topic (app.services.topics.session_draft)."""
    dialog.topic.setText(draft["topic"])
    dialog.topic_source.set_value(draft["topic_source"])
    dialog.held_on.setDate(to_qdate(draft["held_on"]))
    if draft.get("platform_id") is not None:
        dialog.platform.set_value(draft["platform_id"])
    dialog.topic_choice.set_record(draft["topic_id"], draft["topic"])
