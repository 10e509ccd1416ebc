"""Fonts for printed documents: the bundled WenQuanYi Micro Hei, embedded and subset in every PDF.

reportlab embeds TrueType (glyf) outlines only, so the body font is the app's own .ttc. A character the
font lacks would silently print as nothing; `FontSet.markup` finds such characters and draws them with a
system TrueType font that has them (found through fontconfig, or the Windows font folder), or, when none
has them, prints the Unicode code point (〔U+4DAE〕) and logs a warning so the clerk can see and fix it.
"""

from __future__ import annotations

import itertools
import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.paths import bundled_font

log = logging.getLogger(__name__)

BODY_FONT = "WenQuanYiMicroHei"
FALLBACK_PREFIX = "Fallback"
_TRUETYPE_SUFFIXES = (".ttf", ".ttc")
_WINDOWS_FALLBACKS = ("simsunb.ttf", "simsun.ttc", "msyh.ttc", "simhei.ttf", "mingliub.ttc")

CandidateFinder = Callable[[str], Iterable[Path]]


def system_font_candidates(char: str) -> list[Path]:
    """TrueType files that may hold `char`: fontconfig's answer, else the usual Windows fonts."""
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            done = subprocess.run(
                [fc_list, f":charset={ord(char):x}", "file"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("fc-list failed: %s", exc)
            return []
        paths = [Path(line.strip().rstrip(":")) for line in done.stdout.splitlines() if line.strip()]
        return sorted({p for p in paths if p.suffix.lower() in _TRUETYPE_SUFFIXES})
    windir = os.environ.get("WINDIR")
    if windir:
        folder = Path(windir) / "Fonts"
        return [folder / name for name in _WINDOWS_FALLBACKS if (folder / name).exists()]
    return []


def no_system_fonts(char: str) -> list[Path]:
    """A finder that never finds anything (tests, or offices that want code points only)."""
    return []


class FontSet:
    """The body font plus the fallback fonts found so far; `markup` turns text into safe Paragraph XML."""

    def __init__(self, finder: CandidateFinder = system_font_candidates) -> None:
        self.body = BODY_FONT
        self._finder = finder
        self._lock = threading.Lock()
        self._register_body()
        font = pdfmetrics.getFont(self.body)
        self.face = font.face  # type: ignore[attr-defined]
        self._covered: frozenset[int] = frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]
        self._fallback_for: dict[str, str | None] = {}
        self._loaded: dict[Path, tuple[str, frozenset[int]] | None] = {}

    def _register_body(self) -> None:
        if self.body not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(self.body, str(bundled_font()), subfontIndex=0))
            # One face only: <b>/<i> in markup must not look for faces that do not exist.
            pdfmetrics.registerFontFamily(
                self.body, normal=self.body, bold=self.body, italic=self.body, boldItalic=self.body
            )

    def covers(self, char: str) -> bool:
        return ord(char) in self._covered or char in "\n\t"

    def uncovered(self, text: str) -> list[str]:
        covered = self._covered
        return [c for c in text if ord(c) not in covered and c not in "\n\t"]

    def fallback_font(self, char: str) -> str | None:
        """The registered name of a fallback font drawing `char`, or None when no TrueType font has it."""
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

    def markup(self, text: str | None, missing: set[str] | None = None) -> str:
        """Escape `text` for a Paragraph; runs of characters the body font lacks get a fallback font.

        Characters no font has are printed as 〔U+XXXX〕 and added to `missing`.
        """
        text = printable(text)
        if not text:
            return ""
        if not self.uncovered(text):
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
            font = None if self.covers(char) else self.fallback_font(char)
            if not self.covers(char) and font is None:
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


def plain_safe(fonts: FontSet, text: str) -> str:
    """For text drawn without markup (headers, chart labels): missing characters become code points."""
    text = printable(text).replace("\n", " ")
    if not fonts.uncovered(text):
        return text
    return "".join(c if fonts.covers(c) else code_point(c) for c in text)


_serial = itertools.count(1)  # registered font names are process-wide
_default: FontSet | None = None
_default_lock = threading.Lock()


def default_fonts() -> FontSet:
    """The process-wide font set (loading the 5 MB font once)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = FontSet()
        return _default
