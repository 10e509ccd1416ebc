"""工作台: the first page a clerk sees — headline figures for a period and scope, charts, the drafted
statistics paragraph, and the suggestions past or near their deadline.

Every number comes from StatisticsService.summary (the same figures as exports and `stats --json`),
computed off the GUI thread; a newer request makes an older result stale, so it is dropped. Meanwhile
the page shows the figures last computed for the same scope (kept with the database, FigureCacheService),
marked with the time they were computed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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

from app.models.enums import AttendanceStatus, SessionForm, SessionState
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.scope import Scope
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_task
from app.ui.widgets.charts import MonthlyChart, PlatformChart
from app.ui.widgets.detail_text import Section
from app.ui.widgets.figure_card import FigureCard, count, percent
from app.ui.widgets.notice_banner import NoticeBanner
from app.ui.widgets.overdue_table import OverdueTable
from app.ui.widgets.period_series import build_series
from app.ui.widgets.scope_bar import ScopeBar

CARD_COLUMNS = 5
OVERDUE_ROWS = 300  # the most urgent; the 意见建议 list has them all
Loaded = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]
# (key, caption) of the headline cards, in reading order.
CARDS: list[tuple[str, str]] = [
    ("sessions", QT_TRANSLATE_NOOP("Dashboard", "已开展协商议事活动")),
    ("suggestions", QT_TRANSLATE_NOOP("Dashboard", "意见建议")),
    ("concluded_rate", QT_TRANSLATE_NOOP("Dashboard", "办结率")),
    ("on_time_rate", QT_TRANSLATE_NOOP("Dashboard", "按期办结率")),
    ("satisfaction_rate", QT_TRANSLATE_NOOP("Dashboard", "满意率")),
    ("leader_instructions", QT_TRANSLATE_NOOP("Dashboard", "领导批示")),
    ("problem_share", QT_TRANSLATE_NOOP("Dashboard", "反映问题类占比")),
    ("overdue", QT_TRANSLATE_NOOP("Dashboard", "超期未答复")),
    ("member_participation_rate", QT_TRANSLATE_NOOP("Dashboard", "委员参与率")),
    ("attendance_rate", QT_TRANSLATE_NOOP("Dashboard", "委员出席率")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def card_figures(f: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """(value, note) of every card, from the service's figures."""
    forms = f["sessions_held_by_form"]
    attendance = f["attendance"]
    return {
        "sessions": (
            _tr("{n} 次").format(n=count(f["sessions_held"])),
            _tr("不含筹备中 {p} 次").format(
                p=count(f["sessions_by_state"].get(SessionState.PLANNED.value, 0))
            )
            + "　"
            + "　".join(f"{m.label}{forms.get(m.value, 0)}" for m in SessionForm),
        ),
        "suggestions": (
            _tr("{n} 条").format(n=count(f["suggestions"])),
            _tr("已交办 {n} 条").format(n=count(f["suggestions_handed_out"])),
        ),
        "concluded_rate": (
            percent(f["concluded_rate"]),
            _tr("已办结 {a} / 已交办 {b}").format(
                a=count(f["suggestions_concluded"]), b=count(f["suggestions_handed_out"])
            ),
        ),
        "on_time_rate": (
            percent(f["on_time_rate"]),
            _tr("按期 {a} / 已办结 {b}").format(
                a=count(f["suggestions_concluded_on_time"]), b=count(f["suggestions_concluded"])
            ),
        ),
        "satisfaction_rate": (
            percent(f["satisfaction_rate"]),
            _tr("满意和基本满意 {a} / 已评价 {b}").format(a=count(f["satisfied"]), b=count(f["evaluated"])),
        ),
        "leader_instructions": (
            _tr("{n} 件次").format(n=count(f["leader_instructions"])),
            _tr("涉及意见建议 {n} 条").format(n=count(f["suggestions_with_instructions"])),
        ),
        "problem_share": (
            percent(f["problem_share"]),
            _tr("反映问题类 {a} / {b} 条").format(
                a=count(f["problem_suggestions"]), b=count(f["suggestions"])
            ),
        ),
        "overdue": (
            _tr("{n} 条").format(n=count(f["overdue"])),
            _tr("另有 {n} 条将在 {d} 个工作日内到期").format(n=count(f["due_soon"]), d=f["due_soon_days"]),
        ),
        "member_participation_rate": (
            percent(f["member_participation_rate"]),
            _tr("参加活动的委员 {a} / {b} 名").format(a=count(f["members_attending"]), b=count(f["members"])),
        ),
        "attendance_rate": (
            percent(f["attendance_rate"]),
            "　".join(f"{m.label}{attendance.get(m.value, 0)}" for m in AttendanceStatus),
        ),
    }


class DashboardPage(Page):
    key = "dashboard"
    title_text = QT_TRANSLATE_NOOP("Pages", "工作台")

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.figures: dict[str, Any] | None = None
        self.figures_fresh = False  # False while the figures shown are the cached ones
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
            card = FigureCard(_tr(caption))
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
        self._show_cached(scope)
        statistics, followup = self.services.statistics, self.services.followup
        cache = self.services.figure_cache

        def work(_ctx: TaskContext) -> Loaded:
            figures = statistics.summary(scope)
            cache.store(scope, figures)
            return (
                figures,
                followup.overdue(scope, limit=OVERDUE_ROWS),
                followup.due_soon(scope, limit=OVERDUE_ROWS),
            )

        self.task = run_task(
            work,
            on_result=lambda loaded: self._show(generation, scope, loaded),
            on_error=lambda error: self._failed(generation, error),
        )

    def _show_cached(self, scope: Scope) -> None:
        """The figures last computed for this scope, if any, marked with their time."""
        cached = self.services.figure_cache.load(scope)
        if cached is None:
            return
        self._show_figures(scope, cached.figures)
        self.figures_fresh = False
        when = cached.computed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.busy.setText(self.tr("显示的是 {time} 的统计结果，正在重新统计…").format(time=when))

    def _show(self, generation: int, scope: Scope, loaded: Loaded) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.unsetCursor()
        figures, overdue, due_soon = loaded
        self.overdue.set_rows(overdue, due_soon, (figures["overdue"], figures["due_soon"]))
        self._show_figures(scope, figures)
        self.busy.setText(self.tr("统计范围：{scope}").format(scope=scope.describe()))

    def _show_figures(self, scope: Scope, figures: dict[str, Any]) -> None:
        self.figures, self.shown_scope, self.figures_fresh = figures, scope, True
        for key, (value, note) in card_figures(figures).items():
            self.cards[key].set_figure(value, note, alert=key == "overdue" and figures["overdue"] > 0)
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

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.unsetCursor()
        if not isinstance(error, ServiceError):
            raise error  # our bug: the crash dialog shows it
        self.busy.setText(error.message)

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
