"""Turn the statistics service's per-month counts into the bars a chart shows.

Short periods are shown month by month (every month of the period, zeros included); longer ones by
quarter, so the axis never holds more bars than it can label. Labels spanning years carry the year on a
first line. Month and quarter names follow the display language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.language import english_shown

MAX_MONTHS = 13
MAX_QUARTERS = 12
QUARTER_NAMES = "一二三四"
MONTHS_ENGLISH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_name(month: int) -> str:
    """1 → 1月 (Jan in English)."""
    return MONTHS_ENGLISH[month - 1] if english_shown() else f"{month}月"


def quarter_name(quarter: int) -> str:
    """0 → 一季 (Q1 in English)."""
    return f"Q{quarter + 1}" if english_shown() else f"{QUARTER_NAMES[quarter]}季"


@dataclass(frozen=True)
class Series:
    by_quarter: bool
    labels: list[str]
    sessions: list[int]
    suggestions: list[int]


def _month_index(key: str) -> int:
    year, month = key.split("-")
    return int(year) * 12 + int(month) - 1


def _months(first: int, last: int) -> list[int]:
    return list(range(first, last + 1))


def build_series(
    sessions: dict[str, int],
    suggestions: dict[str, int],
    date_from: date | None,
    date_to: date | None,
    today: date,
) -> Series:
    """Bars for the period [date_from, date_to] (open ends: as far as the data reaches, up to today)."""
    keys = [_month_index(k) for k in (*sessions, *suggestions)]
    this_month = today.year * 12 + today.month - 1
    first = date_from.year * 12 + date_from.month - 1 if date_from else min(keys, default=this_month)
    last = date_to.year * 12 + date_to.month - 1 if date_to else max(keys, default=this_month)
    last = max(first, min(last, max(this_month, max(keys, default=this_month))))
    months = _months(first, last)
    s = {_month_index(k): v for k, v in sessions.items()}
    g = {_month_index(k): v for k, v in suggestions.items()}
    if len(months) <= MAX_MONTHS:
        one_year = len({m // 12 for m in months}) == 1
        labels = [
            month_name(m % 12 + 1) if one_year else f"{m // 12}\n{month_name(m % 12 + 1)}" for m in months
        ]
        return Series(False, labels, [s.get(m, 0) for m in months], [g.get(m, 0) for m in months])
    quarters = sorted({m // 3 for m in months})[-MAX_QUARTERS:]
    labels = [f"{q // 4}\n{quarter_name(q % 4)}" for q in quarters]
    return Series(
        True,
        labels,
        [sum(v for m, v in s.items() if m // 3 == q) for q in quarters],
        [sum(v for m, v in g.items() if m // 3 == q) for q in quarters],
    )
