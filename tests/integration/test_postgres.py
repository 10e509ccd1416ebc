"""The same code on PostgreSQL: migrations, command line, services, and figures equal to SQLite's."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.db import open_database
from app.models import ConsultationSessionCreate, ConsultationSessionUpdate, PlatformCreate, SuggestionCreate
from app.models.enums import SessionState, SuggestionState, UserRole
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.errors import ConflictError, TransitionError
from app.services.hub import Services
from app.services.integrity import check_database
from app.services.listing import ListQuery
from app.services.statistics import StatisticsService
from app.services.validation import build
from tests.integration.conftest import RunCli
from tests.integration.test_migrations import schema_diff
from tests.support import ADMIN_ACTOR

pytestmark = pytest.mark.postgres

ACTOR = Actor("pg", "测试员", UserRole.ADMIN)
TODAY = date(2025, 6, 30)


def test_migrations_apply_and_match_the_models(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        assert db.engine.dialect.name == "postgresql"
        assert schema_diff(db.engine) == []
        again = open_database(postgres_url)  # opening an up-to-date database changes nothing
        assert schema_diff(again.engine) == []
        again.dispose()
    finally:
        db.dispose()


def test_cli_demo_and_stats_against_postgres(fresh_postgres_url: str, run_cli: RunCli) -> None:
    done = run_cli("--db", fresh_postgres_url, "demo", "--sessions", "120", "--seed", "5")
    assert done.returncode == 0, done.stderr
    stats = run_cli("--db", fresh_postgres_url, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    engine = sa.create_engine(fresh_postgres_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        count = lambda sql: conn.execute(sa.text(sql)).scalar_one()  # noqa: E731
        assert figures["sessions"] == count("SELECT count(*) FROM consultation_session") == 120
        assert figures["suggestions"] == count("SELECT count(*) FROM suggestion")
        assert figures["members"] == count("SELECT count(*) FROM member")
        assert figures["platforms"] == count("SELECT count(*) FROM platform")
        for kind, n in figures["platforms_by_kind"].items():
            assert n == count(f"SELECT count(*) FROM platform WHERE kind = '{kind}'") > 0
    engine.dispose()
    check = run_cli("--db", fresh_postgres_url, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    refused = run_cli("--db", fresh_postgres_url, "demo", "--sessions", "5")
    assert refused.returncode == 2 and "--append" in refused.stderr


def test_services_create_update_conflict_and_lists(fresh_postgres_url: str) -> None:
    db = open_database(fresh_postgres_url)
    services = Services(db, ACTOR)
    try:
        p = services.platforms.create(
            build(PlatformCreate, kind="station", name="城北区朝阳街道委员驿站", district="城北区")
        )
        s = services.sessions.create(
            build(
                ConsultationSessionCreate,
                topic="祁连路公交站台遮阳避雨设施",
                topic_source="residents",
                held_on=date(2025, 5, 6),
                platform_id=p.id,
            )
        )
        updated = services.sessions.update(
            s.id, build(ConsultationSessionUpdate, minutes="纪要"), expected_version=s.version
        )
        assert updated.version == s.version + 1
        with pytest.raises(ConflictError, match="已被他人修改"):
            services.sessions.update(
                s.id, build(ConsultationSessionUpdate, minutes="旧版本"), expected_version=s.version
            )
        assert services.sessions.get(s.id).minutes == "纪要"

        services.sessions.transition(s.id, SessionState.HELD)
        sugg = services.suggestions.create(build(SuggestionCreate, title="加装候车亭", session_id=s.id))
        with pytest.raises(TransitionError):
            services.suggestions.transition(sugg.id, SuggestionState.CONCLUDED)
        services.suggestions.transition(sugg.id, SuggestionState.NOT_ADOPTED, note="已在其他渠道办理")

        page = services.sessions.list(
            ListQuery(search="公交站台", filters={"district": "城北区", "state": "held"})
        )
        assert [r["topic"] for r in page.rows] == ["祁连路公交站台遮阳避雨设施"]
        assert page.rows[0]["suggestion_count"] == 1
        assert services.suggestions.list(ListQuery(search="候车亭")).rows[0]["state"] == "not_adopted"
        assert check_database(db).ok
    finally:
        db.dispose()


def test_statistics_agree_with_sqlite_for_the_same_seed(fresh_postgres_url: str, tmp_path: Path) -> None:
    sqlite_db = open_database(tmp_path / "same.sqlite3")
    pg_db = open_database(fresh_postgres_url)
    try:
        for db in (sqlite_db, pg_db):
            load_demo(db, sessions=150, seed=11, actor=ACTOR, today=TODAY)
        lite = StatisticsService(sqlite_db, ADMIN_ACTOR).summary(today=TODAY)
        pg = StatisticsService(pg_db, ADMIN_ACTOR).summary(today=TODAY)
        assert lite["suggestions"] > 0
        assert pg == lite
    finally:
        sqlite_db.dispose()
        pg_db.dispose()


def test_the_audit_log_is_append_only_and_two_writers_keep_one_chain(fresh_postgres_url: str) -> None:
    import threading

    from app.models.enums import AuditAction
    from app.services import audit, audit_chain
    from app.services.accounts import AccountService

    db = open_database(fresh_postgres_url)
    try:
        admin = AccountService(db).create_first_admin("admin", "管理员", "两位文书同时保存")

        def write(n: int) -> None:
            for i in range(15):
                with db.session() as s:
                    audit.record(s, admin, AuditAction.UPDATE, "platform", None, note=f"写入者{n}-{i}")

        writers = [threading.Thread(target=write, args=(n,)) for n in range(2)]
        for thread in writers:
            thread.start()
        for thread in writers:
            thread.join()
        with db.engine.connect() as conn:
            seqs = conn.execute(sa.text("SELECT seq FROM audit_entry ORDER BY seq")).scalars().all()
            assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) == 32  # 30 + first admin + sign-in
            assert audit_chain.verify(conn).ok
        for statement in (
            "DELETE FROM audit_entry",
            "UPDATE audit_entry SET note = 'x'",
            "TRUNCATE audit_entry",
        ):
            with db.engine.begin() as conn, pytest.raises(sa.exc.DBAPIError, match="append-only"):
                conn.execute(sa.text(statement))
        assert check_database(db).ok
    finally:
        db.dispose()


def test_data_packages_between_a_shared_office_database_and_a_station(
    fresh_postgres_url: str, migrated_template: Path, tmp_path: Path
) -> None:
    """The office on PostgreSQL, the station's laptop on SQLite: set-up, a round trip and a conflict."""
    from app.services.exchange import ExchangeService
    from tests.exchange_support import CLERK, add_session, export, make_db, records, seed_office, sign_in

    office = seed_office(open_database(fresh_postgres_url))
    station = make_db(migrated_template, tmp_path, "station")
    try:
        ExchangeService.set_up_station(
            station, export(office.db, CLERK, tmp_path / "s.zip", [office.platforms[0]])
        )
        coordinator = sign_in(station, "station1")
        session = add_session(station, coordinator, office.platforms[0], "公交站台遮阳协商")
        up = ExchangeService(office.db, CLERK).import_package(
            export(station, coordinator, tmp_path / "u.zip")
        )
        assert up.counts["session"]["created"] == 1
        Services(station, coordinator).sessions.update(session, build(ConsultationSessionUpdate, host="站长"))
        Services(office.db, CLERK).sessions.update(session, build(ConsultationSessionUpdate, host="主任"))
        again = ExchangeService(office.db, CLERK).import_package(
            export(station, coordinator, tmp_path / "v.zip")
        )
        assert again.counts["session"]["conflicts"] == 1
        conflicts = ExchangeService(office.db, CLERK).conflicts
        [row] = conflicts.list(ListQuery(filters={"open": True})).rows
        conflicts.resolve(row["id"], "theirs")
        down = export(office.db, CLERK, tmp_path / "d.zip", [office.platforms[0]])
        ExchangeService(station, coordinator).import_package(down)
        assert records(station, office.platforms[:1]) == records(office.db, office.platforms[:1])
    finally:
        station.dispose()
        office.db.dispose()


