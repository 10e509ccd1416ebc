"""The shape every list page shares: title, toolbar (新建/编辑/归档/恢复), search, filters, table, count.

A concrete page declares its columns, filters, dialog and service; everything else lives here.
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

from app.services.crud import CrudService
from app.services.errors import ServiceError
from app.services.hub import Services
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import confirm, show_error
from app.ui.models.columns import Column
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.pages.page import PAGE_CONTEXT, Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.ledger_tools import LedgerTools
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.search_box import SearchBox


@dataclass(frozen=True)
class ChoiceFilter:
    """A combo box of values for one ListQuery filter; the first item, 全部, removes the filter."""

    key: str
    label: str  # QT_TRANSLATE_NOOP("Pages", …)
    choices: Callable[[Services], Iterable[tuple[Any, str]]]


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

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.model = ServiceTableModel(self.service().list, self.columns, parent=self)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(lambda message: show_error(self, message))
        self.model.modelReset.connect(self._selection_changed)
        self.open_dialogs: list[RecordDialog] = []

        title = styled_label(self.title(), "pageTitle")
        hint = styled_label(QCoreApplication.translate(PAGE_CONTEXT, self.hint_text), "pageHint")
        self.count_label = styled_label("", "countLabel")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(hint, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)

        self.new_button = self._button(self.tr("新建"), self.open_create_dialog)
        self.edit_button = self._button(self.tr("编辑"), lambda: self.open_edit_dialog())
        self.archive_button = self._button(self.tr("归档"), self.archive_selected)
        self.restore_button = self._button(self.tr("恢复"), self.restore_selected)
        self.archive_button.setToolTip(self.tr("归档后默认不再显示，可随时恢复"))
        self.search = SearchBox(QCoreApplication.translate(PAGE_CONTEXT, self.search_hint) or self.tr("搜索"))
        self.search.setMinimumWidth(260)
        self.search.search_changed.connect(self.model.set_search)
        toolbar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.restore_button):
            toolbar.addWidget(button)
        self.add_toolbar_widgets(toolbar)
        self.ledger_tools = LedgerTools(self, self.print_kinds)  # 导出台账 and 打印 ▾
        toolbar.addSpacing(12)
        toolbar.addWidget(self.ledger_tools)
        toolbar.addStretch(1)
        toolbar.addWidget(self.search)

        self.filter_combos: dict[str, ChoiceCombo] = {}
        filter_row = QHBoxLayout()
        filter_row.setSpacing(6)
        for spec in self.filters:
            combo = ChoiceCombo()
            combo.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
            combo.setMaximumWidth(210)
            combo.currentIndexChanged.connect(
                lambda _i, key=spec.key, c=combo: self.model.set_filter(key, c.value())
            )
            filter_row.addWidget(QLabel(QCoreApplication.translate(PAGE_CONTEXT, spec.label)))
            filter_row.addWidget(combo)
            filter_row.addSpacing(8)
            self.filter_combos[spec.key] = combo
        self.load_filter_choices()
        self.add_filter_widgets(filter_row)
        self.show_archived = QCheckBox(self.tr("显示已归档"))
        self.show_archived.toggled.connect(self.model.set_include_archived)
        filter_row.addWidget(self.show_archived)
        filter_row.addStretch(1)

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
        self._selection_changed()

    # -- for subclasses -------------------------------------------------------------
    def service(self) -> CrudService[Any, Any, Any]:
        raise NotImplementedError

    def add_toolbar_widgets(self, toolbar: QHBoxLayout) -> None:
        """Extra buttons after 恢复 (e.g. the 状态 menu)."""

    def add_filter_widgets(self, row: QHBoxLayout) -> None:
        """Extra filters after the choice filters (dates, check boxes)."""

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        """React to a new selection (None when nothing is selected or the user may not change records)."""

    # -- building ---------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _make_view(self) -> RecordTable:
        flex = next((i for i, c in enumerate(self.columns) if c.flex), None)
        view = RecordTable(flex, self.columns[flex].width if flex is not None else 0)
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click returns to the service's default order
        for i, column in enumerate(self.columns):
            view.setColumnWidth(i, column.width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        saved = self.settings.header_state(self.key)
        if saved is not None and header.restoreState(saved):
            view.keep_user_widths()
        view.doubleClicked.connect(lambda index: self.open_edit_dialog(index.row()))
        view.selectionModel().selectionChanged.connect(self._on_selection)
        return view

    def load_filter_choices(self) -> None:
        """(Re)read the filter values (districts, platforms …), keeping what is selected."""
        for spec in self.filters:
            combo = self.filter_combos[spec.key]
            combo.blockSignals(True)
            combo.set_choices(spec.choices(self.services), none_label=self.tr("全部"))
            combo.blockSignals(False)

    # -- Page -------------------------------------------------------------------------------
    def activate(self) -> None:
        """Shown: re-read the filter choices and the first page (others may have saved meanwhile)."""
        self.refresh()

    def refresh(self) -> None:
        self.load_filter_choices()
        self.reload()

    def save_state(self) -> None:
        self.settings.set_header_state(self.key, self.view.horizontalHeader().saveState())

    # -- rows and selection ----------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select or self.selected_id()
        if not self.model.refresh():
            return
        row = self.model.find_row(keep) if keep is not None else None
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def show_detail(self, make: Callable[[], QDialog]) -> QDialog | None:
        """Open a record's detail window (non-modal); the list follows what changes there."""
        try:
            dialog = make()
        except ServiceError as exc:
            show_error(self, exc.message)
            self.reload()
            return None
        dialog.changed.connect(lambda record_id: self.reload(select=record_id))  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.show()
        return dialog

    def selected_index(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_row(self) -> dict[str, Any] | None:
        index = self.selected_index()
        return self.model.row(index) if index is not None else None

    def selected_id(self) -> uuid.UUID | None:
        index = self.selected_index()
        return self.model.row_id(index) if index is not None else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._selection_changed()

    @property
    def can_write(self) -> bool:
        """Whether this person may create records here (permissions decide; the service checks again)."""
        return self.service().change_refusal(None) is None

    def may_change(self, row: dict[str, Any] | None) -> bool:
        return row is not None and self.service().change_refusal(row) is None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        archived = row is not None and row.get("archived_at") is not None
        refusal = self.service().change_refusal(None)
        self.new_button.setEnabled(refusal is None)
        self.new_button.setToolTip(refusal or self.tr("新建一条记录（Ctrl+N）"))
        self.edit_button.setEnabled(row is not None)  # anyone may still open and read
        changeable = self.may_change(row)
        self.archive_button.setEnabled(changeable and not archived)
        self.restore_button.setEnabled(changeable and archived)
        self.ledger_tools.set_row(row)
        self.selection_changed(row if changeable else None)

    def _show_count(self, total: int) -> None:
        if total < 0:  # counted in the background; the rows loaded so far meanwhile
            text = self.tr("已显示 {n} 条，正在统计总数…").format(n=f"{self.model.rowCount():,}")
            self.count_label.setText(text)
            return
        text = QCoreApplication.translate(PAGE_CONTEXT, self.count_text)
        self.count_label.setText(text.format(n=f"{total:,}"))

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
            show_error(self, exc.message)
            self.reload()
            return None
        self.open_dialogs.append(dialog)
        dialog.accepted.connect(lambda: self.reload(select=dialog.saved_id))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: RecordDialog) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
        dialog.deleteLater()

    def archive_selected(self) -> bool:
        row, record_id = self.selected_row(), self.selected_id()
        if row is None or record_id is None:
            return False
        name = str(row.get(self.name_key) or "")
        question = self.tr(
            "确定要归档“{name}”吗？\n归档后默认不在列表中显示，勾选“显示已归档”可以找回并恢复。"
        )
        if not confirm(self, question.format(name=name), title=self.tr("归档"), accept_text=self.tr("归档")):
            return False
        return self._run(lambda: self.service().archive(record_id))

    def restore_selected(self) -> bool:
        record_id = self.selected_id()
        if record_id is None:
            return False
        return self._run(lambda: self.service().restore(record_id))

    def _run(self, action: Callable[[], object]) -> bool:
        """Call a service; show its Chinese message on failure; reload the list either way."""
        try:
            action()
        except ServiceError as exc:
            show_error(self, exc.message)
            self.reload()
            return False
        self.reload()
        return True

    def index_of(self, row: int, key: str) -> QModelIndex:
        return self.model.index(row, self.model.column_of(key))
