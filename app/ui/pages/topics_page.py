"""议题与计划: topics collected, confirmed into the 年度协商计划, and where each stands — the plan view.

Choosing a 计划年度 shows that year's plan with its counts (计划中 / 已开展 / 逾期未开展, overdue ones in
red); 据此登记活动 opens a new session (or, for the office's own topics, a 履职活动) on the selected topic;
打印年度计划 prints the year's plan as an issued document.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from app.models.enums import PlanStatus, TopicDecision, TopicSource
from app.services import activity_kinds
from app.services.activity_kinds import KIND_ENGLISH
from app.services.crud import CrudService
from app.services.documents import DocumentKind
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.language import either, shown_choices
from app.services.plan import year_scope
from app.ui.changes import Change
from app.ui.dialogs.activity_dialog import ActivityDialog, activity_from_topic
from app.ui.dialogs.session_dialog import SessionDialog, session_from_topic
from app.ui.dialogs.topic_dialog import TopicDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error
from app.ui.models.columns import CENTER, RIGHT, Column, enum_label, label_text
from app.ui.pages.list_page import ChoiceFilter, ListPage
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, refusal, run_task
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.period_series import month_name

if TYPE_CHECKING:
    from app.ui.dialogs.document_dialog import DocumentDialog


def _month(value: Any) -> str:
    return month_name(int(value)) if value else ""


def _years(services: Services) -> list[tuple[int, str]]:
    this_year = date.today().year
    years = sorted({*services.topics.plan_years(), this_year, this_year + 1}, reverse=True)
    return [(y, either(f"{y}年", str(y))) for y in years]


class TopicsPage(ListPage):
    key = "topics"
    title_text = QT_TRANSLATE_NOOP("Pages", "议题与计划")
    hint_text = QT_TRANSLATE_NOOP("Pages", "议题征集、议题确定和年度协商计划")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索议题、提出者或说明")
    name_key = "title"
    dialog = TopicDialog
    changes_kind = Change.CYCLE
    depends_on = frozenset({Change.CYCLE, Change.MEMBERS, Change.PLATFORMS})
    columns = [
        Column("collected_on", QT_TRANSLATE_NOOP("Columns", "征集日期"), 88, CENTER),
        Column("title", QT_TRANSLATE_NOOP("Columns", "议题"), 260, flex=True),
        Column("source", QT_TRANSLATE_NOOP("Columns", "来源"), 70),
        Column("proposer", QT_TRANSLATE_NOOP("Columns", "提出者"), 86),
        Column("decision", QT_TRANSLATE_NOOP("Columns", "确定情况"), 64, CENTER),
        Column("plan_year", QT_TRANSLATE_NOOP("Columns", "计划年度"), 62, CENTER),
        Column("planned_month", QT_TRANSLATE_NOOP("Columns", "计划月份"), 62, CENTER, formatter=_month),
        Column("platform_name", QT_TRANSLATE_NOOP("Columns", "承办"), 150),
        Column("kind_label", QT_TRANSLATE_NOOP("Columns", "形式"), 70, formatter=label_text(KIND_ENGLISH)),
        Column(
            "status", QT_TRANSLATE_NOOP("Columns", "完成情况"), 86, CENTER, formatter=enum_label(PlanStatus)
        ),
        Column("held_count", QT_TRANSLATE_NOOP("Columns", "已开展"), 56, RIGHT),
    ]
    filters = [
        ChoiceFilter("plan_year", QT_TRANSLATE_NOOP("Pages", "计划年度"), _years),
        ChoiceFilter("status", QT_TRANSLATE_NOOP("Pages", "完成情况"), lambda s: shown_choices(PlanStatus)),
        ChoiceFilter("source", QT_TRANSLATE_NOOP("Pages", "来源"), lambda s: shown_choices(TopicSource)),
        ChoiceFilter("platform_id", QT_TRANSLATE_NOOP("Pages", "站室组"), lambda s: s.platforms.choices()),
    ]

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        self._summary_generation = 0  # bumped by each reading of the plan's counts
        super().__init__(services, settings, parent)
        self.plan_summary = styled_label("", "pageHint")
        self.layout().insertWidget(3, self.plan_summary)  # type: ignore[union-attr]
        year = self.filter_combos["plan_year"]
        year.currentIndexChanged.connect(lambda _i: self.show_plan_summary())
        year.set_value(date.today().year)  # the plan view: this year's plan, by month
        self.activity_dialogs: list[QDialog] = []

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.topics

    def add_toolbar_widgets(self, toolbar: FlowLayout) -> None:
        self.hold_button = QPushButton(self.tr("据此登记活动…"))
        self.hold_button.setToolTip(
            self.tr("为选中的已确定议题登记协商议事活动或履职活动，议题与活动保持关联")
        )
        self.hold_button.clicked.connect(lambda _c=False: self.open_activity_for_topic())
        self.print_plan_button = QPushButton(self.tr("打印年度计划…"))
        self.print_plan_button.clicked.connect(lambda _c=False: self.print_plan())
        toolbar.add_spacing(12)
        toolbar.add(self.hold_button)
        toolbar.add(self.print_plan_button)

    def refresh(self) -> None:
        super().refresh()
        self.show_plan_summary()

    def plan_year(self) -> int:
        year = self.filter_combos["plan_year"].value()
        return int(year) if year else date.today().year

    def show_plan_summary(self) -> None:
        """Count the year's plan off the GUI thread; an answer overtaken by a newer reading is dropped."""
        year = self.plan_year()
        self._summary_generation = generation = self._summary_generation + 1
        topics = self.services.topics

        def work(_ctx: TaskContext) -> dict[PlanStatus, int]:
            return topics.plan_counts(year)

        def counted(counts: dict[PlanStatus, int]) -> None:
            if generation == self._summary_generation:
                self._show_counts(year, counts)

        run_task(
            work,
            on_result=counted,
            on_error=refusal(self.plan_summary.setText, lambda: generation == self._summary_generation),
            owner=self,
        )

    def _show_counts(self, year: int, counts: dict[PlanStatus, int]) -> None:
        total = sum(counts.values())
        self.plan_summary.setText(
            self.tr("{year}年计划议题 {n} 个：已开展 {held}，计划中 {planned}，逾期未开展 {overdue}").format(
                year=year,
                n=total,
                held=counts[PlanStatus.HELD],
                planned=counts[PlanStatus.PLANNED],
                overdue=counts[PlanStatus.OVERDUE],
            )
        )

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        confirmed = row is not None and row.get("decision") in (
            TopicDecision.CONFIRMED,
            TopicDecision.CONFIRMED.value,
        )
        self.hold_button.setEnabled(confirmed)

    def open_activity_for_topic(self) -> QDialog | None:
        """A new session (a 站室组's topic) or 履职活动 (the office's) on the selected topic."""
        record_id = self.selected_id()
        if record_id is None:
            return None
        try:
            draft = self.services.topics.session_draft(record_id)
            dialog: QDialog
            if draft["kind"] == activity_kinds.CONSULTATION:
                dialog = SessionDialog(self.services, None, self)
                session_from_topic(dialog, draft)  # type: ignore[arg-type]
            else:
                dialog = ActivityDialog(self.services, None, self)
                activity_from_topic(dialog, draft)  # type: ignore[arg-type]
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        self.activity_dialogs.append(dialog)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(lambda _r: self.activity_dialogs.remove(dialog))
        dialog.open()
        return dialog

    def print_plan(self) -> DocumentDialog:
        from app.ui.dialogs.document_dialog import DocumentDialog  # the PDF layout loads with it

        dialog = DocumentDialog(
            self.services, DocumentKind.PLAN, None, year_scope(self.plan_year()), self.window()
        )
        self.activity_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.activity_dialogs.remove(dialog))
        dialog.open()
        return dialog
