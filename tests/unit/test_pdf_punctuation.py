"""Chinese punctuation rules in wrapped prose: no line starts with a full-width comma or semicolon."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

import app.reports.pdf.styles  # noqa: F401  (extends reportlab's line-start rules)
from app.paths import bundled_font


def test_no_wrapped_line_starts_with_closing_punctuation() -> None:
    pdfmetrics.registerFont(TTFont("PunctuationTest", str(bundled_font()), subfontIndex=0))
    style = ParagraphStyle("body", fontName="PunctuationTest", fontSize=16, leading=28, wordWrap="CJK")
    text = "2026年全年，各委员履职平台共开展协商议事活动412次，其中现场协商285次、网络协商43次；" * 6
    for width in range(300, 460, 7):  # many widths, so some break falls right before a comma
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 10_000)
        starts = ["".join(line[1])[:1] for line in paragraph.blPara.lines[1:]]
        assert not [s for s in starts if s in "，；：！？）"], (width, starts)
