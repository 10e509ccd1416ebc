"""Every index earns its room: the queries the app issues use it (EXPLAIN QUERY PLAN), and no list,
search or figure reads a large table from end to end where an index should serve it.

The queries are not written here: the real service functions run against a small demo ledger — every
list (its default order and each sortable column, both directions; the first page and the next; with
and without words in its filter box), the search, the 工作台's figures, the overdue and due-soon lists,
the start-up notice and a unit's reminder — and their SQL is captured as it goes to the database
(SQLAlchemy's before_cursor_execute; the search, which runs on the driver's connection, through the
driver's trace callback). Each captured SELECT is then explained with its own parameters. The lookups
SQLite itself makes on a child table when a parent row is deleted (its foreign keys) are explained too.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.models.sessions import ConsultationSession
from app.models.units import HandlingUnit
from app.services.documents.handling_data import reminder
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.scope import Scope
from tests.support import demo_services

TODAY = date(2026, 6, 30)
LISTS = ("sessions", "suggestions", "members", "units", "platforms", "users", "audit_log", "topics",
         "activities", "opinions", "research_reports", "results_reports")  # fmt: skip
WORDS = ("", "停车", "路", "wang")  # no words; two characters; one; pinyin (the names' search keys)

# Unique constraints kept for the rule they enforce, whether or not a captured query reads them.
RULES = {
    "sqlite_autoindex_activity_attendance_2": "a member attends an activity once",
    "sqlite_autoindex_app_user_2": "usernames are unique",
    "sqlite_autoindex_exchange_peer_2": "one peer per installation",
    "sqlite_autoindex_office_setting_2": "one value per setting",
    "sqlite_autoindex_session_attendance_2": "a member attends a session once",
    "sqlite_autoindex_suggestion_unit_2": "a unit is on a suggestion once",
    "sqlite_autoindex_user_platform_2": "a user is given a platform once",
    "uq_membership_current": "a member has one current membership per platform",
    "sqlite_autoindex_document_number_2": "a record gets one number of each kind",
    "sqlite_autoindex_document_number_3": "a number is issued once per kind and year",
    "sqlite_autoindex_figure_cache_2": "one cached set of figures per scope",
    "sqlite_autoindex_import_profile_2": "import profile names are unique",
    "ix_search_doc_doc_id": "a record has one entry in the search index",
}
# Large tables (they grow with the sessions): reading one whole is a finding, unless the query is one
# of the figures' (all time, all rows by definition) reading it through a covering index.
LARGE = {
    "consultation_session", "suggestion", "follow_up_event", "session_attendance", "suggestion_unit",
    "session_participant", "document_number", "leader_instruction", "search_doc", "audit_entry",
}  # fmt: skip


@pytest.fixture(scope="module")
def ledger(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("index-use") / "ledger.sqlite3"
    with demo_services(migrated_template, path, sessions=80, seed=5, today=TODAY) as services:
        yield services


class Captured:
    """The statements sent to the database, each with the part of the workload that sent it."""

    def __init__(self) -> None:
        self.statements: list[tuple[str, Any, str]] = []
        self.phase = ""

    def sqlalchemy(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        if not many:
            self.statements.append((statement, parameters, self.phase))

    def driver(self, expanded: str) -> None:
        self.statements.append((expanded, (), self.phase))


# The parts of the workload whose queries must not read a large table whole (an export reads every
# record by definition).
PAGED = ("lists", "search", "figures", "reminders")
Plan = tuple[str, list[str], str]  # statement, the lines of its query plan, the part that sent it


def _workload(services: Services, folder: Path, captured: Captured) -> None:
    """What the app asks of the database for its lists, search, figures and reminders."""
    captured.phase = "records"
    scan = folder / "签到表.pdf"
    scan.write_bytes(b"%PDF-1.4 sign-in sheet")
    with services.db.session(write=False) as s:
        session = s.execute(sa.select(ConsultationSession.id).limit(1)).scalar_one()  # type: ignore[call-overload]
    services.attachments.add(scan, session_id=session)  # an attachment's content is found by its hash
    services.attachments.add(scan, session_id=session)
    services.audit_log.list(ListQuery(filters={"entity_id": session}))  # a record's history
    services.exchange.history(ListQuery(limit=5))
    services.exchange.export(folder / "office.zip", None, since_last=True)
    services.exchange.export(folder / "again.zip", None, since_last=True)
    services.platforms.name_choices()
    services.units.name_choices()
    captured.phase = "lists"
    for name in LISTS:
        service = getattr(services, name)
        _list_pages(service.list, service.list_spec())
    _list_pages(services.exchange.conflicts.list, services.exchange.conflicts.list_spec())
    _list_pages(services.exchange.history, services.exchange.history_spec())
    captured.phase = "search"
    for words in ("停车", "加装电梯", "社区 改造", "路"):
        services.search.search(words)
        services.search.search(words, kinds=("suggestion",), state="已办结")
    captured.phase = "figures"
    services.statistics.summary(today=TODAY)
    services.statistics.summary(Scope(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31)), today=TODAY)
    captured.phase = "reminders"
    services.followup.overdue(today=TODAY)
    services.followup.due_soon(today=TODAY)
    services.followup.startup_notice(today=TODAY)
    with services.db.session(write=False) as s:
        busiest = sa.select(HandlingUnit.id).order_by(HandlingUnit.suggestion_count.desc()).limit(1)  # type: ignore[attr-defined]
        reminder(s, s.execute(busiest).scalar_one(), Scope(), TODAY)


def _list_pages(list_: Callable[[ListQuery], Any], spec: Any) -> None:
    sorts: list[str | None] = [None, *spec.columns]
    for sort in sorts:
        for descending in (False, True):
            for words in WORDS:
                query = ListQuery(search=words, sort=sort, descending=descending, limit=5)
                page = list_(query)
                if page.next_cursor is not None:
                    list_(replace(query, cursor=page.next_cursor, count=False))


@pytest.fixture(scope="module")
def plans(ledger: Services) -> list[Plan]:
    """(statement, its query plan's lines) of every SELECT the workload issued, and the foreign keys'."""
    captured = Captured()
    engine = ledger.db.engine
    path = engine.url.database
    assert path is not None
    sa.event.listen(engine, "before_cursor_execute", captured.sqlalchemy)
    traced: list[Any] = []

    def trace(dbapi: Any, _record: Any) -> None:
        dbapi.set_trace_callback(captured.driver)
        traced.append(dbapi)

    engine.pool.dispose()  # fresh connections, each with the trace callback
    sa.event.listen(engine, "connect", trace)
    try:
        _workload(ledger, Path(path).parent, captured)
    finally:
        sa.event.remove(engine, "before_cursor_execute", captured.sqlalchemy)
        sa.event.remove(engine, "connect", trace)
        for dbapi in traced:
            dbapi.set_trace_callback(None)
        engine.pool.dispose()
    out: list[Plan] = []
    conn = sqlite3.connect(path)
    try:
        seen: set[tuple[str, str]] = set()
        for statement, parameters, phase in captured.statements:
            if not re.match(r"\s*(SELECT|WITH)\b", statement, re.IGNORECASE):
                continue
            key = (statement, repr(parameters))
            if key in seen:
                continue
            seen.add(key)
            rows = conn.execute("EXPLAIN QUERY PLAN " + statement, parameters or ()).fetchall()
            out.append((statement, [r[-1] for r in rows], phase))
        out += [
            (sql, [r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, (b"0" * 16,))], "foreign keys")
            for sql in _fk_lookups(conn)
        ]
    finally:
        conn.close()
    return out


def _fk_lookups(conn: sqlite3.Connection) -> list[str]:
    """The lookup SQLite makes in a child table for each foreign key when a parent row is deleted."""
    out = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            out.append(f'SELECT 1 FROM "{table}" WHERE "{fk[3]}" = ?')
    return out


_INDEX = re.compile(r"USING (?:COVERING )?INDEX (\S+)")
_FULL_SCAN = re.compile(r"^SCAN (\w+)$")


def _indexes(path: str) -> dict[str, tuple[str, bool]]:
    """Every index (but the full-text index's own) → (how it came: 'pk', 'u' or 'c'; whether unique)."""
    out = {}
    with sqlite3.connect(path) as conn:
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%'"
        ).fetchall()
        for (table,) in tables:
            for row in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
                out[row[1]] = (row[3], bool(row[2]))
    return out


def test_every_index_is_used_by_a_query_or_enforces_a_rule(ledger: Services, plans: list[Plan]) -> None:
    used = {m.group(1) for _sql, lines, _phase in plans for line in lines for m in _INDEX.finditer(line)}
    path = ledger.db.engine.url.database
    assert path is not None
    indexes = _indexes(path)
    keys = {n for n, (origin, _unique) in indexes.items() if origin == "pk"}  # records are read by their id
    unused = set(indexes) - used - keys - set(RULES)
    assert unused == set(), f"indexes no query uses: {sorted(unused)}"
    assert {n for n in RULES if n in indexes and indexes[n][1]} == set(RULES), (
        "RULES: unique indexes that exist"
    )
    assert len(plans) > 500  # the workload really ran (lists × sorts × pages × words)


def _whole_reads(statement: str, lines: list[str]) -> set[str]:
    """The large tables a plan reads from end to end.

    Not counted: a read in rowid order that stops at the page's LIMIT (the table is its own index then);
    the lookups on `unit_id` when a handling unit is deleted (units are few, and deleted only when
    nothing refers to them any more: an index on every event's unit would cost more than it saves).
    """
    found = {m.group(1) for line in lines if (m := _FULL_SCAN.match(line)) and m.group(1) in LARGE}
    paged = "LIMIT" in statement and not any("TEMP B-TREE" in line for line in lines)
    found = {t for t in found if not (paged and f"ORDER BY {t}.rowid" in statement)}
    if re.fullmatch(r'SELECT 1 FROM "\w+" WHERE "unit_id" = \?', statement):
        return set()
    return found


# The audit log's filter box matches its notes with LIKE '%word%' (no index serves that; the log has
# no text index of its own), and the log sorts by columns it keeps no index for: its lists read it whole.
AUDIT_LOG = re.compile(r"\bFROM audit_entry\b")


def test_no_query_reads_a_large_table_whole(plans: list[Plan]) -> None:
    whole = sorted(
        (t, sql)
        for sql, lines, phase in plans
        if phase in PAGED or phase == "foreign keys"
        for t in _whole_reads(sql, lines)
        if not (t == "audit_entry" and AUDIT_LOG.search(sql))
    )
    assert {phase for _sql, _lines, phase in plans} >= {*PAGED, "foreign keys"}
    assert whole == [], "\n\n".join(f"{t}: {sql}" for t, sql in whole[:5])


_LEADS = re.compile(r"\bFROM\s+(\w+)")


def test_the_sort_by_proposer_walks_an_index_instead_of_sorting(plans: list[Plan]) -> None:
    """The suggestions of proposers who are not 委员 (`proposer_id IS NULL`) come in proposer_text order
    from their own index (migration 0015), with or without words: no page sorts all of them. (When the
    words have few matches, the matches lead and only they are sorted: list_text.)"""
    by_text = [(sql, lines) for sql, lines, phase in plans
               if phase == "lists" and "ORDER BY suggestion.proposer_text" in sql
               and _LEADS.search(sql).group(1) != "search_fts"]  # type: ignore[union-attr]  # fmt: skip
    assert len(by_text) >= 4  # both directions, the first page and the next
    for sql, lines in by_text:
        assert any("ix_suggestion_proposer_text" in line for line in lines), sql
        assert not any("TEMP B-TREE" in line for line in lines), sql
