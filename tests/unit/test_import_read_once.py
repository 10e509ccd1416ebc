"""The check and the import take the rows the read parsed, instead of parsing the workbook again.

A register longer than the preview's head rows: after `read_workbook`, `body_rows` hands over the same
rows the file holds without opening it; a file changed since the read is still refused; a workbook
past the budget, or one read before another, is streamed from its file again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.services.ledger_import import read_once, reader
from app.services.ledger_import.progress import Ticker
from app.services.xlsx_guard import HostileFileError

ROWS = reader.HEAD_ROWS * 3


def register(path: Path, rows: int = ROWS, word: str = "路灯") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["序号", "协商议题", "意见建议", "承办单位"])
    for i in range(1, rows + 1):
        ws.append([i, f"议题{i}", f"{word}{i}", "市住建局"])
    wb.create_sheet("说明").append(["填表说明：每行一条建议"])
    wb.save(path)
    return path


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every time the workbook is opened (to read it or to stream its rows)."""
    seen: list[Path] = []
    real = reader.open_workbook

    def counting(path: Path) -> Any:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(reader, "open_workbook", counting)
    yield seen
    read_once.forget()


def body(preview: Any, sheet: str = "台账", start: int = 2) -> list[tuple[int, tuple[Any, ...]]]:
    found = next(s for s in preview.sheets if s.name == sheet)
    return list(reader.body_rows(preview, found, start))


def test_the_rows_after_the_read_come_without_opening_the_file(tmp_path: Path, opened: list[Path]) -> None:
    path = register(tmp_path / "台账.xlsx")
    preview = reader.read_workbook(path, Ticker())
    assert opened == [path]
    sheet = next(s for s in preview.sheets if s.name == "台账")
    assert sheet.row_count == ROWS + 1 > len(sheet.rows)  # the preview keeps only the head rows
    rows = body(preview)
    assert opened == [path]  # not opened again
    assert rows == list(reader.sheet_rows(path, "台账", 2))  # what the file holds, numbered alike
    assert rows[0] == (2, (1, "议题1", "路灯1", "市住建局")) and rows[-1][0] == ROWS + 1
    assert body(preview, start=ROWS) == rows[ROWS - 2 :]
    assert body(preview, "说明", 1) == [(1, ("填表说明：每行一条建议",))]


def test_a_file_changed_after_the_read_is_still_refused(tmp_path: Path, opened: list[Path]) -> None:
    path = register(tmp_path / "台账.xlsx")
    preview = reader.read_workbook(path, Ticker())
    register(path, word="井盖")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    with pytest.raises(HostileFileError, match="被修改过"):
        body(preview)


def test_past_the_budget_the_rows_are_streamed_from_the_file(
    tmp_path: Path, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_once, "KEEP_CELLS", ROWS)  # fewer cells than the register has
    path = register(tmp_path / "台账.xlsx")
    preview = reader.read_workbook(path, Ticker())
    rows = body(preview)
    assert opened == [path, path]
    assert rows[-1] == (ROWS + 1, (ROWS, f"议题{ROWS}", f"路灯{ROWS}", "市住建局"))


def test_only_the_workbook_read_last_is_kept(tmp_path: Path, opened: list[Path]) -> None:
    first = reader.read_workbook(register(tmp_path / "一.xlsx"), Ticker())
    second = reader.read_workbook(register(tmp_path / "二.xlsx", word="井盖"), Ticker())
    assert body(second)[0][1][2] == "井盖1"
    assert len(opened) == 2
    assert body(first)[0][1][2] == "路灯1"  # read from its file again
    assert len(opened) == 3
