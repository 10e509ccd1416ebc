"""The parts that make a page an issued document (GB/T 9704-2012): 版头 and 版记.

- 版头: the issuing office's name in red 小标宋, centred; the 发文字号 (西政协〔2026〕3号) below it when the
  office numbers the kind; then the red rule across the text area.
- 版记: at the foot of the last page, between a thick rule above and below: 抄送 (when there is one),
  a thin rule, then the 印发机关 on the left and the 印发日期 on the right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.reports.pdf.cjk import break_lines
from app.reports.pdf.fmt import cn_date
from app.reports.pdf.font_roles import BODY, TITLE
from app.reports.pdf.fonts import draw_font, plain_safe
from app.reports.pdf.styles import INK, RED, SIZE_3, SIZE_4
from app.reports.pdf.typesetter import Typesetter

MAST_SIZE = 30.0  # the office's name; shrunk to fit a long name on one line
MAST_MIN = 18.0


@dataclass(frozen=True)
class Issue:
    """Who issues the document, its number and its 版记 (filled in by the documents service)."""

    office: str
    number: str | None = None  # 发文字号 as stored; None when the office does not number the kind
    cc: str = ""  # 抄送
    printed_on: date | None = None  # 印发日期


class Letterhead(Flowable):
    """版头: office name (red), 发文字号, red rule."""

    def __init__(self, ts: Typesetter, issue: Issue, *, compact: bool = False) -> None:
        super().__init__()
        self.fonts = ts.fonts
        self.top = MAST_SIZE * (0.85 if compact else 1.0)  # a one-page form takes a smaller 版头
        self.gap = (3 if compact else 6) * mm
        self.office = plain_safe(ts.fonts, issue.office, TITLE)
        self.office_font = draw_font(ts.fonts, issue.office, TITLE)
        self.number = plain_safe(ts.fonts, issue.number, BODY) if issue.number else ""
        self.number_font = draw_font(ts.fonts, self.number, BODY)

    def _mast_size(self, width: float) -> float:
        natural = stringWidth(self.office, self.office_font, self.top) * 1.08  # letter-spaced a little
        return max(MAST_MIN, min(self.top, self.top * width / max(natural, 1.0)))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.size = self._mast_size(availWidth)
        self.height = self.size * 1.35 + (SIZE_3 * 2.2 if self.number else SIZE_3 * 0.8) + self.gap
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        y = self.height - self.size
        canv.setFillColor(RED)
        spacing = self.size * 0.08  # the name is spread a little, as printed mastheads are
        total = stringWidth(self.office, self.office_font, self.size) + spacing * (len(self.office) - 1)
        text = canv.beginText((self.width - total) / 2, y)
        text.setFont(self.office_font, self.size)
        text.setCharSpace(spacing)
        text.textOut(self.office)
        canv.drawText(text)
        y -= self.size * 0.35
        if self.number:
            y -= SIZE_3 * 1.5
            canv.setFillColor(INK)
            canv.setFont(self.number_font, SIZE_3)
            canv.drawCentredString(self.width / 2, y, self.number)
            y -= SIZE_3 * 0.7
        y -= 3 * mm
        canv.setStrokeColor(RED)
        canv.setLineWidth(1.2)
        canv.line(0, y, self.width, y)
        canv.restoreState()


class Colophon(Flowable):
    """版记 at the foot of the page it lands on (it takes the rest of the page, drawing at its bottom)."""

    LINE = SIZE_4 * 1.9
    SIZE = SIZE_4

    def __init__(self, ts: Typesetter, issue: Issue) -> None:
        super().__init__()
        self.fonts = ts.fonts
        self.cc = plain_safe(ts.fonts, f"抄送：{issue.cc.rstrip('。')}。", BODY) if issue.cc else ""
        self.office = plain_safe(ts.fonts, issue.office, BODY)
        self.date = f"{cn_date(issue.printed_on)}印发" if issue.printed_on else "印发"
        self.font = draw_font(ts.fonts, self.cc + self.office, BODY)
        self.cc_lines: list[str] = []

    def _own(self) -> float:
        return self.LINE * (len(self.cc_lines) + 1) + 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        if self.cc:
            face: Any = pdfmetrics.getFont(self.font).face
            text_width = availWidth - 2 * self.SIZE  # one character in from each side
            self.cc_lines = break_lines(self.cc, face.charWidths, face.defaultWidth, self.SIZE, text_width)
        # Fill the page down to its foot when there is room, so the 版记 sits at the bottom.
        own = self._own()
        self.height = availHeight if availHeight >= own else own
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        size, line = self.SIZE, self.LINE
        indent = size
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setFillColor(INK)
        canv.setFont(self.font, size)
        y = self._own()
        canv.setLineWidth(0.9)
        canv.line(0, y, self.width, y)
        if self.cc_lines:
            for text in self.cc_lines:
                canv.drawString(indent, y - line + size * 0.55, text)
                y -= line
            canv.setLineWidth(0.5)
            canv.line(0, y, self.width, y)
        canv.drawString(indent, y - line + size * 0.55, self.office)
        canv.drawRightString(self.width - indent, y - line + size * 0.55, self.date)
        canv.setLineWidth(0.9)
        canv.line(0, 2, self.width, 2)
        canv.restoreState()
