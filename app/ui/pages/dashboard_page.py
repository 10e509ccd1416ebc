"""工作台: the first page a clerk sees — headline figures for a period and scope, charts, the drafted
statistics paragraph, and the suggestions past or near their deadline. Until the first session is
recorded it shows the 开始使用 guide instead (and, on an empty database, the demo).

Every number comes from StatisticsService.summary (the same figures as exports and `stats --json`),
computed off the GUI thread; a newer request makes an older result stale, so it is dropped. Meanwhile
the page shows the figures last computed for the same scope (kept with the database, FigureCacheService),
marked with the time they were computed. The page re-reads when the change bus says records changed.
It fits a 1366×768 laptop without scrolling (and a 1024×700 window: the charts give way first); the
whole overdue list opens in its own window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import permissions
from app.services.errors import ServiceError
from app.services.getting_started import StartProgress
from app.services.hub import Services
from app.services.language import either, shown
from app.services.scope import Scope
from app.ui import changes
from app.ui.changes import EVERYTHING, Change
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.office_name_dialog import OfficeNameDialog
from app.ui.dialogs.overdue_list import DUE_SOON, OVERDUE, OverdueListDialog
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.dialogs.session_dialog import SessionDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import confirm, render, show_error, show_info, user_error_text
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_task, run_with_progress
from app.ui.widgets.charts import MonthlyChart, PlatformChart
from app.ui.widgets.dashboard_cards import CARDS, card_figures, tr_card
from app.ui.widgets.detail_text import Section
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.figure_card import FigureCard
from app.ui.widgets.give_way import GiveWayArea
from app.ui.widgets.notice_banner import NoticeBanner
from app.ui.widgets.overdue_table import OverdueTable
from app.ui.widgets.period_series import build_series
from app.ui.widgets.scope_bar import ScopeBar
from app.ui.widgets.start_guide import StartGuide

if TYPE_CHECKING:
    from app.services.demo import DemoResult

CARD_COLUMNS = 5
CARDS_PER_TAB = 2 * CARD_COLUMNS
OVERDUE_ROWS = 300  # the most urgent; the 意见建议 list has them all
# figures, the most urgent overdue and due-soon rows, the start guide's progress, why 载入演示数据 is refused
Loaded = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], StartProgress, str | None]
WATCHED = EVERYTHING - {Change.ACCOUNTS}


class DashboardPage(Page):
    key = "dashboard"
    title_text = QT_TRANSLATE_NOOP("Pages", "工作台")

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.figures: dict[str, Any] | None = None
        self.progress: StartProgress | None = None
        self.figures_fresh = False  # False while the figures shown are the cached ones
        self.shown_scope: Scope | None = None
        self.task: TaskHandle | None = None
        self.stale = False
        self._generation = 0

        title = styled_label(self.title(), "pageTitle")
        self.busy = ElidedLabel("")
        self.busy.setObjectName("pageHint")
        self.busy.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setToolTip(self.tr("重新统计（F5）"))
        refresh.clicked.connect(self.refresh)
        hint = ElidedLabel(self.tr("本期主要数据，与导出、打印的统计口径一致"))
        hint.setObjectName("pageHint")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(hint, 2, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.busy, 3, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(refresh)
        self.scope_bar = ScopeBar(services)
        self.scope_bar.changed.connect(self.refresh_figures)
        self.banner = NoticeBanner(self.tr("查看超期清单"))
        self.banner.action_requested.connect(self.show_overdue)
        self.holiday_banner = NoticeBanner(self.tr("录入节假日…"))
        self.holiday_banner.action_requested.connect(self.enter_holidays)
        self.missing_year: int | None = None

        # Two rows of cards per tab: 协商议事与办理 first, then the rest of the cycle (a laptop's height).
        self.cards: dict[str, FigureCard] = {}
        self.card_tabs = QTabWidget()
        self.card_tabs.setDocumentMode(True)
        for start, label in ((0, self.tr("协商议事与办理")), (CARDS_PER_TAB, self.tr("履职活动与成果"))):
            tab = QWidget()
            grid = QGridLayout(tab)
            grid.setContentsMargins(0, 4, 0, 0)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(10)
            for i, (key, caption) in enumerate(CARDS[start : start + CARDS_PER_TAB]):
                card = FigureCard(tr_card(caption))
                self.cards[key] = card
                grid.addWidget(card, *divmod(i, CARD_COLUMNS))
            for card_column in range(CARD_COLUMNS):
                grid.setColumnStretch(card_column, 1)  # equal cards, whatever their numbers
            self.card_tabs.addTab(tab, label)
        self.cards["overdue"].clicked.connect(self.show_overdue)

        self.monthly = MonthlyChart()
        self.platforms = PlatformChart()
        self.charts = QWidget()
        charts = QHBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(10)
        charts.addWidget(self.monthly, 3)
        charts.addWidget(self.platforms, 2)

        self.paragraph = QPlainTextEdit(readOnly=True)
        self.paragraph.setMinimumHeight(90)
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.setToolTip(self.tr("复制这段文字，粘贴到工作综述中再修改"))
        self.copy_button.clicked.connect(self.copy_paragraph)
        paragraph = Section(self.tr("统计段落（草稿）"))
        paragraph.add(self.paragraph)
        copy_row = QHBoxLayout()
        copy_row.addWidget(ElidedLabel(self.tr("根据上面的数字自动起草，可复制后修改。")), 1)
        copy_row.addWidget(self.copy_button)
        paragraph.layout_.addLayout(copy_row)
        self.overdue = OverdueTable(services)
        self.overdue.open_requested.connect(self.open_suggestion)
        self.overdue.all_requested.connect(lambda which: self.show_overdue(which))
        self.overdue_section = Section(self.tr("超期与即将到期"))
        self.overdue_section.add(self.overdue)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(paragraph, 2)
        bottom.addWidget(self.overdue_section, 3)

        figures = GiveWayArea(self.charts)
        column = QVBoxLayout(figures)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.card_tabs.setCornerWidget(self.scope_bar, Qt.Corner.TopRightCorner)  # one row for both
        column.addWidget(self.card_tabs)
        column.addWidget(self.charts, 2)
        column.addLayout(bottom, 3)
        self.guide = StartGuide()
        self.guide.step_requested.connect(self.start_step)
        self.guide.demo_requested.connect(self.load_demo)
        self.guide.guide_requested.connect(self._show_user_guide)
        self.figures_view = figures
        self.body = QStackedWidget()
        self.body.addWidget(figures)
        self.body.addWidget(self.guide)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.holiday_banner)
        layout.addWidget(self.body, 1)
        changes.subscribe(self, WATCHED, self._records_changed)

    # -- Page ---------------------------------------------------------------------------------
    def activate(self) -> None:
        """Shown again: records may have changed meanwhile, so the figures are recomputed."""
        self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self.scope_bar.load_choices()
        self.refresh_figures()

    def _records_changed(self, kinds: frozenset[Change]) -> None:
        if not self.isVisible():
            self.stale = True
            return
        if Change.PLATFORMS in kinds:
            self.scope_bar.load_choices()
        self.refresh_figures()

    # -- figures ------------------------------------------------------------------------------
    def refresh_figures(self) -> None:
        try:
            scope = self.scope_bar.scope()
        except ServiceError as exc:
            self.busy.setText(render(exc.message))
            return
        self._generation += 1
        generation = self._generation
        self.busy.setText(self.tr("正在统计…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_cached(scope)
        statistics, followup = self.services.statistics, self.services.followup
        getting_started = self.services.getting_started
        cache = self.services.figure_cache

        def work(_ctx: TaskContext) -> Loaded:
            figures = statistics.summary(scope)
            cache.store(scope, figures)
            return (
                figures,
                followup.overdue(scope, limit=OVERDUE_ROWS),
                followup.due_soon(scope, limit=OVERDUE_ROWS),
                getting_started.progress(),
                getting_started.demo_refusal(),
            )

        self.task = run_task(
            work,
            on_result=lambda loaded: self._show(generation, scope, loaded),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
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
        figures, overdue, due_soon, progress, demo_refusal = loaded
        self.progress = progress
        self._show_guide(progress, demo_refusal)
        self.overdue.set_rows(overdue, due_soon, (figures["overdue"], figures["due_soon"]))
        self._show_figures(scope, figures)
        self.busy.setText(
            self.tr("统计范围：{scope}").format(scope=either(scope.describe(), scope.describe_english()))
        )

    def _show_figures(self, scope: Scope, figures: dict[str, Any]) -> None:
        self.figures, self.shown_scope, self.figures_fresh = figures, scope, True
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

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.unsetCursor()
        text = user_error_text(error)  # refused, or the environment (a damaged file is read-only now)
        if text is None:
            raise error  # our bug: the crash dialog shows it
        self.busy.setText(text)

    # -- 开始使用 --------------------------------------------------------------------------------
    def showing_guide(self) -> bool:
        return self.body.currentWidget() is self.guide

    def _show_guide(self, progress: StartProgress, demo_refusal: str | None) -> None:
        refusals = {
            "office": permissions.may_change(self.services.actor, permissions.Area.SETTINGS),
            "platform": self.services.platforms.change_refusal(None) is None,
            "member": self.services.members.change_refusal(None) is None,
            "session": self.services.sessions.change_refusal(None) is None and progress.platforms > 0,
        }
        self.guide.set_progress(progress, demo_refusal=demo_refusal, may=refusals.__getitem__)
        self.body.setCurrentWidget(self.guide if not progress.started else self.figures_view)

    def start_step(self, step: str) -> QDialog:
        """One step of the guide: its dialog (what it saves is published; the guide ticks it off)."""
        dialogs = {
            "office": lambda: OfficeNameDialog(self.services, self),
            "platform": lambda: PlatformDialog(self.services, None, self),
            "member": lambda: MemberDialog(self.services, None, self),
            "session": lambda: SessionDialog(self.services, None, self),
        }
        dialog: QDialog = dialogs[step]()
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def load_demo(self) -> TaskHandle | None:
        """载入演示数据: only on an empty database, after saying what it brings (accounts included)."""
        service = self.services.getting_started
        refusal = service.demo_refusal()
        if refusal is not None:
            show_error(self, refusal)
            return None
        question = self.tr(
            "将装入一座虚构城市的演示数据：约 30 个站室组、200 名委员、500 次协商议事活动及其意见建议，"
            "数据均为演示用的虚构内容，请勿用于正式工作。\n\n同时创建演示账户 admin、clerk、coordinator、"
            "viewer（密码均为 demo1234；已有的同名账户不会改动）。\n\n确定装入吗？"
        )
        if not confirm(self, question, title=self.tr("载入演示数据"), accept_text=self.tr("装入演示数据")):
            return None

        def work(ctx: TaskContext) -> DemoResult:
            return service.load_demo(
                lambda done, total: ctx.progress(
                    done,
                    total,
                    self.tr("已生成 {done}/{total} 次协商议事活动…").format(done=done, total=total),
                )
            )

        def done(result: DemoResult) -> None:
            changes.publish(*EVERYTHING)
            accounts = "\n".join(
                self.tr("{user}（{role}）{kept}").format(
                    user=a.username, role=shown(a.role), kept="" if a.created else self.tr("：已存在，未改动")
                )
                for a in result.accounts
            )
            show_info(
                self,
                self.tr(
                    "已装入演示数据（虚构）：{platforms} 个站室组、{members} 名委员、"
                    "{sessions} 次协商议事活动、{suggestions} 条意见建议。\n\n"
                    "演示账户（新建的密码均为 {password}）：\n{accounts}"
                ).format(
                    platforms=result.rows.get("platform", 0),
                    members=result.rows.get("member", 0),
                    sessions=result.rows.get("consultation_session", 0),
                    suggestions=result.rows.get("suggestion", 0),
                    password=result.password,
                    accounts=accounts,
                ),
                self.tr("演示数据"),
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, ServiceError):
                raise error
            show_error(self, render(error.message))

        return run_with_progress(self, self.tr("正在装入演示数据…"), work, on_result=done, on_error=failed)

    def _show_user_guide(self) -> None:
        from app.ui.help import show_user_guide  # the guide's text is read when asked for

        show_user_guide(self.window())

    # -- the overdue list and the notices --------------------------------------------------------
    def show_notice(self, text: str) -> None:
        self.banner.show_text(text)

    def show_holiday_notice(self, text: str, year: int) -> None:
        """From 1 December (or when a deadline reaches it): next year's holidays are not entered yet."""
        self.missing_year = year
        self.holiday_banner.action.setText(self.tr("录入{year}年节假日…").format(year=year))
        self.holiday_banner.show_text(text)

    def enter_holidays(self) -> QDialog:
        from app.ui.dialogs.holidays_dialog import HolidaysDialog

        dialog = HolidaysDialog(self.services, self.missing_year or self.scope_bar.today.year + 1, self)
        dialog.accepted.connect(self.holiday_banner.hide)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def show_overdue(self, which: str = OVERDUE) -> OverdueListDialog:
        """The whole list of overdue (or due-soon) suggestions, in its own window."""
        dialog = OverdueListDialog(
            self.services, self.window(), which=which if which in (OVERDUE, DUE_SOON) else OVERDUE
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.overdue_window = dialog
        return dialog

    def open_suggestion(self, suggestion_id: Any) -> SuggestionDetailDialog:
        dialog = SuggestionDetailDialog(self.services, suggestion_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def copy_paragraph(self) -> None:
        QGuiApplication.clipboard().setText(self.paragraph.toPlainText())
        self.busy.setText(self.tr("统计段落已复制"))
