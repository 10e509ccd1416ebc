"""履职档案: every member's sessions attended / excused / absent, suggestions raised, sessions convened and
visits, every other kind of duty, the 履职积分 and the 履职评价 grade for a period — computed from the
records, never typed twice — in 姓氏笔画 or pinyin order or ranked by points, with the members below the
office's thresholds (告诫提醒) one tick away; the ranking prints as an official list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.documents import DocumentKind
from app.services.duty import DutyRecord, Thresholds
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.language import shown_choices
from app.services.names import NameOrder
from app.services.scope import Scope
from app.ui.dialogs.member_duty_detail import MemberDutyDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_task
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.duty_table import COLUMNS, DutyTableModel
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.header_fit import set_column_width
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.scope_bar import ScopeBar

if TYPE_CHECKING:
    from app.ui.dialogs.document_dialog import DocumentDialog

Loaded = tuple[list[DutyRecord], Thresholds]


class DutyPage(Page):
    key = "duty"
    title_text = QT_TRANSLATE_NOOP("Pages", "履职档案")

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.all_records: list[DutyRecord] = []
        self.shown_scope: Scope | None = None
        self.task: TaskHandle | None = None
        self._generation = 0
        self.dialog: MemberDutyDialog | None = None

        self.scope_bar = ScopeBar(services)
        self.scope_bar.changed.connect(self.reload)
        self.order = ChoiceCombo()
        self.order.set_choices(shown_choices(NameOrder))
        self.order.currentIndexChanged.connect(lambda _i: self.reload())
        self.below_only = QCheckBox(self.tr("仅显示未达标（告诫提醒）"))
        self.below_only.toggled.connect(lambda _on: self._show_rows())
        self.by_points = QCheckBox(self.tr("按履职积分排名"))
        self.by_points.toggled.connect(lambda _on: self._show_rows())
        self.ranking_button = QPushButton(self.tr("打印积分排名…"))
        self.ranking_button.setToolTip(self.tr("全体委员的履职积分、排名和履职评价等次"))
        self.ranking_button.clicked.connect(lambda _c=False: self.print_ranking())
        filters = FlowLayout()  # wraps onto a second line where the window (or the language) needs it
        filters.addWidget(self.scope_bar)
        filters.addWidget(QLabel(self.tr("排序")))
        filters.addWidget(self.order)
        filters.add_spacing(10)
        filters.addWidget(self.below_only)
        filters.addWidget(self.by_points)

        self.thresholds = styled_label("", "pageHint", wrap=True)
        self.model = DutyTableModel(self)
        self.view = RecordTable(len(COLUMNS) - 1, COLUMNS[-1][1])
        self.view.setModel(self.model)
        for i, (_header, width, _align, _text) in enumerate(COLUMNS):
            set_column_width(self.view, i, width)
        self.view.doubleClicked.connect(lambda index: self.open_member(index.row()))
        self.detail_button = QPushButton(self.tr("查看明细…"))
        self.detail_button.clicked.connect(self._open_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.count_label = styled_label("", "countLabel")
        heading = QHBoxLayout()
        heading.addWidget(styled_label(self.title(), "pageTitle"))
        heading.addSpacing(12)
        heading.addWidget(
            styled_label(
                self.tr("根据各类履职活动、意见建议、社情民意和调研报告记录自动统计，无需另行填报"),
                "pageHint",
            ),
            0,
            Qt.AlignmentFlag.AlignBottom,
        )
        heading.addStretch(1)
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        bottom = QHBoxLayout()
        bottom.addWidget(self.thresholds, 1)
        bottom.addWidget(self.ranking_button)
        bottom.addWidget(self.detail_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._selection_changed()

    # -- Page ---------------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.scope_bar.load_choices()
        self.reload()

    def save_state(self) -> None:
        self.settings.set_header_state(self.key, self.view.horizontalHeader().saveState())

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            scope = self.scope_bar.scope()
        except ServiceError as exc:
            self.count_label.setText(render(exc.message))
            return
        order = NameOrder(self.order.value())
        self._generation += 1
        generation = self._generation
        self.count_label.setText(self.tr("正在统计…"))
        duty = self.services.duty

        def work(_ctx: TaskContext) -> Loaded:
            return duty.records(scope, order), duty.thresholds(scope)

        self.task = run_task(
            work,
            on_result=lambda loaded: self._loaded(generation, scope, loaded),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _loaded(self, generation: int, scope: Scope, loaded: Loaded) -> None:
        if generation != self._generation:
            return
        records, limits = loaded
        self.all_records, self.shown_scope = records, scope
        checks = []
        if limits.min_sessions_attended:
            checks.append(self.tr("参加履职活动不少于 {n} 次").format(n=limits.min_sessions_attended))
        if limits.max_absences:
            checks.append(self.tr("无故缺席不多于 {n} 次").format(n=limits.max_absences))
        if limits.min_suggestions:
            checks.append(self.tr("提出意见建议不少于 {n} 条").format(n=limits.min_suggestions))
        if limits.min_points:
            checks.append(self.tr("履职积分不少于 {n} 分").format(n=limits.min_points))
        self.thresholds.setText(
            self.tr("告诫提醒标准：{checks}（{note}；标准在“设置”中修改）").format(
                checks=self.tr("，").join(checks) or self.tr("未设置"), note=render(limits.note)
            )
        )
        self._show_rows()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, ServiceError):
            raise error
        self.count_label.setText(render(error.message))

    def _show_rows(self) -> None:
        keep = self.selected_record()
        rows = (
            [r for r in self.all_records if r.below_threshold]
            if self.below_only.isChecked()
            else self.all_records
        )
        if self.by_points.isChecked():
            rows = sorted(rows, key=lambda r: -r.points)  # stable: the name order within equal points
        self.model.set_records(rows)
        below = sum(1 for r in self.all_records if r.below_threshold)
        self.count_label.setText(
            self.tr("共 {n} 名委员，其中 {m} 名未达标").format(n=len(self.all_records), m=below)
        )
        if keep is not None:
            for i, record in enumerate(rows):
                if record.member_id == keep.member_id:
                    self.view.selectRow(i)
                    break
        self._selection_changed()

    def print_ranking(self) -> DocumentDialog:
        from app.ui.dialogs.document_dialog import DocumentDialog  # the PDF layout loads with it

        scope = self.shown_scope or Scope()
        dialog = DocumentDialog(self.services, DocumentKind.RANKING, None, scope, self.window())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.ranking_dialog = dialog
        dialog.open()
        return dialog

    # -- detail ---------------------------------------------------------------------------------
    def selected_record(self) -> DutyRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.detail_button.setEnabled(self.selected_record() is not None)

    def _open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.open_member(rows[0].row())

    def open_member(self, row: int) -> MemberDutyDialog | None:
        record = self.model.record(row)
        try:
            dialog = MemberDutyDialog(self.services, record.member_id, self.shown_scope or Scope(), self)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.show()
        return dialog
