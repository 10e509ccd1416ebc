"""Finding the header row and matching column names to fields, as offices name them.

The header row is the row (among the first rows) whose cells name the most fields of one kind of
sheet; a merged title row and a fill-in line (填报单位、填报人) above it are recognised as such.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from app.services.ledger_import.fields import DERIVED, SHEET_TARGETS, TARGETS, TargetSpec
from app.services.ledger_import.parsers import cell_text, normalize

HEADER_SCAN_ROWS = 30
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_PLATFORM_IN_TEXT = re.compile(r"([\u4e00-\u9fa5A-Za-z0-9·]{2,30}?(?:委员驿站|委员工作室|委员联络组))")
_DISTRICT_PREFIX = re.compile(r"^([\u4e00-\u9fa5]{2,5}?[区县旗])")


def header_keys(text: str) -> list[str]:
    """The forms a header is matched by: as written, and without a bracketed note (群众代表（人）)."""
    key = normalize(text)
    plain = normalize(_BRACKETED.sub("", text))
    return [key] if plain in ("", key) else [key, plain]


def _synonym_table(target: TargetSpec) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in target.fields:
        for name in (spec.label, *spec.synonyms):
            for key in header_keys(name):
                table.setdefault(key, spec.key)
    return table


_TABLES = {key: _synonym_table(target) for key, target in TARGETS.items()}


def match_header(text: str, target: str) -> str | None:
    """The field a header names: exact synonym first, then a synonym the header contains (longest)."""
    table = _TABLES[target]
    keys = header_keys(text)
    for key in keys:
        if key in table:
            return table[key]
    best: tuple[int, str] | None = None
    for synonym, field in table.items():
        longer = best is None or len(synonym) > best[0]
        if len(synonym) >= 2 and longer and any(synonym in key for key in keys):
            best = (len(synonym), field)
    return best[1] if best else None


def map_columns(headers: Sequence[str | None], target: str) -> dict[int, str | None]:
    """Column index → field; a field named twice goes to its first column only."""
    mapping: dict[int, str | None] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        field = match_header(header, target) if header else None
        if field is not None and field in used:
            field = None
        if field is not None:
            used.add(field)
        mapping[index] = field
    return mapping


def _score(headers: Sequence[str | None], target: str) -> int:
    mapping = map_columns(headers, target)
    fields = {f for f in mapping.values() if f is not None}
    spec = TARGETS[target]
    if not fields & spec.key_fields:
        return 0
    return len([f for f in fields if spec.field(f).kind != DERIVED])


def detect(rows: Sequence[Sequence[Any]], sheet_name: str) -> tuple[int, str | None]:
    """(1-based header row, target) — (0, None) when no row looks like a ledger header."""
    forced = SHEET_TARGETS.get(sheet_name.strip())
    best: tuple[int, int, str | None] = (0, 0, forced)  # score, row, target
    for number, row in enumerate(rows[:HEADER_SCAN_ROWS], 1):
        headers = [cell_text(v) for v in row]
        if sum(1 for h in headers if h) < 2:
            continue
        for target in [forced] if forced else list(TARGETS):
            score = _score(headers, target)
            if score > best[0]:
                best = (score, number, target)
    if best[0] < 2:
        return 0, None
    return best[1], best[2]


def title_above(rows: Sequence[Sequence[Any]], header_row: int) -> str | None:
    """The title written above the header (the first non-empty text), if any."""
    for row in rows[: max(header_row - 1, 0)]:
        for value in row:
            text = cell_text(value)
            if text:
                return text
    return None


def platform_in_text(text: str | None) -> str | None:
    """城西区胜利路委员驿站2024年…台账 → 城西区胜利路委员驿站."""
    if not text:
        return None
    match = _PLATFORM_IN_TEXT.search(text)
    return match.group(1) if match else None


def district_of(platform_name: str) -> str | None:
    """城西区胜利路委员驿站 → 城西区 (a platform's name usually starts with its 县区)."""
    match = _DISTRICT_PREFIX.match(platform_name)
    return match.group(1) if match else None
