"""Fonts of printed documents: embedded subsets, rare characters never dropped, Chinese line breaking."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from app.reports.pdf.cjk import CANNOT_END, CANNOT_START, break_lines
from app.reports.pdf.fonts import BODY_FONT, FontSet, code_point, default_fonts, no_system_fonts, printable
from app.reports.pdf.layout import DocumentMeta, write_pdf
from app.reports.pdf.typesetter import Typesetter

RARE = "䶮"  # U+4DAE, in a real name (刘䶮); not in WenQuanYi Micro Hei


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """Base font name → whether its program is embedded (FontFile2), for every font the pages use."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
    return found


def render(ts: Typesetter, texts: list[str]) -> bytes:
    out = io.BytesIO()
    story = [Paragraph(ts.markup(t), ts.styles.body) for t in texts]
    write_pdf(story, out, DocumentMeta("测试", "××市政协办公室", "测试"), ts.fonts)
    return out.getvalue()


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_body_font_is_embedded_as_truetype_subset() -> None:
    data = render(Typesetter.create(default_fonts()), ["政协委员驿站协商议事纪要"])
    fonts = pdf_fonts(data)
    assert fonts, "the page uses no font"
    assert all(fonts.values()), f"fonts not embedded: {fonts}"
    names = list(fonts)
    assert all(n.startswith("/") and n[7] == "+" and n[1:7].isupper() for n in names), names
    assert any(BODY_FONT in n for n in names)
    assert "政协委员驿站协商议事纪要" in text_of(data)


def test_missing_character_without_fallback_is_printed_as_code_point() -> None:
    fonts = FontSet(finder=no_system_fonts)
    ts = Typesetter.create(fonts)
    assert not fonts.covers(RARE)
    markup = ts.markup(f"刘{RARE}委员 <提案>")
    assert "〔U+4DAE〕" in markup
    assert "&lt;提案&gt;" in markup
    assert ts.missing == {RARE}
    assert "U+4DAE" in (ts.missing_note() or "")
    text = text_of(render(ts, [f"刘{RARE}委员"]))
    assert "U+4DAE" in text.replace(" ", "")


def _font_with(char: str) -> Path | None:
    if not shutil.which("fc-list"):
        return None
    out = subprocess.run(
        ["fc-list", f":charset={ord(char):x}", "file"], capture_output=True, text=True
    ).stdout
    for line in out.splitlines():
        path = Path(line.strip().rstrip(":"))
        if path.suffix.lower() == ".ttf":
            return path
    return None


def test_character_missing_from_body_font_is_drawn_with_a_fallback_truetype_font() -> None:
    char = "ə"  # U+0259, e.g. in a Latin-script Uyghur name; WenQuanYi lacks it, DejaVu has it
    path = _font_with(char)
    if path is None:
        pytest.skip("no TrueType font with U+0259 on this machine")
    fonts = FontSet(finder=lambda c: [path])
    ts = Typesetter.create(fonts)
    markup = ts.markup(f"艾力·M{char}m{char}t")
    assert '<font name="Fallback-' in markup
    assert ts.missing == set()
    data = render(ts, [f"艾力·M{char}m{char}t"])
    embedded = pdf_fonts(data)
    assert any(path.stem in name for name in embedded), embedded
    assert all(embedded.values())
    assert f"M{char}m{char}t" in text_of(data)


def test_rare_name_is_drawn_by_a_system_font_or_shown_as_code_point() -> None:
    ts = Typesetter.create(FontSet())
    text = text_of(render(ts, [f"委员：刘{RARE}"])).replace(" ", "")
    assert RARE in text or "U+4DAE" in text
    assert (RARE in ts.missing) == ("U+4DAE" in text)


def test_code_point_format() -> None:
    assert code_point("𠈌") == "〔U+2020C〕"


def _width(line: str, size: float) -> float:
    face = default_fonts().face
    return sum(face.charWidths.get(ord(c), face.defaultWidth) for c in line) * size / 1000


def test_line_breaking_obeys_chinese_rules_and_keeps_numbers_whole() -> None:
    face = default_fonts().face
    text = "关于海晏路加装红绿灯的建议，群众反映强烈。请于2025-03-01前（含当日）答复，逾期将督办。"
    for width in (60, 75, 90, 120, 200):
        lines = break_lines(text, face.charWidths, face.defaultWidth, 10.5, width)
        assert "".join(lines) == text
        assert all(_width(line, 10.5) <= width + 0.01 for line in lines)
        assert not any(line[0] in CANNOT_START for line in lines[1:] if line)
        assert not any(line[-1] in CANNOT_END for line in lines[:-1] if line)
        assert any("2025-03-01" in line for line in lines)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("政协委员驿站协商议事，。（）“”abcXYZ0123456789- "), max_size=80),
    width=st.floats(min_value=12, max_value=300),
)
def test_line_breaking_never_overflows_or_loses_text(text: str, width: float) -> None:
    face = default_fonts().face
    lines = break_lines(text, face.charWidths, face.defaultWidth, 10.5, width)
    widest_char = max((_width(c, 10.5) for c in text), default=0)
    assert all(_width(line, 10.5) <= max(width, widest_char) + 0.01 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_windows_line_breaks_tabs_and_control_characters_print_cleanly() -> None:
    ts = Typesetter.create(FontSet(finder=no_system_fonts))
    assert printable("第一行\r\n第二行\r第三行\t完\x05\x0c") == "第一行\n第二行\n第三行 完"
    assert ts.markup("甲\r\n乙") == "甲<br/>乙"
    text = text_of(render(ts, ["会议纪要\r\n第二段\x0b"]))
    assert "会议纪要\n第二段" in text and "U+" not in text
    assert ts.missing == set()
