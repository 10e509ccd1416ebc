"""Chinese line breaking for table cells, and a light text flowable that uses it.

Table cells are the bulk of every list, and reportlab's Paragraph (markup parser, per-fragment layout)
costs most of the time of a long table. Plain cell text the body font fully covers is set here instead:
break anywhere between Han characters, never inside a run of Latin letters or digits (dates, numbers,
codes) unless it is wider than the cell, and obey 禁则 — closing punctuation never starts a line and
opening brackets never end one. Text that needs a fallback font still goes through Paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.platypus import Flowable

from app.reports.pdf.font_roles import BODY
from app.reports.pdf.fonts import FontSet

CANNOT_START = frozenset(ALL_CANNOT_START + "，。；：？！、）》〉」』】〕”’…—％")
CANNOT_END = frozenset(ALL_CANNOT_END + "（《〈「『【〔“‘")
# Latin words, numbers, dates and codes stay together; every other character is its own unit.
_UNIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-/:+_%@#&]*|\s+|.", re.S)


def break_lines(
    text: str, width_of: dict[int, float], default: float, size: float, max_width: float
) -> list[str]:
    """Greedy line breaking in `max_width` points for text set in `size` points."""
    limit = max_width * 1000.0 / size + 1e-6  # compare in font units

    def measure(part: str) -> float:
        return sum(width_of.get(ord(c), default) for c in part)

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        line_w = 0.0

        def flush() -> None:
            nonlocal line, line_w
            lines.append("".join(line).rstrip())
            line, line_w = [], 0.0

        for unit in _UNIT.findall(paragraph):
            w = measure(unit)
            if unit.isspace():
                if line:
                    line.append(unit)
                    line_w += w
                continue
            if line_w + w <= limit:
                line.append(unit)
                line_w += w
                continue
            if w > limit:
                # A word wider than the whole line: set it character by character.
                for char in unit:
                    cw = width_of.get(ord(char), default)
                    if line and line_w + cw > limit:
                        flush()
                    line.append(char)
                    line_w += cw
                continue
            # 禁则: closing punctuation takes the previous unit along; an opening bracket moves down.
            carry: list[str] = []
            if unit[0] in CANNOT_START and len(line) > 1 and not line[-1].isspace():
                carry.append(line.pop())
            while len(line) > 1 and line[-1][-1] in CANNOT_END:
                carry.insert(0, line.pop())
            flush()
            if carry and measure("".join(carry)) + w > limit:
                lines.append("".join(carry))
                carry = []
            line = [*carry, unit]
            line_w = measure("".join(line))
        flush()
    return lines


class CellText(Flowable):
    """Plain text in one font, broken into lines by `break_lines` and drawn line by line."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        fonts: FontSet,
        lines: Sequence[str] | None = None,
        *,
        role: str = BODY,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.fonts = fonts
        self.role = role
        self._lines: list[str] | None = list(lines) if lines is not None else None
        self._fixed = lines is not None
        self._for_width = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._fixed and (self._lines is None or abs(availWidth - self._for_width) > 0.01):
            face: Any = self.fonts.face_of(self.role)
            self._lines = break_lines(
                self.text, face.charWidths, face.defaultWidth, self.style.fontSize, availWidth
            )
            self._for_width = availWidth
        assert self._lines is not None
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        n = int(availHeight // self.style.leading)
        if n <= 0 or n >= len(self._lines):
            return []
        return [
            CellText(self.text, self.style, self.fonts, self._lines[:n], role=self.role),
            CellText(self.text, self.style, self.fonts, self._lines[n:], role=self.role),
        ]

    def draw(self) -> None:
        assert self._lines is not None
        canv = self.canv
        st = self.style
        size, leading = st.fontSize, st.leading
        canv.setFont(self.fonts.name(self.role), size)
        canv.setFillColor(st.textColor)
        face: Any = self.fonts.face_of(self.role)
        scale = size / 1000.0
        for i, line in enumerate(self._lines):
            # Centre the glyph box (about 0.38 em above the baseline) in the line box.
            y = self.height - (i + 0.5) * leading - 0.38 * size
            if st.alignment in (TA_CENTER, TA_RIGHT):
                w = sum(face.charWidths.get(ord(c), face.defaultWidth) for c in line) * scale
                x = (self.width - w) / (2 if st.alignment == TA_CENTER else 1)
            else:
                x = 0.0
            canv.drawString(x, y, line)
