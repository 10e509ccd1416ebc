"""The error workbook of an import: the file's own rows, the cells in error highlighted, and an
错误说明 column saying what is wrong with each row, so a clerk can fix the rows and import again.

Rows keep their numbers (the title rows above the header are copied too), so "第7行" in a message is
row 7 in both the original file and this workbook. A first sheet, 错误汇总, lists every message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from app.reports.excel import styles
from app.reports.excel.cells import CellFactory
from app.reports.excel.sheet_writer import landscape_page
from app.reports.excel.workbook import new_workbook, save_atomically

SUMMARY_SHEET = "错误汇总"
EXPLAIN_HEADER = "错误说明"


@dataclass
class ErrorSheet:
    name: str
    rows: list[tuple[Any, ...]]  # every row from row 1, as read
    header_row: int  # 1-based; 0 when the sheet has no header
    bad_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, 0-based column)
    messages: dict[int, list[str]] = field(default_factory=dict)  # row → messages


@dataclass
class SummaryLine:
    sheet: str
    row: int | None
    column: str | None
    message: str
    severity: str  # "错误" or "提示"


def write_error_workbook(path: Path, sheets: list[ErrorSheet], summary: list[SummaryLine]) -> None:
    wb = new_workbook()
    _write_summary(wb, summary)
    for sheet in sheets:
        _write_sheet(wb, sheet)
    save_atomically(wb, path)


def _write_summary(wb: Any, lines: list[SummaryLine]) -> None:
    ws = wb.create_sheet(SUMMARY_SHEET)
    for letter, width in zip("ABCDE", (18, 8, 20, 70, 8), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    landscape_page(ws, 1)
    cells = CellFactory(ws)
    head = cells.template("head", font=styles.HEADER_FONT, fill=styles.HEADER_FILL, alignment=styles.CENTER)
    ws.append([cells.styled(h, head) for h in ("工作表", "行", "列", "说明", "类别")])
    error = cells.template("error", font=styles.ERROR_FONT, alignment=styles.WRAP)
    for line in lines:
        message = (
            cells.styled(line.message, error) if line.severity == "错误" else cells.wrapped(line.message)
        )
        ws.append([cells.text(line.sheet), line.row or None, cells.text(line.column), message, line.severity])
    ws.auto_filter.ref = f"A1:E{len(lines) + 1}"


def _write_sheet(wb: Any, sheet: ErrorSheet) -> None:
    ws = wb.create_sheet(sheet.name[:31])
    width = max((len(r) for r in sheet.rows), default=0)
    explain = width  # 0-based index of the 错误说明 column
    for index in range(width):
        ws.column_dimensions[get_column_letter(index + 1)].width = 16
    ws.column_dimensions[get_column_letter(explain + 1)].width = 60
    if sheet.header_row:
        ws.freeze_panes = f"A{sheet.header_row + 1}"
    landscape_page(ws, sheet.header_row or None)
    cells = CellFactory(ws)
    bad = cells.template("bad", fill=styles.ERROR_FILL, font=styles.ERROR_FONT)
    note = cells.template("note", fill=styles.NOTE_FILL, alignment=styles.WRAP, font=styles.ERROR_FONT)
    head = cells.template("head", font=styles.HEADER_FONT, fill=styles.HEADER_FILL, alignment=styles.CENTER)
    for number, values in enumerate(sheet.rows, 1):
        row: list[Any] = []
        for index in range(width):
            value = _plain(values[index]) if index < len(values) else None
            if (number, index) in sheet.bad_cells:
                row.append(cells.styled(value if value is not None else "", bad))
            elif number == sheet.header_row:
                row.append(cells.styled(value, head) if value is not None else None)
            else:
                row.append(cells.text(value) if isinstance(value, str) else value)
        if number == sheet.header_row:
            row.append(cells.styled(EXPLAIN_HEADER, head))
        elif number in sheet.messages:
            row.append(cells.styled("\n".join(sheet.messages[number]), note))
        ws.append(row)


def _plain(value: Any) -> Any:
    """Values as they were in the file; formulas become their text (never live formulas here)."""
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    if isinstance(value, str | int | float | date | datetime) or value is None:
        return value if not isinstance(value, bool) else ("是" if value else "否")
    return str(value)
