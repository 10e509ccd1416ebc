"""Cell text that survives Excel: user text never becomes a formula and nothing is lost silently.

Rules (the importer applies the exact inverse, so text round-trips):

* Text is always written as a string cell. openpyxl would turn a string starting with "=" into a
  formula and "#N/A"-like strings into error cells; we force the string type instead of adding a
  visible prefix, so the cell shows exactly what the user typed. Text starting with = + - @ tab or
  CR also gets Excel's quotePrefix flag, so re-typing the cell in Excel keeps it text.
* XML 1.0 cannot hold most control characters (openpyxl raises IllegalCharacterError). They are
  written with the OOXML escape ``_xHHHH_`` (what Excel itself writes and reads back as the original
  character). A literal ``_x`` followed by four hex digits in user text gets its underscore
  escaped as ``_x005F_`` so it is not mistaken for an escape.
* An Excel cell holds at most 32,767 characters. Longer text is cut and ends with TRUNCATION_MARK;
  the export reports every cut cell, and the importer never overwrites a stored value with a cut one.
"""

from __future__ import annotations

import re

EXCEL_TEXT_LIMIT = 32_767
TRUNCATION_MARK = "……（超出 Excel 单元格 32767 字上限，其余内容见系统）"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
ERROR_LITERALS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})

_ILLEGAL = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff"
_NEEDS_ESCAPE = re.compile(rf"[{_ILLEGAL}]|_x[0-9A-Fa-f]{{4}}")
_ESCAPE_PART = re.compile(rf"([{_ILLEGAL}])|_(?=x[0-9A-Fa-f]{{4}})")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
# Codes decoded on import: control characters (Excel writes CR as _x000D_), the escaped underscore,
# and the two non-characters. Other _xHHHH_ sequences are left as typed.
_DECODED = frozenset([*range(0x20), 0x5F, 0xFFFE, 0xFFFF])


# Anything that is not plain text: a risky first character ("#" for the error literals), a character
# XML cannot hold, or something that looks like an escape. Plain text takes the fast path.
NOT_PLAIN = re.compile(rf"^[=+\-@\t\r#]|[{_ILLEGAL}]|_x[0-9A-Fa-f]{{4}}")


ILLEGAL = re.compile(rf"[{_ILLEGAL}]")


def needs_escape(text: str) -> bool:
    return _NEEDS_ESCAPE.search(text) is not None


def escape_text(text: str) -> str:
    """Encode characters XML cannot hold as _xHHHH_ (lossless; see decode_text)."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text

    def sub(match: re.Match[str]) -> str:
        char = match.group(1)
        return f"_x{ord(char):04X}_" if char else "_x005F_"

    return _ESCAPE_PART.sub(sub, text)


def decode_text(text: str) -> str:
    """Inverse of escape_text, also reading what Excel writes for control characters."""
    if "_x" not in text:
        return text

    def sub(match: re.Match[str]) -> str:
        code = int(match.group(1), 16)
        return chr(code) if code in _DECODED else match.group(0)

    return _ESCAPED.sub(sub, text)


def fit_text(text: str) -> tuple[str, bool]:
    """The text as it fits in one cell once escaped: (text, was_cut). Cut text ends with the mark."""
    if len(text) <= EXCEL_TEXT_LIMIT // 7 or len(escape_text(text)) <= EXCEL_TEXT_LIMIT:
        return text, False
    room = EXCEL_TEXT_LIMIT - len(TRUNCATION_MARK)
    keep = room
    while len(escape_text(text[:keep])) > room:
        keep -= max(1, (len(escape_text(text[:keep])) - room) // 7)
    return text[:keep] + TRUNCATION_MARK, True


def is_cut(text: str) -> bool:
    """True for a value that fit_text shortened (an import must not store it)."""
    return text.endswith(TRUNCATION_MARK)


def is_risky(text: str) -> bool:
    """Text a spreadsheet could read as a formula or an error value."""
    return text.startswith(FORMULA_PREFIXES) or text in ERROR_LITERALS
