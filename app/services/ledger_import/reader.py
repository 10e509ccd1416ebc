"""Reading a checked workbook into an ImportPreview: rows, header row, kind of sheet, column mapping."""

from __future__ import annotations

import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from app.messages import msg
from app.reports.excel.cycle_layouts import CYCLE_SHEETS
from app.reports.excel.layouts import STATS_SHEET
from app.services.ledger_import import read_once
from app.services.ledger_import.fields import TARGETS, target_label
from app.services.ledger_import.headers import (
    Band,
    _titles,
    detect,
    district_of,
    header_grid,
    map_titles,
    match_title,
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
from app.services.xlsx_layout import SheetLayout

SAMPLES = 5
HEAD_ROWS = 60  # rows kept in the preview: the header scan and the wizard's first rows
_TOTAL_WORDS = re.compile(r"^(合计|总计|小计|共计|累计)")
_NOTE_WORDS = re.compile(r"^(注|说明|填表说明|备注[:：]|附[:：])")
_FILL_IN = re.compile(r"(填报|填表|报送|制表|统计)(单位|人|日期|时间)|[:：]\s*$")
# What openpyxl raises on a workbook whose XML is well formed but whose content is not a workbook's.
READ_ERRORS = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    OverflowError,
    EOFError,
    OSError,
    zipfile.BadZipFile,
    zlib.error,
    SyntaxError,  # xml ParseError
)


def damaged(path: Path, exc: BaseException) -> HostileFileError:
    return HostileFileError(
        msg(
            "工作簿“{name}”的内容已损坏，无法读取（{name2}）。请在 Excel 中打开并另存后再导入。",
            name=path.name,
            name2=type(exc).__name__,
        )
    )


@contextmanager
def open_workbook(path: Path) -> Iterator[Any]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter(
                "ignore"
            )  # openpyxl warns about unsupported extensions; they are irrelevant
            wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except READ_ERRORS as exc:
        raise damaged(path, exc) from None
    try:
        yield wb
    finally:
        wb.close()


