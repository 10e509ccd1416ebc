"""Fonts for printed documents: one face per role (title, body, heading1, heading2), embedded and subset.

Which file sets each role is decided in font_roles (the office's chosen or licensed fonts, else the
bundled free ones). reportlab embeds TrueType (glyf) outlines only, and only the glyphs used. A character
a role's font lacks is never dropped: `FontSet.markup` draws it with the bundled WenQuanYi Micro Hei
(which covers GBK), else with a system TrueType font that has it, else prints its code point (〔U+4DAE〕)
and logs a warning so the clerk can see and fix it.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.paths import bundled_font
from app.reports.pdf.font_roles import (
    BODY,
    HEADING1,
    HEADING2,
    ROLES,
    SYSTEM_FONTS_ENV,
    TITLE,
    ResolvedFont,
    SystemFonts,
    resolve_roles,
)

log = logging.getLogger(__name__)

BODY_FONT = "WenQuanYiMicroHei"  # the bundled GBK face: 黑体 stand-in and fallback for every role
FALLBACK_PREFIX = "Fallback"

CandidateFinder = Callable[[str], Iterable[Path]]


def system_font_candidates(char: str) -> list[Path]:
    """TrueType files on this computer that may hold `char`."""
    return SystemFonts.of_this_computer().with_character(char)


def no_system_fonts(char: str) -> list[Path]:
    """A finder that never finds anything (tests, or offices that want code points only)."""
    return []


class FontSet:
    """The role fonts plus the fallback fonts found so far; `markup` turns text into safe Paragraph XML."""

    def __init__(
        self,
        finder: CandidateFinder | None = None,
        *,
        system: SystemFonts | None = None,
        chosen: Mapping[str, str] | None = None,
    ) -> None:
        system = system if system is not None else SystemFonts.of_this_computer()
        self._finder: CandidateFinder = finder or system.with_character
        self._lock = threading.Lock()
        self.resolved, self.notes = resolve_roles(system, chosen)
        self._names: dict[str, str] = {}
        self._covered: dict[str, frozenset[int]] = {}
        self.fallback = self._register(BODY_FONT, bundled_font())
        for role in ROLES:
            self._names[role] = self._register_role(self.resolved[role])
        self._fallback_for: dict[str, str | None] = {}
        self._loaded: dict[Path, tuple[str, frozenset[int]] | None] = {}

    # -- the role fonts ------------------------------------------------------------------------------
    def _register_role(self, font: ResolvedFont) -> str:
        if font.path == bundled_font():
            return self.fallback
        return self._register(f"Ledger-{font.role}-{font.path.stem}", font.path)

    def _register(self, name: str, path: Path) -> str:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
            # One face only: <b>/<i> in markup must not look for faces that do not exist.
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        self._covered[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)  # type: ignore[attr-defined]
        return name

    def name(self, role: str) -> str:
        """The registered reportlab font name of a role."""
        return self._names[role]

    @property
    def body(self) -> str:
        return self._names[BODY]

    @property
    def title(self) -> str:
        return self._names[TITLE]

    @property
    def heading1(self) -> str:
        return self._names[HEADING1]

    @property
    def heading2(self) -> str:
        return self._names[HEADING2]

    @property
    def face(self) -> object:
        """The body font's metrics (character widths for the fast table-cell line breaker)."""
        return self.face_of(BODY)

    def face_of(self, role: str) -> object:
        return pdfmetrics.getFont(self._names[role]).face  # type: ignore[attr-defined]

    def fake_bold(self, role: str) -> bool:
        """Whether the role's font is a regular weight standing in for a bold face (宋体 for 小标宋)."""
        return self.resolved[role].fake_bold

    def describe(self) -> list[str]:
        """Each role's font in words (for the document dialog and logs)."""
        return [self.resolved[role].description for role in ROLES]

    # -- coverage and fallback ----------------------------------------------------------------------
    def covers(self, char: str, role: str = BODY) -> bool:
        return ord(char) in self._covered[self._names[role]] or char in "\n\t"

    def fallback_covers(self, char: str) -> bool:
        return ord(char) in self._covered[self.fallback]

    def uncovered(self, text: str, role: str = BODY) -> list[str]:
        covered = self._covered[self._names[role]]
        return [c for c in text if ord(c) not in covered and c not in "\n\t"]

    def fallback_font(self, char: str) -> str | None:
        """A registered font drawing `char` when a role's font lacks it, or None when no font has it."""
        if ord(char) in self._covered[self.fallback]:
            return self.fallback
        with self._lock:
            if char not in self._fallback_for:
                found = self._find(char)
                if found is None:
                    log.warning(
                        "no font has %s (%r); it is printed as its code point", code_point(char), char
                    )
                self._fallback_for[char] = found
            return self._fallback_for[char]

    def _find(self, char: str) -> str | None:
        for path in self._finder(char):
            loaded = self._load(path)
            if loaded and ord(char) in loaded[1]:
                return loaded[0]
        return None

    def _load(self, path: Path) -> tuple[str, frozenset[int]] | None:
        if path not in self._loaded:
            self._loaded[path] = None
            name = f"{FALLBACK_PREFIX}-{path.stem}-{next(_serial)}"
            try:
                font = TTFont(name, str(path), subfontIndex=0)
            except (TTFError, OSError, ValueError) as exc:  # CFF outlines, broken or unreadable files
                log.info("fallback font %s not usable: %s", path, exc)
                return None
            pdfmetrics.registerFont(font)
            self._loaded[path] = (name, frozenset(font.face.charToGlyph))
        return self._loaded[path]

    def markup(self, text: str | None, missing: set[str] | None = None, role: str = BODY) -> str:
        """Escape `text` for a Paragraph; runs of characters the role's font lacks get a fallback font.

        Characters no font has are printed as 〔U+XXXX〕 and added to `missing`.
        """
        text = printable(text)
        if not text:
            return ""
        if not self.uncovered(text, role):
            return escape(text).replace("\n", "<br/>")
        out: list[str] = []
        run_font: str | None = None
        run: list[str] = []

        def flush() -> None:
            if not run:
                return
            chunk = escape("".join(run))
            out.append(f'<font name="{run_font}">{chunk}</font>' if run_font else chunk)
            run.clear()

        for char in text:
            if char == "\n":
                flush()
                out.append("<br/>")
                continue
            covered = self.covers(char, role)
            font = None if covered else self.fallback_font(char)
            if not covered and font is None:
                flush()
                out.append(escape(code_point(char)))
                if missing is not None:
                    missing.add(char)
                continue
            if font != run_font:
                flush()
                run_font = font
            run.append(char)
        flush()
        return "".join(out)


