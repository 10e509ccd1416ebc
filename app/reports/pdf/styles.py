"""Type sizes and paragraph styles after GB/T 9704-2012 (号 sizes: 二号 22 pt, 三号 16 pt, 五号 10.5 pt)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph as _rl_paragraph

from app.reports.pdf.fonts import FontSet

# reportlab's CJK wrapping lets a line start with full-width ，；：！？ and closing quotes; Chinese
# punctuation rules (GB/T 15834) forbid it, so add them to the characters that may not start a line
# (both modules hold their own copy: one-run paragraphs wrap in textsplit, mixed ones in paragraph).
_NO_LINE_START = "，；：！？）》〉”’…"
for _module in (_rl_textsplit, _rl_paragraph):
    _module.ALL_CANNOT_START += "".join(c for c in _NO_LINE_START if c not in _module.ALL_CANNOT_START)

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
    font = fonts.body
    base = ParagraphStyle("base", fontName=font, textColor=INK, wordWrap="CJK", allowOrphans=0)

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, fontSize=size, leading=leading, **kw)

    cell_leading = round(cell_size * 1.4, 1)
    return Styles(
        title=style("title", SIZE_2, 32, alignment=TA_CENTER, spaceAfter=6),
        subtitle=style("subtitle", SIZE_4, 22, alignment=TA_CENTER, spaceAfter=14, textColor=GREY),
        heading=style("heading", SIZE_3, 26, spaceBefore=12, spaceAfter=6, alignment=TA_LEFT),
        subheading=style("subheading", SIZE_3, 26, spaceBefore=4, spaceAfter=2, firstLineIndent=2 * SIZE_3),
        body=style("body", SIZE_3, 28, firstLineIndent=2 * SIZE_3, alignment=TA_JUSTIFY, spaceAfter=2),
        body_plain=style("body_plain", SIZE_3, 28, alignment=TA_LEFT),
        field=style("field", SIZE_S4, 18, alignment=TA_LEFT),
        small=style("small", SIZE_5, 17, alignment=TA_JUSTIFY),
        cell=style("cell", cell_size, cell_leading, alignment=TA_LEFT),
        cell_center=style("cell_center", cell_size, cell_leading, alignment=TA_CENTER),
        cell_right=style("cell_right", cell_size, cell_leading, alignment=TA_RIGHT),
        header_cell=style("header_cell", cell_size, cell_leading, alignment=TA_CENTER),
        note=style("note", SIZE_5, 16, textColor=GREY, spaceBefore=4),
        signature=style("signature", SIZE_4, 24, alignment=TA_LEFT),
        figure=style("figure", 20, 24, alignment=TA_CENTER),
        figure_label=style("figure_label", SIZE_5, 14, alignment=TA_CENTER, textColor=GREY),
    )
