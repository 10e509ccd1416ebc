"""Create or edit a 意见建议: what was proposed, by whom, and where it came from."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SuggestionCategory
from app.models.suggestions import Suggestion, SuggestionCreate, SuggestionUpdate
from app.services.activity_kinds import KIND_ENGLISH
from app.services.crud import CrudService
from app.services.language import shown_text
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.name_combo import NameCombo
from app.ui.widgets.optional_date import OptionalDateEdit
from app.ui.widgets.prerequisite import Prerequisite
from app.ui.widgets.record_chooser import SOURCES, RecordChooser, RecordPicker
from app.ui.widgets.values import text_or_none


class SuggestionDialog(RecordDialog):
    create_schema = SuggestionCreate
    update_schema = SuggestionUpdate
    entity = "suggestion"
    changes = (Change.SUGGESTIONS, Change.SESSIONS)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.suggestions

    def noun(self) -> str:
        return self.tr("意见建议")

    def build_form(self) -> None:
        self.setMinimumWidth(600)
        self.title_edit = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(110)
        self.category = ChoiceCombo()
        self.category.set_enum(SuggestionCategory)
        self.reflects_problem = QCheckBox(self.tr("反映问题类"))
        self.reflects_problem.setChecked(True)

        self.from_session = QRadioButton(self.tr("来自协商议事活动"))
        self.from_activity = QRadioButton(self.tr("来自履职活动（视察、民主监督等）"))
        self.from_platform = QRadioButton(self.tr("直接登记到站室组"))
        self.source_group = QButtonGroup(self)
        self.source_group.addButton(self.from_session)
        self.source_group.addButton(self.from_activity)
        self.source_group.addButton(self.from_platform)
        source = QWidget()
        row = QHBoxLayout(source)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.from_session)
        row.addWidget(self.from_activity)
        row.addWidget(self.from_platform)
        row.addStretch(1)
        self.activity = RecordChooser(self.services)
        self.activity.set_noun("履职活动")
        self.activity.changed.connect(
            lambda: self.from_activity.setChecked(True) if self.activity.record_id else None
        )

        self.session_id: uuid.UUID | None = None
        self.session_text = QLineEdit(readOnly=True, placeholderText=self.tr("尚未选择"))
        self.pick_session_button = QPushButton(self.tr("选择…"))
        self.pick_session_button.clicked.connect(self.pick_session)
        session_row = QWidget()
        row = QHBoxLayout(session_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.session_text, 1)
        row.addWidget(self.pick_session_button)

        self.platform = NameCombo(placeholder=self.tr("请选择站室组（可输入名称或拼音）"))
        self.platform_missing = Prerequisite(
            self.tr("还没有登记任何站室组：请先登记站室组。"), self.tr("登记站室组…"), self.new_platform
        )
        platform_box = QWidget()
        column = QVBoxLayout(platform_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.platform)
        column.addWidget(self.platform_missing)
        self.load_platforms()
        changes.subscribe(self, {Change.PLATFORMS}, lambda _kinds: self.load_platforms())
        self.raised_on = OptionalDateEdit(self.tr("已填写（不填则用活动日期）"))
        self.proposer = NameCombo(placeholder=self.tr("未指定委员（可输入姓名或拼音查找）"))
        self.proposer.set_choices(self.services.members.name_choices(), none_label=self.tr("未指定委员"))
        self.proposer_text = QLineEdit()
        self.proposer_text.setPlaceholderText(self.tr("非委员提出时填写，例如：胜利路社区居民"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        f = self.form
        f.add("title", self.tr("建议标题"), self.title_edit, required=True)
        f.add("content", self.tr("建议内容"), self.content)
        f.add("category", self.tr("类别"), self.category)
        f.add("reflects_problem", self.tr("性质"), self.reflects_problem)
        f.add("source", self.tr("来源"), source)
        f.add("session_id", self.tr("所属活动"), session_row)
        f.add("activity_id", self.tr("所属履职活动"), self.activity)
        f.add("platform_id", self.tr("站室组"), platform_box)
        f.add("raised_on", self.tr("提出日期"), self.raised_on)
        f.add("proposer_id", self.tr("提出委员"), self.proposer)
        f.add("proposer_text", self.tr("其他提出人"), self.proposer_text)
        f.add("notes", self.tr("备注"), self.notes)
        for button in (self.from_session, self.from_activity, self.from_platform):
            button.toggled.connect(self._source_changed)
        self.from_session.setChecked(True)

    def _source_changed(self) -> None:
        by_session = self.from_session.isChecked()
        self.session_text.setEnabled(by_session)
        self.pick_session_button.setEnabled(by_session)
        self.activity.setEnabled(self.from_activity.isChecked())
        self.platform.setEnabled(self.from_platform.isChecked())
        self.platform_missing.setEnabled(self.from_platform.isChecked())

    def load_platforms(self) -> None:
        """The 站室组 to choose from; none at all says to register one first, with the button."""
        choices = self.services.platforms.name_choices()
        self.platform.set_choices(choices, none_label=self.tr("请选择站室组"))
        self.platform_missing.setVisible(not choices and self.record is None)
        self.platform.setVisible(bool(choices) or self.record is not None)

    def new_platform(self) -> PlatformDialog:
        dialog = PlatformDialog(self.services, None, self)
        dialog.accepted.connect(lambda: self.platform.set_value(dialog.saved_id))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def pick_session(self) -> RecordPicker:
        picker = RecordPicker(self.services, SOURCES["协商议事活动"], self)
        picker.accepted.connect(lambda: self.set_session(*picker.chosen) if picker.chosen else None)
        picker.finished.connect(lambda _r: picker.deleteLater())
        picker.open()
        return picker

    def set_session(self, session_id: uuid.UUID | None, text: str = "") -> None:
        self.session_id = session_id
        self.session_text.setText(text)
        if session_id is not None:
            self.from_session.setChecked(True)

    def set_activity(self, activity_id: uuid.UUID) -> None:
        """The 履职活动 the suggestion came from (a new one from an activity's dialog starts with it)."""
        activity = self.services.activities.get(activity_id)
        labels = self.services.activities.kind_labels()
        kind = shown_text(labels.get(activity.kind, activity.kind), KIND_ENGLISH)
        label = f"{activity.held_on.isoformat()}　{kind}：{activity.title}"
        self.activity.set_record(activity.id, label)
        self.from_activity.setChecked(True)

    def load(self, record: Suggestion) -> None:
        self.title_edit.setText(record.title)
        self.content.setPlainText(record.content or "")
        self.category.set_value(record.category)
        self.reflects_problem.setChecked(record.reflects_problem)
        if record.session_id is not None:
            parent = self.services.sessions.get(record.session_id)
            self.set_session(parent.id, f"{parent.held_on.isoformat()}　{parent.topic}")
        elif record.activity_id is not None:
            self.set_activity(record.activity_id)
        else:
            self.from_platform.setChecked(True)
        if record.platform_id is not None:
            self.platform.ensure_choice(
                record.platform_id, self.services.platforms.get(record.platform_id).name
            )
        self.raised_on.set_value(record.raised_on)
        if record.proposer_id is not None:
            self.proposer.ensure_choice(
                record.proposer_id, self.services.members.get(record.proposer_id).name
            )
        self.proposer_text.setText(record.proposer_text or "")
        self.notes.setPlainText(record.notes or "")

    def values(self) -> dict[str, Any]:
        by_session = self.from_session.isChecked()
        by_activity = self.from_activity.isChecked()
        values: dict[str, Any] = {
            "title": self.title_edit.text(),
            "content": text_or_none(self.content),
            "category": self.category.value(),
            "reflects_problem": self.reflects_problem.isChecked(),
            "session_id": self.session_id if by_session else None,
            "activity_id": self.activity.record_id if by_activity else None,
            "platform_id": self.platform.value() if self.from_platform.isChecked() else None,
            "raised_on": self.raised_on.value(),
            "proposer_id": self.proposer.value(),
            "proposer_text": text_or_none(self.proposer_text),
            "notes": text_or_none(self.notes),
        }
        return values

    def show_errors(self, errors: dict[str, str], *, focus: bool = True) -> None:
        # Without a session the service asks for a platform; say what is missing in this mode instead.
        if self.from_session.isChecked() and "platform_id" in errors and self.session_id is None:
            errors = {**errors, "session_id": self.tr("请选择所属协商议事活动")}
            errors.pop("platform_id")
        if self.from_activity.isChecked() and "platform_id" in errors and self.activity.record_id is None:
            errors = {**errors, "activity_id": self.tr("请选择所属履职活动")}
            errors.pop("platform_id")
        super().show_errors(errors, focus=focus)
