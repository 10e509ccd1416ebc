"""Finding the header row and matching column names to fields, as offices name them.

The header is the band of rows (among the first rows) whose cells name the most fields of one kind of
sheet: one row, or a grouped header of two or three (merged cells filled in), chosen by what the rows
say, not where they are. A merged title row and a fill-in line (填报单位、填报人) above it are not
part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.services.ledger_import.fields import DERIVED, SHEET_TARGETS, TARGETS, TargetSpec
from app.services.ledger_import.parsers import cell_text, normalize

HEADER_SCAN_ROWS = 30
GROUP_SEPARATOR = "/"
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_PLATFORM_IN_TEXT = re.compile(r"([\u4e00-\u9fa5A-Za-z0-9·]{2,30}?(?:委员驿站|委员工作室|委员联络组))")
_DISTRICT_PREFIX = re.compile(r"^([\u4e00-\u9fa5]{2,5}?[区县旗])")


def header_keys(text: str) -> list[str]:
    """The forms a header is matched by: as written, and without a bracketed note (群众代表（人）)."""
    key = normalize(text)
    plain = normalize(_BRACKETED.sub("", text))
    return [key] if plain in ("", key) else [key, plain]


def _synonym_table(target: TargetSpec) -> dict[str, str]:
    """Header word → field: names as written first, then without their bracketed notes."""
    table: dict[str, str] = {}
    for plain in (False, True):
        for spec in target.fields:
            for name in (spec.label, *spec.synonyms):
                keys = header_keys(name)
                for key in keys[1:] if plain else keys[:1]:
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
    for synonym, found in table.items():
        longer = best is None or len(synonym) > best[0]
        if len(synonym) >= 2 and longer and any(synonym in key for key in keys):
            best = (len(synonym), found)
    return best[1] if best else None


def map_columns(headers: Sequence[str | None], target: str) -> dict[int, str | None]:
    """Column index → field; a field named twice goes to its first column only."""
    return map_titles(headers, target)


def match_title(title: str, target: str) -> str | None:
    """A grouped title (办理情况/承办单位): the most specific part first, then the whole."""
    parts = [p for p in title.split(GROUP_SEPARATOR) if p.strip()]
    for part in reversed(parts):
        key_match = _exact(part, target)
        if key_match is not None:
            return key_match
    return match_header(parts[-1], target) if parts else None


def _exact(text: str, target: str) -> str | None:
    table = _TABLES[target]
    for key in header_keys(text):
        if key in table:
            return table[key]
    return None


def map_titles(titles: Sequence[str | None], target: str) -> dict[int, str | None]:
    """Column index → field for (possibly grouped) titles; a field named twice goes to its first column."""
    mapping: dict[int, str | None] = {}
    used: set[str] = set()
    for index, title in enumerate(titles):
        field = match_title(title, target) if title else None
        if field is not None and field in used:
            field = None
        if field is not None:
            used.add(field)
        mapping[index] = field
    return mapping


def _score(titles: Sequence[str | None], target: str) -> int:
    mapping = map_titles(titles, target)
    fields = {f for f in mapping.values() if f is not None}
    spec = TARGETS[target]
    if not fields & spec.key_fields:
        return 0
    return len([f for f in fields if spec.field(f).kind != DERIVED])


@dataclass
class Band:
    """The rows holding a sheet's header, its kind and each column's title."""

    first: int  # 1-based
    last: int
    target: str | None
    titles: list[str | None]
    groups: dict[str, list[str]] = field(default_factory=dict)  # merged group title → titles under it


Grid = list[list[str | None]]


def header_grid(rows: Sequence[Sequence[Any]], merges: Sequence[tuple[int, int, int, int]]) -> Grid:
    """The first rows as text, every cell of a merged range holding the range's text."""
    count = min(len(rows), HEADER_SCAN_ROWS)
    width = max((len(r) for r in rows[:count]), default=0)
    grid: Grid = [[cell_text(v) for v in rows[r]] + [None] * (width - len(rows[r])) for r in range(count)]
    for r1, c1, r2, c2 in merges:
        if r1 > count or c1 > width:
            continue
        text = grid[r1 - 1][c1 - 1]
        for r in range(r1 - 1, min(r2, count)):
            for c in range(c1 - 1, min(c2, width)):
                grid[r][c] = text
    return grid


def _titles(grid: Grid, first: int, last: int) -> list[str | None]:
    titles: list[str | None] = []
    for c in range(len(grid[0]) if grid else 0):
        parts: list[str] = []
        for r in range(first - 1, last):
            text = grid[r][c]
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        titles.append(GROUP_SEPARATOR.join(parts) if parts else None)
    return titles


def detect(
    rows: Sequence[Sequence[Any]],
    sheet_name: str,
    merges: Sequence[tuple[int, int, int, int]] = (),
    hidden: frozenset[int] = frozenset(),
    targets: Sequence[str] | None = None,
) -> Band:
    """The header band by content: the rows (up to three) naming the most fields of one kind of sheet.

    Rows above a header of one row are taken in when they hold merged group cells (办理情况 over
    承办单位 / 办理结果 / 办结日期): their text prefixes the titles below them.
    """
    forced = SHEET_TARGETS.get(sheet_name.strip())
    kinds = [forced] if forced else list(targets or TARGETS)
    grid = header_grid(rows, merges)
    best: tuple[int, int, int, int, str | None] = (0, 0, 0, 0, forced)  # score, last, -depth, first, target
    for first in range(1, len(grid) + 1):
        if sum(1 for i, t in enumerate(grid[first - 1]) if t and i not in hidden) < 2:
            continue
        previous = 0
        for last in range(first, min(first + 3, len(grid) + 1)):
            if last > first and len({t for t in grid[last - 2] if t}) < 2:
                break  # a title or fill-in line (one text across the row) groups nothing
            titles = _titles(grid, first, last)
            points, _order, kind = max((_score(titles, k), -i, k) for i, k in enumerate(kinds))
            if last > first and points <= previous:
                break
            previous = points
            candidate = (points, last, first - last, first, kind)
            if candidate[:3] > best[:3]:
                best = candidate
    score, last, _depth, first, target = best
    if score < 2:
        return Band(0, 0, None, [])
    first = _group_rows_above(grid, merges, first, last)
    band = Band(first, last, target, _titles(grid, first, last))
    for r1, c1, r2, c2 in merges:
        if first <= r1 < last and r2 < last and c2 > c1:
            group = grid[r1 - 1][c1 - 1]
            if group:
                band.groups[group] = [grid[last - 1][c] or "" for c in range(c1 - 1, c2)]
    return band


def _group_rows_above(grid: Grid, merges: Sequence[tuple[int, int, int, int]], first: int, last: int) -> int:
    """Extend a band upwards over a row of merged group cells (办理情况 over four columns).

    Such a row also starts the cells merged down into the band (序号, 议题 spanning both rows); a
    title or a fill-in line merged across the sheet does not.
    """
    while first > 1:
        row = first - 1
        groups = [m for m in merges if m[0] == row and m[2] == row and m[3] > m[1]]
        spanning = [m for m in merges if m[0] == row and m[2] >= first]
        if not groups or not spanning:
            break
        first = row
    return first


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
