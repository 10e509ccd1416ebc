"""One member's duty record for a period: the figures, the sessions, 履职活动 and suggestions behind them,
and the 履职积分 with the record behind each point."""

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

from app.services.activity_kinds import KIND_ENGLISH
from app.services.duty import DutyDetail
from app.services.hub import Services
from app.services.language import either, shown, shown_text
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
        heading.addWidget(badge(shown(record.grade), "held"))
        if record.below_threshold:
            heading.addWidget(badge(self.tr("告诫提醒"), "overdue"))
        figures = FieldGrid(
            [
                (self.tr("统计范围"), either(scope.describe(), scope.describe_english())),
                (self.tr("所在站室组"), "、".join(record.platforms)),
                (self.tr("出席"), self.tr("{n} 次").format(n=record.sessions_attended)),
                (self.tr("请假"), self.tr("{n} 次").format(n=record.sessions_excused)),
                (self.tr("缺席"), self.tr("{n} 次").format(n=record.sessions_absent)),
                (self.tr("提出意见建议"), self.tr("{n} 条").format(n=record.suggestions_raised)),
                (self.tr("召集活动"), self.tr("{n} 次").format(n=record.sessions_convened)),
                (self.tr("视察调研"), self.tr("{n} 次").format(n=record.visits)),
                (
                    self.tr("各类履职活动"),
                    self.tr("出席 {a} 次，无故缺席 {b} 次").format(
                        a=record.activities_attended, b=record.activities_absent
                    ),
                ),
                (
                    self.tr("社情民意 / 调研报告"),
                    self.tr("报送 {a} 条（采用 {b}） / 执笔 {c} 篇（采用 {d}）").format(
                        a=record.opinions_submitted,
                        b=record.opinions_adopted,
                        c=record.reports_written,
                        d=record.reports_adopted,
                    ),
                ),
                (
                    self.tr("履职积分"),
                    self.tr("{n} 分（扣分 {d}）").format(n=record.points, d=record.points_deducted),
                ),
                (self.tr("履职评价"), shown(record.grade)),
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
        labels = self.detail.labels
        self.activities = _table(
            [self.tr("日期"), self.tr("类型"), self.tr("活动"), self.tr("组织层级"), self.tr("参加情况")],
            [
                [
                    a.held_on.isoformat(),
                    shown_text(a.kind_label, KIND_ENGLISH),
                    a.title,
                    a.place,
                    "、".join(
                        t
                        for t in (
                            a.attendance,
                            self.tr("发言") if a.spoke else None,
                            self.tr("牵头") if a.convened else None,
                        )
                        if t
                    ),
                ]
                for a in self.detail.activities
            ],
            stretch=2,
        )
        by_kind = self.tr("，").join(
            self.tr("{kind} {n} 分").format(kind=labels.get(c, c), n=n)
            for c, n in record.points_by_category.items()
            if n
        ) or self.tr("无")
        self.points_summary = styled_label(
            self.tr(
                "履职积分 {n} 分：{parts}。积分按“设置 → 履职积分”中的规则由各项履职记录自动计算。"
            ).format(n=record.points, parts=by_kind),
            "pageHint",
            wrap=True,
        )
        self.points = _table(
            [
                self.tr("日期"),
                self.tr("类别"),
                self.tr("履职记录"),
                self.tr("计分项"),
                self.tr("积分"),
                self.tr("说明"),
            ],
            [
                [
                    i.on.isoformat(),
                    labels.get(i.category, i.category),
                    i.title,
                    shown(i.role),
                    f"{i.points:+d}",
                    self.tr("已达上限（原 {n} 分）").format(n=i.full) if i.capped else "",
                ]
                for i in self.detail.points
            ],
            stretch=2,
        )
        points_box = QWidget()
        points_layout = QVBoxLayout(points_box)
        points_layout.setContentsMargins(0, 6, 0, 0)
        points_layout.addWidget(self.points_summary)
        points_layout.addWidget(self.points, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("参加的活动（{n}）").format(n=len(self.detail.sessions)))
        self.tabs.addTab(
            self.activities, self.tr("其他履职活动（{n}）").format(n=len(self.detail.activities))
        )
        self.tabs.addTab(
            self.suggestions, self.tr("提出的意见建议（{n}）").format(n=len(self.detail.suggestions))
        )
        self.tabs.addTab(points_box, self.tr("履职积分（{n} 分）").format(n=record.points))
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
