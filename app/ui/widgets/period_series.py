"""Turn the statistics service's per-month counts into the bars a chart shows.

Short periods are shown month by month (every month of the period, zeros included); longer ones by
quarter, so the axis never holds more bars than it can label. Labels spanning years carry the year on a
first line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.i18n import QT_TRANSLATE_NOOP

MAX_MONTHS = 13
MAX_QUARTERS = 12
QUARTER_NAMES = (
    QT_TRANSLATE_NOOP("Charts", "一季"),
    QT_TRANSLATE_NOOP("Charts", "二季"),
    QT_TRANSLATE_NOOP("Charts", "三季"),
    QT_TRANSLATE_NOOP("Charts", "四季"),
)


def _month_name(m: int) -> str:
    """3月, Mar …: the month's short name in the interface's language."""
    return QLocale().standaloneMonthName(m % 12 + 1, QLocale.FormatType.ShortFormat)


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
        labels = [_month_name(m) if one_year else f"{m // 12}\n{_month_name(m)}" for m in months]
        return Series(False, labels, [s.get(m, 0) for m in months], [g.get(m, 0) for m in months])
    quarters = sorted({m // 3 for m in months})[-MAX_QUARTERS:]
    labels = [f"{q // 4}\n{QCoreApplication.translate('Charts', QUARTER_NAMES[q % 4])}" for q in quarters]
    return Series(
        True,
        labels,
        [sum(v for m, v in s.items() if m // 3 == q) for q in quarters],
        [sum(v for m, v in g.items() if m // 3 == q) for q in quarters],
    )
