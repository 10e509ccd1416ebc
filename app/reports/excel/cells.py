"""Turning plain values into write-only cells: safe text, wrapped long text, dates, rates."""

from __future__ import annotations

from copy import copy
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.reports.excel import styles
from app.reports.excel.safe_values import escape_text, fit_text, is_risky, needs_escape

_FAST_LIMIT = 32_767 // 7  # text this short can never need cutting, even fully escaped


class CellFactory:
    """Makes cells for one write-only sheet; remembers which texts had to be cut."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.cut: list[str] = []  # "行 N「列」" of every shortened cell
        self._templates: dict[str, Cell] = {}

    # -- styled templates: copying a style array is far cheaper than assigning styles per cell --
    def template(
        self,
        name: str,
        *,
        font: Font | None = None,
        fill: PatternFill | None = None,
        alignment: Alignment | None = None,
        number_format: str | None = None,
        quote: bool = False,
    ) -> Cell:
        cell = self._templates.get(name)
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
            if alignment is not None:
                cell.alignment = alignment
            if number_format is not None:
                cell.number_format = number_format
            if quote:
                cell.quotePrefix = True
            self._templates[name] = cell
        return cell

    def styled(self, value: Any, template: Cell) -> Cell:
        """Any value (text made safe) with the template's style."""
        made = self.text(value) if isinstance(value, str) else value
        if isinstance(made, Cell):
            made._style = copy(template._style)
            made.quotePrefix = True
            return made
        cell = WriteOnlyCell(self.ws, made)
        cell._style = copy(template._style)
        return cell

    # -- values --------------------------------------------------------------------------------
    def text(self, value: Any, row: int = 0, header: str = "") -> Any:
        """User text as a string cell that shows exactly the text (see safe_values)."""
        if value is None:
            return None
        text = value if isinstance(value, str) else str(value)
        if not text:
            return None
        if len(text) > _FAST_LIMIT:
            text, was_cut = fit_text(text)
            if was_cut:
                self.cut.append(f"第{row}行「{header}」")
        if needs_escape(text):
            text = escape_text(text)
        return self.quoted(text) if is_risky(text) else text

    def quoted(self, text: str) -> Cell:
        """Text that Excel could take for a formula or an error value, as a string cell Excel keeps text."""
        cell = WriteOnlyCell(self.ws, text)
        cell.data_type = "s"
        cell._style = copy(self.template("quoted", quote=True)._style)
        return cell

    def wrapped(self, value: Any, row: int = 0, header: str = "") -> Any:
        """Long text, wrapped inside its column."""
        made = self.text(value, row, header)
        if made is None:
            return None
        template = self.template("wrap", alignment=styles.WRAP)
        if isinstance(made, Cell):
            made.alignment = styles.WRAP
            return made
        cell = WriteOnlyCell(self.ws, made)
        cell._style = copy(template._style)
        return cell

    def phone(self, value: Any, row: int = 0, header: str = "") -> Any:
        """Phone and ID-like numbers: text, formatted as text so edits keep leading zeros."""
        made = self.text(value, row, header)
        if made is None:
            return None
        if isinstance(made, Cell):
            made.number_format = styles.TEXT_FORMAT
            return made
        cell = WriteOnlyCell(self.ws, made)
        cell._style = copy(self.template("phone", number_format=styles.TEXT_FORMAT)._style)
        return cell

    def rate(self, value: float | None) -> Any:
        if value is None:
            return "—"
        cell = WriteOnlyCell(self.ws, value)
        cell._style = copy(self.template("rate", number_format=styles.RATE_FORMAT)._style)
        return cell

    @staticmethod
    def day(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.date()
        return value if isinstance(value, date) else None

    @staticmethod
    def yes_no(value: Any) -> str | None:
        if value is None:
            return None
        return "是" if value else "否"
