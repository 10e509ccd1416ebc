"""Building blocks shared by the documents: title, headings, form grids, signature lines, stamp, images."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
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

from app.reports.pdf.font_roles import BODY, TITLE
from app.reports.pdf.fonts import draw_font, plain_safe
from app.reports.pdf.grid import FAKE_BOLD, INNER, OUTER, PAD_X, PAD_Y
from app.reports.pdf.layout import PORTRAIT
from app.reports.pdf.styles import GREY, INK, RULE, SHADE
from app.reports.pdf.typesetter import Typesetter

log = logging.getLogger(__name__)

PHOTO_DPI = 200  # photos are resampled to this resolution at their printed size


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


def title_para(ts: Typesetter, text: str) -> Paragraph:
    """The title in 小标宋; a regular-weight stand-in (宋体) is emboldened with a thin stroke."""
    markup = ts.markup(text, TITLE)
    if ts.fonts.fake_bold(TITLE):
        return StrokedParagraph(markup, ts.styles.title)
    return Paragraph(markup, ts.styles.title)


def title_block(ts: Typesetter, title: str, subtitle: str | None = None) -> list[Flowable]:
    parts: list[Flowable] = [title_para(ts, title)]
    if subtitle:
        parts.append(ts.para(subtitle, ts.styles.subtitle))
    else:
        parts.append(Spacer(1, 10))
    return parts


def heading(ts: Typesetter, text: str, *, keep: float = 80) -> list[Flowable]:
    """A section heading that never ends a page: it moves on unless `keep` points follow it."""
    return [CondPageBreak(keep + ts.styles.heading.leading), ts.para(text, ts.styles.heading)]


def subheading(ts: Typesetter, text: str, *, keep: float = 60) -> list[Flowable]:
    """A second-level heading （一） in 楷体, kept with what follows like `heading`."""
    return [CondPageBreak(keep + ts.styles.subheading.leading), ts.para(text, ts.styles.subheading)]


def prose(ts: Typesetter, text: str | None, *, empty: str = "（无）") -> list[Flowable]:
    """Body text: one indented paragraph per line of the stored text."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return [ts.para(empty, ts.styles.body)]
    return [ts.para(line, ts.styles.body) for line in lines]


FormRow = Sequence[tuple[str, "str | Flowable | None"]]


def form_grid(
    ts: Typesetter,
    rows: Sequence[FormRow],
    *,
    label_width: float = 0.16,
    width: float = PORTRAIT.width,
    split_in_row: bool = False,
) -> Table:
    """Label/value pairs in a ruled grid: one pair per row spans the width, two pairs share it.

    Rows split between pages only with `split_in_row` (for values that may outgrow a page).
    """
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
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y + 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1.5),
        ("INNERGRID", (0, 0), (-1, -1), INNER, RULE),
        ("BOX", (0, 0), (-1, -1), OUTER, RULE),
    ]
    for r, row in enumerate(rows):
        cells: list[Flowable | str] = []
        for label, value in row:
            shown = value if isinstance(value, Flowable) else ts.para(value or "", s.field)
            cells += [ts.para(label, s.field), shown]
        if len(row) == 1:
            cells += ["", ""]
            commands.append(("SPAN", (1, r), (3, r)))
        for c in range(0, 2 * len(row), 2):
            commands.append(("BACKGROUND", (c, r), (c, r), SHADE))
        data.append(cells)
    table = Table(
        data,
        colWidths=[width * f for f in fractions],
        repeatRows=0,
        splitByRow=1,
        splitInRow=int(split_in_row),
    )
    table.setStyle(TableStyle(commands))
    return table


class SignatureRow(Flowable):
    """记录人 ______  审核人 ______  日期 ____年__月__日: labels with ruled blanks, evenly spread."""

    def __init__(self, ts: Typesetter, labels: Sequence[str], *, date_label: str | None = "日期") -> None:
        super().__init__()
        self.ts = ts
        self.labels = [plain_safe(ts.fonts, label, BODY) for label in labels]
        self.date_label = date_label
        self.size = ts.styles.signature.fontSize

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.size * 3.2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        font, size = draw_font(self.ts.fonts, "".join(self.labels), BODY), self.size
        y = size * 0.6
        texts = [f"{label}：" for label in self.labels]
        date_text = f"{self.date_label}：" if self.date_label else ""
        date_w = canv.stringWidth(date_text, font, size) + 8.6 * size if self.date_label else 0.0
        label_ws = [canv.stringWidth(t, font, size) for t in texts]
        # Each blank gets 5 em; whatever width is left is shared out so the row spans the text area.
        spare = self.width - date_w - sum(w + 5 * size for w in label_ws)
        blank = 5 * size + max(spare, 0) / max(len(texts), 1) - 2 * size
        canv.setFont(font, size)
        canv.setLineWidth(0.6)
        x = 0.0
        for text, text_w in zip(texts, label_ws, strict=True):
            canv.drawString(x, y, text)
            canv.line(x + text_w + 2, y - 3, x + text_w + blank, y - 3)
            x += text_w + blank + 2 * size
        if self.date_label:
            x = self.width - date_w
            canv.drawString(x, y, date_text)
            x += canv.stringWidth(date_text, font, size)
            for width, unit in ((2.6, "年"), (1.5, "月"), (1.5, "日")):
                canv.line(x + 1, y - 3, x + width * size - 1, y - 3)
                x += width * size
                canv.drawString(x, y, unit)
                x += size


def signature_lines(ts: Typesetter, labels: Sequence[str], *, date_label: str | None = "日期") -> Flowable:
    return KeepTogether([Spacer(1, 18), SignatureRow(ts, labels, date_label=date_label)])