def code_point(char: str) -> str:
    return f"〔U+{ord(char):04X}〕"


# Line breaks typed on Windows, tabs, and control characters (which have no glyph in any font).
_CONTROLS: dict[int, str | None] = {c: None for c in (*range(0x20), *range(0x7F, 0xA0)) if c != 0x0A}
_CONTROLS[0x09] = " "


def printable(text: str | None) -> str:
    """Text as it should print: CR LF and CR become line breaks, tabs spaces, control characters go."""
    if not text:
        return ""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def plain_safe(fonts: FontSet, text: str, role: str | None = None) -> str:
    """For text drawn without markup (headers, chart labels, form lines) in `draw_font(fonts, text, role)`.

    Text the role's font fully covers is kept as is; otherwise the text is drawn in the bundled GBK face,
    and characters even that lacks become code points.
    """
    text = printable(text).replace("\n", " ")
    if role is not None and not fonts.uncovered(text, role):
        return text
    return "".join(c if fonts.fallback_covers(c) else code_point(c) for c in text)


def draw_font(fonts: FontSet, text: str, role: str | None = None) -> str:
    """The font to draw `plain_safe(fonts, text, role)` in."""
    if role is not None and not fonts.uncovered(text, role):
        return fonts.name(role)
    return fonts.fallback


_serial = itertools.count(1)  # registered font names are process-wide
_cache: dict[tuple[object, ...], FontSet] = {}
_cache_lock = threading.Lock()


def default_fonts(chosen: Mapping[str, str] | None = None) -> FontSet:
    """The process-wide font set for the office's chosen files (fonts are loaded once)."""
    key = (tuple(sorted((chosen or {}).items())), os.environ.get(SYSTEM_FONTS_ENV, "1"))
    with _cache_lock:
        if key not in _cache:
            _cache[key] = FontSet(chosen=chosen)
        return _cache[key]
