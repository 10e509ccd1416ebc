"""Working days across the 2025 and 2026 calendars, 调休 weekends, unknown and office-entered years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.workdays import (
    HolidayYear,
    UnknownHolidayYear,
    WorkCalendar,
    add_working_days,
    is_working_day,
    working_days_between,
)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 1, 26), True),  # Sunday, 调休 before the Spring Festival
        (date(2025, 2, 8), True),  # Saturday, 调休 after it
        (date(2025, 1, 28), False),  # 除夕
        (date(2025, 2, 4), False),  # last day of the 2025 Spring Festival break
        (date(2025, 2, 5), True),
        (date(2025, 4, 27), True),  # Sunday before 劳动节
        (date(2025, 5, 5), False),
        (date(2025, 9, 28), True),  # Sunday before 国庆
        (date(2025, 10, 11), True),  # Saturday after 国庆
        (date(2025, 10, 12), False),  # ordinary Sunday
        (date(2025, 10, 13), True),  # ordinary Monday
        (date(2026, 2, 14), True),  # Saturday before the 2026 Spring Festival
        (date(2026, 2, 28), True),  # Saturday after it
        (date(2026, 2, 16), False),  # 2026 除夕
        (date(2026, 2, 23), False),  # last day of the 2026 break
        (date(2026, 2, 24), True),
        (date(2026, 1, 4), True),  # Sunday after 2026 元旦
        (date(2026, 10, 10), True),  # Saturday after 2026 国庆
    ],
)
def test_holidays_and_make_up_days(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_national_day_2025_is_eight_days_off() -> None:
    for offset in range(8):
        assert not is_working_day(date(2025, 10, 1) + timedelta(days=offset))
    assert is_working_day(date(2025, 10, 9))


def test_deadline_across_national_day() -> None:
    # Assigned Friday 26 September 2025: the 28th (Sunday) is a make-up working day, 1–8 October off.
    assert add_working_days(date(2025, 9, 26), 1) == date(2025, 9, 28)
    assert add_working_days(date(2025, 9, 26), 3) == date(2025, 9, 30)
    assert add_working_days(date(2025, 9, 26), 4) == date(2025, 10, 9)
    # 15 working days: 28, 29, 30 Sep; 9, 10, 11 (Sat, make-up), 13–17, 20–23 Oct.
    assert add_working_days(date(2025, 9, 26), 15) == date(2025, 10, 23)
    assert working_days_between(date(2025, 9, 26), date(2025, 10, 23)) == 15


def test_deadline_across_spring_festival_2026() -> None:
    # Assigned Thursday 12 February 2026: 13 (Fri), 14 (Sat, make-up), then the break 15–23.
    assert add_working_days(date(2026, 2, 12), 2) == date(2026, 2, 14)
    assert add_working_days(date(2026, 2, 12), 3) == date(2026, 2, 24)
    assert working_days_between(date(2026, 2, 12), date(2026, 2, 24)) == 3


def test_deadline_across_the_year_end() -> None:
    # 2025-12-31 (Wed): 2026-01-01..03 off, 04 (Sun) make-up, 05 Monday.
    assert add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 4)
    assert add_working_days(date(2025, 12, 31), 2) == date(2026, 1, 5)
    # From Saturday 20 Dec: 22–26, 29–31 Dec, 4 Jan (Sunday, make-up), 5–9 Jan.
    assert working_days_between(date(2025, 12, 20), date(2026, 1, 10)) == 14


def test_between_counts_are_consistent_with_adding() -> None:
    start = date(2025, 1, 1)
    for n in range(0, 300, 7):
        end = add_working_days(start, n)
        assert working_days_between(start, end) == n
        assert working_days_between(end, start) == -n
        assert n == 0 or is_working_day(end)


def test_zero_and_weekend_start() -> None:
    assert add_working_days(date(2025, 3, 8), 0) == date(2025, 3, 8)  # a Saturday stays itself
    assert add_working_days(date(2025, 3, 8), 1) == date(2025, 3, 10)
    assert working_days_between(date(2025, 3, 8), date(2025, 3, 9)) == 0
    with pytest.raises(ValueError):
        add_working_days(date(2025, 3, 8), -1)


def test_unknown_year_names_the_year_in_chinese() -> None:
    with pytest.raises(UnknownHolidayYear) as info:
        is_working_day(date(2027, 3, 1))
    assert info.value.message == "尚无2027年的法定节假日安排，请在设置中录入该年的节假日和调休上班日。"
    with pytest.raises(UnknownHolidayYear):
        add_working_days(date(2026, 12, 25), 15)
    with pytest.raises(UnknownHolidayYear):
        working_days_between(date(2026, 12, 1), date(2027, 1, 5))


def test_office_entered_year_is_used() -> None:
    spring = [date(2027, 2, 6) + timedelta(days=i) for i in range(9)]  # a made-up break, 6–14 Feb
    calendar = WorkCalendar({2027: HolidayYear(2027, frozenset(spring), frozenset({date(2027, 2, 20)}))})
    assert not calendar.is_working_day(date(2027, 2, 8))  # Monday inside the break
    assert calendar.is_working_day(date(2027, 2, 20))  # Saturday make-up day
    assert not calendar.is_working_day(date(2027, 2, 21))  # ordinary Sunday
    assert calendar.is_working_day(date(2027, 3, 1))  # ordinary Monday
    # Friday 5 Feb 2027: next working day after the break is Monday 15 Feb.
    assert calendar.add_working_days(date(2027, 2, 5), 1) == date(2027, 2, 15)
    # Across the year end: 2026 from the package, 2027 from the office.
    assert calendar.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 1)  # a Friday, not entered
    assert calendar.working_days_between(date(2026, 12, 31), date(2027, 1, 8)) == 6


def test_office_entries_correct_a_known_year() -> None:
    calendar = WorkCalendar(
        {2025: HolidayYear(2025, frozenset({date(2025, 3, 3)}), frozenset({date(2025, 3, 8)}))}
    )
    assert not calendar.is_working_day(date(2025, 3, 3))
    assert calendar.is_working_day(date(2025, 3, 8))
    assert not calendar.is_working_day(date(2025, 10, 1))  # the package still applies elsewhere
    assert calendar.add_working_days(date(2025, 2, 28), 1) == date(2025, 3, 4)


def test_lenient_calendar_takes_weekends_only() -> None:
    calendar = WorkCalendar().lenient()
    assert calendar.is_working_day(date(2027, 1, 1))  # a Friday, no holiday data
    assert not calendar.is_working_day(date(2027, 1, 2))
    assert calendar.add_working_days(date(2026, 12, 30), 3) == date(2027, 1, 4)
