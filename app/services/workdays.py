"""Chinese working days: statutory holidays (法定节假日) and make-up working days (调休上班日) count.

The calendar comes from the maintained `chinese_calendar` package, which knows the State Council's yearly
arrangements for the years it was released with. For a year it does not know yet, the office enters that
year's holidays and make-up working days in the settings (see office_settings); without them every
calculation touching that year stops with a clear Chinese message instead of guessing.

Conventions used everywhere in the app:
- `add_working_days(start, n)` is the n-th working day *after* `start` (a 15-working-day limit assigned on
  a Monday ends 15 working days later; the start day itself is not counted);
- `working_days_between(a, b)` counts the working days d with a < d <= b, so that
  `working_days_between(a, add_working_days(a, n)) == n`; it is negative when b is before a.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import chinese_calendar

from app.services.errors import ServiceError


class UnknownHolidayYear(ServiceError):
    """A date falls in a year whose holiday arrangement nobody has told the app."""

    def __init__(self, year: int) -> None:
        super().__init__(f"尚无{year}年的法定节假日安排，请在设置中录入该年的节假日和调休上班日。")
        self.year = year


@dataclass(frozen=True)
class HolidayYear:
    """One year's arrangement as entered by the office: days off and make-up working days."""

    year: int
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()


@cache
def package_years() -> tuple[int, int]:
    """First and last year the installed chinese_calendar package knows."""
    years = sorted({d.year for d in chinese_calendar.holidays})
    return years[0], years[-1]


def _package_knows(year: int) -> bool:
    first, last = package_years()
    return first <= year <= last


@cache
@cache
def _plain_year(year: int) -> tuple[tuple[bool, ...], tuple[int, ...]]:
    """(flags, running working-day totals) of a year without office entries: the package's, else weekends."""
    if _package_knows(year):
        flags = list(_package_year(year))
    else:
        start = date(year, 1, 1)
        flags = [(start + timedelta(days=i)).weekday() < 5 for i in range(_days_in(year))]
    running, total = [], 0
    for flag in flags:
        total += flag
        running.append(total)
    return tuple(flags), tuple(running)


def _package_year(year: int) -> tuple[bool, ...]:
    """Working-day flags of every day of a year the package knows (index 0 = 1 January)."""
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return tuple(chinese_calendar.is_workday(start + timedelta(days=i)) for i in range(days))


@dataclass
class WorkCalendar:
    """Working-day arithmetic over the package's data plus the office's own entries.

    Office entries for a year the package knows override it day by day (a correction); for a year the
    package does not know they are the whole arrangement, on top of ordinary weekends. Any other year
    raises UnknownHolidayYear.
    """

    office_years: Mapping[int, HolidayYear] = field(default_factory=dict)
    # For counts shown in passing (a start-up notice), an unknown year may be taken as plain weekends.
    assume_weekends: bool = False
    _years: dict[int, tuple[tuple[bool, ...], tuple[int, ...]]] = field(default_factory=dict, repr=False)

    # -- one year at a time ------------------------------------------------------------------
    def knows(self, year: int) -> bool:
        """Whether the arrangement of `year` is known (from the package or the office's entries)."""
        return year in self.office_years or _package_knows(year)

    def lenient(self) -> WorkCalendar:
        """The same calendar, taking unknown years as plain weekends (for approximate counts only)."""
        return WorkCalendar(self.office_years, assume_weekends=True)

    def _year(self, year: int) -> tuple[tuple[bool, ...], tuple[int, ...]]:
        """(flags, cumulative working days up to and including each day) for one year."""
        cached = self._years.get(year)
        if cached is not None:
            return cached
        office = self.office_years.get(year)
        if office is None and (self.assume_weekends or _package_knows(year)):
            result = _plain_year(year)  # the same for every calendar without the office's own entries
            self._years[year] = result
            return result
        if _package_knows(year):
            flags = list(_package_year(year))
        elif office is not None or self.assume_weekends:
            start = date(year, 1, 1)
            flags = [(start + timedelta(days=i)).weekday() < 5 for i in range(_days_in(year))]
        else:
            raise UnknownHolidayYear(year)
        if office is not None:
            for day in office.holidays:
                flags[day.timetuple().tm_yday - 1] = False
            for day in office.workdays:
                flags[day.timetuple().tm_yday - 1] = True
        running, total = [], 0
        for flag in flags:
            total += flag
            running.append(total)
        result = (tuple(flags), tuple(running))
        self._years[year] = result
        return result

    # -- public arithmetic ---------------------------------------------------------------------
    def is_working_day(self, day: date) -> bool:
        flags, _ = self._year(day.year)
        return flags[day.timetuple().tm_yday - 1]

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (n >= 0; n == 0 gives `start` back)."""
        if n < 0:
            raise ValueError("n must not be negative")
        if n == 0:
            return start
        year = start.year
        target = self._count_to(start) + n  # running count (from 1 January of `year`) to reach
        while True:
            _, running = self._year(year)
            if running[-1] >= target:
                # the first day of this year whose running count reaches the target
                return date(year, 1, 1) + timedelta(days=bisect_left(running, target))
            target -= running[-1]
            year += 1

    def working_days_between(self, a: date, b: date) -> int:
        """Working days d with a < d <= b (negative when b < a)."""
        if b < a:
            return -self.working_days_between(b, a)
        if a.year == b.year:
            return self._count_to(b) - self._count_to(a)
        count = self._year(a.year)[1][-1] - self._count_to(a)
        for year in range(a.year + 1, b.year):
            count += self._year(year)[1][-1]
        return count + self._count_to(b)

    def working_days_in(self, start: date, end: date) -> list[date]:
        """The working days from `start` to `end`, both included."""
        out, day = [], start
        while day <= end:
            if self.is_working_day(day):
                out.append(day)
            day += timedelta(days=1)
        return out

    def _count_to(self, day: date) -> int:
        """Working days from 1 January of day's year up to and including `day`."""
        _, running = self._year(day.year)
        return running[day.timetuple().tm_yday - 1]


def _days_in(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


_DEFAULT = WorkCalendar()


def is_working_day(day: date, calendar: WorkCalendar | None = None) -> bool:
    return (calendar or _DEFAULT).is_working_day(day)


def add_working_days(start: date, n: int, calendar: WorkCalendar | None = None) -> date:
    return (calendar or _DEFAULT).add_working_days(start, n)


def working_days_between(a: date, b: date, calendar: WorkCalendar | None = None) -> int:
    return (calendar or _DEFAULT).working_days_between(a, b)