class StampArea(Flowable):
    """The issuing office and date at the right, under a dashed circle where the seal goes."""

    def __init__(self, ts: Typesetter, office: str, date_text: str) -> None:
        super().__init__()
        self.ts = ts
        self.office = plain_safe(ts.fonts, office, BODY)
        self.date = plain_safe(ts.fonts, date_text, BODY)
        self.size = ts.styles.signature.fontSize

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, 23 * mm
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        font, size = draw_font(self.ts.fonts, self.office + self.date, BODY), self.size
        block = max(canv.stringWidth(t, font, size) for t in (self.office, self.date)) + 2 * size
        cx = self.width - max(block, 60 * mm) / 2
        canv.saveState()
        canv.setStrokeColor(GREY)
        canv.setDash(2, 2)
        canv.setLineWidth(0.5)
        canv.circle(cx, self.height / 2, 11 * mm, stroke=1, fill=0)
        canv.restoreState()
        canv.setFont(font, size)
        canv.drawCentredString(cx, self.height / 2 + 0.5 * size, self.office)
        canv.drawCentredString(cx, self.height / 2 - 1.3 * size, self.date)


def picture(
    data: bytes, caption: str, ts: Typesetter, *, max_width: float, max_height: float
) -> list[Flowable]:
    """A photo upright (EXIF orientation applied), scaled to fit and resampled to 200 dpi, with caption.

    Nothing when the image cannot be read (the caller then carries the file another way).
    """
    try:
        with PILImage.open(io.BytesIO(data)) as raw:
            photo = ImageOps.exif_transpose(raw)
            photo.load()
    except (OSError, ValueError, PILImage.DecompressionBombError) as exc:
        log.warning("image %s unreadable: %s", caption, exc)
        return []
    width, height = photo.size
    scale = min(max_width / width, max_height / height, 2.0)
    shown_w, shown_h = width * scale, height * scale
    pixels = (round(shown_w / 72 * PHOTO_DPI), round(shown_h / 72 * PHOTO_DPI))
    if pixels[0] < width:
        photo = photo.resize(pixels, PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    photo.convert("RGB").save(buffer, "JPEG", quality=85)
    buffer.seek(0)
    image = Image(buffer, width=shown_w, height=shown_h)
    image.hAlign = "CENTER"
    return [KeepTogether([image, Spacer(1, 4), ts.para(caption, ts.styles.figure_label), Spacer(1, 10)])]


def two_ends(ts: Typesetter, left: str, right: str, *, width: float = PORTRAIT.width) -> Table:
    """One line with text at both ends (编号 on the left, date on the right), unruled."""
    right_style = ts.styles.field.clone("field_right", alignment=TA_RIGHT)
    table = Table(
        [[ts.para(left, ts.styles.field), ts.para(right, right_style)]], colWidths=[width / 2, width / 2]
    )
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), ts.fonts.body),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))  # fmt: skip
    return table


class CutLine(Flowable):
    """A dashed line with a label in the middle, where a receipt is cut off."""

    def __init__(self, ts: Typesetter, label: str) -> None:
        super().__init__()
        self.ts = ts
        self.label = plain_safe(ts.fonts, label)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, 22
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        size = 9
        text_w = canv.stringWidth(self.label, self.ts.fonts.fallback, size) + 12
        mid = self.width / 2
        canv.saveState()
        canv.setStrokeColor(GREY)
        canv.setDash(3, 2)
        canv.setLineWidth(0.5)
        canv.line(0, 11, mid - text_w / 2, 11)
        canv.line(mid + text_w / 2, 11, self.width, 11)
        canv.setFillColor(GREY)
        canv.setFont(self.ts.fonts.fallback, size)
        canv.drawCentredString(mid, 8, self.label)
        canv.restoreState()


class FigureBoard(Flowable):
    """Headline figures as a grid of tiles: the number large, its name small beneath."""

    def __init__(self, ts: Typesetter, tiles: Sequence[tuple[str, str, str]], *, columns: int = 4) -> None:
        super().__init__()
        self.ts = ts
        self.tiles = [(plain_safe(ts.fonts, a), b, plain_safe(ts.fonts, c)) for a, b, c in tiles]
        self.columns = columns
        self.tile_h = 17 * mm
        self.gap = 2.5 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        rows = -(-len(self.tiles) // self.columns)
        self.width = availWidth
        self.height = rows * self.tile_h + (rows - 1) * self.gap
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        font = self.ts.fonts.fallback
        tile_w = (self.width - (self.columns - 1) * self.gap) / self.columns
        for i, (name, value, unit) in enumerate(self.tiles):
            row, col = divmod(i, self.columns)
            x = col * (tile_w + self.gap)
            y = self.height - (row + 1) * self.tile_h - row * self.gap
            canv.saveState()
            canv.setFillColor(SHADE)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(INNER)
            canv.rect(x, y, tile_w, self.tile_h, stroke=1, fill=1)
            canv.restoreState()
            value_w = canv.stringWidth(value, font, 18)
            unit_w = canv.stringWidth(unit, font, 9)
            start = x + (tile_w - value_w - unit_w - 2) / 2
            canv.setFont(font, 18)
            canv.drawString(start, y + self.tile_h * 0.45, value)
            canv.setFont(font, 9)
            canv.drawString(start + value_w + 2, y + self.tile_h * 0.45, unit)
            canv.setFillColor(GREY)
            canv.drawCentredString(x + tile_w / 2, y + self.tile_h * 0.16, name)
            canv.setFillColor(INK)
