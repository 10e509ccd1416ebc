"""Fonts, fills and widths shared by every workbook we write."""

from __future__ import annotations

import unicodedata

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

TITLE_FONT = Font(bold=True, size=16)
SUBTITLE_FONT = Font(size=10, color="595959")
HEADER_FONT = Font(bold=True, size=11)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
DETAIL_FILL = PatternFill("solid", fgColor="EDEDED")  # columns kept in the file but not printed
SECTION_FONT = Font(bold=True, size=11, color="1F4E79")
ID_FONT = Font(size=9, color="808080")
ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
ERROR_FONT = Font(color="9C0006")
NOTE_FILL = PatternFill("solid", fgColor="FFF2CC")

THIN = Side(style="thin", color="A6A6A6")
HEADER_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
TITLE_ALIGN = Alignment(horizontal="center", vertical="center")
# Bottom-aligned like every unstyled cell, so a row's texts line up whatever their height.
WRAP = Alignment(wrap_text=True)

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
RATE_FORMAT = '0.0"%"'

MIN_WIDTH = 6.0
MAX_WIDTH = 30.0  # a platform name (15 characters) fits on one line
MAX_LONG_WIDTH = 28.0  # long text wraps within this width
PADDING = 2.0


def display_width(text: str, limit: float = MAX_WIDTH) -> float:
    """Width of text in Excel's units: CJK and other wide characters count double.

    Multi-line text is as wide as its widest line; counting stops at `limit`.
    """
    widest = 0.0
    for line in text.split("\n"):
        width = 0.0
        for char in line:
            width += 2.0 if unicodedata.east_asian_width(char) in "WF" else 1.0
            if width >= limit:
                return limit
        widest = max(widest, width)
    return widest


def column_width(samples: list[str], *, minimum: float = MIN_WIDTH, maximum: float = MAX_WIDTH) -> float:
    """A width fitting the header and sample values, within sensible bounds."""
    widest = max((display_width(s, maximum) for s in samples if s), default=0.0)
    return round(min(max(widest + PADDING, minimum), maximum), 1)
