"""Every XML part of a workbook read to its end before any cell is used, and what it says of the layout.

A part damaged anywhere (not only in its first bytes) is refused with a Chinese message, so a reader
never meets broken XML half-way through a sheet. The pass streams with expat and keeps nothing but a
sheet's merged ranges, hidden columns and the sheets hidden in the workbook, which header detection
needs and openpyxl's streaming reader does not give.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

CHUNK = 256 * 1024
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


class DamagedPart(Exception):
    def __init__(self, part: str, reason: str) -> None:
        super().__init__(f"{part}: {reason}")
        self.part = part
        self.reason = reason


@dataclass
class SheetLayout:
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 1-based r1, c1, r2, c2
    hidden_columns: set[int] = field(default_factory=set)  # 0-based
    hidden: bool = False  # the sheet itself is hidden


def column_number(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - ord("A") + 1
    return number


def _cell(ref: str) -> tuple[int, int] | None:
    match = _REF.match(ref.strip())
    return (int(match.group(2)), column_number(match.group(1))) if match else None


def _local(name: str) -> str:
    return name.rpartition(":")[2]


def _parse(archive: zipfile.ZipFile, part: str, start: Any = None) -> None:
    parser = expat.ParserCreate()

    def refuse(*_args: Any) -> None:
        raise DamagedPart(part, "含有文档类型声明")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    if start is not None:
        parser.StartElementHandler = start
    try:
        with archive.open(part) as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise DamagedPart(part, expat.ErrorString(exc.code) or str(exc)) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise DamagedPart(part, str(exc) or type(exc).__name__) from None


def scan_workbook(archive: zipfile.ZipFile, sheet_parts: dict[str, str]) -> dict[str, SheetLayout]:
    """Parse every XML part completely; return the layout of each sheet (by name). DamagedPart if not."""
    layouts: dict[str, SheetLayout] = {}
    by_part = {part: name for name, part in sheet_parts.items()}
    hidden_sheets: set[str] = set()

    def workbook_start(name: str, attrs: dict[str, str]) -> None:
        if _local(name) == "sheet" and attrs.get("state") in ("hidden", "veryHidden"):
            hidden_sheets.add(attrs.get("name", ""))

    for info in archive.infolist():
        part = info.filename
        if not part.endswith((".xml", ".rels", ".vml")):
            continue
        if part in by_part:
            layout = SheetLayout()
            layouts[by_part[part]] = layout
            _parse(archive, part, _sheet_handler(layout))
        elif part == "xl/workbook.xml":
            _parse(archive, part, workbook_start)
        else:
            _parse(archive, part)
    for name in hidden_sheets:
        if name in layouts:
            layouts[name].hidden = True
    return layouts


def _sheet_handler(layout: SheetLayout) -> Any:
    def start(name: str, attrs: dict[str, str]) -> None:
        tag = _local(name)
        if tag == "c" or tag == "row" or tag == "v":
            return
        if tag == "col" and attrs.get("hidden") in ("1", "true"):
            try:
                first, last = int(attrs.get("min", "0")), int(attrs.get("max", "0"))
            except ValueError:
                return
            if 0 < first <= last:
                layout.hidden_columns.update(range(first - 1, min(last, first + 1000)))
        elif tag == "mergeCell":
            start, _, end = attrs.get("ref", "").partition(":")
            a, b = _cell(start), _cell(end or start)
            if a is not None and b is not None:
                layout.merges.append((min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))

    return start
