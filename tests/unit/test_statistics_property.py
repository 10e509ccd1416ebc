"""Property: on random records and random scopes, every count of the summary equals a count taken straight
from the stored rows (read back with plain SQL and counted here, independently of the service)."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db import Database
from app.models import (
    ConsultationSession,
    FollowUpEvent,
    LeaderInstruction,
    Member,
    Platform,
    PlatformMembership,
    SessionAttendance,
    Suggestion,
)
from app.models._base import table_of
from app.models.enums import (
    AttendanceStatus,
    EventKind,
    PlatformKind,
    QualityRating,
    ResultClass,
    Satisfaction,
    SessionForm,
    SessionState,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
)
from app.services.scope import Scope
from app.services.statistics import StatisticsService, rate
from app.services.workdays import WorkCalendar
from tests.support import ADMIN_ACTOR

START = date(2025, 1, 1)
DISTRICTS = ("城西区", "城东区", "城北区")
NOW = datetime(2025, 6, 1, tzinfo=UTC)

days = st.integers(0, 364).map(lambda n: START + timedelta(days=n))
maybe_day = st.none() | days


def pick(enum_cls: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in enum_cls])


platforms_st = st.lists(
    st.fixed_dictionaries(
        {
            "kind": pick(PlatformKind),
            "district": st.sampled_from(DISTRICTS),
            "active": st.booleans(),
            "archived": st.booleans(),
        }
    ),
    min_size=1,
    max_size=4,
)
members_st = st.lists(st.fixed_dictionaries({"archived": st.booleans()}), max_size=5)
# Keys named like the columns are stored as they are; platform/session/proposer are indexes to resolve.
sessions_st = st.lists(
    st.fixed_dictionaries(
        {
            "platform": st.integers(0, 3),
            "held_on": days,
            "state": pick(SessionState),
            "form": pick(SessionForm),
            "topic_source": pick(TopicSource),
            "archived": st.booleans(),
            "attendance": st.lists(
                st.tuples(st.integers(0, 4), pick(AttendanceStatus)), max_size=4, unique_by=lambda t: t[0]
            ),
        }
    ),
    max_size=10,
)
SUGGESTION_COLUMNS = {
    "raised_on": maybe_day,
    "state": pick(SuggestionState),
    "result_class": st.none() | pick(ResultClass),
    "category": pick(SuggestionCategory),
    "reflects_problem": st.booleans(),
    **{day: maybe_day for day in ("due_on", "replied_on", "concluded_on", "returned_on")},
    **{aspect: st.none() | pick(Satisfaction) for aspect in ("eval_before", "eval_during", "eval_after")},
    "quality_rating": st.none() | pick(QualityRating),
}
suggestions_st = st.lists(
    st.fixed_dictionaries(
        {
            **SUGGESTION_COLUMNS,
            "platform": st.integers(0, 3),
            "session": st.none() | st.integers(0, 9),
            "proposer": st.none() | st.integers(0, 4),
            "archived": st.booleans(),
        }
    ),
    max_size=14,
)
extras_st = st.fixed_dictionaries(
    {
        "instructions": st.lists(st.tuples(st.integers(0, 13), days), max_size=5),
        "events": st.lists(st.tuples(st.integers(0, 13), pick(EventKind), days), max_size=6),
        "memberships": st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4)), max_size=6, unique=True),
    }
)
scope_st = st.fixed_dictionaries(
    {
        "from": maybe_day,
        "to": maybe_day,
        "platform": st.none() | st.integers(0, 3),
        "district": st.none() | st.sampled_from(DISTRICTS),
    }
)

TABLES = (
    FollowUpEvent,
    LeaderInstruction,
    SessionAttendance,
    Suggestion,
    ConsultationSession,
    PlatformMembership,
    Member,
    Platform,
)


def base() -> dict[str, Any]:
    return {"id": uuid.uuid4(), "created_at": NOW, "updated_at": NOW, "version": 1}


def load(db: Database, data: dict[str, Any]) -> dict[str, list[uuid.UUID]]:
    ids: dict[str, list[uuid.UUID]] = {"platform": [], "member": [], "session": [], "suggestion": []}
    with db.session() as s:
        for model in TABLES:
            s.execute(sa.delete(table_of(model)))
        for i, p in enumerate(data["platforms"]):
            row = base() | {
                "kind": p["kind"],
                "name": f"平台{i}",
                "district": p["district"],
                "active": p["active"],
                "archived_at": NOW if p["archived"] else None,
            }
            s.execute(sa.insert(table_of(Platform)).values(row))
            ids["platform"].append(row["id"])
        plat = ids["platform"]
        for i, m in enumerate(data["members"]):
            row = base() | {"name": f"委员{i}", "archived_at": NOW if m["archived"] else None}
            s.execute(sa.insert(table_of(Member)).values(row))
            ids["member"].append(row["id"])
        mem = ids["member"]
        for p, m in data["extras"]["memberships"]:
            if p < len(plat) and m < len(mem):
                row = base() | {"platform_id": plat[p], "member_id": mem[m], "role": "member"}
                s.execute(sa.insert(table_of(PlatformMembership)).values(row))
        for c in data["sessions"]:
            row = base() | {k: c[k] for k in ("held_on", "state", "form", "topic_source")}
            row |= {"topic": "议题", "platform_id": plat[c["platform"] % len(plat)]}
            row["archived_at"] = NOW if c["archived"] else None
            s.execute(sa.insert(table_of(ConsultationSession)).values(row))
            ids["session"].append(row["id"])
            for member, status in c["attendance"]:
                if member < len(mem):
                    a = base() | {"session_id": row["id"], "member_id": mem[member], "status": status}
                    s.execute(sa.insert(table_of(SessionAttendance)).values(a))
        for g in data["suggestions"]:
            row = base() | {k: g[k] for k in SUGGESTION_COLUMNS} | {"title": "建议"}
            row["platform_id"] = plat[g["platform"] % len(plat)]
            in_range = g["session"] is not None and g["session"] < len(ids["session"])
            row["session_id"] = ids["session"][g["session"]] if in_range else None
            known = g["proposer"] is not None and g["proposer"] < len(mem)
            row["proposer_id"] = mem[g["proposer"]] if known else None
            row["archived_at"] = NOW if g["archived"] else None
            s.execute(sa.insert(table_of(Suggestion)).values(row))
            ids["suggestion"].append(row["id"])
        sugg = ids["suggestion"]
        for index, given_on in data["extras"]["instructions"]:
            if index < len(sugg):
                row = base() | {
                    "suggestion_id": sugg[index],
                    "leader": "领导",
                    "given_on": given_on,
                    "text": "批示",
                }
                s.execute(sa.insert(table_of(LeaderInstruction)).values(row))
        for index, kind, on in data["extras"]["events"]:
            if index < len(sugg):
                row = base() | {
                    "suggestion_id": sugg[index],
                    "kind": kind,
                    "happened_on": on,
                    "recorded_at": NOW,
                    "actor": "测试",
                }
                s.execute(sa.insert(table_of(FollowUpEvent)).values(row))
    return ids


def rows(db: Database, table: str) -> list[dict[str, Any]]:
    """Plain SQL: values as SQLite stores them (ids as 16 bytes, dates as ISO text)."""
    with db.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(f"SELECT * FROM {table}")).mappings()]


def stored_id(value: uuid.UUID | None) -> bytes | None:
    """An id as SQLite stores it (app/models/_base.py StoredUuid)."""
    return value.bytes if value is not None else None


def expected(db: Database, scope: Scope, today: date) -> dict[str, Any]:
    plats = {r["id"]: r for r in rows(db, "platform")}
    frm = scope.date_from.isoformat() if scope.date_from else None
    to = scope.date_to.isoformat() if scope.date_to else None

    def in_platform(pid: bytes | None) -> bool:
        if scope.platform_id and pid != stored_id(scope.platform_id):
            return False
        return not (scope.district and (pid is None or plats[pid]["district"] != scope.district))

    def in_period(day: str | None) -> bool:
        if frm and (day is None or day < frm):
            return False
        return not (to and (day is None or day > to))

    sessions = [
        r
        for r in rows(db, "consultation_session")
        if r["archived_at"] is None and in_period(r["held_on"]) and in_platform(r["platform_id"])
    ]
    suggestions = [
        r
        for r in rows(db, "suggestion")
        if r["archived_at"] is None and in_period(r["raised_on"]) and in_platform(r["platform_id"])
    ]
    scoped_all = {r["id"] for r in rows(db, "suggestion") if in_platform(r["platform_id"])}
    session_ids = {r["id"] for r in sessions}
    attendance = [r for r in rows(db, "session_attendance") if r["session_id"] in session_ids]
    in_scope_platforms = [r for r in plats.values() if r["archived_at"] is None and in_platform(r["id"])]
    members = [r for r in rows(db, "member") if r["archived_at"] is None]
    if scope.platform_id or scope.district:
        linked = {m["member_id"] for m in rows(db, "platform_membership") if in_platform(m["platform_id"])}
        members = [r for r in members if r["id"] in linked]
    today_s = today.isoformat()
    soon = WorkCalendar().lenient().add_working_days(today, 3).isoformat()
    inspection = {
        r["id"]
        for r in rows(db, "consultation_session")
        if r["form"] == "inspection" and r["archived_at"] is None
    }

    def count(items: list[dict[str, Any]], key: str, enum_cls: Any) -> dict[str, int]:
        c = Counter(r[key] for r in items)
        return {m.value: c.get(m.value, 0) for m in enum_cls}

    def months(items: list[dict[str, Any]], key: str) -> dict[str, int]:
        return dict(sorted(Counter(r[key][:7] for r in items if r[key]).items()))

    open_states = ("assigned", "in_progress")
    handed = [r for r in suggestions if r["state"] in ("assigned", "in_progress", "replied", "concluded")]
    concluded = [r for r in suggestions if r["state"] == "concluded"]
    on_time = [
        r for r in concluded if r["due_on"] and (r["replied_on"] or r["concluded_on"] or "~") <= r["due_on"]
    ]
    held = [r for r in sessions if r["state"] != "planned"]
    instructions = [
        r
        for r in rows(db, "leader_instruction")
        if in_period(r["given_on"]) and r["suggestion_id"] in scoped_all
    ]
    events = [
        r
        for r in rows(db, "follow_up_event")
        if in_period(r["happened_on"]) and r["suggestion_id"] in scoped_all
    ]
    evaluated = [r for r in suggestions if r["eval_after"]]
    satisfied = [r for r in evaluated if r["eval_after"] in ("satisfied", "basically")]
    return {
        "platforms": len(in_scope_platforms),
        "platforms_active": sum(1 for r in in_scope_platforms if r["active"]),
        "platforms_by_kind": count(in_scope_platforms, "kind", PlatformKind),
        "members": len(members),
        "sessions": len(sessions),
        "sessions_held": len(held),
        "sessions_by_state": count(sessions, "state", SessionState),
        "sessions_by_form": count(sessions, "form", SessionForm),
        "sessions_by_topic_source": count(sessions, "topic_source", TopicSource),
        "sessions_held_by_form": count(held, "form", SessionForm),
        "sessions_held_by_topic_source": count(held, "topic_source", TopicSource),
        "sessions_by_platform_kind": {
            k.value: sum(1 for r in sessions if plats[r["platform_id"]]["kind"] == k.value)
            for k in PlatformKind
        },
        "suggestions": len(suggestions),
        "suggestions_by_state": count(suggestions, "state", SuggestionState),
        "suggestions_by_result_class": count(suggestions, "result_class", ResultClass),
        "suggestions_by_category": count(suggestions, "category", SuggestionCategory),
        "suggestions_handed_out": len(handed),
        "suggestions_replied": sum(1 for r in suggestions if r["replied_on"]),
        "suggestions_concluded": len(concluded),
        "suggestions_concluded_on_time": len(on_time),
        "concluded_rate": rate(len(concluded), len(handed)),
        "on_time_rate": rate(len(on_time), len(concluded)),
        "evaluated": len(evaluated),
        "satisfied": len(satisfied),
        "satisfaction_rate": rate(len(satisfied), len(evaluated)),
        "leader_instructions": len(instructions),
        "suggestions_with_instructions": len({r["suggestion_id"] for r in instructions}),
        "problem_suggestions": sum(1 for r in suggestions if r["reflects_problem"]),
        "overdue": sum(
            1
            for r in suggestions
            if r["due_on"] and r["due_on"] < today_s and not r["replied_on"] and r["state"] in open_states
        ),
        "due_soon": sum(
            1
            for r in suggestions
            if r["due_on"]
            and today_s <= r["due_on"] <= soon
            and not r["replied_on"]
            and r["state"] in open_states
        ),
        "suggestions_returned": sum(1 for r in suggestions if r["returned_on"]),
        "inspection_suggestions": sum(1 for r in suggestions if r["session_id"] in inspection),
        "evaluations_by_aspect": {
            a: count(suggestions, f"eval_{a}", Satisfaction) for a in ("before", "during", "after")
        },
        "quality_ratings": count(suggestions, "quality_rating", QualityRating),
        "follow_up_events": {
            k: sum(1 for r in events if r["kind"] == k) for k in ("reminder", "supervision", "call")
        },
        "attendance": count(attendance, "status", AttendanceStatus),
        "members_attending": len({r["member_id"] for r in attendance if r["status"] == "present"}),
        "members_raising_suggestions": len({r["proposer_id"] for r in suggestions if r["proposer_id"]}),
        "sessions_by_month": months(held, "held_on"),
        "suggestions_by_month": months(suggestions, "raised_on"),
        "sessions_by_district": dict(Counter(plats[r["platform_id"]]["district"] for r in sessions)),
        "suggestions_by_district": dict(Counter(plats[r["platform_id"]]["district"] for r in suggestions)),
        "sessions_by_platform": sorted(
            (uuid.UUID(bytes=pid).hex, n) for pid, n in Counter(r["platform_id"] for r in sessions).items()
        ),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    platforms=platforms_st,
    members=members_st,
    sessions=sessions_st,
    suggestions=suggestions_st,
    extras=extras_st,
    scope=scope_st,
    today=days,
)
def test_summary_agrees_with_the_stored_rows(
    db: Database, platforms, members, sessions, suggestions, extras, scope, today
) -> None:
    ids = load(
        db,
        {
            "platforms": platforms,
            "members": members,
            "sessions": sessions,
            "suggestions": suggestions,
            "extras": extras,
        },
    )
    start, end = scope["from"], scope["to"]
    if start and end and start > end:
        start, end = end, start
    platform = (
        ids["platform"][scope["platform"] % len(ids["platform"])] if scope["platform"] is not None else None
    )
    chosen = Scope(start, end, platform, scope["district"])
    figures = StatisticsService(db, ADMIN_ACTOR).summary(chosen, today=today)
    want = expected(db, chosen, today)
    got = dict(figures)
    got["sessions_by_district"] = {k: v for k, v in figures["sessions_by_district"].items() if v}
    got["suggestions_by_district"] = {k: v for k, v in figures["suggestions_by_district"].items() if v}
    got["sessions_by_platform"] = sorted(
        (uuid.UUID(r["platform_id"]).hex, r["sessions"]) for r in figures["sessions_by_platform"]
    )
    for key, value in want.items():
        assert got[key] == value, key
    table = {row["platform_id"]: row for row in figures["platform_table"]}
    assert sum(r["suggestions"] for r in table.values()) == figures["suggestions"]
    assert sum(r["concluded"] for r in table.values()) == figures["suggestions_concluded"]
    assert sum(r["overdue"] for r in table.values()) == figures["overdue"]
