"""Checks a workbook before anything parses it, so a hostile file cannot exhaust memory or run code.

Refused, each with its own Chinese message: files that are not .xlsx workbooks (including Word or
PowerPoint files and damaged zips); encrypted workbooks and old .xls files (both OLE compound files);
workbooks with macros (.xlsm or a vbaProject part — we never run macros, but a file carrying code is
not a ledger and is refused rather than silently stripped); XML with a DTD (entity-expansion "XML
bombs" and external entities), found by parsing every XML part's prolog with defusedxml; zip bombs
(declared uncompressed sizes, compression ratios and the total, read from the zip directory before
any part is inflated); sheets declaring more rows or columns than one import takes.

openpyxl itself parses with defusedxml when it is installed (it is a dependency), so the same
protection holds for everything it reads afterwards.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree as safe_xml

from app.messages import msg
from app.services.errors import ServiceError
from app.services.xlsx_layout import DamagedPart, SheetLayout, scan_workbook

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_REF = re.compile(r"^\$?([A-Z]{1,3})?\$?(\d+)?$")


class HostileFileError(ServiceError):
    """The file was refused before parsing; nothing was read into the database."""


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024**2
    max_part_bytes: int = 512 * 1024**2
    max_total_bytes: int = 1024**3
    max_ratio: int = 200  # uncompressed : compressed, for parts above ratio_floor
    ratio_floor: int = 10 * 1024**2
    max_entries: int = 5_000
    max_rows: int = 200_000
    max_columns: int = 1_000


DEFAULT_LIMITS = Limits()


def size_text(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB"
    if size >= 1024**2:
        return f"{size / 1024**2:.1f} MB"
    return f"{max(size, 0) / 1024:.0f} KB"


def check_workbook_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> dict[str, SheetLayout]:
    """Raise HostileFileError (Chinese message) unless `path` is a plain .xlsx workbook within limits.

    Every XML part is parsed to its end (damage anywhere is refused); returns each sheet's layout.
    """
    file = Path(path)
    name = file.name
    if not file.is_file():
        raise HostileFileError(msg("找不到文件“{file}”。", file=file))
    size = file.stat().st_size
    if size > limits.max_file_bytes:
        raise HostileFileError(
            msg(
                "文件“{name}”大小为 {size_text}，超过导入上限 {size_text2}。",
                name=name,
                size_text=size_text(size),
                size_text2=size_text(limits.max_file_bytes),
            )
        )
    with file.open("rb") as handle:
        head = handle.read(8)
        if head == OLE_MAGIC:
            handle.seek(0)
            _refuse_ole(name, handle.read())
        if not head.startswith(ZIP_MAGIC):
            raise HostileFileError(_not_workbook(name))
    if file.suffix.lower() in (".xlsm", ".xltm", ".xlam"):
        raise HostileFileError(_macro(name))
    try:
        with zipfile.ZipFile(file) as archive:
            return _check_archive(name, archive, limits)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise HostileFileError(
            msg("文件“{name}”已损坏，无法读取（{value}）。", name=name, value=exc or type(exc).__name__)
        ) from None


def _refuse_ole(name: str, data: bytes) -> None:
    """Encrypted OOXML and .xls are both OLE compound files; their stream names tell them apart."""
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        raise HostileFileError(
            msg(
                "工作簿“{name}”设置了打开密码（已加密），无法导入。"
                "请在 Excel 中取消密码后另存为 .xlsx 再导入。",
                name=name,
            )
        )
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        raise HostileFileError(
            msg(
                "文件“{name}”是旧版 Excel 97-2003 工作簿（.xls）"
                "，不是 .xlsx。请在 Excel 中另存为“Excel 工作簿(*.xlsx)”后再导入。",
                name=name,
            )
        )
    raise HostileFileError(
        msg("文件“{name}”是旧版 Office 文件，不是 Excel 工作簿（.xlsx），无法导入。", name=name)
    )


def _not_workbook(name: str) -> str:
    return msg(
        "文件“{name}”不是 Excel 工作簿（.xlsx），"
        "无法导入。如果是 CSV、WPS 表格或网页格式，请先用 Excel 另存为“Excel 工作簿(*.xlsx)”。",
        name=name,
    )


def _macro(name: str) -> str:
    return msg(
        "工作簿“{name}”含有宏（VBA 代码），为安全起见不予导入。"
        "请在 Excel 中另存为不含宏的“Excel 工作簿(*.xlsx)”后再导入。",
        name=name,
    )


def _check_archive(name: str, archive: zipfile.ZipFile, limits: Limits) -> dict[str, SheetLayout]:
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise HostileFileError(
            msg(
                "工作簿“{name}”包含 {count} 个部件，超过上限 {max_entries} 个，已拒绝导入。",
                name=name,
                count=len(entries),
                max_entries=limits.max_entries,
            )
        )
    names = {info.filename for info in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        kind = (
            msg("Word 文档")
            if "word/document.xml" in names
            else msg("PowerPoint 演示文稿")
            if "ppt/presentation.xml" in names
            else ""
        )
        raise HostileFileError(
            msg("文件“{name}”是{kind}，不是 Excel 工作簿。", name=name, kind=kind)
            if kind
            else _not_workbook(name)
        )
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise HostileFileError(_macro(name))
    total = 0
    for info in entries:
        _check_sizes(name, info, limits)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise HostileFileError(
                msg(
                    "工作簿“{name}”解压后超过 {size_text} 的上限，疑似压缩炸弹，已拒绝导入。",
                    name=name,
                    size_text=size_text(limits.max_total_bytes),
                )
            )
    content_types = _read_small(archive, "[Content_Types].xml")
    if b"macroEnabled" in content_types:
        raise HostileFileError(_macro(name))
    for info in entries:
        if info.filename.endswith((".xml", ".rels", ".vml")):
            _check_prolog(name, archive, info)
    parts = {sheet: part for sheet, part in _sheet_parts(archive).items() if part in names}
    for sheet, part in parts.items():
        _check_dimension(name, sheet, archive, part, limits)
    try:
        return scan_workbook(archive, parts)
    except DamagedPart as exc:
        raise HostileFileError(
            msg(
                "工作簿“{name}”中的“{part}”已损坏，无法读取（{reason}）。请在 Excel 中打开并另存后再导入。",
                name=name,
                part=exc.part,
                reason=exc.reason,
            )
        ) from None


def _check_sizes(name: str, info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.max_part_bytes:
        raise HostileFileError(
            msg(
                "工作簿“{name}”中的部件“{filename}”解压后为 {size_text}，超过上限 {size_text2}，已拒绝导入。",
                name=name,
                filename=info.filename,
                size_text=size_text(info.file_size),
                size_text2=size_text(limits.max_part_bytes),
            )
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
        raise HostileFileError(
            msg(
                "工作簿“{name}”中的部件“{filename}”压缩比异常（{ratio}:1，"
                "上限 {max_ratio}:1），疑似压缩炸弹，已拒绝导入。",
                name=name,
                filename=info.filename,
                ratio=format(ratio, ".0f"),
                max_ratio=limits.max_ratio,
            )
        )


def _read_small(archive: zipfile.ZipFile, part: str, limit: int = 4 * 1024**2) -> bytes:
    with archive.open(part) as stream:
        return stream.read(limit)


def _iterparse(stream: IO[bytes], events: tuple[str, ...]) -> Any:
    return safe_xml.iterparse(
        stream, events=events, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )


def _check_prolog(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """A DTD can only come before the root element: parse up to it with defusedxml, then stop."""
    try:
        with archive.open(info) as stream:
            for _event, _element in _iterparse(stream, ("start",)):
                break
    except defusedxml.DefusedXmlException:
        raise HostileFileError(
            msg(
                "工作簿“{name}”中的“{filename}”含有 XML 实体或文档类型声明（DTD）"
                "，这是“XML 炸弹”等攻击使用的写法，已拒绝导入。",
                name=name,
                filename=info.filename,
            )
        ) from None
    except ParseError as exc:
        raise HostileFileError(
            msg(
                "工作簿“{name}”中的“{filename}”已损坏，无法读取（{exc}）。",
                name=name,
                filename=info.filename,
                exc=exc,
            )
        ) from None


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → zip part of its XML, from the workbook and its relationships."""
    try:
        targets: dict[str, str] = {}
        with archive.open("xl/_rels/workbook.xml.rels") as stream:
            for _event, el in _iterparse(stream, ("end",)):
                if el.tag == f"{PKG_REL_NS}Relationship":
                    target = el.get("Target", "")
                    part = (
                        target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
                    )
                    targets[el.get("Id", "")] = part
        sheets: dict[str, str] = {}
        with archive.open("xl/workbook.xml") as stream:
            for _event, el in _iterparse(stream, ("end",)):
                if el.tag == f"{SHEET_NS}sheet":
                    rel = el.get(f"{REL_NS}id", "")
                    if rel in targets:
                        sheets[el.get("name", rel)] = targets[rel]
        return sheets
    except (KeyError, ParseError):
        return {}


