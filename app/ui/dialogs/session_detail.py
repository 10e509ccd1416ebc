"""Everything about one 协商议事活动 in one window: the record, who took part, minutes and consensus,
its suggestions with their handling, attachments and the whole timeline.

Opened from the 协商议事 list (double-click or Enter) and from a suggestion's detail; 编辑 opens the
record dialog. The window re-reads whenever the change bus says sessions, suggestions or attachments
changed, wherever the change was made.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import AttendanceStatus, ParticipantKind, SessionState
from app.models.sessions import ConsultationSession
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.language import shown
from app.services.subjects import Subject, SubjectKind
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.results_report_dialog import ResultsReportDialog
from app.ui.dialogs.session_dialog import SessionDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.dialogs.suggestion_dialog import SuggestionDialog
from app.ui.messages import render, show_error
from app.ui.screen_fit import resize_within_screen
from app.ui.style import styled_label
from app.ui.widgets.attachments_panel import AttachmentsPanel
from app.ui.widgets.detail_text import NO_VALUE, FieldGrid, Section, badge, text_section
from app.ui.widgets.results_panel import ResultsPanel
from app.ui.widgets.session_suggestions import SessionSuggestions
from app.ui.widgets.timeline_view import SESSION_COLOUR, TimelineEntry, TimelineView, entries_from_events

WATCHED = {Change.SESSIONS, Change.SUGGESTIONS, Change.ATTACHMENTS, Change.PLATFORMS, Change.MEMBERS}


class SessionDetailDialog(QDialog):
    def __init__(self, services: Services, session_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        resize_within_screen(self, 1000, 720)
        self.setMinimumSize(680, 480)
        self.header = QWidget()
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.open_edit)
        self.add_suggestion_button = QPushButton(self.tr("登记意见建议…"))
        self.add_suggestion_button.clicked.connect(self.open_new_suggestion)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_suggestion_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.suggestions = SessionSuggestions(services, session_id)
        self.suggestions.open_requested.connect(self.open_suggestion)
        self.results = ResultsPanel(services, Subject(SubjectKind.SESSION, session_id), "")
        self.results.changed.connect(lambda: changes.publish(Change.SESSIONS))
        self.results.report_requested.connect(self.open_new_report)
        self.attachments = AttachmentsPanel(services, session_id=session_id)
        self.attachments.changed.connect(self._attachments_changed)
        self.timeline = TimelineView()
        self.tabs = QTabWidget()
        self.overview: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.reload()
        changes.subscribe(self, WATCHED, lambda _kinds: self._records_changed())

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        record = self.services.sessions.get(self.session_id)
        self.record = record
        self.setWindowTitle(self.tr("协商议事活动：{topic}").format(topic=record.topic))
        may_edit = self.services.sessions.change_refusal(record.model_dump()) is None
        self.edit_button.setText(self.tr("编辑…") if may_edit else self.tr("查看登记…"))
        refusal = self.services.suggestions.change_refusal({"platform_id": record.platform_id})
        self.add_suggestion_button.setEnabled(refusal is None)
        self.add_suggestion_button.setToolTip(refusal or "")
        self._build_header(record)
        current = self.tabs.currentIndex()
        while self.tabs.count():
            self.tabs.removeTab(0)
        if self.overview is not None:
            self.overview.deleteLater()  # rebuilt from the fresh record
        self.overview = self._overview(record)
        self.tabs.addTab(self.overview, self.tr("概况"))
        self.suggestions.reload()
        self.suggestion_rows = self.suggestions.rows()
        self.tabs.addTab(self.suggestions, self.tr("意见建议（{n}）").format(n=len(self.suggestion_rows)))
        self.results.about = record.topic
        self.results.reload()
        self.tabs.addTab(self.results, self.tr("成果运用"))
        self.attachments.reload()
        self.tabs.addTab(self.attachments, self.attachments_title())
        entries = self.timeline_entries()
        self.timeline.set_entries(entries)
        self.tabs.addTab(self.timeline, self.tr("时间线（{n}）").format(n=len(entries)))
        self.tabs.setCurrentIndex(max(current, 0))

    def attachments_title(self) -> str:
        return self.tr("附件（{n}）").format(n=self.attachments.count())

    def _attachments_changed(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.attachments), self.attachments_title())

    def timeline_entries(self) -> list[TimelineEntry]:
        """The session itself (from its record), then every event of its suggestions."""
        r = self.record
        held = r.state is not SessionState.PLANNED
        present = len(self.attendance_lists()[AttendanceStatus.PRESENT])
        text = self.tr("{form}，地点：{place}").format(form=shown(r.form), place=r.location or NO_VALUE)
        if held:
            text += self.tr("；出席委员 {n} 人").format(n=present)
        convener = self.services.members.get(r.convener_id).name if r.convener_id else ""
        entries: list[TimelineEntry] = [
            TimelineEntry(
                r.held_on,
                self.tr("召开") if held else self.tr("计划召开"),
                text,
                r.host or convener,
                colour=SESSION_COLOUR,
            )
        ]
        for row in self.suggestion_rows:
            entries += entries_from_events(self.services.handling.timeline(row["id"]), row["title"])
        return entries

    def _build_header(self, record: ConsultationSession) -> None:
        old = self.header.layout()
        if old is not None:
            QWidget().setLayout(old)  # hand the old layout to a throwaway widget so it is deleted
        platform = self.services.platforms.get(record.platform_id)
        column = QVBoxLayout(self.header)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(styled_label(record.topic, "pageTitle", wrap=True), 1)
        row.addWidget(badge(shown(record.state), record.state.value))
        column.addLayout(row)
        facts = [
            record.held_on.isoformat(),
            platform.name,
            platform.district,
            shown(record.form),
            shown(record.topic_source),
        ]
        column.addWidget(styled_label("　·　".join(f for f in facts if f), "pageHint", wrap=True))

    def _overview(self, record: ConsultationSession) -> QWidget:
        platform = self.services.platforms.get(record.platform_id)
        convener = self.services.members.get(record.convener_id).name if record.convener_id else None
        basics = FieldGrid(
            [
                (self.tr("议题"), record.topic),
                (self.tr("议题来源"), shown(record.topic_source)),
                (self.tr("活动时间"), record.held_on.isoformat()),
                (self.tr("形式"), shown(record.form)),
                (self.tr("地点"), record.location),
                (self.tr("站室组"), f"{platform.name}（{shown(platform.kind)}）"),
                (self.tr("县区"), platform.district),
                (self.tr("召集人"), convener),
                (self.tr("主持人"), record.host),
                (
                    self.tr("群众代表"),
                    self.tr("{n} 人").format(n=record.resident_count)
                    if record.resident_count is not None
                    else None,
                ),
            ]
        )
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        column.addWidget(Section(self.tr("基本情况"), basics))
        column.addWidget(self._attendance())
        column.addWidget(self._participants())
        column.addWidget(text_section(self.tr("会议纪要"), record.minutes, self.tr("尚未录入会议纪要。")))
        column.addWidget(text_section(self.tr("形成共识"), record.consensus, self.tr("尚未录入形成的共识。")))
        if record.notes:
            column.addWidget(text_section(self.tr("备注"), record.notes, ""))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def attendance_lists(self) -> dict[AttendanceStatus, list[str]]:
        lists: dict[AttendanceStatus, list[str]] = {s: [] for s in AttendanceStatus}
        for member, status in self.services.sessions.attendance(self.session_id):
            lists[status].append(member.name)
        return lists

    def _attendance(self) -> Section:
        lists = self.attendance_lists()
        rows = [
            (f"{shown(status)}（{len(names)}）", "、".join(names) or NO_VALUE)
            for status, names in lists.items()
        ]
        return Section(self.tr("参会委员"), FieldGrid(rows, columns=1))

    def _participants(self) -> Section:
        by_kind: dict[ParticipantKind, list[str]] = defaultdict(list)
        for p in self.services.sessions.participants(self.session_id):
            by_kind[p.kind].append(f"{p.name}（{p.organization}）" if p.organization else p.name)
        rows = [(f"{shown(kind)}（{len(by_kind[kind])}）", "、".join(by_kind[kind])) for kind in by_kind]
        if not rows:
            return Section(self.tr("其他参会人员"), styled_label(self.tr("未登记其他参会人员。"), "pageHint"))
        return Section(self.tr("其他参会人员"), FieldGrid(rows, columns=1))

    def _records_changed(self) -> None:
        try:
            self.reload()
        except ServiceError:
            self.close()  # the session is no longer there for this reader

    # -- acting ---------------------------------------------------------------------------------
    def open_edit(self) -> SessionDialog | None:
        try:
            dialog = SessionDialog(self.services, self.session_id, self)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_new_suggestion(self) -> SuggestionDialog:
        dialog = SuggestionDialog(self.services, None, self)
        dialog.set_session(self.session_id, f"{self.record.held_on.isoformat()}　{self.record.topic}")
        dialog.mark_clean()  # the session was given, not typed
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_new_report(self) -> ResultsReportDialog:
        """登记协商专报 on this session (from the 成果运用 tab)."""
        dialog = ResultsReportDialog(self.services, None, self)
        dialog.set_about(session_id=self.session_id, title=self.record.topic)
        dialog.accepted.connect(lambda: changes.publish(Change.SESSIONS))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_suggestion(self, suggestion_id: uuid.UUID) -> SuggestionDetailDialog:
        dialog = SuggestionDetailDialog(self.services, suggestion_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
