"""Building blocks shared by the documents: title, headings, form grids, signature lines, stamp, images."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.pdf.fonts import plain_safe
from app.reports.pdf.grid import FAKE_BOLD, INNER, OUTER, PAD_X, PAD_Y
from app.reports.pdf.layout import PORTRAIT
from app.reports.pdf.styles import GREY, RULE, SHADE
from app.reports.pdf.typesetter import Typesetter

log = logging.getLogger(__name__)


class StrokedParagraph(Paragraph):
    """A paragraph drawn filled and thinly stroked: the bold look of titles with a one-weight font."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.style.fontSize * FAKE_BOLD)
        canv.setStrokeColor(self.style.textColor)
        canv.addLiteral("2 Tr")
        super().draw()
        canv.addLiteral("0 Tr")
        canv.restoreState()


def title_block(ts: Typesetter, title: str, subtitle: str | None = None) -> list[Flowable]:
    parts: list[Flowable] = [StrokedParagraph(ts.markup(title), ts.styles.title)]
    if subtitle:
        parts.append(ts.para(subtitle, ts.styles.subtitle))
    else:
        parts.append(Spacer(1, 10))
    return parts


def heading(ts: Typesetter, text: str, *, keep: float = 80) -> list[Flowable]:
    """A section heading that never ends a page: it moves on unless `keep` points follow it."""
    return [
        CondPageBreak(keep + ts.styles.heading.leading),
        StrokedParagraph(ts.markup(text), ts.styles.heading),
    ]


def prose(ts: Typesetter, text: str | None, *, empty: str = "（无）") -> list[Flowable]:
    """Body text: one indented paragraph per line of the stored text."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return [ts.para(empty, ts.styles.body)]
    return [ts.para(line, ts.styles.body) for line in lines]


FormRow = Sequence[tuple[str, str | None]]


def form_grid(
    ts: Typesetter, rows: Sequence[FormRow], *, label_width: float = 0.16, width: float = PORTRAIT.width
) -> Table:
    """Label/value pairs in a ruled grid: one pair per row spans the width, two pairs share it."""
    s = ts.styles
    label_w = label_width
    value_w = 0.5 - label_w
    fractions = [label_w, value_w, label_w, value_w]
    data: list[list[Flowable | str]] = []
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ts.fonts.body),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X + 1),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y + 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 2),
        ("INNERGRID", (0, 0), (-1, -1), INNER, RULE),
        ("BOX", (0, 0), (-1, -1), OUTER, RULE),
    ]
    for r, row in enumerate(rows):
        cells: list[Flowable | str] = []
        for label, value in row:
            cells += [ts.para(label, s.field), ts.para(value or "", s.field)]
        if len(row) == 1:
            cells += ["", ""]
            commands.append(("SPAN", (1, r), (3, r)))
        for c in range(0, 2 * len(row), 2):
            commands.append(("BACKGROUND", (c, r), (c, r), SHADE))
        data.append(cells)
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=0, splitByRow=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


class SignatureRow(Flowable):
    """记录人 ______  审核人 ______  日期 ____年__月__日: labels with ruled blanks, evenly spread."""

    def __init__(self, ts: Typesetter, labels: Sequence[str], *, date_label: str | None = "日期") -> None:
        super().__init__()
        self.ts = ts
        self.labels = [plain_safe(ts.fonts, label) for label in labels]
        self.date_label = date_label
        self.size = ts.styles.signature.fontSize

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.size * 3.2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        size = self.size
        slots = len(self.labels) + (1 if self.date_label else 0)
        slot = self.width / slots
        y = size * 0.6
        canv.setFont(self.ts.fonts.body, size)
        canv.setLineWidth(0.6)
        for i, label in enumerate(self.labels):
            x = i * slot
            text = f"{label}："
            canv.drawString(x, y, text)
            start = x + canv.stringWidth(text, self.ts.fonts.body, size)
            canv.line(start + 2, y - 3, x + slot - size, y - 3)
        if self.date_label:
            x = (slots - 1) * slot
            text = f"{self.date_label}："
            canv.drawString(x, y, text)
            x += canv.stringWidth(text, self.ts.fonts.body, size)
            for blank, unit in ((2.6, "年"), (1.5, "月"), (1.5, "日")):
                canv.line(x + 1, y - 3, x + blank * size - 1, y - 3)
                x += blank * size
                canv.drawString(x, y, unit)
                x += size


def signature_lines(ts: Typesetter, labels: Sequence[str], *, date_label: str | None = "日期") -> Flowable:
    return KeepTogether([Spacer(1, 18), SignatureRow(ts, labels, date_label=date_label)])


class StampArea(Flowable):
    """The office's seal area at the right: office name, a dashed circle for the seal, and the date."""

    def __init__(self, ts: Typesetter, office: str, date_text: str) -> None:
        super().__init__()
        self.ts = ts
        self.office = ts.para(office, ts.styles.signature)
        self.date = ts.para(date_text, ts.styles.signature)
        self.box_w = 70 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, h1 = self.office.wrap(self.box_w, availHeight)
        _, h2 = self.date.wrap(self.box_w, availHeight)
        self.height = max(36 * mm, h1 + h2 + 30)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x = self.width - self.box_w
        canv.saveState()
        canv.setStrokeColor(GREY)
        canv.setDash(2, 2)
        canv.setLineWidth(0.5)
        canv.circle(x + self.box_w / 2, self.height / 2, 17 * mm, stroke=1, fill=0)
        canv.restoreState()
        canv.saveState()
        canv.setFillColor(GREY)
        canv.setFont(self.ts.fonts.body, 9)
        canv.drawCentredString(x + self.box_w / 2, self.height / 2 - 3, "（盖章）")
        canv.restoreState()
        self.office.drawOn(canv, x + (self.box_w - _text_width(self.office)) / 2, self.height * 0.66)
        self.date.drawOn(canv, x + (self.box_w - _text_width(self.date)) / 2, self.height * 0.12)


def _text_width(para: Paragraph) -> float:
    lines = getattr(para, "blPara", None)
    if lines is None or not getattr(lines, "lines", None):
        return float(para.width)
    return float(max(getattr(line, "currentWidth", para.width) or 0 for line in lines.lines))


def picture(
    path: Path, caption: str, ts: Typesetter, *, max_width: float, max_height: float
) -> list[Flowable]:
    """An image scaled to fit the text area, with its caption; an unreadable file becomes a note."""
    try:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
    except Exception as exc:
        log.warning("attachment %s unreadable: %s", path, exc)
        return [ts.para(f"［图片无法读取：{caption}］", ts.styles.note)]
    scale = min(max_width / width, max_height / height, 1.0 if width > max_width / 2 else 2.0)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "CENTER"
    return [KeepTogether([image, Spacer(1, 4), ts.para(caption, ts.styles.figure_label), Spacer(1, 10)])]
