"""Reading a checked workbook into an ImportPreview: rows, header row, kind of sheet, column mapping."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from app.reports.excel.cycle_layouts import CYCLE_SHEETS
from app.reports.excel.layouts import STATS_SHEET
from app.services.ledger_import.fields import TARGETS, target_label
from app.services.ledger_import.headers import (
    detect,
    district_of,
    map_columns,
    platform_in_text,
    title_above,
)
from app.services.ledger_import.model import (
    ColumnInfo,
    Formula,
    ImportMapping,
    ImportPreview,
    SheetMapping,
    SheetPreview,
)
from app.services.ledger_import.parsers import cell_text
from app.services.ledger_import.progress import Ticker
from app.services.xlsx_guard import DEFAULT_LIMITS, HostileFileError, Limits, check_workbook_file

SAMPLES = 5
_TOTAL_WORDS = re.compile(r"^(合计|总计|小计|共计|累计)")
_NOTE_WORDS = re.compile(r"^(注|说明|填表说明|备注[:：]|附[:：])")


def read_workbook(path: Path, ticker: Ticker, limits: Limits = DEFAULT_LIMITS) -> ImportPreview:
    check_workbook_file(path, limits)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions; they are irrelevant
        wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    try:
        sheets = []
        for ws in wb.worksheets:
            ticker.report(ticker.done, f"正在读取工作表“{ws.title}”……")
            rows = _read_rows(ws, ws.title, ticker, limits)
            sheets.append(build_sheet(ws.title, rows))
    finally:
        wb.close()
    return ImportPreview(path, sheets, detected_mapping(sheets))


def _read_rows(ws: Any, name: str, ticker: Ticker, limits: Limits) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for row in ws.iter_rows():
        if len(rows) >= limits.max_rows:
            raise HostileFileError(
                f"工作表“{name}”超过一次导入的上限 {limits.max_rows} 行。请拆分成多个文件后再导入。"
            )
        values = tuple(_cell_value(c) for c in row[: limits.max_columns])
        rows.append(values)
        if len(rows) % 1000 == 0:
            ticker.report(ticker.done + 1000, f"已读取工作表“{name}”{len(rows)} 行……")
    while rows and not any(v not in (None, "") for v in rows[-1]):
        rows.pop()
    return rows


def _cell_value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" and isinstance(value, str):
        return Formula(value)
    return value


def build_sheet(name: str, rows: list[tuple[Any, ...]], header_row: int | None = None) -> SheetPreview:
    """A sheet's preview; `header_row` overrides detection (the wizard may let the user choose)."""
    detected_row, target = detect(rows, name)
    if name in CYCLE_SHEETS:  # the app's own export of records kept in the app: read, never imported
        target = None
    number = detected_row if header_row is None else header_row
    columns: list[ColumnInfo] = []
    notes: list[str] = []
    if number:
        header = rows[number - 1] if number <= len(rows) else ()
        body = rows[number:]
        for index, value in enumerate(header):
            text = cell_text(value) or ""
            samples = [s for s in (cell_text(r[index]) if index < len(r) else None for r in body[:50]) if s]
            if text or samples:
                columns.append(ColumnInfo(index, get_column_letter(index + 1), text, samples[:SAMPLES]))
    title = title_above(rows, number) if number else None
    if target is None and name == STATS_SHEET:
        notes.append(f"工作表「{name}」是统计数字，不导入。")
    elif name in CYCLE_SHEETS:
        notes.append(f"工作表「{name}」是程序导出的{name}，供查阅和存档，不导入（请在程序中登记和修改）。")
    elif target is None:
        notes.append(f"工作表「{name}」中没有找到台账的表头，不导入。")
    else:
        notes.append(f"工作表「{name}」按“{target_label(target)}”导入，表头在第{number}行。")
    return SheetPreview(name, rows, number, columns, target, title, notes)


def sheet_mapping(sheet: SheetPreview, target: str | None = None) -> SheetMapping:
    """The detected column mapping of a sheet (for `target`, default the detected kind)."""
    target = target or sheet.target
    if target is None or not sheet.header_row:
        return SheetMapping(None, sheet.header_row, {})
    if target not in TARGETS:
        raise KeyError(target)
    headers = [c.header for c in sheet.columns]
    mapped = map_columns(headers, target)
    return SheetMapping(target, sheet.header_row, {c.index: mapped[i] for i, c in enumerate(sheet.columns)})


def detected_mapping(sheets: list[SheetPreview]) -> ImportMapping:
    mapping = ImportMapping({s.name: sheet_mapping(s) for s in sheets})
    for sheet in sheets:
        platform = platform_in_text(sheet.title)
        if sheet.target is not None and platform:
            mapping.platform = platform
            mapping.district = district_of(platform)
            sheet.notes.append(f"标题中的站室组“{platform}”将用于没有填写站室组的行。")
            break
    return mapping


def row_kind(values: tuple[Any, ...]) -> str | None:
    """'empty', 'total' (合计 row or a row of formulas), 'note' (a remark under the table) or None."""
    filled = [v for v in values if v not in (None, "")]
    if not filled:
        return "empty"
    first = cell_text(filled[0]) or ""
    if _TOTAL_WORDS.match(first):
        return "total"
    if all(isinstance(v, Formula | int | float) for v in filled) and any(
        isinstance(v, Formula) for v in filled
    ):
        return "total"
    if len(filled) == 1 and _NOTE_WORDS.match(first):
        return "note"
    return None