def stream_rows(
    path: Path, ws: Any, limits: Limits = DEFAULT_LIMITS, start: int = 1
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cell values) from `start` on, one row at a time (openpyxl's streaming reader)."""
    number = 0
    try:
        for number, row in enumerate(ws.iter_rows(min_row=start), start):
            if number > limits.max_rows:
                raise HostileFileError(
                    msg(
                        "工作表“{title}”超过一次导入的上限 {max_rows} 行。请拆分成多个文件后再导入。",
                        title=ws.title,
                        max_rows=limits.max_rows,
                    )
                )
            yield number, tuple(_cell_value(c) for c in row[: limits.max_columns])
    except READ_ERRORS as exc:
        raise damaged(path, exc) from None


def sheet_rows(
    path: Path,
    sheet: str,
    start: int,
    limits: Limits = DEFAULT_LIMITS,
    *,
    file_key: tuple[int, int] | None = None,
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The rows of one sheet from `start` (the preview keeps only the first): as the read parsed them
    while the file it read (`file_key`) is the one kept (read_once), else read again from the file."""
    kept = read_once.rows(path, file_key, sheet, start) if file_key is not None else None
    if kept is not None:
        yield from kept
        return
    with open_workbook(path) as wb:
        if sheet not in wb.sheetnames:
            raise HostileFileError(
                msg("工作簿“{name}”中已没有工作表“{sheet}”，请重新选择文件。", name=path.name, sheet=sheet)
            )
        yield from stream_rows(path, wb[sheet], limits, start)


def body_rows(
    preview: ImportPreview, sheet: SheetPreview, start: int
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The sheet's rows from `start`, streamed from the file (refused if it changed since reading)."""
    path = preview.path
    try:
        stat = path.stat()
    except OSError:
        raise HostileFileError(msg("找不到文件“{path}”，请重新选择。", path=path)) from None
    if preview.file_key != (0, 0) and (stat.st_mtime_ns, stat.st_size) != preview.file_key:
        raise HostileFileError(msg("文件“{name}”在读取后被修改过，请重新选择文件。", name=path.name))
    if not preview.file_key[1] and sheet.rows and sheet.row_count <= len(sheet.rows):
        yield from ((n, r) for n, r in enumerate(sheet.rows[start - 1 :], start))
        return
    yield from sheet_rows(path, sheet.name, start, file_key=preview.file_key)


def read_workbook(path: Path, ticker: Ticker, limits: Limits = DEFAULT_LIMITS) -> ImportPreview:
    layouts = check_workbook_file(path, limits)
    sheets = []
    keeping = read_once.Keeping()
    read_once.forget()
    with open_workbook(path) as wb:
        for ws in wb.worksheets:
            ticker.report(ticker.done, msg("正在读取工作表“{title}”……", title=ws.title))
            head: list[tuple[Any, ...]] = []
            last = 0
            keeping.begin(ws.title)
            for number, values in stream_rows(path, ws, limits):
                keeping.add(ws.title, values)
                if number <= HEAD_ROWS:
                    head.append(values)
                if any(v not in (None, "") for v in values):
                    last = number
                if number % 1000 == 0:
                    ticker.report(
                        ticker.done + 1000,
                        msg("已读取工作表“{title}”{number} 行……", title=ws.title, number=number),
                    )
            layout = layouts.get(ws.title) or SheetLayout()
            sheets.append(build_sheet(ws.title, head[:last], layout=layout, row_count=last))
    stat = path.stat()
    file_key = (stat.st_mtime_ns, stat.st_size)
    read_once.keep(path, file_key, keeping)  # the check and the import read these rows again
    return ImportPreview(path, sheets, detected_mapping(sheets), file_key)


def _cell_value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" and isinstance(value, str):
        return Formula(value)
    return value


def build_sheet(
    name: str,
    rows: list[tuple[Any, ...]],
    header_row: int | None = None,
    *,
    layout: SheetLayout | None = None,
    row_count: int | None = None,
    targets: list[str] | None = None,
) -> SheetPreview:
    """A sheet's preview; `header_row` overrides detection (the last header row, chosen by the user)."""
    layout = layout or SheetLayout()
    merges = tuple(layout.merges)
    hidden = frozenset(layout.hidden_columns)
    band = detect(rows, name, merges, hidden, targets)
    if header_row is not None and header_row != band.last:
        grid = header_grid(rows, merges)
        first = header_row if header_row <= len(grid) else 0
        band = Band(first, header_row, band.target, _titles(grid, first, header_row) if first else [], {})
    number = band.last
    columns: list[ColumnInfo] = []
    if number:
        body = rows[number:]
        width = max(len(band.titles), *(len(r) for r in body[:50]), 0) if body else len(band.titles)
        for index in range(width):
            text = band.titles[index] if index < len(band.titles) else None
            samples = [s for s in (cell_text(r[index]) if index < len(r) else None for r in body[:50]) if s]
            if text or samples:
                columns.append(
                    ColumnInfo(
                        index, get_column_letter(index + 1), text or "", samples[:SAMPLES], index in hidden
                    )
                )
    title = title_above(rows, band.first or number) if number else None
    sheet = SheetPreview(
        name,
        rows,
        number,
        columns,
        band.target,
        title,
        [],
        band.first if band.first != number else 0,
        max(row_count or 0, len(rows)),
        merges,
        hidden,
        platform_in_text(title) or platform_in_text(name),
    )
    if name in CYCLE_SHEETS and targets is None:  # the app's own export of records kept in the app
        sheet.target = None
    sheet.notes = recognised(sheet, band)
    if layout.hidden and sheet.target is not None:
        sheet.target = None  # a hidden sheet is the workbook's own bookkeeping (lists, lookups)
        sheet.notes = [
            msg("工作表「{name}」在工作簿中是隐藏的，不导入（需要时可在导入时指定表类型）。", name=name)
        ]
    return sheet


def recognised(sheet: SheetPreview, band: Band) -> list[str]:
    """What the reader made of the sheet, in the words the wizard and the command line show."""
    name = sheet.name
    if sheet.target is None:
        if name == STATS_SHEET:
            return [msg("工作表「{name}」是统计数字，不导入。", name=name)]
        if name in CYCLE_SHEETS:
            return [
                msg(
                    "工作表「{name}」是程序导出的{name}，供查阅和存档，不导入（请在程序中登记和修改）。",
                    name=name,
                )
            ]
        return [msg("工作表「{name}」中没有找到台账的表头，不导入。", name=name)]
    notes = [
        msg(
            "工作表「{name}」按“{target_label}”导入，表头在{header_span}，共 {data_rows} 行数据。",
            name=name,
            target_label=target_label(sheet.target),
            header_span=sheet.header_span,
            data_rows=sheet.data_rows,
        )
    ]
    first = sheet.header_first or sheet.header_row
    above = [
        (i, [t for t in (cell_text(v) for v in row) if t]) for i, row in enumerate(sheet.rows[: first - 1], 1)
    ]
    for number, texts in above:
        if not texts:
            continue
        joined = " ".join(texts)
        if any(_FILL_IN.search(t) for t in texts):
            notes.append(
                msg("第{number}行是填报信息（{joined}），不导入。", number=number, joined=joined[:40])
            )
        else:
            notes.append(msg("第{number}行是标题“{joined}”，不导入。", number=number, joined=joined[:40]))
    for group, under in band.groups.items():
        notes.append(
            msg("合并的表头“{group}”下分为：{join}。", group=group, join="、".join(u for u in under if u))
        )
    seq = [c.letter for c in sheet.columns if c.header and match_title(c.header, sheet.target) == "seq"]
    if seq:
        notes.append(msg("{join}列是序号，不导入。", join="、".join(seq)))
    hidden = [c.letter for c in sheet.columns if c.hidden]
    if hidden:
        notes.append(msg("隐藏的列 {join} 不导入（需要时可在下方手动对应）。", join="、".join(hidden)))
    if sheet.platform:
        notes.append(msg("标题中的站室组“{platform}”将用于本表没有填写站室组的行。", platform=sheet.platform))
    return notes


def sheet_mapping(sheet: SheetPreview, target: str | None = None) -> SheetMapping:
    """The detected column mapping of a sheet (for `target`, default the detected kind)."""
    target = target or sheet.target
    if target is None or not sheet.header_row:
        return SheetMapping(None, sheet.header_row, {})
    if target not in TARGETS:
        raise KeyError(target)
    mapped = map_titles([c.header for c in sheet.columns], target)
    columns: dict[int, str | None] = {}
    for i, c in enumerate(sheet.columns):
        key = mapped[i]
        if c.hidden and key not in ("record_id", "version"):
            key = None
        columns[c.index] = key
    return SheetMapping(target, sheet.header_row, columns, sheet.platform)


def detected_mapping(sheets: list[SheetPreview]) -> ImportMapping:
    mapping = ImportMapping({s.name: sheet_mapping(s) for s in sheets})
    for sheet in sheets:
        if sheet.target is not None and sheet.platform:
            mapping.platform = sheet.platform
            mapping.district = district_of(sheet.platform)
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
