"""Overdue and due-soon suggestions (督办 lists), and the start-up notice that counts them.

What counts as 超期未答复 and 即将到期, and how many working days, is services.deadlines' rule (the same
the statistics, the ledger and the printed documents use). Rows are plain dicts for the UI's tables and
the command line, most urgent first. A year nobody has entered yet is taken as plain weekends for these
counts (they are reminders, not deadlines), and the notice says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app import glossary
from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.enums import EventKind, SuggestionState
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.suggestions import FollowUpEvent, Suggestion
from app.models.units import HandlingUnit
from app.services import permissions
from app.services.actor import Actor
from app.services.deadlines import deadlines_for
from app.services.office_settings import OfficeSettings
from app.services.scope import Scope
from app.services.workdays import UnknownHolidayYear

SG = table_of(Suggestion).c
PL = table_of(Platform).c
CS = table_of(ConsultationSession).c
HU = table_of(HandlingUnit).c
FE = table_of(FollowUpEvent).c
CHASING = (EventKind.REMINDER.value, EventKind.SUPERVISION.value, EventKind.CALL.value)


@dataclass(frozen=True)
class StartupNotice:
    overdue: int
    due_soon: int
    days: int  # the warning window, in working days
    message: str | None  # None when there is nothing to say
    calendar_warning: str | None = None  # set when a needed year's holidays are unknown
    missing_year: int | None = None  # the year whose holidays should be entered (with the warning)

    @property
    def has_news(self) -> bool:
        return bool(self.message or self.calendar_warning)


class FollowUpService:
    """Lists and counts cover only what the actor may see (a coordinator: their platforms)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def overdue(
        self, scope: Scope | None = None, today: date | None = None, *, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Overdue suggestions, longest overdue first; each row has `working_days_overdue`.

        `days_overdue` (calendar days) stays in the rows for scripts that read it; every screen and
        document shows working days.
        """
        today = today or date.today()
        with self.db.session(write=False) as s:
            rules = deadlines_for(s, today)
            rows = self._rows(s, permissions.restrict(self.actor, scope), rules.overdue_clause(), limit)
            for row in rows:
                row["working_days_overdue"] = rules.working_days_overdue(
                    row["state"], row["due_on"], row["replied_on"]
                )
                row["days_overdue"] = (today - row["due_on"]).days
            return rows

    def due_soon(
        self,
        scope: Scope | None = None,
        today: date | None = None,
        days: int | None = None,
        *,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Open suggestions due within `days` working days (default: the office setting), soonest first."""
        today = today or date.today()
        with self.db.session(write=False) as s:
            rules = deadlines_for(s, today)
            rows = self._rows(s, permissions.restrict(self.actor, scope), rules.due_soon_clause(days), limit)
            for row in rows:
                row["working_days_left"] = rules.working_days_left(row["due_on"])
            return rows

    def startup_notice(self, today: date | None = None) -> StartupNotice:
        """Counts for the notice when the app opens (every platform the actor sees, all periods)."""
        today = today or date.today()
        seen = permissions.restrict(self.actor).platform_clauses(SG.platform_id)
        with self.db.session(write=False) as s:
            rules = deadlines_for(s, today)
            settings = rules.settings
            warning, missing = _calendar_warning(settings, today)
            live = SG.archived_at.is_(None)
            overdue = _count(s, live, rules.overdue_clause(), *seen)
            soon = _count(s, live, rules.due_soon_clause(), *seen)
        return StartupNotice(
            overdue, soon, settings.due_soon_days, _message(overdue, soon, settings), warning, missing
        )

    # -- the list query -----------------------------------------------------------------------------
    def _rows(self, s: Session, scope: Scope, condition: Any, limit: int | None) -> list[dict[str, Any]]:
        stmt = (
            sa.select(
                SG.id,
                SG.version,
                SG.title,
                SG.state,
                SG.platform_id,
                PL.name.label("platform_name"),
                PL.district,
                SG.session_id,
                CS.topic.label("session_topic"),
                SG.lead_unit_id,
                HU.name.label("lead_unit_name"),
                SG.raised_on,
                SG.assigned_on,
                SG.due_on,
                SG.replied_on,
            )
            .select_from(
                table_of(Suggestion)
                .outerjoin(table_of(Platform), PL.id == SG.platform_id)
                .outerjoin(table_of(ConsultationSession), CS.id == SG.session_id)
                .outerjoin(table_of(HandlingUnit), HU.id == SG.lead_unit_id)
            )
            .where(
                SG.archived_at.is_(None),
                condition,
                *scope.period_clauses(SG.raised_on),
                *scope.platform_clauses(SG.platform_id),
            )
            .order_by(SG.due_on, SG.title, SG.id)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = [dict(r) for r in s.execute(stmt).mappings()]
        chasing = _chasing(s, [r["id"] for r in rows])
        for row in rows:
            state = SuggestionState(row["state"])
            row["state"] = state.value
            row["state_label"] = state.label
            count, last = chasing.get(row["id"], (0, None))
            row["reminders"] = count
            row["last_reminder_on"] = last
        return rows


def _count(s: Session, *where: Any) -> int:
    return int(
        s.execute(sa.select(sa.func.count()).select_from(table_of(Suggestion)).where(*where)).scalar_one()
    )


def _chasing(s: Session, ids: list[Any]) -> dict[Any, tuple[int, date | None]]:
    """How often each suggestion was chased (催办/督办/电话), and when last."""
    out: dict[Any, tuple[int, date | None]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = (
            sa.select(FE.suggestion_id, sa.func.count(), sa.func.max(FE.happened_on))
            .where(FE.suggestion_id.in_(chunk), FE.kind.in_(CHASING))
            .group_by(FE.suggestion_id)
        )
        out.update({sid: (int(n), last) for sid, n, last in s.execute(stmt).all()})
    return out


NEXT_YEAR_FROM_MONTH = 12  # from 1 December the notice asks for next year's holidays


def _calendar_warning(settings: OfficeSettings, today: date) -> tuple[str | None, int | None]:
    """(message, year) when the warning window reaches a year whose holidays are unknown, or when it is
    December and next year's are not entered yet (交办 in January would need them)."""
    try:
        settings.calendar().add_working_days(today, settings.due_soon_days)
    except UnknownHolidayYear as exc:
        return exc.message, exc.year
    coming = today.year + 1
    if today.month >= NEXT_YEAR_FROM_MONTH and not settings.calendar().knows(coming):
        return (
            msg(
                "尚未录入{year}年的法定节假日安排：{year}年交办的意见建议将无法按工作日计算{deadline}。"
                "国务院办公厅公布安排后，请在“设置 → 节假日安排”中录入。",
                year=coming,
                deadline=glossary.DEADLINE,
            ),
            coming,
        )
    return None, None


def _message(overdue: int, soon: int, settings: OfficeSettings) -> str | None:
    within = glossary.working_days(settings.due_soon_days)
    if overdue and soon:
        return msg(
            "有 {overdue} 条意见建议已超过{deadline}，{soon} 条将在 {within}内到期。",
            overdue=overdue,
            deadline=glossary.DEADLINE,
            soon=soon,
            within=within,
        )
    if overdue:
        return msg("有 {overdue} 条意见建议已超过{deadline}。", overdue=overdue, deadline=glossary.DEADLINE)
    if soon:
        return msg("有 {soon} 条意见建议将在 {within}内到期。", soon=soon, within=within)
    return None
