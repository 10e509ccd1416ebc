"""One ledger sheet in a write-only workbook: title, 制表日期 line, header, streamed rows, print set-up.

Layout (the importer relies on it): row 1 a merged title, row 2 the 制表日期 line, row 3 the header,
data from row 4. Widths are measured on the header and the first rows (CJK characters count double);
long-text columns wrap. The sheet prints A4 landscape, fit to one page wide, header repeated.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties

from app.reports.excel import styles
from app.reports.excel.cells import CellFactory
from app.reports.excel.safe_values import EXCEL_TEXT_LIMIT, ILLEGAL, NOT_PLAIN, is_risky

HEADER_ROW = 3
FIRST_DATA_ROW = HEADER_ROW + 1
SAMPLE_ROWS = 200
PLAIN_LIMIT = 32_767 // 7  # shorter text can never need cutting, even fully escaped
TICK_EVERY = 500

# Column kinds: how a plain value becomes a cell.
TEXT = "text"
LONG_TEXT = "longtext"
DATE = "date"
INTEGER = "int"
BOOL = "bool"
PHONE = "phone"
RECORD_ID = "id"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = TEXT
    width: float | None = None  # fixed width; None: measured
    choices: tuple[str, ...] = ()  # offered as a drop-down list in Excel
    printed: bool = True  # details, record id and version stay off the printed page (put them last)
    muted: bool = False  # record id and version: grey header, "do not edit"


@dataclass
class SheetSpec:
    name: str  # sheet tab
    heading: str  # title row
    subheading: str  # 制表日期 line
    columns: Sequence[Column]


@dataclass
class SheetResult:
    name: str
    rows: int = 0
    cut: list[str] = field(default_factory=list)


LINE_HEIGHT = 16.0
MAX_LINES = 10  # a taller cell is cut on paper; the full text stays in the cell


def text_lines(value: Any, width: float) -> int:
    """Lines a wrapped text needs in a column (CJK counted double, estimated from the UTF-8 length)."""
    text = value if isinstance(value, str) else str(value)
    if len(text) * 2 <= width and "\n" not in text:
        return 1
    lines = 0
    for part in text.split("\n"):
        estimate = (len(part.encode("utf-8")) + len(part)) / 2
        lines += max(1, math.ceil(estimate / width))
    return lines


def _width_sample(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == DATE:
        return "0000-00-00"
    if column.kind == BOOL:
        return "是"
    if not isinstance(value, str | int | float):
        return ""
    return str(value)


def landscape_page(ws: WriteOnlyWorksheet, header_row: int | None) -> None:
    """A4 landscape, one page wide, ruled, page numbers, the header row repeated on every page.

    Call before the sheet's first row: a write-only sheet writes its properties first.
    """
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = True  # ruled like a paper ledger, without a border on every cell
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.HeaderFooter.oddFooter.center.text = "第 &P 页，共 &N 页"
    if header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"


def lean_rows(ws: WriteOnlyWorksheet) -> None:
    """Give a write-only sheet a faster row converter for rows that mix plain values and ready cells.

    openpyxl's own converter (WriteOnlyWorksheet._values_to_row, openpyxl 3.1 as pinned) first tries
    to assign every ready cell as a value, which raises and is caught, and then replaces its scratch
    cell; on a ledger with wrapped text that costs more than writing the cells. This one passes ready
    cells straight through. Strings are checked here (one regular expression) and always bound as
    strings: plain text directly (openpyxl's own check would find nothing more); text still holding
    characters XML cannot hold, or too long, is escaped and cut; text that could pass for a formula
    becomes a quoted string cell. Text the column converters already escaped is not escaped again.
    So no string in these sheets becomes a formula, whatever produced the row.
    """
    factory = CellFactory(ws)
    not_plain = NOT_PLAIN.search
    illegal = ILLEGAL.search

    def values_to_row(values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        scratch = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            kind = value.__class__
            if kind is str:
                if len(value) <= PLAIN_LIMIT and not_plain(value) is None:
                    scratch._value, scratch.data_type = value, "s"
                    scratch.column, scratch.row = col_idx, row_idx
                    yield scratch
                    continue
                if illegal(value) or len(value) > EXCEL_TEXT_LIMIT:
                    value = factory.text(value, row_idx)
                elif is_risky(value):
                    value = factory.quoted(value)
                if value.__class__ is str:
                    scratch._value, scratch.data_type = value, "s"
                    scratch.column, scratch.row = col_idx, row_idx
                    yield scratch
                    continue
                kind = Cell
            if kind is Cell:
                value.column, value.row = col_idx, row_idx
                yield value
                continue
            scratch.value = value
            scratch.column, scratch.row = col_idx, row_idx
            yield scratch
            if scratch.has_style:  # dates carry a number format: the next value needs a clean cell
                scratch = WriteOnlyCell(ws)

    ws._values_to_row = values_to_row  # type: ignore[method-assign]


class LedgerSheetWriter:
    def __init__(self, wb: Workbook, spec: SheetSpec) -> None:
        self.spec = spec
        self.ws: WriteOnlyWorksheet = wb.create_sheet(spec.name)
        lean_rows(self.ws)
        self.cells = CellFactory(self.ws)
        self.last_col = get_column_letter(len(spec.columns))
        printed = [i for i, c in enumerate(spec.columns, 1) if c.printed]
        self.last_printed_col = get_column_letter(max(printed) if printed else len(spec.columns))
        self.widths: list[float] = []

    def write(
        self,
        rows: Iterable[Sequence[Any]],
        tick: Callable[[int], None] | None = None,
        *,
        prepared: bool = False,
        filter_rows: int | None = None,
    ) -> SheetResult:
        """Stream `rows` (plain values in column order) into the sheet; `tick(n)` every few hundred rows.

        `prepared` rows already hold safe values and cells (made with self.cells) and are written as
        they are; `filter_rows` limits the autofilter to the first rows (the rest are notes or tables).
        """
        iterator = iter(rows)
        sample = list(islice(iterator, SAMPLE_ROWS))
        self._set_up(sample)
        self._write_heading()
        # Only columns that need converting are touched (dates and numbers go to openpyxl as they are).
        converters = [
            (i, conv) for i, c in enumerate(self.spec.columns) if (conv := self._converter(c)) is not None
        ]
        # Printed long texts wrap (styled cells cost time: only those needing a second line get one)
        # and set the row height; unprinted long texts stay on one line.
        columns = zip(self.spec.columns, self.widths, strict=True)
        wrapped = [
            (i, w - 1.5, c.header) for i, (c, w) in enumerate(columns) if c.kind == LONG_TEXT and c.printed
        ]
        wrap = self.cells.wrapped
        append = self.ws.append
        heights = self.ws.row_dimensions
        count = 0
        for source in (sample, iterator):
            for row in source:
                count += 1
                if prepared:
                    append(row)
                    continue
                number = HEADER_ROW + count
                cells = list(row)
                for i, conv in converters:
                    cells[i] = conv(cells[i], number)
                lines = 1
                for i, width, header in wrapped:
                    value = row[i]
                    if value and (need := text_lines(value, width)) > 1:
                        cells[i] = wrap(value, number, header)
                        lines = max(lines, need)
                if lines > 1:
                    # The writer reads a row's XML attributes from row_dimensions; a plain dict is
                    # all it needs (a RowDimension per row costs more than the row itself).
                    height = LINE_HEIGHT * min(lines, MAX_LINES)
                    heights[number] = {"ht": f"{height:g}", "customHeight": "1"}  # type: ignore[assignment]
                    append(cells)
                    del heights[number]
                else:
                    append(cells)
                if tick is not None and count % TICK_EVERY == 0:
                    tick(count)
        if tick is not None:
            tick(count)
        self._finish(HEADER_ROW + count, HEADER_ROW + (count if filter_rows is None else filter_rows))
        return SheetResult(self.spec.name, count, self.cells.cut)

    # -- set-up (before the first row: write-only sheets write their head first) -----------------
    def _set_up(self, sample: list[Sequence[Any]]) -> None:
        ws = self.ws
        for index, column in enumerate(self.spec.columns):
            letter = get_column_letter(index + 1)
            if column.width is not None:
                width = column.width
            else:
                # The header wraps onto two lines, so it needs only half its width.
                texts = [_width_sample(column, row[index]) for row in sample]
                head = styles.display_width(column.header) / 2 + 1
                long = column.kind == LONG_TEXT
                width = styles.column_width(
                    texts,
                    minimum=max(head, 12.0 if long else styles.MIN_WIDTH),
                    maximum=styles.MAX_LONG_WIDTH if long else styles.MAX_WIDTH,
                )
            self.widths.append(width)
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        landscape_page(ws, HEADER_ROW)
        ws.row_dimensions[1].height = 30
        ws.row_dimensions[HEADER_ROW].height = 30

    def _write_heading(self) -> None:
        ws = self.ws
        title = WriteOnlyCell(ws, self.spec.heading)
        title.font = styles.TITLE_FONT
        title.alignment = styles.TITLE_ALIGN
        ws.append([title])
        sub = WriteOnlyCell(ws, self.spec.subheading)
        sub.font = styles.SUBTITLE_FONT
        ws.append([sub])
        ws.merged_cells.add(f"A1:{self.last_printed_col}1")
        ws.merged_cells.add(f"A2:{self.last_printed_col}2")
        header = []
        for column in self.spec.columns:
            cell = WriteOnlyCell(ws, column.header)
            cell.font = styles.ID_FONT if column.muted else styles.HEADER_FONT
            cell.fill = styles.HEADER_FILL if column.printed else styles.DETAIL_FILL
            cell.alignment = styles.CENTER
            cell.border = styles.HEADER_BORDER
            header.append(cell)
        ws.append(header)

    def _finish(self, last_row: int, filter_row: int) -> None:
        ws = self.ws
        ws.auto_filter.ref = f"A{HEADER_ROW}:{self.last_col}{filter_row}"
        ws.print_area = f"A1:{self.last_printed_col}{last_row}"
        if last_row < FIRST_DATA_ROW:
            return
        for index, column in enumerate(self.spec.columns, 1):
            if not column.choices:
                continue
            letter = get_column_letter(index)
            rule = DataValidation(
                type="list",
                formula1='"' + ",".join(column.choices) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="取值无效",
                error=f"请从下拉列表中选择{column.header}。",
            )
            rule.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}")
            ws.data_validations.append(rule)

    # -- per-column conversion ----------------------------------------------------------------------
    def _converter(self, column: Column) -> Callable[[Any, int], Any] | None:
        cells = self.cells
        header = column.header
        if column.kind == PHONE:
            return lambda v, n: cells.phone(v, n, header) if v else None
        if column.kind in (TEXT, LONG_TEXT):
            not_plain = NOT_PLAIN.search
            return lambda v, n: (
                v
                if v.__class__ is str and len(v) <= PLAIN_LIMIT and not_plain(v) is None
                else (cells.text(v, n, header) if v else None)
            )
        if column.kind == BOOL:
            return lambda v, n: cells.yes_no(v)
        if column.kind == RECORD_ID:
            return lambda v, n: str(v) if v is not None else None
        return None  # dates (date objects) and numbers are written as they are
