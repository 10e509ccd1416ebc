"""Type sizes and paragraph styles after GB/T 9704-2012 (号 sizes: 二号 22 pt, 三号 16 pt, 五号 10.5 pt)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.reports.pdf import cjk_rules  # noqa: F401  (Chinese line-start rules for every paragraph)
from app.reports.pdf.fonts import FontSet

SIZE_2 = 22.0  # 二号: document title
SIZE_3 = 16.0  # 三号: body text
SIZE_4 = 14.0  # 四号: page numbers, subtitles
SIZE_S4 = 12.0  # 小四: form fields
SIZE_5 = 10.5  # 五号: table cells
SIZE_S5 = 9.0  # 小五: header and notes

INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#333333")
GREY = colors.HexColor("#666666")
SHADE = colors.HexColor("#eeeeee")
RED = colors.HexColor("#c00000")


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a document uses, bound to one font set."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    level3: ParagraphStyle
    body: ParagraphStyle
    body_plain: ParagraphStyle
    field: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    note: ParagraphStyle
    signature: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle


def make_styles(fonts: FontSet, *, cell_size: float = SIZE_5) -> Styles:
    """Title in 小标宋, headings 一、 in 黑体 and （一） in 楷体, everything else in 仿宋 (the body role)."""
    font = fonts.body
    base = ParagraphStyle("base", fontName=font, textColor=INK, wordWrap="CJK", allowOrphans=0)

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, fontSize=size, leading=leading, **kw)

    cell_leading = round(cell_size * 1.4, 1)
    return Styles(
        title=style("title", SIZE_2, 32, alignment=TA_CENTER, spaceAfter=6, fontName=fonts.title),
        subtitle=style(
            "subtitle",
            SIZE_4,
            22,
            alignment=TA_CENTER,
            spaceAfter=14,
            textColor=GREY,
            fontName=fonts.heading2,
        ),
        # Headings come after a CondPageBreak (flowables.heading): one never ends a page alone.
        heading=style(
            "heading",
            SIZE_3,
            28,
            spaceBefore=10,
            spaceAfter=4,
            alignment=TA_LEFT,
            firstLineIndent=2 * SIZE_3,
            fontName=fonts.heading1,
        ),
        subheading=style(
            "subheading",
            SIZE_3,
            28,
            spaceBefore=8,
            spaceAfter=2,
            firstLineIndent=2 * SIZE_3,
            fontName=fonts.heading2,
        ),
        level3=style("level3", SIZE_3, 28, spaceBefore=4, spaceAfter=2, firstLineIndent=2 * SIZE_3),
        body=style("body", SIZE_3, 28, firstLineIndent=2 * SIZE_3, alignment=TA_JUSTIFY, spaceAfter=2),
        body_plain=style("body_plain", SIZE_3, 28, alignment=TA_LEFT),
        field=style("field", SIZE_S4, 18, alignment=TA_LEFT),
        small=style("small", SIZE_5, 17, alignment=TA_JUSTIFY),
        cell=style("cell", cell_size, cell_leading, alignment=TA_LEFT),
        cell_center=style("cell_center", cell_size, cell_leading, alignment=TA_CENTER),
        cell_right=style("cell_right", cell_size, cell_leading, alignment=TA_RIGHT),
        header_cell=style(
            "header_cell", cell_size, cell_leading, alignment=TA_CENTER, fontName=fonts.heading1
        ),
        note=style("note", SIZE_5, 16, textColor=GREY, spaceBefore=4),
        signature=style("signature", SIZE_4, 24, alignment=TA_LEFT),
        figure=style("figure", 20, 24, alignment=TA_CENTER),
        figure_label=style("figure_label", SIZE_5, 14, alignment=TA_CENTER, textColor=GREY),
    )
