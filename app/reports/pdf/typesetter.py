"""One rendering's text setter: fonts, styles and the characters no font could draw."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from app.reports.pdf.cjk import CellText
from app.reports.pdf.font_roles import BODY, ROLES
from app.reports.pdf.fonts import FontSet, code_point, printable
from app.reports.pdf.styles import Styles, make_styles


@dataclass
class Typesetter:
    fonts: FontSet
    styles: Styles
    missing: set[str] = field(default_factory=set)

    @classmethod
    def create(cls, fonts: FontSet) -> Typesetter:
        return cls(fonts, make_styles(fonts))

    def markup(self, text: str | None, role: str = BODY) -> str:
        return self.fonts.markup(text, self.missing, role)

    def role_of(self, style: ParagraphStyle) -> str:
        """Which role's font a style sets (its fallback runs are chosen for that font)."""
        for role in ROLES:
            if self.fonts.name(role) == style.fontName:
                return role
        return BODY

    def para(self, text: str | None, style: ParagraphStyle) -> Paragraph:
        return Paragraph(self.markup(text, self.role_of(style)), style)

    def cell(self, text: str | None, style: ParagraphStyle) -> Flowable:
        """Table-cell text: the fast line breaker when the style's font has every character."""
        text = printable(text).strip()
        role = self.role_of(style)
        if not self.fonts.uncovered(text, role):
            return CellText(text, style, self.fonts, role=role)
        return self.para(text, style)

    def rich(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph from markup the caller built with `markup()` pieces."""
        return Paragraph(markup, style)

    def missing_note(self) -> str | None:
        """A Chinese note for the clerk naming characters printed as code points."""
        if not self.missing:
            return None
        shown = "、".join(f"“{c}”{code_point(c)}" for c in sorted(self.missing))
        return f"以下字符在字库中缺失，已以编码形式印出：{shown}。请安装含该字的 TrueType 字体后重新生成。"
