"""Everything about one 意见建议: what was proposed, its handling, the evaluations and the timeline.

The 办理 menu records the next step right here; 编辑 opens the record dialog. Whatever is recorded is
published on the change bus; this window, the lists behind it and any other open window re-read from it.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SuggestionState, UnitRole, UserRole
from app.models.suggestions import Suggestion
from app.services.deadlines import Deadlines
from app.services.errors import ServiceError
from app.services.handling_feedback import ASPECT_ENGLISH, EVALUATION_ASPECTS
from app.services.hub import Services
from app.services.language import shown, shown_text
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.suggestion_dialog import SuggestionDialog
from app.ui.messages import render, show_error
from app.ui.screen_fit import resize_within_screen
from app.ui.style import styled_label
from app.ui.widgets.attachments_panel import AttachmentsPanel
from app.ui.widgets.detail_text import NO_VALUE, FieldGrid, Section, badge, text_section
from app.ui.widgets.handling_menu import HandlingButton, Target
from app.ui.widgets.timeline_view import TimelineView, entries_from_events

OPEN_STATES = (SuggestionState.ASSIGNED, SuggestionState.IN_PROGRESS)
WATCHED = {
    Change.SUGGESTIONS,
    Change.SESSIONS,
    Change.UNITS,
    Change.PLATFORMS,
    Change.MEMBERS,
    Change.ATTACHMENTS,
    Change.SETTINGS,
}


def _day(value: date | None) -> str:
    return value.isoformat() if value else NO_VALUE


class SuggestionDetailDialog(QDialog):
    def __init__(self, services: Services, suggestion_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.suggestion_id = suggestion_id
        resize_within_screen(self, 900, 680)
        self.setMinimumSize(640, 480)
        self.handling_button = HandlingButton(services, self, with_detail=False)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.open_edit)
        self.session_button = QPushButton(self.tr("所属活动…"))
        self.session_button.clicked.connect(self.open_session)
        self.typical = QCheckBox(self.tr("列为典型成果"))
        self.typical.setToolTip(
            self.tr("工作综述的“典型成果”一节只列选定的意见建议；一条也未选定时按默认规则选出")
        )
        self.typical.toggled.connect(self.set_typical)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.handling_button, self.edit_button, self.session_button):
            buttons.addWidget(button)
        buttons.addWidget(self.typical)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.header = QWidget()
        self.tabs = QTabWidget()
        self.timeline = TimelineView()
        self.details: QWidget | None = None
        self.attachments = AttachmentsPanel(services, suggestion_id=suggestion_id)
        self.attachments.changed.connect(self._attachments_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.reload()
        changes.subscribe(self, WATCHED, lambda _kinds: self._records_changed())

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        s = self.services.suggestions.get(self.suggestion_id)
        self.suggestion = s
        self.setWindowTitle(self.tr("意见建议：{title}").format(title=s.title))
        self._build_header(s)
        self.handling_button.set_target(
            Target(s.id, s.state, s.platform_id, archived=s.archived_at is not None)
        )
        may_edit = self.services.suggestions.change_refusal(s.model_dump()) is None
        self.edit_button.setText(self.tr("编辑…") if may_edit else self.tr("查看登记…"))
        self.session_button.setVisible(s.session_id is not None)
        with QSignalBlocker(self.typical):
            self.typical.setChecked(s.typical)
        self.typical.setEnabled(self.services.actor.role in (UserRole.ADMIN, UserRole.CLERK))
        current = self.tabs.currentIndex()
        self.tabs.clear()
        if self.details is not None:
            self.details.deleteLater()  # rebuilt from the fresh record
        self.details = self._details(s)
        self.tabs.addTab(self.details, self.tr("详情"))
        events = self.services.handling.timeline(s.id)
        self.timeline.set_entries(entries_from_events(events))
        self.tabs.addTab(self.timeline, self.tr("时间线（{n}）").format(n=len(events)))
        self.attachments.reload()
        self.tabs.addTab(self.attachments, self.attachments_title())
        self.tabs.setCurrentIndex(max(current, 0))

    def attachments_title(self) -> str:
        return self.tr("附件（{n}）").format(n=self.attachments.count())

    def _attachments_changed(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.attachments), self.attachments_title())

    def _build_header(self, s: Suggestion) -> None:
        old = self.header.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout so it is deleted with a throwaway widget
        row = QHBoxLayout(self.header)
        row.setContentsMargins(0, 0, 0, 0)
        title = styled_label(s.title, "pageTitle", wrap=True)
        row.addWidget(title, 1)
        if self.rules().is_overdue(s.state, s.due_on, s.replied_on):
            row.addWidget(badge(self.tr("超期"), "overdue"))
        if s.typical:
            row.addWidget(badge(self.tr("典型成果"), "concluded"))
        row.addWidget(badge(shown(s.state), s.state.value))

    def rules(self) -> Deadlines:
        return Deadlines(self.services.settings.get(), date.today())

    def deadline_text(self, s: Suggestion) -> str:
        if s.due_on is None:
            return NO_VALUE
        text = s.due_on.isoformat()
        if s.state not in OPEN_STATES or s.replied_on is not None:
            return text
        rules = self.rules()
        if rules.is_overdue(s.state, s.due_on, s.replied_on):
            late = rules.working_days_overdue(s.state, s.due_on, s.replied_on)
            return self.tr("{day}（已超期 {n} 个工作日）").format(day=text, n=late)
        return self.tr("{day}（剩余 {n} 个工作日）").format(day=text, n=rules.working_days_left(s.due_on))

    def _details(self, s: Suggestion) -> QWidget:
        units = self.services.handling.units(s.id)
        lead = next((u.name for u, role in units if role is UnitRole.LEAD), None)
        co = "、".join(u.name for u, role in units if role is UnitRole.CO) or None
        platform = self.services.platforms.get(s.platform_id).name if s.platform_id else None
        proposer = self.services.members.get(s.proposer_id).name if s.proposer_id else s.proposer_text
        session = self.services.sessions.get(s.session_id) if s.session_id else None
        basics = FieldGrid(
            [
                (self.tr("提出日期"), _day(s.raised_on)),
                (self.tr("提出人"), proposer),
                (
                    self.tr("类别"),
                    shown(s.category) + (self.tr("（反映问题类）") if s.reflects_problem else ""),
                ),
                (self.tr("站室组"), platform),
                (self.tr("所属活动"), f"{session.held_on.isoformat()}　{session.topic}" if session else None),
            ]
        )
        handling = FieldGrid(
            [
                (self.tr("主办单位"), lead),
                (self.tr("会办单位"), co),
                (self.tr("办理方式"), shown(s.handling_mode) or None),
                (self.tr("交办日期"), _day(s.assigned_on)),
                (self.tr("办理时限"), self.deadline_text(s)),
                (self.tr("答复日期"), _day(s.replied_on)),
                (self.tr("办理结果"), shown(s.result_class) or None),
                (self.tr("办结日期"), _day(s.concluded_on)),
                (self.tr("退办"), f"{_day(s.returned_on)}　{s.return_reason}" if s.returned_on else None),
            ]
        )
        ratings = {"eval_before": s.eval_before, "eval_during": s.eval_during, "eval_after": s.eval_after}
        labels = {field: shown(rating) or None for field, rating in ratings.items()}
        evaluation = FieldGrid(
            [(shown_text(label, ASPECT_ENGLISH), labels[field]) for field, label in EVALUATION_ASPECTS]
            + [
                (self.tr("委员评价日期"), _day(s.evaluated_on)),
                (self.tr("建议质量"), shown(s.quality_rating) or None),
                (self.tr("质量评价日期"), _day(s.quality_rated_on)),
            ]
        )
        instructions = self.services.handling.instructions(s.id)
        instruction_text = "\n".join(f"{i.given_on.isoformat()}　{i.leader}：{i.text}" for i in instructions)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        column.addWidget(Section(self.tr("基本情况"), basics))
        column.addWidget(text_section(self.tr("建议内容"), s.content, self.tr("未填写建议内容。")))
        column.addWidget(Section(self.tr("办理情况"), handling))
        column.addWidget(text_section(self.tr("答复"), s.reply, self.tr("尚未答复。")))
        column.addWidget(text_section(self.tr("落实情况"), s.implementation, self.tr("尚未办结。")))
        column.addWidget(
            text_section(
                self.tr("领导批示（{n} 件次）").format(n=len(instructions)),
                instruction_text,
                self.tr("没有领导批示。"),
            )
        )
        column.addWidget(Section(self.tr("双向评价"), evaluation))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    # -- acting ---------------------------------------------------------------------------------
    def set_typical(self, typical: bool) -> None:
        try:
            self.services.suggestions.set_typical(
                self.suggestion_id, typical, expected_version=self.suggestion.version
            )
        except ServiceError as exc:
            show_error(self, render(exc.message))
            self.reload()
            return
        changes.publish(Change.SUGGESTIONS)

    def _records_changed(self) -> None:
        try:
            self.reload()
        except ServiceError:
            self.close()  # no longer there for this reader

    def open_edit(self) -> SuggestionDialog | None:
        try:
            dialog = SuggestionDialog(self.services, self.suggestion_id, self)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_session(self) -> QDialog | None:
        if self.suggestion.session_id is None:
            return None
        from app.ui.dialogs.session_detail import SessionDetailDialog  # the two details open each other

        dialog = SessionDetailDialog(self.services, self.suggestion.session_id, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
