"""How dates, counts and rates read on paper."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.models.enums import LabeledEnum

DASH = "—"


def cn_date(d: date | None, empty: str = "") -> str:
    """2025年3月1日 — the form used in running text and signatures."""
    return f"{d.year}年{d.month}月{d.day}日" if d else empty


def short_date(d: date | None, empty: str = "") -> str:
    """2025-03-01 — the form used in table cells."""
    return d.isoformat() if d else empty


def label(value: LabeledEnum | None, empty: str = "") -> str:
    return value.label if value is not None else empty


def pct(value: float | None) -> str:
    return DASH if value is None else f"{value:.1f}%"


def share(part: int, whole: int) -> str:
    return DASH if not whole else f"{100.0 * part / whole:.1f}%"


def names(items: Iterable[str], empty: str = "无") -> str:
    joined = "、".join(i for i in items if i)
    return joined or empty


def counted_names(items: Iterable[str]) -> str:
    """张三、李四（共 2 人）."""
    listed = [i for i in items if i]
    return f"{'、'.join(listed)}（共 {len(listed)} 人）" if listed else "无"


CN_NUMERALS = "一二三四五六七八九十"


def cn_ordinal(n: int) -> str:
    """1 → 一, 12 → 十二, 23 → 二十三 (section numbers up to 99)."""
    if n <= 10:
        return CN_NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_NUMERALS[tens - 1]
    return head + "十" + (CN_NUMERALS[ones - 1] if ones else "")
