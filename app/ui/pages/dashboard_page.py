"""工作台: the first page a clerk sees — headline figures for a period and scope, charts, the drafted
statistics paragraph, and the suggestions past or near their deadline.

Every number comes from StatisticsService.summary (the same figures as exports and `stats --json`),
computed off the GUI thread; a newer request makes an older result stale, so it is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.scope import Scope
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import user_error_text
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_task
from app.ui.widgets.charts import MonthlyChart, PlatformChart
from app.ui.widgets.dashboard_cards import CARDS, card_figures, tr_card
from app.ui.widgets.detail_text import Section
from app.ui.widgets.figure_card import FigureCard
from app.ui.widgets.notice_banner import NoticeBanner
from app.ui.widgets.overdue_table import OverdueTable
from app.ui.widgets.period_series import build_series
from app.ui.widgets.scope_bar import ScopeBar

CARD_COLUMNS = 5
OVERDUE_ROWS = 300  # the most urgent; the 意见建议 list has them all
Loaded = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]


class DashboardPage(Page):
    key = "dashboard"
    title_text = QT_TRANSLATE_NOOP("Pages", "工作台")

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.figures: dict[str, Any] | None = None
        self.shown_scope: Scope | None = None
        self.task: TaskHandle | None = None
        self._generation = 0

        title = styled_label(self.title(), "pageTitle")
        self.busy = styled_label("", "pageHint")
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(
            styled_label(self.tr("本期主要数据，与导出、打印的统计口径一致"), "pageHint"),
            0,
            Qt.AlignmentFlag.AlignBottom,
        )
        heading.addStretch(1)
        heading.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(refresh)
        self.scope_bar = ScopeBar(services)
        self.scope_bar.changed.connect(self.refresh_figures)
        self.banner = NoticeBanner(self.tr("查看超期清单"))
        self.banner.action_requested.connect(self.show_overdue)

        self.cards: dict[str, FigureCard] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        for i, (key, caption) in enumerate(CARDS):
            card = FigureCard(tr_card(caption))
            self.cards[key] = card
            grid.addWidget(card, *divmod(i, CARD_COLUMNS))
        for card_column in range(CARD_COLUMNS):
            grid.setColumnStretch(card_column, 1)  # equal cards, whatever their numbers

        self.monthly = MonthlyChart()
        self.platforms = PlatformChart()
        charts = QHBoxLayout()
        charts.setSpacing(10)
        charts.addWidget(self.monthly, 3)
        charts.addWidget(self.platforms, 2)

        self.paragraph = QPlainTextEdit(readOnly=True)
        self.paragraph.setMinimumHeight(100)
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.setToolTip(self.tr("复制这段文字，粘贴到工作综述中再修改"))
        self.copy_button.clicked.connect(self.copy_paragraph)
        paragraph = Section(self.tr("统计段落（草稿）"))
        paragraph.add(self.paragraph)
        copy_row = QHBoxLayout()
        copy_row.addWidget(styled_label(self.tr("根据上面的数字自动起草，可复制后修改。"), "pageHint"))
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        paragraph.layout_.addLayout(copy_row)
        self.overdue = OverdueTable(services)
        self.overdue.changed.connect(lambda _id: self.refresh_figures())
        self.overdue.open_requested.connect(self.open_suggestion)
        self.overdue_section = Section(self.tr("超期与即将到期"))
        self.overdue_section.add(self.overdue)
        self.overdue_section.setMinimumHeight(215)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(paragraph, 2)
        bottom.addWidget(self.overdue_section, 3)
        self.open_dialogs: list[SuggestionDetailDialog] = []

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        column.addLayout(grid)
        column.addLayout(charts, 1)
        column.addLayout(bottom)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.scope_bar)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self.scroll_area = scroll

    # -- Page ---------------------------------------------------------------------------------
    def activate(self) -> None:
        """Shown again: records may have changed meanwhile, so the figures are recomputed."""
        self.refresh()

    def refresh(self) -> None:
        self.scope_bar.load_choices()
        self.refresh_figures()

    # -- figures ------------------------------------------------------------------------------
    def refresh_figures(self) -> None:
        try:
            scope = self.scope_bar.scope()
        except ServiceError as exc:
            self.busy.setText(exc.message)
            return
        self._generation += 1
        generation = self._generation
        self.busy.setText(self.tr("正在统计…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        statistics, followup = self.services.statistics, self.services.followup

        def work(_ctx: TaskContext) -> Loaded:
            return (
                statistics.summary(scope),
                followup.overdue(scope, limit=OVERDUE_ROWS),
                followup.due_soon(scope, limit=OVERDUE_ROWS),
            )

        self.task = run_task(
            work,
            on_result=lambda loaded: self._show(generation, scope, loaded),
            on_error=lambda error: self._failed(generation, error),
        )

    def _show(self, generation: int, scope: Scope, loaded: Loaded) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.unsetCursor()
        figures, overdue, due_soon = loaded
        self.figures, self.shown_scope = figures, scope
        self.overdue.set_rows(overdue, due_soon, (figures["overdue"], figures["due_soon"]))
        for key, (value, note) in card_figures(figures).items():
            alert = (key == "overdue" and figures["overdue"] > 0) or (
                key == "plan" and figures["topics"]["overdue"] > 0
            )
            self.cards[key].set_figure(value, note, alert=alert)
        series = build_series(
            figures["sessions_by_month"],
            figures["suggestions_by_month"],
            scope.date_from,
            scope.date_to,
            self.scope_bar.today,
        )
        self.monthly.set_data(
            series.labels,
            series.sessions,
            series.suggestions,
            self.tr("按季度统计") if series.by_quarter else self.tr("按月统计"),
        )
        self.platforms.set_data([(r["name"], r["sessions"]) for r in figures["sessions_by_platform"]])
        self.paragraph.setPlainText(self.services.statistics.draft_paragraph(figures))
        self.busy.setText(self.tr("统计范围：{scope}").format(scope=scope.describe()))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.unsetCursor()
        text = user_error_text(error)  # refused, or the environment (a damaged file is read-only now)
        if text is None:
            raise error  # our bug: the crash dialog shows it
        self.busy.setText(text)

    # -- the overdue list and the notice -----------------------------------------------------------
    def show_notice(self, text: str) -> None:
        self.banner.show_text(text)

    def show_overdue(self) -> None:
        self.overdue.overdue_button.setChecked(True)
        self.scroll_area.ensureWidgetVisible(self.overdue_section)

    def open_suggestion(self, suggestion_id: Any) -> SuggestionDetailDialog:
        dialog = SuggestionDetailDialog(self.services, suggestion_id, self)
        dialog.changed.connect(lambda _id: self.refresh_figures())
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.open_dialogs.remove(dialog))
        dialog.show()
        return dialog

    def copy_paragraph(self) -> None:
        QGuiApplication.clipboard().setText(self.paragraph.toPlainText())
        self.busy.setText(self.tr("统计段落已复制"))
