"""Safe cells: user text is written as text exactly, never as a formula, and nothing is lost silently."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.reports.excel.cells import CellFactory
from app.reports.excel.safe_values import (
    EXCEL_TEXT_LIMIT,
    TRUNCATION_MARK,
    decode_text,
    escape_text,
    fit_text,
    is_cut,
)
from app.reports.excel.sheet_writer import Column, LedgerSheetWriter, SheetSpec
from app.reports.excel.workbook import new_workbook, save_atomically
from app.services.ledger_import.parsers import cell_text

RISKY = [
    "=1+1",
    '=HYPERLINK("http://x","点我")',
    "+86 138",
    "-3",
    "@SUM(A1)",
    "\t缩进",
    "\r回车",
    "#N/A",
    "#REF!",
]
# Any characters (no lone surrogates), mixed with the pieces the escaping must get right.
PIECES = st.sampled_from(
    ["_x0001_", "_x005F_", "_x0041_", "_", "x", "\x00", "\x1f", "\r", "\ufffe", "\uffff", "=", "😀"]
)
TEXTS = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8) | PIECES, max_size=10
).map("".join)


def _write_column(path: Path, texts: list[str]) -> Path:
    wb = new_workbook()
    ws = wb.create_sheet("s")
    cells = CellFactory(ws)
    for text in texts:
        ws.append([cells.text(text)])
    save_atomically(wb, path)
    return path


def test_formula_like_text_is_written_as_text(tmp_path: Path) -> None:
    path = _write_column(tmp_path / "risky.xlsx", RISKY)
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    cells = [row[0] for row in ws.iter_rows()]
    assert [c.value for c in cells] == RISKY
    assert {c.data_type for c in cells} == {"s"}
    # Excel keeps them text when the cell is edited (quotePrefix), except the harmless error literals
    assert all(c.quotePrefix for c in cells)


def test_leading_zeros_survive(tmp_path: Path) -> None:
    path = _write_column(tmp_path / "phones.xlsx", ["09718123456", "0012", "13800000000"])
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    assert [(r[0].value, r[0].data_type) for r in ws.iter_rows()] == [
        ("09718123456", "s"),
        ("0012", "s"),
        ("13800000000", "s"),
    ]


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_escape_round_trips(text: str) -> None:
    escaped = escape_text(text)
    assert decode_text(escaped) == text
    assert not any(ord(c) < 0x20 and c not in "\t\n\r" for c in escaped)


@settings(max_examples=15, deadline=None)
@given(st.lists(TEXTS.filter(lambda t: t.strip() != ""), min_size=1, max_size=8))
def test_any_text_round_trips_through_a_workbook(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    path = _write_column(tmp_path_factory.mktemp("safe") / "t.xlsx", texts)
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    read = [row[0] for row in ws.iter_rows(max_row=len(texts))]
    assert all(c.data_type != "f" for c in read)
    assert [decode_text(c.value) if isinstance(c.value, str) else c.value for c in read] == texts


def test_control_characters_are_escaped_not_dropped(tmp_path: Path) -> None:
    text = "第一行\x01第二\x0b行\x1f尾"
    path = _write_column(tmp_path / "ctl.xlsx", [text])
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    stored = ws["A1"].value
    assert stored == "第一行_x0001_第二_x000B_行_x001F_尾"
    assert cell_text(stored) == text


def test_long_text_is_cut_with_a_mark_and_reported(tmp_path: Path) -> None:
    wb = new_workbook()
    ws = wb.create_sheet("s")
    cells = CellFactory(ws)
    ws.append([cells.text("长" * 40_000, 4, "建议内容")])
    save_atomically(wb, tmp_path / "long.xlsx")
    assert cells.cut == ["第4行「建议内容」"]
    value = openpyxl.load_workbook(tmp_path / "long.xlsx").active["A1"].value  # type: ignore[index]
    assert len(value) == EXCEL_TEXT_LIMIT
    assert value.endswith(TRUNCATION_MARK) and is_cut(value)


def test_fit_text_counts_escapes() -> None:
    text = "\x01" * 10_000  # 70,000 characters once escaped
    fitted, cut = fit_text(text)
    assert cut
    assert len(escape_text(fitted)) <= EXCEL_TEXT_LIMIT
    assert fitted.startswith("\x01" * 100) and fitted.endswith(TRUNCATION_MARK)
    assert fit_text("短文本") == ("短文本", False)


def test_ledger_rows_keep_every_string_a_string(tmp_path: Path) -> None:
    """Rows reaching the sheet without the column converters still cannot hold a formula."""
    wb = new_workbook()
    writer = LedgerSheetWriter(
        wb, SheetSpec("表", "标题", "制表日期", [Column("a", "甲"), Column("b", "乙")])
    )
    already = escape_text("前\x01后")  # what a column converter hands over
    writer.write([["=SUM(A1:A9)", "a\x02b"], [already, "#DIV/0!"], ["x" * 40_000, "普通文字"]], prepared=True)
    save_atomically(wb, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["表"]
    cells = [c for row in ws.iter_rows(min_row=4) for c in row]
    assert {c.data_type for c in cells} == {"s"}
    values = [c.value for c in cells]
    assert values[:5] == ["=SUM(A1:A9)", "a_x0002_b", "前_x0001_后", "#DIV/0!", values[4]]
    assert is_cut(values[4]) and values[5] == "普通文字"
    assert decode_text(values[2]) == "前\x01后"  # escaped once, not twice