def test_lists_page_by_keyset_and_keep_their_counts(fresh_postgres_url: str) -> None:
    """Keyset paging with `id` as the row key (no rowid), and 建议数 kept by the PostgreSQL triggers."""
    db = open_database(fresh_postgres_url)
    try:
        load_demo(db, sessions=30, seed=3, actor=ACTOR, today=TODAY)
        services = Services(db, ACTOR)
        for service, sorts in (
            (services.sessions, (None, "topic", "platform_name", "suggestion_count")),
            (services.suggestions, (None, "title", "lead_unit_name", "proposer_name")),
        ):
            for sort in sorts:
                for descending in (False, True):
                    whole, walked, last = _pages(service, ListQuery(sort=sort, descending=descending))
                    assert walked == whole, (sort, descending)
                    assert last == whole[-7:], (sort, descending)
        with db.engine.connect() as conn:
            wrong = conn.execute(
                sa.text(
                    "SELECT count(*) FROM consultation_session c WHERE c.suggestion_count <> "
                    "(SELECT count(*) FROM suggestion s WHERE s.session_id = c.id AND s.archived_at IS NULL)"
                )
            ).scalar()
        assert wrong == 0
    finally:
        db.dispose()


def _pages(service: Any, query: ListQuery) -> tuple[list[Any], list[Any], list[Any]]:
    """The ids of one big page, of pages of 7 walked by cursor, and of the last page read directly."""
    whole = [r["id"] for r in service.list(replace(query, limit=None)).rows]
    walked: list[Any] = []
    page = service.list(replace(query, limit=7, count=False))
    while True:
        walked += [r["id"] for r in page.rows]
        if page.next_cursor is None:
            break
        page = service.list(replace(query, limit=7, count=False, cursor=page.next_cursor))
    last = [r["id"] for r in service.list(replace(query, limit=7, count=False, from_end=True)).rows]
    return whole, walked, last
