"""One member's duty record for a period: the figures, and the sessions and suggestions behind them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.duty import DutyDetail
from app.services.hub import Services
from app.services.scope import Scope
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.screen_fit import resize_within_screen
from app.ui.style import styled_label
from app.ui.widgets.detail_text import FieldGrid, badge


def _table(headers: list[str], rows: list[list[str]], stretch: int) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class MemberDutyDialog(QDialog):
    def __init__(
        self, services: Services, member_id: uuid.UUID, scope: Scope, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.scope = scope
        self.detail: DutyDetail = services.duty.detail(member_id, scope)
        record = self.detail.record
        self.setWindowTitle(self.tr("履职档案：{name}").format(name=record.name))
        resize_within_screen(self, 860, 600)
        heading = QHBoxLayout()
        heading.addWidget(styled_label(record.name, "pageTitle"))
        heading.addSpacing(10)
        facts = "　·　".join(t for t in (record.gender, record.sector, record.party) if t)
        heading.addWidget(styled_label(facts, "pageHint"))
        heading.addStretch(1)
        if record.below_threshold:
            heading.addWidget(badge(self.tr("告诫提醒"), "overdue"))
        figures = FieldGrid(
            [
                (self.tr("统计范围"), scope.describe()),
                (self.tr("所在站室组"), "、".join(record.platforms)),
                (self.tr("出席"), self.tr("{n} 次").format(n=record.sessions_attended)),
                (self.tr("请假"), self.tr("{n} 次").format(n=record.sessions_excused)),
                (self.tr("缺席"), self.tr("{n} 次").format(n=record.sessions_absent)),
                (self.tr("提出意见建议"), self.tr("{n} 条").format(n=record.suggestions_raised)),
                (self.tr("召集活动"), self.tr("{n} 次").format(n=record.sessions_convened)),
                (self.tr("视察调研"), self.tr("{n} 次").format(n=record.visits)),
            ],
            columns=2,
        )
        self.sessions = _table(
            [self.tr("日期"), self.tr("议题"), self.tr("站室组"), self.tr("形式"), self.tr("参加情况")],
            [
                [
                    s.held_on.isoformat(),
                    s.topic,
                    s.platform_name,
                    s.form,
                    "、".join(t for t in (s.attendance, self.tr("召集") if s.convened else None) if t),
                ]
                for s in self.detail.sessions
            ],
            stretch=1,
        )
        self.sessions.cellDoubleClicked.connect(lambda r, _c: self.open_session(r))
        self.suggestions = _table(
            [self.tr("提出日期"), self.tr("建议标题"), self.tr("站室组"), self.tr("状态")],
            [
                [s.raised_on.isoformat() if s.raised_on else "", s.title, s.platform_name or "", s.state]
                for s in self.detail.suggestions
            ],
            stretch=1,
        )
        self.suggestions.cellDoubleClicked.connect(lambda r, _c: self.open_suggestion(r))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("参加的活动（{n}）").format(n=len(self.detail.sessions)))
        self.tabs.addTab(
            self.suggestions, self.tr("提出的意见建议（{n}）").format(n=len(self.detail.suggestions))
        )
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(styled_label(self.tr("双击活动或建议查看详情。"), "pageHint"))
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(heading)
        if record.reasons:
            reasons = styled_label("；".join(record.reasons), "fieldError", wrap=True)
            layout.addWidget(reasons)
        layout.addWidget(figures)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def open_session(self, row: int) -> QDialog:
        dialog = SessionDetailDialog(self.services, self.detail.sessions[row].session_id, self)
        return self._show(dialog)

    def open_suggestion(self, row: int) -> QDialog:
        dialog = SuggestionDetailDialog(self.services, self.detail.suggestions[row].suggestion_id, self)
        return self._show(dialog)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
