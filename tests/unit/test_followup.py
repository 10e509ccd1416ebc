"""Overdue and due-soon lists, most urgent first, and the start-up notice."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import sqlalchemy as sa

from app.models import HandlingUnitCreate, PlatformCreate, SuggestionCreate
from app.models.enums import EventKind, ResultClass
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.scope import Scope
from app.services.validation import build


def make(services: Services) -> dict[str, object]:
    west = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    east = services.platforms.create(
        build(PlatformCreate, kind="station", name="东关驿站", district="城东区")
    )
    unit = services.units.create(build(HandlingUnitCreate, name="市城市管理局")).id
    h = services.handling
    made = {}
    for title, platform, due in (
        ("路灯不亮", west, date(2025, 10, 9)),
        ("垃圾清运", west, date(2025, 10, 20)),
        ("井盖破损", east, date(2025, 10, 15)),
        ("占道经营", east, date(2025, 10, 23)),
        ("噪声扰民", west, date(2025, 11, 20)),
    ):
        s = services.suggestions.create(
            build(SuggestionCreate, title=title, platform_id=platform.id, raised_on=date(2025, 9, 1))
        )
        h.assign(s.id, lead_unit_id=unit, assigned_on=date(2025, 9, 2), due_on=due)
        made[title] = s.id
    h.reply(made["垃圾清运"], reply="已清运", replied_on=date(2025, 10, 10), result_class=ResultClass.A)
    h.remind(made["路灯不亮"], on=date(2025, 10, 13))
    h.remind(made["路灯不亮"], on=date(2025, 10, 16), kind=EventKind.CALL)
    archived = services.suggestions.create(
        build(SuggestionCreate, title="已归档", platform_id=west.id, raised_on=date(2025, 9, 1))
    )
    h.assign(archived.id, lead_unit_id=unit, assigned_on=date(2025, 9, 2), due_on=date(2025, 10, 9))
    services.suggestions.archive(archived.id)
    made["west"], made["east"] = west.id, east.id
    return made


def test_overdue_list(services: Services) -> None:
    made = make(services)
    rows = services.followup.overdue(today=date(2025, 10, 20))
    assert [r["title"] for r in rows] == ["路灯不亮", "井盖破损"]  # replied and archived ones are not listed
    first = rows[0]
    assert first["due_on"] == date(2025, 10, 9)
    # 10, 11 (Saturday, 调休), 13–17, 20 October
    assert (first["working_days_overdue"], first["days_overdue"]) == (8, 11)
    assert (first["reminders"], first["last_reminder_on"]) == (2, date(2025, 10, 16))
    assert (first["platform_name"], first["district"], first["lead_unit_name"]) == (
        "西门驿站",
        "城西区",
        "市城市管理局",
    )
    assert (first["state"], first["state_label"]) == ("assigned", "已交办")
    assert rows[1]["working_days_overdue"] == 3  # 16, 17, 20 October
    only_east = services.followup.overdue(Scope(district="城东区"), today=date(2025, 10, 20))
    assert [r["id"] for r in only_east] == [made["井盖破损"]]
    assert services.followup.overdue(today=date(2025, 10, 9)) == []  # due today is not overdue yet


def test_due_soon_list(services: Services) -> None:
    make(services)
    rows = services.followup.due_soon(today=date(2025, 10, 20))
    # 3 working days after Monday 20 October: up to Thursday 23rd.
    assert [(r["title"], r["working_days_left"]) for r in rows] == [("占道经营", 3)]
    wider = services.followup.due_soon(today=date(2025, 10, 14), days=7)
    assert [r["title"] for r in wider] == ["井盖破损", "占道经营"]


def test_startup_notice(services: Services) -> None:
    make(services)
    notice = services.followup.startup_notice(date(2025, 10, 20))
    assert (notice.overdue, notice.due_soon, notice.days) == (2, 1, 3)
    assert notice.message == "有 2 条意见建议已超过办理时限，1 条将在 3 个工作日内到期。"
    assert notice.calendar_warning is None
    # During 国庆 the next three working days are 9, 10 and 11 October.
    assert (
        services.followup.startup_notice(date(2025, 10, 1)).message
        == "有 1 条意见建议将在 3 个工作日内到期。"
    )
    assert services.followup.startup_notice(date(2025, 9, 20)).message is None
    assert services.followup.startup_notice(date(2025, 10, 13)).message == (
        "有 1 条意见建议已超过办理时限，1 条将在 3 个工作日内到期。"
    )
    # Friday 17 October: the window ends on Wednesday 22nd, before 占道经营 is due.
    assert services.followup.startup_notice(date(2025, 10, 17)).message == "有 2 条意见建议已超过办理时限。"


def test_startup_notice_names_an_unknown_year(services: Services) -> None:
    notice = services.followup.startup_notice(date(2026, 12, 30))
    assert notice.message is None
    assert notice.calendar_warning == "尚无2027年的法定节假日安排，请在设置中录入该年的节假日和调休上班日。"
    assert notice.has_news


def test_from_december_the_notice_asks_for_next_years_holidays(services: Services) -> None:
    november = services.followup.startup_notice(date(2026, 11, 30))
    assert (november.calendar_warning, november.missing_year) == (None, None)
    december = services.followup.startup_notice(date(2026, 12, 1))
    assert december.missing_year == 2027 and december.has_news
    assert (
        december.calendar_warning is not None
        and "尚未录入2027年的法定节假日安排" in december.calendar_warning
    )
    services.settings.set_holiday_year(2027, [date(2027, 1, 1)])
    assert services.followup.startup_notice(date(2026, 12, 1)).missing_year is None


def test_the_overdue_and_due_soon_ones_are_read_from_their_deadline_index(services: Services) -> None:
    """超期未答复 and 即将到期 are never found through the index of `replied_on IS NULL`, which every
    unanswered suggestion passes: the plans of the lists, the notice's counts and the 督办 view's pages
    (its last page reads the rows without a date first) use the deadline's index or the sort's. SQLite
    has no planner statistics here, as in a real ledger, so the plans are those a large one gets."""
    make(services)
    today = date(2025, 10, 20)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        statements.append((sql, params))

    sa.event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        services.followup.overdue(today=today)
        services.followup.due_soon(today=today)
        services.followup.startup_notice(today=today)
        for sort in (None, "working_days_overdue", "due_on"):
            for from_end in (False, True):
                query = ListQuery(filters={"overdue": True}, sort=sort, limit=2, from_end=from_end)
                services.suggestions.list(query)
        services.suggestions.list(ListQuery(filters={"due_soon": True}, limit=2))
    finally:
        sa.event.remove(services.db.engine, "before_cursor_execute", seen)
    chasing = [(q, p) for q, p in statements if "replied_on IS NULL" in q.partition("WHERE")[2]]
    assert len(chasing) >= 10, chasing
    with services.db.engine.connect() as conn:
        for sql, params in chasing:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            assert "ix_suggestion_replied_on" not in plan, (sql, plan)
            assert re.search(r"(SEARCH|SCAN) suggestion USING (COVERING )?INDEX", plan), (sql, plan)
