"""Keyset paging, stored 建议数 and the filter box through the search index, on a small demo city.

Every sort of the session and suggestion lists is walked page by page (each page continuing after the
last row of the one before): the pages together give every row once, in the order of one big page,
sorted by the key; the last page (`from_end`) is the tail of that order.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.glossary import OFFICE_LEVEL
from app.models import SuggestionCreate
from app.models._base import uuid_of
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.hub import Services
from app.services.list_values import ByValue
from app.services.listing import ListQuery, ListSpec, Page, run_list
from app.services.validation import build
from tests.support import demo_services

PAGE = 13  # not a divisor of the row counts: the last page is a partial one
SESSION_SORTS = ("held_on", "topic", "platform_name", "district", "convener_name", "location", "state",
                 "suggestion_count", "platform_kind", "form", "topic_source")  # fmt: skip
SUGGESTION_SORTS = ("raised_on", "title", "category", "state", "platform_name", "district", "session_topic",
                    "lead_unit_name", "proposer_name", "working_days_overdue", "overdue",
                    "result_class")  # fmt: skip
# Sorts whose displayed value is not the key itself (members first, then other proposers; days past)
NOT_BY_VALUE = {"proposer_name", "working_days_overdue", "overdue"}


@pytest.fixture(scope="module")
def city(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("paging") / "city.sqlite3"
    with demo_services(migrated_template, path, sessions=60, seed=11, today=date(2025, 6, 30)) as services:
        yield services


def _walk(list_: Any, query: ListQuery, size: int = PAGE) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    page: Page = list_(replace(query, limit=size, count=False))
    while True:
        rows += page.rows
        if page.next_cursor is None:
            return rows
        assert len(page.rows) == size
        page = list_(replace(query, limit=size, count=False, cursor=page.next_cursor))


def _check_sorted(rows: list[dict[str, Any]], key: str, descending: bool) -> None:
    # A suggestion raised at an office-level 履职活动 has no 站室组: it reads 政协机关 and sorts as none.
    # Likewise one raised at a 履职活动 shows that activity's title and sorts as having no session.
    values = [
        None
        if (key == "platform_name" and r[key] == OFFICE_LEVEL)
        or (key == "session_topic" and r.get("activity_id") is not None)
        else r[key]
        for r in rows
    ]
    present = [v for v in values if v is not None]
    assert values[: len(present)] == present, f"{key}: rows without a value come last"
    assert present == sorted(present, reverse=descending), key


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(("kind", "sorts"), [("sessions", SESSION_SORTS), ("suggestions", SUGGESTION_SORTS)])
def test_every_sort_pages_through_every_row_once(
    city: Services, kind: str, sorts: tuple[str, ...], descending: bool
) -> None:
    service = getattr(city, kind)
    total = service.list(ListQuery(limit=0)).total
    assert total > 3 * PAGE
    for sort in sorts:
        query = ListQuery(sort=sort, descending=descending)
        whole = service.list(replace(query, limit=None, count=False)).rows
        walked = _walk(service.list, query)
        assert [r["id"] for r in walked] == [r["id"] for r in whole], sort
        assert len({r["id"] for r in walked}) == total, sort
        if sort not in NOT_BY_VALUE:
            _check_sorted(walked, sort, descending)
        last = service.list(replace(query, limit=PAGE, count=False, from_end=True))
        assert [r["id"] for r in last.rows] == [r["id"] for r in whole[-PAGE:]], sort
        assert last.next_cursor is None


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    ("kind", "sorts"),
    [
        ("members", (None, "name", "platform_names", "platform_count", "sector")),
        ("units", (None, "name", "suggestion_count")),
        ("platforms", (None, "name", "member_count", "district")),
    ],
)
def test_reference_lists_page_by_keyset_in_name_order(
    city: Services, kind: str, sorts: tuple[str | None, ...], descending: bool
) -> None:
    """Names in 姓氏笔画 order, 所在站室组 by how many: every row once, page after page, as in one page."""
    service = getattr(city, kind)
    total = service.list(ListQuery(limit=0)).total
    assert total > PAGE
    for sort in sorts:
        query = ListQuery(sort=sort, descending=descending and sort is not None)
        whole = service.list(replace(query, limit=None, count=False)).rows
        walked = _walk(service.list, query)
        assert [r["id"] for r in walked] == [r["id"] for r in whole], sort
        assert len({r["id"] for r in walked}) == total, sort
    if kind == "members":  # the extra row data of each page: the 站室组 by name
        assert any(r["platform_names"] for r in walked)


def test_a_member_is_found_by_pinyin_initials_through_the_list(city: Services) -> None:
    from app.services.names import search_key

    member = city.members.list(ListQuery(limit=1)).rows[0]
    initials = search_key(member["name"]).split()[-1][:2]
    found = _walk(city.members.list, ListQuery(search=initials))
    assert member["id"] in [r["id"] for r in found]


def test_paging_with_filters_and_by_number(city: Services) -> None:
    query = ListQuery(filters={"state": "pending"}, sort="title")
    whole = city.suggestions.list(replace(query, limit=None)).rows
    assert whole and all(r["state"] == "pending" for r in whole)
    assert [r["id"] for r in _walk(city.suggestions.list, query)] == [r["id"] for r in whole]
    skipped = city.suggestions.list(replace(query, offset=5, limit=10)).rows
    assert [r["id"] for r in skipped] == [r["id"] for r in whole[5:15]]


@pytest.mark.parametrize("descending", [False, True])
def test_a_one_platform_coordinator_pages_their_sessions_by_date(city: Services, descending: bool) -> None:
    """Read from the (platform, date) index: the rows, in order, of the office filtering by it."""
    busiest = max(
        {r["platform_id"] for r in city.sessions.list(ListQuery(limit=None, count=False)).rows},
        key=lambda p: city.sessions.list(ListQuery(filters={"platform_id": str(p)}, limit=0)).total,
    )
    coordinator = Services(
        city.db, Actor("c", "联络员", UserRole.COORDINATOR, platform_ids=frozenset({uuid.UUID(str(busiest))}))
    )
    for sort in (None, "held_on"):
        query = ListQuery(sort=sort, descending=descending)
        office = city.sessions.list(replace(query, filters={"platform_id": str(busiest)}, limit=None)).rows
        assert len(office) > 4
        walked = _walk(coordinator.sessions.list, query, size=2)
        assert [r["id"] for r in walked] == [r["id"] for r in office], sort
        last = coordinator.sessions.list(replace(query, limit=2, count=False, from_end=True))
        assert [r["id"] for r in last.rows] == [r["id"] for r in office[-2:]], sort


def test_a_cursor_of_another_sort_is_refused(city: Services) -> None:
    page = city.sessions.list(ListQuery(sort="topic", limit=5))
    assert page.next_cursor is not None
    with pytest.raises(ValidationError):
        city.sessions.list(ListQuery(sort="location", limit=5, cursor=page.next_cursor))


# -- the filter box ------------------------------------------------------------------------------------
def _texts(city: Services, table: str, fields: tuple[str, ...], name_sql: str) -> dict[uuid.UUID, list[str]]:
    columns = ", ".join(f"t.{f}" for f in fields)
    sql = f"SELECT t.id, {columns}, {name_sql} FROM {table} t WHERE t.archived_at IS NULL"
    with city.db.engine.connect() as conn:
        return {uuid_of(r[0]): [v or "" for v in r[1:]] for r in conn.execute(sa.text(sql))}


def _expected(texts: dict[uuid.UUID, list[str]], words: list[str]) -> set[uuid.UUID]:
    return {
        i for i, values in texts.items() if all(any(w.lower() in v.lower() for v in values) for w in words)
    }


def _ids(city: Services, spec: ListSpec, query: ListQuery) -> list[uuid.UUID]:
    with city.db.session(write=False) as s:
        return [r["id"] for r in run_list(s, spec, query).rows]


@pytest.mark.parametrize("words", ["路", "停车", "加装电梯", "停车 改造", "驿站", "局"])
def test_the_filter_box_finds_what_a_substring_search_finds(city: Services, words: str) -> None:
    sessions = _texts(
        city, "consultation_session", ("topic", "minutes", "consensus", "location"),
        "(SELECT name FROM platform p WHERE p.id = t.platform_id)",
    )  # fmt: skip
    suggestions = _texts(
        city, "suggestion", ("title", "content", "reply", "implementation"),
        "(SELECT name FROM handling_unit u WHERE u.id = t.lead_unit_id)",
    )  # fmt: skip
    for service, texts in ((city.sessions, sessions), (city.suggestions, suggestions)):
        expected = _expected(texts, words.split())
        spec = service.list_spec()
        assert spec.text is not None
        for sort in (None, "title" if service is city.suggestions else "topic", "state"):
            for descending in (False, True):
                query = ListQuery(search=words, sort=sort, descending=descending, limit=None)
                few = _ids(city, replace(spec, text=replace(spec.text, few=10**9)), query)  # the matches lead
                many = _ids(city, replace(spec, text=replace(spec.text, few=1)), query)  # the sort leads
                assert set(few) == expected, (words, sort)
                assert many == few == _ids(city, spec, query), (words, sort)
                assert service.list(replace(query, limit=0)).total == len(expected)


# Sorts by a key of few values the search index holds a code for (list_values): one value at a time.
BY_VALUE = {
    "sessions": ("platform_name", "district", "platform_kind", "state", "form", "topic_source"),
    "suggestions": ("platform_name", "district", "lead_unit_name", "state", "category", "result_class"),
}


def _spec_list(city: Services, spec: ListSpec) -> Any:
    def list_(query: ListQuery) -> Page:
        with city.db.session(write=False) as s:
            return run_list(s, spec, query)

    return list_


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("kind", ["sessions", "suggestions"])
@pytest.mark.parametrize("words", ["停车", "社区 改造", "局"])
def test_words_with_a_sort_by_few_values_page_as_the_list_without_them(
    city: Services, kind: str, words: str, descending: bool
) -> None:
    """First to last page, both ways: the rows of the list without words that hold them, in its order,
    whether each value's matches lead or its rows are walked (and as the list chooses)."""
    service = getattr(city, kind)
    texts = (
        _texts(city, "consultation_session", ("topic", "minutes", "consensus", "location"),
               "(SELECT name FROM platform p WHERE p.id = t.platform_id)")
        if kind == "sessions"
        else _texts(city, "suggestion", ("title", "content", "reply", "implementation"),
                    "(SELECT name FROM handling_unit u WHERE u.id = t.lead_unit_id)")
    )  # fmt: skip
    expected = _expected(texts, words.split())
    spec = service.list_spec()
    assert spec.text is not None and spec.text.codes
    size = max(3, len(expected) // 4)  # four pages or so
    for sort in BY_VALUE[kind]:
        query = ListQuery(sort=sort, descending=descending)
        plain = [r["id"] for r in service.list(replace(query, limit=None, count=False)).rows]
        wanted = [i for i in plain if i in expected]
        assert len(wanted) == len(expected)
        for few in (None, 1, 10**9):  # as chosen; each value's rows walked; each value's matches leading
            list_ = _spec_list(city, replace(spec, text=replace(spec.text, few=few)))
            worded = replace(query, search=words)
            assert [r["id"] for r in _walk(list_, worded, size)] == wanted, (sort, few)
            last = list_(replace(worded, limit=size, count=False, from_end=True))
            assert [r["id"] for r in last.rows] == wanted[-size:], (sort, few)
    assert len(expected) > 2 * size  # three pages or more


@pytest.mark.parametrize("kind", ["sessions", "suggestions"])
def test_words_with_a_sort_by_few_values_are_read_a_value_at_a_time(
    city: Services, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each of those sorts is one the index holds codes for: its rows come from the value-at-a-time reader."""
    asked: list[Any] = []
    read = ByValue._value_rows

    def counted(self: ByValue, coded: Any, value: Any, *args: Any) -> list[Any]:
        asked.append(value)
        return read(self, coded, value, *args)

    monkeypatch.setattr(ByValue, "_value_rows", counted)
    service = getattr(city, kind)
    for sort in BY_VALUE[kind]:
        for descending in (False, True):
            asked.clear()
            page = service.list(
                ListQuery(search="社区", sort=sort, descending=descending, limit=5, count=False)
            )
            assert page.rows and asked, (sort, descending)


@pytest.mark.parametrize("kind", ["sessions", "suggestions"])
def test_a_coordinator_with_words_sorted_by_platform_sees_only_their_own(city: Services, kind: str) -> None:
    """The values read one at a time are cut to the reader's platforms: as the office filtering by them."""
    service = getattr(city, kind)
    rows = service.list(ListQuery(search="社区", limit=None, count=False)).rows
    held = Counter(r["platform_id"] for r in rows if r["platform_id"] is not None)
    platforms = sorted(held, key=lambda p: (-held[p], str(p)))[:2]  # the two with most, whatever the ids
    coordinator = Services(
        city.db,
        Actor(
            "c", "联络员", UserRole.COORDINATOR, platform_ids=frozenset(uuid.UUID(str(p)) for p in platforms)
        ),
    )
    for sort in ("platform_name", "district", "state"):
        query = ListQuery(search="社区", sort=sort)
        office = [
            r["id"] for r in service.list(replace(query, limit=None)).rows if r["platform_id"] in platforms
        ]
        assert len(office) > 4
        walked = _walk(getattr(coordinator, kind).list, query, size=3)
        assert [r["id"] for r in walked] == office, sort


# -- 建议数, kept by the database -------------------------------------------------------------------------
def _count(city: Services, table: str, record_id: uuid.UUID) -> int:
    with city.db.engine.connect() as conn:
        sql = sa.text(f"SELECT suggestion_count FROM {table} WHERE id = :id")
        return int(conn.execute(sql, {"id": record_id.bytes}).scalar_one())


def test_suggestion_counts_follow_every_change(city: Services) -> None:
    first, second = [r["id"] for r in city.sessions.list(ListQuery(sort="topic", limit=2)).rows]
    before = _count(city, "consultation_session", first), _count(city, "consultation_session", second)
    made = [city.suggestions.create(build(SuggestionCreate, title=f"新建议{i}", session_id=first)).id
            for i in range(2)]  # fmt: skip
    assert _count(city, "consultation_session", first) == before[0] + 2
    city.suggestions.archive(made[0])
    assert _count(city, "consultation_session", first) == before[0] + 1
    city.suggestions.restore(made[0])
    assert _count(city, "consultation_session", first) == before[0] + 2
    unit = city.units.list(ListQuery(limit=1)).rows[0]["id"]
    units_before = _count(city, "handling_unit", unit)
    with city.db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE suggestion SET session_id = :s, lead_unit_id = :u WHERE id = :id"),
                     {"s": second.bytes, "u": unit.bytes, "id": made[1].bytes})  # fmt: skip
    assert _count(city, "consultation_session", first) == before[0] + 1
    assert _count(city, "consultation_session", second) == before[1] + 1
    assert _count(city, "handling_unit", unit) == units_before + 1
    with city.db.engine.begin() as conn:
        conn.execute(
            sa.text("DELETE FROM suggestion WHERE id IN (:a, :b)"), {"a": made[0].bytes, "b": made[1].bytes}
        )
    assert (
        _count(city, "consultation_session", first),
        _count(city, "consultation_session", second),
    ) == before
    assert _count(city, "handling_unit", unit) == units_before
    rows = {r["id"]: r for r in city.sessions.list(ListQuery(limit=None)).rows}
    assert rows[first]["suggestion_count"] == before[0]


def test_stored_counts_match_the_suggestions(city: Services) -> None:
    sql = """SELECT count(*) FROM consultation_session c WHERE c.suggestion_count <>
             (SELECT count(*) FROM suggestion s WHERE s.session_id = c.id AND s.archived_at IS NULL)"""
    with city.db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT sum(suggestion_count) FROM consultation_session")).scalar()
        assert conn.execute(sa.text(sql)).scalar() == 0


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("words", ["路", "地下通道", "小区 奖励"])
def test_overdue_ones_with_words_lead_and_page_as_the_walk_of_the_matches(
    city: Services, words: str, descending: bool
) -> None:
    """督办 with words in the filter box: the few overdue ones lead (ListSpec.few), each looked up among
    the index's matches; pages, the last page and the total are those of walking the matches."""
    spec = city.suggestions.list_spec()
    assert spec.few == frozenset({"overdue"})
    walking = replace(spec, few=frozenset())
    query = ListQuery(search=words, filters={"overdue": True}, sort="raised_on", descending=descending)
    whole = _ids(city, walking, replace(query, limit=None))
    assert whole, words  # the demo city has overdue ones matching each word
    walked = _walk(_spec_list(city, spec), query, size=3)
    assert [r["id"] for r in walked] == whole
    last = _spec_list(city, spec)(replace(query, limit=3, count=False, from_end=True))
    assert [r["id"] for r in last.rows] == whole[-3:]
    assert city.suggestions.list(replace(query, limit=0)).total == len(whole)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        statements.append((sql, params))

    sa.event.listen(city.db.engine, "before_cursor_execute", seen)
    try:
        _ids(city, spec, replace(query, limit=3))
    finally:
        sa.event.remove(city.db.engine, "before_cursor_execute", seen)
    sql, params = next((q, p) for q, p in statements if "search_doc.fts_rowid AS" in q)
    with city.db.engine.connect() as conn:
        plan = " ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "ix_suggestion_state_due" in plan, plan  # the overdue ones lead, from their own index
