"""Deadlines: 办理时限, 超期未答复, 即将到期 and the 退办 window — the one home of these rules.

Every count is in working days of the office calendar (workdays.WorkCalendar with the office's own
holiday entries). The screen, the command line, the Excel ledger, every printed document and the
statistics ask this module; none of them counts days itself.

- 办理时限: the `handling_days`-th working day after 交办 (`handling_deadline`).
- 退办 is allowed up to the `return_window_days`-th working day after 交办 (`return_deadline`).
- 超期未答复 (overdue): assigned or in progress, not replied, and at least one working day has passed
  since the deadline — i.e. `due_on` is before the last working day up to today. A deadline on Friday is
  not overdue on Saturday; it is 1 working day overdue on Monday.
- 即将到期 (due soon): open, not replied, not overdue, and due within `due_soon_days` working days.

Deadlines themselves are exact (a year whose holidays nobody has entered stops with a clear message);
overdue and due-soon counts are reminders, so an unknown year is taken as plain weekends there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models._base import table_of
from app.models.enums import SuggestionState
from app.models.suggestions import Suggestion
from app.services.office_settings import OfficeSettings, load_settings
from app.services.paging import wide
from app.services.workdays import WorkCalendar

SG = table_of(Suggestion).c

OPEN_STATES = (SuggestionState.ASSIGNED.value, SuggestionState.IN_PROGRESS.value)
_OPEN_ENUMS = (SuggestionState.ASSIGNED, SuggestionState.IN_PROGRESS)


@dataclass(frozen=True)
class Deadlines:
    """The rules bound to one office calendar and one day (`today`)."""

    settings: OfficeSettings
    today: date

    # -- calendars ---------------------------------------------------------------------------------
    @property
    def calendar(self) -> WorkCalendar:
        """Exact: raises UnknownHolidayYear for a year nobody has entered."""
        return self.settings.calendar()

    @property
    def counting_calendar(self) -> WorkCalendar:
        """For overdue and due-soon counts: an unknown year counts as plain weekends."""
        return self.settings.calendar().lenient()

    # -- deadlines ---------------------------------------------------------------------------------
    def handling_deadline(self, assigned_on: date, days: int | None = None) -> date:
        """办理时限: `days` (default: the office's limit) working days after 交办."""
        return self.calendar.add_working_days(
            assigned_on, self.settings.handling_days if days is None else days
        )

    def handling_days_of(self, assigned_on: date, due_on: date) -> int:
        """The working days a deadline set by hand gives (the inverse of `handling_deadline`)."""
        return self.calendar.working_days_between(assigned_on, due_on)

    def return_deadline(self, assigned_on: date) -> date:
        """The last day a unit may 退办 a suggestion assigned on `assigned_on`."""
        return self.calendar.add_working_days(assigned_on, self.settings.return_window_days)

    @property
    def return_window_days(self) -> int:
        return self.settings.return_window_days

    @property
    def due_soon_days(self) -> int:
        return self.settings.due_soon_days

    # -- overdue and due soon ------------------------------------------------------------------------
    @property
    def last_working_day(self) -> date:
        """The last working day up to and including today (a deadline before it is overdue)."""
        calendar = self.counting_calendar
        day = self.today
        for _ in range(40):  # the longest run of days off (春节 with weekends) is far shorter
            if calendar.is_working_day(day):
                return day
            day -= timedelta(days=1)
        return self.today

    def due_soon_until(self, days: int | None = None) -> date:
        return self.counting_calendar.add_working_days(
            self.today, self.due_soon_days if days is None else days
        )

    # Neither clause offers `replied_on IS NULL` to SQLite's planner: every unanswered suggestion passes
    # it (about half of them), yet without planner statistics SQLite may read its index and check each of
    # them. The open ones past (or near) their deadline are few: the (state, due_on) index, or the
    # sort's own, is read instead.

    def overdue_clause(self) -> sa.ColumnElement[bool]:
        """SQL: the suggestion is 超期未答复 today."""
        unreplied = wide(SG.replied_on).is_(None)
        return sa.and_(SG.due_on < self.last_working_day, unreplied, SG.state.in_(OPEN_STATES))

    def due_soon_clause(self, days: int | None = None) -> sa.ColumnElement[bool]:
        """SQL: open, not replied, not yet overdue and due within `days` working days."""
        return sa.and_(
            SG.state.in_(OPEN_STATES),
            wide(SG.replied_on).is_(None),
            SG.due_on >= self.last_working_day,
            SG.due_on <= self.due_soon_until(days),
        )

    def is_overdue(self, state: Any, due_on: date | None, replied_on: date | None) -> bool:
        if due_on is None or replied_on is not None:
            return False
        if SuggestionState(getattr(state, "value", state)) not in _OPEN_ENUMS:
            return False
        return due_on < self.last_working_day

    def working_days_overdue(self, state: Any, due_on: date | None, replied_on: date | None) -> int:
        """Working days past the deadline for an overdue suggestion; 0 for any other."""
        if not self.is_overdue(state, due_on, replied_on):
            return 0
        assert due_on is not None
        return self.counting_calendar.working_days_between(due_on, self.today)

    def working_days_left(self, due_on: date) -> int:
        """Working days from today to the deadline (0: due by the end of the last working day)."""
        return max(self.counting_calendar.working_days_between(self.today, due_on), 0)


def deadlines_for(session: Session, today: date | None = None) -> Deadlines:
    """The rules with the office's settings as stored (inside the caller's transaction)."""
    return Deadlines(load_settings(session), today or date.today())
