"""The shape every list page shares: title, toolbar (新建/编辑/归档/恢复, batch steps, export), search,
filters, table, count.

A concrete page declares its columns, filters, dialog, service and which kinds of change it shows
(`depends_on`); everything else lives here. Rows are selected one or many at a time; Enter opens the
current row, Delete asks to archive the selected ones. Toolbar and filters wrap onto a second line in
a narrow window. The list re-reads when the change bus says its records changed (at once when it is
on screen, else when it is shown next).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.batch import BatchReport, Progress
from app.services.crud import CrudService
from app.services.errors import ServiceError
from app.services.hub import Services
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import confirm, render, show_error, show_info
from app.ui.models.columns import Column
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.pages.page import PAGE_CONTEXT, Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, refusal, run_task, run_with_progress
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.header_fit import set_column_width
from app.ui.widgets.ledger_tools import LedgerTools
from app.ui.widgets.name_combo import NameCombo
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.search_box import SearchBox

WARNED_RECORDS = 8  # records whose open work is listed before archiving several


@dataclass(frozen=True)
class ChoiceFilter:
    """A combo box of values for one ListQuery filter; the first item, 全部, removes the filter.

    `names`: the values are named records (站室组 …) found by typing their name or its pinyin; the
    choices are then NameChoice entries (value, label, search key).
    """

    key: str
    label: str  # QT_TRANSLATE_NOOP("Pages", …)
    choices: Callable[[Services], Iterable[Any]]
    names: bool = False


class ListPage(Page):
    columns: ClassVar[list[Column]]
    filters: ClassVar[list[ChoiceFilter]] = []
    dialog: ClassVar[type[RecordDialog]]
    name_key: ClassVar[str] = "name"  # the row field that names a record in messages
    search_hint: ClassVar[str] = ""  # QT_TRANSLATE_NOOP("Pages", …)
    hint_text: ClassVar[str] = ""  # one line under the title, QT_TRANSLATE_NOOP("Pages", …)
    # How the total reads; a list whose total differs from a 工作台 figure says what it includes.
    count_text: ClassVar[str] = QT_TRANSLATE_NOOP("Pages", "共 {n} 条")
    print_kinds: ClassVar[tuple[str, ...]] = ()  # DocumentKind values under 打印 ▾ for the selected row
    changes_kind: ClassVar[Change]  # what archiving a row changes
    depends_on: ClassVar[frozenset[Change]] = frozenset()  # changes that alter what the list shows

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.model = ServiceTableModel(self.service().list, self.columns, parent=self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda message: show_error(self, message))
        self.model.modelReset.connect(self._selection_changed)
        self._select_when_loaded: uuid.UUID | None = None
        self._choices_generation = 0  # bumped by each reading of the filter choices
        self.stale = False

        title = styled_label(self.title(), "pageTitle")
        hint = ElidedLabel(QCoreApplication.translate(PAGE_CONTEXT, self.hint_text))
        hint.setObjectName("pageHint")
        self.count_label = ElidedLabel("")
        self.count_label.setObjectName("countLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(hint, 2, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.count_label, 3, Qt.AlignmentFlag.AlignBottom)

        self.new_button = self._button(self.tr("新建"), self.open_create_dialog)
        self.edit_button = self._button(self.tr("编辑"), lambda: self.open_edit_dialog())
        self.archive_button = self._button(self.tr("归档"), self.archive_selected)
        self.restore_button = self._button(self.tr("恢复"), self.restore_selected)
        self.archive_button.setToolTip(self.tr("归档所选记录（Delete）；归档后默认不再显示，可随时恢复"))
        self.search = SearchBox(QCoreApplication.translate(PAGE_CONTEXT, self.search_hint) or self.tr("搜索"))
        self.search.setMinimumWidth(220)
        self.search.setToolTip(self.search.placeholderText() + self.tr("（Ctrl+F）"))
        self.search.search_changed.connect(self.model.set_search)
        toolbar = FlowLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.restore_button):
            toolbar.add(button)
        self.add_toolbar_widgets(toolbar)
        self.ledger_tools = LedgerTools(self, self.print_kinds)  # 导出台账, 导出所选 and 打印 ▾
        toolbar.add_spacing(12)
        toolbar.add(self.ledger_tools)
        toolbar.add_spacing(12)
        toolbar.add(self.search)

        self.filter_combos: dict[str, ChoiceCombo | NameCombo] = {}
        filter_row = FlowLayout()
        for spec in self.filters:
            combo: ChoiceCombo | NameCombo = (
                NameCombo(placeholder=self.tr("全部")) if spec.names else ChoiceCombo()
            )
            combo.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9 if spec.names else 5)
            combo.setMaximumWidth(210)
            combo.currentIndexChanged.connect(
                lambda _i, key=spec.key, c=combo: self.model.set_filter(key, c.value())
            )
            filter_row.add(self._filter_field(QCoreApplication.translate(PAGE_CONTEXT, spec.label), combo))
            self.filter_combos[spec.key] = combo
        self.load_filter_choices()
        self.add_filter_widgets(filter_row)
        self.show_archived = QCheckBox(self.tr("显示已归档"))
        self.show_archived.toggled.connect(self.model.set_include_archived)
        filter_row.add(self.show_archived)

        self.view = self._make_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addLayout(toolbar)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_create_dialog)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        changes.subscribe(self, self.depends_on, self.records_changed)
        self._selection_changed()

    # -- for subclasses -------------------------------------------------------------
    def service(self) -> CrudService[Any, Any, Any]:
        raise NotImplementedError

    def add_toolbar_widgets(self, toolbar: FlowLayout) -> None:
        """Extra buttons after 恢复 (e.g. the 状态 menu)."""

    def add_filter_widgets(self, row: FlowLayout) -> None:
        """Extra filters after the choice filters (dates, check boxes)."""

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        """React to a new selection (None when nothing is selected or the user may not change records)."""

    def open_row(self, row: int) -> object:
        """Enter or a double-click on a row: the record's dialog (a page may open a detail instead)."""
        return self.open_edit_dialog(row)

    # -- building ---------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _filter_field(label: str, widget: QWidget) -> QWidget:
        """A filter's caption and box, kept together when the row wraps."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(4)
        row.addWidget(QLabel(label))
        row.addWidget(widget)
        return box

    def _make_view(self) -> RecordTable:
        flex = next((i for i, c in enumerate(self.columns) if c.flex), None)
        view = RecordTable(flex, self.columns[flex].width if flex is not None else 0)
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click returns to the service's default order
        for i, column in enumerate(self.columns):
            set_column_width(view, i, column.width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        saved = self.settings.header_state(self.key)
        if saved is not None and header.restoreState(saved):
            view.keep_user_widths()
        view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        view.open_requested.connect(lambda index: self.open_row(index.row()))
        view.archive_requested.connect(self.archive_selected)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        return view

    def load_filter_choices(self) -> None:
        """(Re)read the filter values (districts, platforms …) off the GUI thread, keeping what is
        selected; an answer overtaken by a newer reading is dropped."""
        if not self.filters:
            return
        self._choices_generation = generation = self._choices_generation + 1
        filters, services = list(self.filters), self.services

        def work(_ctx: TaskContext) -> list[list[Any]]:
            return [list(spec.choices(services)) for spec in filters]

        def arrived(values: list[list[Any]]) -> None:
            if generation != self._choices_generation:
                return
            for spec, choices in zip(filters, values, strict=True):
                combo = self.filter_combos[spec.key]
                combo.blockSignals(True)
                combo.set_choices(choices, none_label=self.tr("全部"))
                combo.blockSignals(False)

        run_task(work, on_result=arrived, owner=self)

    # -- Page -------------------------------------------------------------------------------
    def activate(self) -> None:
        """Shown: re-read the filter choices and the first page (others may have saved meanwhile)."""
        self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self.load_filter_choices()
        self.reload()

    def focus_target(self) -> QWidget:
        return self.view

    def save_state(self) -> None:
        self.settings.set_header_state(self.key, self.view.horizontalHeader().saveState())

    def records_changed(self, kinds: frozenset[Change]) -> None:
        """The change bus: re-read now if on screen, else when shown next."""
        if not self.isVisible():
            self.stale = True
            return
        if Change.PLATFORMS in kinds or Change.MEMBERS in kinds:
            self.load_filter_choices()
        self.reload()

    # -- rows and selection ----------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the first page again, keeping (or moving to) the selected record once it has arrived."""
        self._select_when_loaded = select or self.selected_id()
        self.model.refresh()

    def select_record(self, record_id: uuid.UUID | None) -> None:
        """Select a record if it is among the rows loaded (after they have arrived)."""
        row = self.model.find_row(record_id) if record_id is not None else None
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _loaded(self, total: int) -> None:
        if total < 0:  # counted in the background; the rows loaded so far meanwhile
            text = self.tr("已显示 {n} 条，正在统计总数…").format(n=f"{self.model.rowCount():,}")
            self.count_label.setText(text)
        else:
            text = QCoreApplication.translate(PAGE_CONTEXT, self.count_text)
            self.count_label.setText(text.format(n=f"{total:,}"))
        keep, self._select_when_loaded = self._select_when_loaded, None
        self.select_record(keep)

    def show_detail(self, make: Callable[[], QDialog]) -> QDialog | None:
        """Open a record's detail window (non-modal); it follows the change bus like the list does."""
        try:
            dialog = make()
        except ServiceError as exc:
            show_error(self, render(exc.message))
            self.reload()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def selected_indexes(self) -> list[int]:
        """The selected rows, in list order."""
        return sorted(i.row() for i in self.view.selectionModel().selectedRows())

    def selected_index(self) -> int | None:
        """The row a single-record action acts on: the current row if selected, else the first."""
        rows = self.selected_indexes()
        if not rows:
            return None
        current = self.view.currentIndex().row()
        return current if current in rows else rows[0]

    def selected_row(self) -> dict[str, Any] | None:
        index = self.selected_index()
        return self.model.row(index) if index is not None else None

    def selected_rows(self) -> list[dict[str, Any]]:
        return [self.model.row(i) for i in self.selected_indexes()]

    def selected_id(self) -> uuid.UUID | None:
        index = self.selected_index()
        return self.model.row_id(index) if index is not None else None

    def selected_ids(self) -> list[uuid.UUID]:
        return [self.model.row_id(i) for i in self.selected_indexes()]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._selection_changed()

    @property
    def can_write(self) -> bool:
        """Whether this person may create records here (permissions decide; the service checks again)."""
        return self.service().change_refusal(None) is None

    def may_change(self, row: dict[str, Any] | None) -> bool:
        return row is not None and self.service().change_refusal(row) is None

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        row = self.selected_row()
        refusal = self.service().change_refusal(None)
        self.new_button.setEnabled(refusal is None)
        self.new_button.setToolTip(refusal or self.tr("新建一条记录（Ctrl+N）"))
        self.edit_button.setEnabled(row is not None)  # anyone may still open and read
        changeable = [r for r in rows if self.may_change(r)]
        self.archive_button.setEnabled(any(r.get("archived_at") is None for r in changeable))
        self.restore_button.setEnabled(any(r.get("archived_at") is not None for r in changeable))
        self.ledger_tools.set_rows(rows, row)
        self.selection_changed(row if self.may_change(row) else None)

    def name_of(self, row: dict[str, Any]) -> str:
        return str(row.get(self.name_key) or "")

    # -- actions ------------------------------------------------------------------------------
    def open_create_dialog(self) -> RecordDialog | None:
        if not self.can_write:
            return None
        return self._open_dialog(None)

    def open_edit_dialog(self, row: int | None = None) -> RecordDialog | None:
        row = self.selected_index() if row is None else row
        if row is None:
            return None
        return self._open_dialog(self.model.row_id(row))

    def _open_dialog(self, record_id: uuid.UUID | None) -> RecordDialog | None:
        try:
            dialog = self.dialog(self.services, record_id, self)
        except ServiceError as exc:  # e.g. the record was deleted meanwhile
            show_error(self, render(exc.message))
            self.reload()
            return None
        # The change bus re-reads the list; the new or edited record is then selected.
        dialog.accepted.connect(lambda: self._select_saved(dialog.saved_id))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _select_saved(self, record_id: uuid.UUID | None) -> None:
        if record_id is None:
            return
        if self.model.find_row(record_id) is not None:
            self.select_record(record_id)
        else:
            self._select_when_loaded = record_id  # the re-read the save caused is still on its way

    def archive_selected(self) -> bool:
        """Archive the selected records after asking; what stays open around them is said first."""
        rows = [r for r in self.selected_rows() if r.get("archived_at") is None and self.may_change(r)]
        if not rows:
            return False
        warnings: list[str] = []
        for row in rows[:WARNED_RECORDS]:
            try:
                lines = self.service().archive_warnings(row["id"])
            except ServiceError:
                continue
            if lines:
                who = f"“{self.name_of(row)}”：" if len(rows) > 1 else ""
                warnings.append(who + "；".join(map(render, lines)))
        if len(rows) == 1:
            question = self.tr("确定要归档“{name}”吗？").format(name=self.name_of(rows[0]))
        else:
            question = self.tr("确定要归档所选的 {n} 条记录吗？").format(n=len(rows))
        if warnings:
            question += (
                "\n\n"
                + self.tr("以下工作尚未完成，归档后保持原状、仍需跟进：")
                + "\n· "
                + "\n· ".join(warnings)
            )
        question += "\n\n" + self.tr("归档后默认不在列表中显示，勾选“显示已归档”可以找回并恢复。")
        if not confirm(self, question, title=self.tr("归档"), accept_text=self.tr("归档")):
            return False
        if len(rows) == 1:
            return self._run(lambda: self.service().archive(rows[0]["id"]))
        records = [(r["id"], self.name_of(r)) for r in rows]
        service = self.service()
        self.run_batch(
            self.tr("正在归档 {n} 条记录…").format(n=len(rows)),
            lambda progress: service.archive_many(records, progress),
            self.tr("归档"),
        )
        return True

    def restore_selected(self) -> bool:
        rows = [r for r in self.selected_rows() if r.get("archived_at") is not None and self.may_change(r)]
        if not rows:
            return False
        service = self.service()
        return self._run(lambda: [service.restore(row["id"]) for row in rows])

    def run_batch(self, label: str, call: Callable[[Progress], BatchReport], what: str) -> TaskHandle:
        """A step for many records, off the GUI thread with progress; 取消 leaves every one as it was."""

        def work(ctx: TaskContext) -> BatchReport:
            return call(lambda done, total: ctx.progress(done, total, label))

        failed = refusal(lambda text: show_error(self, text))

        def done(report: BatchReport) -> None:
            self.show_report(report, what)

        return run_with_progress(self, label, work, on_result=done, on_error=failed)

    def show_report(self, report: BatchReport, what: str) -> bool:
        """After a batch: what was done, and each refused record with the reason."""
        changes.publish(self.changes_kind)
        if report.refused:
            show_info(self, report.summary(what), self.tr("批量{what}").format(what=what))
        return not report.refused

    def _run(self, action: Callable[[], object]) -> bool:
        """Call a service; show its Chinese message on failure; publish the change either way."""
        try:
            action()
        except ServiceError as exc:
            show_error(self, render(exc.message))
            self.reload()
            return False
        changes.publish(self.changes_kind)
        return True

    def index_of(self, row: int, key: str) -> QModelIndex:
        return self.model.index(row, self.model.column_of(key))
