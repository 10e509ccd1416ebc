"""Import step 2: which sheet holds what, where its header is, and what each column means.

The detected mapping (header synonyms) fills the combos; the user corrects it. Every change goes into
the state's mapping, which the next step checks row by row.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.errors import ServiceError
from app.services.ledger_import import (
    TARGETS,
    ImportPlan,
    SheetMapping,
    SheetPreview,
    field_choices,
    target_label,
)
from app.services.ledger_import.read_as import UNREADABLE
from app.ui.dialogs.import_defaults import ImportDefaults
from app.ui.dialogs.import_steps import CHECK_PAGE, VALUES_PAGE, ImportState, StepPage
from app.ui.messages import render, show_error
from app.ui.style import ERROR as ERROR_COLOR
from app.ui.style import set_invalid, styled_label
from app.ui.tasks import Work
from app.ui.widgets.choice_combo import ChoiceCombo

PREVIEW_ROWS = 8
MAX_HEADER_ROW = 50
SAMPLE_CHARS = 40


def sheet_label(name: str, target: str | None) -> str:
    """2024年台账（协商议事台账）, or 统计（不导入）."""
    return f"{name}（{target_label(target).strip('（）')}）"


class MappingPage(StepPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("核对各列的含义"))
        self.setSubTitle(self.tr("已按列名自动对应到台账的字段。请逐列核对，不需要的列选“忽略”。"))
        self.sheet = ChoiceCombo()
        self.kind = ChoiceCombo()
        self.kind.set_choices(
            ((key, spec.label) for key, spec in TARGETS.items()), none_label=self.tr("不导入")
        )
        self.header_row = QSpinBox()
        self.header_row.setRange(1, MAX_HEADER_ROW)
        self.header_row.setPrefix(self.tr("第 "))
        self.header_row.setSuffix(self.tr(" 行"))
        self.notes = styled_label("", "pageHint", wrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("工作表")))
        top.addWidget(self.sheet, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("作为")))
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("表头至")))
        top.addWidget(self.header_row)

        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("列"), self.tr("文件中的列名"), self.tr("示例"), self.tr("导入为")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 44), (1, 170), (3, 190)):
            self.columns.setColumnWidth(column, width)
        self.rows_preview = QTableWidget(0, 0)
        self.rows_preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_preview.setMaximumHeight(190)
        self.rows_preview.horizontalHeader().setDefaultSectionSize(120)

        self.defaults = ImportDefaults()
        self.platform = self.defaults.platform
        self.district = self.defaults.district
        self.platform.textEdited.connect(lambda _t: self._defaults_changed())
        self.district.textEdited.connect(lambda _t: self._defaults_changed())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(self.tr("前几行数据（按上面的对应读出的样子）：")))
        layout.addWidget(self.rows_preview, 2)
        layout.addWidget(self.defaults)

        self.combos: dict[int, ChoiceCombo] = {}
        self.sheet.currentIndexChanged.connect(lambda _i: self.show_sheet())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.header_row.valueChanged.connect(lambda value: self._header_row_changed(value))

    # -- filling --------------------------------------------------------------------------------
    def initializePage(self) -> None:
        preview, mapping = self.state.require_preview()
        choices = [(s.name, sheet_label(s.name, mapping.sheets[s.name].target)) for s in preview.sheets]
        self.sheet.blockSignals(True)
        self.sheet.set_choices(choices)
        first = next(
            (s.name for s in preview.sheets if mapping.sheets[s.name].target), preview.sheets[0].name
        )
        self.sheet.set_value(first)
        self.sheet.blockSignals(False)
        self.show_sheet()

    def current_sheet(self) -> tuple[SheetPreview, SheetMapping]:
        preview, mapping = self.state.require_preview()
        name = str(self.sheet.value())
        return preview.sheet(name), mapping.sheets[name]

    def show_sheet(self) -> None:
        sheet, sheet_map = self.current_sheet()
        self.kind.blockSignals(True)
        self.kind.set_value(sheet_map.target)
        self.kind.blockSignals(False)
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(1, min(MAX_HEADER_ROW, len(sheet.rows))))
        self.header_row.setValue(max(1, sheet_map.header_row or sheet.header_row or 1))
        self.header_row.blockSignals(False)
        self.notes.setText("\n".join(render(note) for note in sheet.notes))
        _preview, mapping = self.state.require_preview()
        self.defaults.show_mapping(mapping, sheet_map.platform)
        self._fill_columns(sheet, sheet_map)
        self._fill_preview(sheet, sheet_map)
        self._refresh_sheet_label(sheet.name, sheet_map.target)

    def _fill_columns(self, sheet: SheetPreview, sheet_map: SheetMapping) -> None:
        self.combos.clear()
        self.columns.setRowCount(len(sheet.columns))
        fields = field_choices(sheet_map.target) if sheet_map.target else []
        for row, column in enumerate(sheet.columns):
            samples = "；".join(s[:SAMPLE_CHARS] for s in column.samples[:3])
            for col, text in enumerate((column.letter, column.header or self.tr("（无列名）"), samples)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.columns.setItem(row, col, item)
            combo = ChoiceCombo()
            combo.set_choices(fields, none_label=self.tr("忽略"))
            combo.set_value(sheet_map.columns.get(column.index))
            combo.setEnabled(bool(fields))
            combo.currentIndexChanged.connect(lambda _i, index=column.index: self._field_changed(index))
            self.columns.setCellWidget(row, 3, combo)
            self.combos[column.index] = combo
        self._mark_duplicates()

    def _fill_preview(self, sheet: SheetPreview, sheet_map: SheetMapping) -> None:
        """The first data rows as the import will read them (dates, values in the app's words)."""
        preview, mapping = self.state.require_preview()
        titles, rows = self.state.service.read_as(preview, mapping, sheet.name, PREVIEW_ROWS)
        self.rows_preview.clear()
        self.rows_preview.setColumnCount(len(titles))
        self.rows_preview.setRowCount(len(rows))
        self.rows_preview.setHorizontalHeaderLabels(titles)
        self.rows_preview.setVerticalHeaderLabels([str(number) for number, _cells in rows])
        red = QColor(ERROR_COLOR)
        for r, (_number, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " "))
                item.setToolTip(text)
                if text.startswith(UNREADABLE):
                    item.setForeground(red)
                self.rows_preview.setItem(r, c, item)

    def _refresh_sheet_label(self, name: str, target: str | None) -> None:
        index = self.sheet.findData(name)
        if index >= 0:
            self.sheet.setItemText(index, sheet_label(name, target))

    # -- editing ----------------------------------------------------------------------------------
    def set_field(self, column_index: int, key: str | None) -> None:
        """Choose what a column means (the same as picking it in the column's combo)."""
        self.combos[column_index].set_value(key)

    def _field_changed(self, column_index: int) -> None:
        sheet, sheet_map = self.current_sheet()
        sheet_map.columns[column_index] = self.combos[column_index].value()
        self._mark_duplicates()
        self._fill_preview(sheet, sheet_map)

    def _mark_duplicates(self) -> None:
        """Two columns meaning the same field cannot be imported: show both in red."""
        seen: dict[str, int] = {}
        for combo in self.combos.values():
            key = combo.value()
            if key is not None:
                seen[key] = seen.get(key, 0) + 1
        for combo in self.combos.values():
            duplicate = combo.value() is not None and seen[combo.value()] > 1
            set_invalid(combo, duplicate)
            combo.setToolTip(self.tr("有两列对应到同一字段，请只保留一列") if duplicate else "")

    def _kind_changed(self) -> None:
        self._remap(target=self.kind.value(), header_row=None)

    def _header_row_changed(self, value: int) -> None:
        self._remap(target=self.kind.value(), header_row=value)

    def _remap(self, *, target: str | None, header_row: int | None) -> None:
        sheet, sheet_map = self.current_sheet()
        preview, mapping = self.state.require_preview()
        row = header_row or sheet_map.header_row or None
        fresh = self.state.service.remap_sheet(preview, sheet.name, target=target, header_row=row)
        if target is None:
            fresh = SheetMapping(None, fresh.header_row, {})
        mapping.sheets[sheet.name] = fresh
        self.show_sheet()

    def _defaults_changed(self) -> None:
        _sheet, sheet_map = self.current_sheet()
        _preview, mapping = self.state.require_preview()
        platform = self.defaults.store(mapping)
        sheet_map.platform = platform
        if len(mapping.sheets) == 1:
            mapping.platform = platform

    # -- StepPage: check every row ------------------------------------------------------------------
    def step_label(self) -> str:
        return self.tr("正在逐行检查……")

    def step_work(self) -> Work | None:
        preview, mapping = self.state.require_preview()
        if not any(m.target for m in mapping.sheets.values()):
            show_error(self, self.tr("没有要导入的工作表。请至少为一张工作表选择台账类型。"))
            return None
        self._defaults_changed()
        return self.state.check_job(preview, mapping.copy())

    def step_done(self, result: ImportPlan) -> None:
        self.state.plan = result

    def nextId(self) -> int:
        """The value-mapping page when the check found words it does not know, else the check."""
        plan = self.state.plan
        return VALUES_PAGE if plan is not None and plan.unknown_values else CHECK_PAGE

    def step_failed(self, error: BaseException) -> None:
        if not isinstance(error, ServiceError):
            raise error
        show_error(self, render(error.message))