def _check_dimension(name: str, sheet: str, archive: zipfile.ZipFile, part: str, limits: Limits) -> None:
    """Read the declared used range (<dimension ref="A1:K20"/>), which comes before the cell data."""
    ref = None
    try:
        with archive.open(part) as stream:
            for event, el in _iterparse(stream, ("start", "end")):
                if event == "start" and el.tag == f"{SHEET_NS}sheetData":
                    break
                if event == "end" and el.tag == f"{SHEET_NS}dimension":
                    ref = el.get("ref")
                    break
    except ParseError as exc:
        raise HostileFileError(
            msg(
                "工作簿“{name}”中的工作表“{sheet}”已损坏，无法读取（{exc}）。",
                name=name,
                sheet=sheet,
                exc=exc,
            )
        ) from None
    if not ref:
        return
    rows, columns = _extent(ref)
    if rows > limits.max_rows:
        raise HostileFileError(
            msg(
                "工作表“{sheet}”声明有 {rows} 行，超过一次导入的上限 {max_rows} 行。"
                "请拆分成多个文件后再导入。",
                sheet=sheet,
                rows=rows,
                max_rows=limits.max_rows,
            )
        )
    if columns > limits.max_columns:
        raise HostileFileError(
            msg(
                "工作表“{sheet}”声明有 {columns} 列，超过一次导入的上限 {max_columns} 列，已拒绝导入。",
                sheet=sheet,
                columns=columns,
                max_columns=limits.max_columns,
            )
        )


def _extent(ref: str) -> tuple[int, int]:
    """Rows and columns spanned by a range like A1:K20."""
    first, _, last = ref.upper().partition(":")
    last = last or first
    a, b = _CELL_REF.match(first), _CELL_REF.match(last)
    if a is None or b is None:
        return 0, 0
    rows = int(b.group(2) or 1) - int(a.group(2) or 1) + 1
    columns = _column_number(b.group(1) or "A") - _column_number(a.group(1) or "A") + 1
    return rows, columns


def _column_number(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - ord("A") + 1
    return number
