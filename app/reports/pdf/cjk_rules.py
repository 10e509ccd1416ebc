"""Chinese line-start rules (GB/T 15834) for reportlab's CJK paragraph wrapping.

reportlab lets a line start with full-width ，；：！？ and closing quotes, and when a line ends on a mark
that may not start a line it hangs that one mark in the margin but lets the next one start the line
(…方案。 / ” ). Both are fixed here once, on import: the marks are added to the characters that may not
start a line, and the two wrapping functions (single-run paragraphs wrap in textsplit.dumbSplit, mixed
ones in paragraph.cjkFragSplit) are replaced by copies of reportlab 4/5's code that also hang up to two
marks following the first (。” ）。 ”。).
"""

from __future__ import annotations

from typing import Any
from unicodedata import category

from reportlab.lib import textsplit as _textsplit
from reportlab.platypus import paragraph as _paragraph

_NO_LINE_START = "，；：！？）》〉”’…"
for _module in (_textsplit, _paragraph):
    _module.ALL_CANNOT_START += "".join(c for c in _NO_LINE_START if c not in _module.ALL_CANNOT_START)
CANNOT_START = _paragraph.ALL_CANNOT_START
_FUZZ = _textsplit._FUZZ
MORE_HUNG = 2  # marks hung after the first one (。” needs one, ）。” two)


def _back_to_script_break(
    chars: Any, widths: list[float], start: int, i: int, extra: float
) -> tuple[int, float]:
    """Inside a run of Latin text: move the break back to a space or to the last CJK character."""
    limit = (start + i) >> 1
    for j in range(i - 1, limit, -1):
        cj = chars[j]
        if (cj and category(cj) == "Zs") or ord(cj) >= 0x3000:
            k = j + 1
            if k < i:
                j = k + 1
                extra += sum(widths[j:i])
                return j, extra
    return i, extra


def _break_at(chars: Any, widths: list[float], start: int, i: int, extra: float) -> tuple[int, float]:
    """Where the line that overflowed at character i-1 ends (index after its last character)."""
    c = chars[i - 1]
    if ord(c) < 0x3000:
        i, extra = _back_to_script_break(chars, widths, start, i, extra)
        c = chars[i - 1]
    if c not in CANNOT_START and i > start + 1:
        return i - 1, extra + widths[i - 1]
    # c hangs in the margin; so do the marks right after it, or they would start the next line.
    for _ in range(MORE_HUNG):
        if i < len(chars) and chars[i] in CANNOT_START:
            extra -= widths[i]
            i += 1
    return i, extra


def dumb_split(word: str, widths: list[float], maxWidths: Any) -> list[list[Any]]:
    """reportlab.lib.textsplit.dumbSplit with the hanging rule above."""
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    lines: list[list[Any]] = []
    i = start = 0
    used = 0.0
    max_width = maxWidths[0]
    while i < len(word):
        used += widths[i]
        i += 1
        if used > max_width + _FUZZ and used > 0:
            i, extra = _break_at(word, widths, start, i, max_width - used)
            lines.append([extra, word[start:i].strip()])
            max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
            start, used = i, 0.0
    if used > 0:
        lines.append([max_width - used, word[start:]])
    return lines


def cjk_frag_split(frags: Any, maxWidths: Any, calcBounds: Any, encoding: str = "utf8") -> Any:
    """reportlab.platypus.paragraph.cjkFragSplit with the hanging rule above."""
    units: list[Any] = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        if text:
            units.extend(_paragraph.cjkU(t, f, encoding) for t in text)
        else:
            units.append(_paragraph.cjkU(text, f, encoding))
    lines: list[Any] = []
    i = start = 0
    used = 0.0
    max_width = maxWidths[0]
    widths: list[float] = []
    for u in units:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        widths.append(w)
    while i < len(units):
        u = units[i]
        used += widths[i]
        i += 1
        line_break = hasattr(u.frag, "lineBreak")
        if (used > max_width + _FUZZ and used > 0) or line_break:
            extra = max_width - used
            if not line_break:
                i, extra = _break_at(units, widths, start, i, extra)
            lines.append(
                _paragraph.makeCJKParaLine(units[start:i], max_width, used, extra, line_break, calcBounds)
            )
            max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
            start, used = i, 0.0
    if used > 0:
        lines.append(
            _paragraph.makeCJKParaLine(units[start:], max_width, used, max_width - used, False, calcBounds)
        )
    return _paragraph.ParaLines(kind=1, lines=lines)


_textsplit.dumbSplit = dumb_split
_paragraph.cjkFragSplit = cjk_frag_split
