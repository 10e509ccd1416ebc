#!/usr/bin/env python3
"""Build the print fonts the app ships in app/resources/fonts/ from free fonts in Debian packages.

reportlab embeds TrueType (glyf) outlines only, and whole CJK fonts are tens of megabytes, so each source
face is subset to GB 2312 (all 6,763 hanzi and its symbols) plus ASCII and the punctuation printed
documents use, CFF outlines are converted to quadratic TrueType outlines (fontTools cu2qu), and the
face is renamed (the SIL Open Font License asks a modified font not to keep a reserved name).
Characters outside the subset fall back to the bundled WenQuanYi Micro Hei (GBK) at print time.

Sources (fetch the .deb files with `apt-get download PACKAGE`, unpack with `dpkg-deb -x FILE DIR`):

- 小标宋 (title): fonts-noto-cjk, usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc, face
  "Noto Serif CJK SC" (SIL OFL 1.1; CFF outlines, converted);
- 仿宋 (body): texlive-lang-chinese, usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/
  FandolFang-Regular.otf (GPL 3 with the font exception; CFF outlines, converted);
- 楷体 (heading-2): fonts-lxgw-wenkai, usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf
  (SIL OFL 1.1; TrueType outlines).
黑体 (heading-1) is the WenQuanYi Micro Hei the app already ships for its windows.

Usage: python packaging/fonts/build_fonts.py UNPACKED_ROOT [--out app/resources/fonts]
(UNPACKED_ROOT is the folder the three packages were unpacked into). Needs fontTools (a dev dependency).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parents[2]
MAX_ERROR = 1.0  # font units: the largest distance a quadratic curve may stray from the cubic one


@dataclass(frozen=True)
class Source:
    out: str  # file name written in app/resources/fonts/
    path: str  # inside the unpacked packages
    face: str | None  # family name to pick from a collection
    family: str  # family name of the built font
    postscript: str  # PostScript name of the built font (what a PDF's font list shows)


SOURCES = (
    Source(
        "LedgerTitle-Song-Bold.ttf",
        "usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
        "Noto Serif CJK SC",
        "Ledger Title Song",
        "LedgerTitleSong-Bold",
    ),
    Source(
        "LedgerBody-FangSong.ttf",
        "usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf",
        None,
        "Ledger Body FangSong",
        "LedgerBodyFangSong-Regular",
    ),
    Source(
        "LedgerHeading-Kai.ttf",
        "usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
        None,
        "Ledger Heading Kai",
        "LedgerHeadingKai-Regular",
    ),
)


def gb2312_characters() -> set[int]:
    """Every character GB 2312 encodes (rows 0xA1–0xF7, cells 0xA1–0xFE)."""
    found: set[int] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((high, low)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


def wanted_characters() -> set[int]:
    chars = gb2312_characters()
    chars.update(range(0x20, 0x7F))  # ASCII
    chars.update(range(0x2010, 0x2030))  # dashes, quotes, ellipsis
    chars.update(range(0x3000, 0x3020))  # CJK punctuation: 、。〈〉《》「」『』【】〔〕〖〗
    chars.update(range(0xFF01, 0xFF5F))  # full-width forms
    chars.update((0x00A0, 0x00B7, 0x00D7, 0x00F7, 0x2103, 0x2116, 0x2160, 0x2161, 0x2162, 0x25CB, 0x25CF))
    return chars


def open_face(path: Path, face: str | None) -> TTFont:
    if path.suffix.lower() != ".ttc":
        return TTFont(path)
    for font in TTCollection(path).fonts:
        if font["name"].getDebugName(1) == face:
            return font
    raise SystemExit(f"{path}: no face named {face!r}")


def subset_font(font: TTFont, chars: set[int]) -> None:
    options = subset.Options()
    options.layout_features = ["vert", "vrt2"]  # vertical forms only; print is horizontal but cheap
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["VORG", "BASE", "JSTF", "DSIG", "MATH", "GDEF", "GPOS", "GSUB"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(chars))
    subsetter.subset(font)


def cff_to_truetype(font: TTFont) -> None:
    """Replace CFF outlines by quadratic glyf outlines (the fontTools otf2ttf recipe)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "CFF2"):
        if tag in font:
            del font[tag]
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
    ):  # fmt: skip
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, family: str, postscript: str) -> None:
    """Set the names (all platforms and languages) so the subset never claims the source's name."""
    style = "Bold" if postscript.endswith("-Bold") else "Regular"
    names = {1: family, 2: style, 3: f"{postscript};subset", 4: f"{family} {style}", 6: postscript}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (16, 17, 21, 22):  # typographic names would still say the source's
            table.removeNames(nameID=record.nameID)
    for name_id, text in names.items():
        table.removeNames(nameID=name_id)
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)


def build(source_root: Path, out_dir: Path) -> None:
    chars = wanted_characters()
    out_dir.mkdir(parents=True, exist_ok=True)
    for src in SOURCES:
        font = open_face(source_root / src.path, src.face)
        subset_font(font, chars)
        if "CFF " in font or "CFF2" in font:
            cff_to_truetype(font)
        rename(font, src.family, src.postscript)
        target = out_dir / src.out
        font.save(target)
        covered = len(chars & set(font.getBestCmap()))
        print(f"{target.name}: {target.stat().st_size / 1e6:.1f} MB, {covered} of {len(chars)} characters")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source_root", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "app" / "resources" / "fonts")
    args = parser.parse_args()
    build(args.source_root, args.out)


if __name__ == "__main__":
    main()
