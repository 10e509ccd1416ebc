"""The demo city: deterministic, realistic, and consistent in every state a record can be in."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.db import Database
from app.db.engine import create_db_engine
from app.models import PlatformCreate
from app.models._base import uuid_of
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.hub import Services
from app.services.integrity import check_database
from app.services.statistics import StatisticsService
from app.services.validation import build
from tests.support import ADMIN_ACTOR

TODAY = date(2025, 6, 30)
ACTOR = Actor("demo", "演示", UserRole.ADMIN)
HANDED = ("assigned", "in_progress", "replied", "concluded", "returned")
TABLES = (
    "handling_unit", "member", "platform", "platform_membership", "consultation_session",
    "session_attendance", "session_participant", "suggestion", "suggestion_unit",
    "leader_instruction", "follow_up_event", "topic", "duty_activity", "activity_attendance",
    "research_report", "research_report_author", "public_opinion", "public_opinion_submitter",
    "results_report", "result_outcome",
)  # fmt: skip


def _fresh(template: Path, folder: Path, name: str) -> Database:
    path = folder / name
    shutil.copy(template, path)
    return Database(create_db_engine(path))


@pytest.fixture(scope="module")
def demo_db(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = _fresh(migrated_template, tmp_path_factory.mktemp("demo"), "demo.sqlite3")
    load_demo(db, sessions=600, seed=7, actor=ACTOR, today=TODAY)
    yield db
    db.dispose()


def _rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text(sql), params).all())


def _one(db: Database, sql: str, **params: Any) -> Any:
    return _rows(db, sql, **params)[0][0]


def _dump(db: Database) -> dict[str, list[Any]]:
    return {t: _rows(db, f"SELECT * FROM {t} ORDER BY id") for t in TABLES}


def test_same_seed_same_data_other_seed_other_data(
    demo_db: Database, migrated_template: Path, tmp_path: Path
) -> None:
    again = _fresh(migrated_template, tmp_path, "again.sqlite3")
    other = _fresh(migrated_template, tmp_path, "other.sqlite3")
    load_demo(again, sessions=600, seed=7, actor=ACTOR, today=TODAY)
    load_demo(other, sessions=600, seed=8, actor=ACTOR, today=TODAY)
    assert _dump(again) == _dump(demo_db)
    assert _dump(other)["consultation_session"] != _dump(demo_db)["consultation_session"]
    again.dispose()
    other.dispose()


def test_the_city_has_the_expected_shape(demo_db: Database) -> None:
    kinds = dict(_rows(demo_db, "SELECT kind, count(*) FROM platform GROUP BY kind"))
    assert set(kinds) == {"station", "studio", "liaison_group"}
    assert 25 <= sum(kinds.values()) <= 40
    assert 180 <= _one(demo_db, "SELECT count(*) FROM member") <= 220
    assert _one(demo_db, "SELECT count(DISTINCT district) FROM platform") >= 5
    assert _one(demo_db, "SELECT count(*) FROM handling_unit WHERE name = '市住房和城乡建设局'") == 1
    assert _one(demo_db, "SELECT count(*) FROM consultation_session") == 600
    assert _one(demo_db, "SELECT count(DISTINCT topic) FROM consultation_session") > 450
    assert _one(demo_db, "SELECT count(*) FROM member WHERE length(name) < 2 OR length(name) > 4") == 0
    # compound surnames appear among ~200 people only sometimes; the surname pool must at least vary
    assert _one(demo_db, "SELECT count(DISTINCT substr(name, 1, 1)) FROM member") > 40
    studios = [r[0] for r in _rows(demo_db, "SELECT name FROM platform WHERE kind = 'studio'")]
    assert all(n.endswith("委员工作室") for n in studios)
    assert _one(demo_db, "SELECT count(*) FROM platform WHERE founded_on IS NULL OR phone IS NULL") == 0


def test_suggestions_in_every_state_with_the_fields_of_that_state(demo_db: Database) -> None:
    states = dict(_rows(demo_db, "SELECT state, count(*) FROM suggestion GROUP BY state"))
    assert set(states) == {
        "pending",
        "assigned",
        "in_progress",
        "replied",
        "concluded",
        "returned",
        "not_adopted",
    }
    q = lambda where: _one(demo_db, f"SELECT count(*) FROM suggestion WHERE {where}")  # noqa: E731
    handed = "state IN ('assigned','in_progress','replied','concluded','returned')"
    assert q(f"{handed} AND (assigned_on IS NULL OR lead_unit_id IS NULL OR handling_mode IS NULL)") == 0
    assert q(f"{handed} AND due_on != date(assigned_on, '+21 days')") == 0
    assert (
        q(f"NOT {handed} AND (assigned_on IS NOT NULL OR lead_unit_id IS NOT NULL OR due_on IS NOT NULL)")
        == 0
    )
    assert (
        q(
            "state IN ('replied','concluded') "
            "AND (reply IS NULL OR replied_on < assigned_on OR result_class IS NULL)"
        )
        == 0
    )
    assert q("state NOT IN ('replied','concluded') AND (replied_on IS NOT NULL OR reply IS NOT NULL)") == 0
    assert q("state = 'concluded' AND (concluded_on < replied_on OR implementation IS NULL)") == 0
    assert q("state != 'concluded' AND (concluded_on IS NOT NULL OR evaluated_on IS NOT NULL)") == 0
    assert (
        q(
            "evaluated_on IS NOT NULL "
            "AND (eval_before IS NULL OR eval_after IS NULL OR quality_rating IS NULL)"
        )
        == 0
    )
    assert q("state = 'concluded' AND evaluated_on IS NOT NULL") > 0.6 * states["concluded"]
    assert (
        q("state = 'returned' AND (returned_on > date(assigned_on, '+7 days') OR return_reason IS NULL)") == 0
    )
    overdue = "state IN ('assigned','in_progress') AND due_on < :today AND replied_on IS NULL"
    assert _one(demo_db, f"SELECT count(*) FROM suggestion WHERE {overdue}", today=TODAY) > 0
    lead_links = _one(
        demo_db,
        "SELECT count(*) FROM suggestion s JOIN suggestion_unit u ON u.suggestion_id = s.id "
        "AND u.role = 'lead' AND u.unit_id = s.lead_unit_id",
    )
    assert lead_links == q(handed)
    assert _one(demo_db, "SELECT count(*) FROM suggestion_unit WHERE role = 'co'") > 0
    share = _one(demo_db, "SELECT avg(reflects_problem) FROM suggestion")
    assert 0.75 < share < 0.88
    instructed = _one(demo_db, "SELECT count(DISTINCT suggestion_id) FROM leader_instruction")
    assert 0.08 * sum(states.values()) < instructed < 0.2 * sum(states.values())


def test_timeline_events_match_the_fields(demo_db: Database) -> None:
    def mismatches(kind: str, column: str) -> int:
        return _one(
            demo_db,
            f"SELECT count(*) FROM suggestion s WHERE (s.{column} IS NOT NULL) != EXISTS ("
            f"SELECT 1 FROM follow_up_event e WHERE e.suggestion_id = s.id AND e.kind = '{kind}' "
            f"AND e.happened_on = s.{column})",
        )

    for kind, column in (
        ("created", "raised_on"),
        ("assigned", "assigned_on"),
        ("returned", "returned_on"),
        ("replied", "replied_on"),
        ("concluded", "concluded_on"),
        ("evaluated", "evaluated_on"),
    ):
        assert mismatches(kind, column) == 0, kind
    assert _one(demo_db, "SELECT count(*) FROM follow_up_event WHERE kind = 'instruction'") == _one(
        demo_db, "SELECT count(*) FROM leader_instruction WHERE suggestion_id IS NOT NULL"
    )  # 批示 on sessions, 专报 and other records have no suggestion timeline
    early_reminders = _one(
        demo_db,
        "SELECT count(*) FROM follow_up_event e JOIN suggestion s ON s.id = e.suggestion_id "
        "WHERE e.kind = 'reminder' "
        "AND (e.happened_on <= s.due_on OR e.happened_on > coalesce(s.replied_on, :today))",
        today=TODAY,
    )
    assert early_reminders == 0
    assert _one(demo_db, "SELECT count(*) FROM follow_up_event WHERE kind = 'reminder'") > 0
    assert _one(demo_db, "SELECT count(*) FROM follow_up_event WHERE happened_on > :t", t=TODAY) == 0
    assert _one(demo_db, "SELECT count(*) FROM follow_up_event WHERE actor IS NULL OR actor = ''") == 0


def test_sessions_dates_states_attendance_and_suggestions_agree(demo_db: Database) -> None:
    t = TODAY
    assert (
        _one(
            demo_db,
            "SELECT count(*) FROM consultation_session WHERE held_on > :t AND state != 'planned'",
            t=t,
        )
        == 0
    )
    assert _one(demo_db, "SELECT count(*) FROM consultation_session WHERE held_on > :t", t=t) > 0
    assert (
        _one(
            demo_db,
            "SELECT count(*) FROM consultation_session WHERE held_on <= :t AND state = 'planned'",
            t=t,
        )
        == 0
    )
    assert _one(demo_db, "SELECT min(held_on) FROM consultation_session") >= str(t - timedelta(days=735))
    per_session = _rows(
        demo_db,
        "SELECT c.state, count(s.id) FROM consultation_session c "
        "LEFT JOIN suggestion s ON s.session_id = c.id "
        "GROUP BY c.id, c.state",
    )
    assert all(n == 0 for state, n in per_session if state == "planned")
    assert all(2 <= n <= 4 for state, n in per_session if state != "planned")
    assert (
        _one(
            demo_db,
            "SELECT count(*) FROM suggestion s JOIN consultation_session c ON c.id = s.session_id "
            "WHERE s.raised_on != c.held_on OR s.platform_id != c.platform_id",
        )
        == 0
    )
    outsiders = _one(
        demo_db,
        "SELECT count(*) FROM session_attendance a JOIN consultation_session c ON c.id = a.session_id "
        "WHERE NOT EXISTS (SELECT 1 FROM platform_membership m "
        "WHERE m.platform_id = c.platform_id AND m.member_id = a.member_id)",
    )
    assert outsiders == 0
    status = dict(_rows(demo_db, "SELECT status, count(*) FROM session_attendance GROUP BY status"))
    assert status["present"] > 5 * (status["excused"] + status["absent"]) / 2
    assert {"excused", "absent"} <= set(status)
    assert (
        _one(
            demo_db,
            "SELECT count(*) FROM consultation_session c WHERE c.state = 'closed' "
            "AND EXISTS (SELECT 1 FROM suggestion s "
            "WHERE s.session_id = c.id AND s.state NOT IN ('concluded','not_adopted','returned'))",
        )
        == 0
    )


def test_integrity_check_and_statistics_are_clean(demo_db: Database) -> None:
    report = check_database(demo_db)
    assert report.ok, report.problems
    figures = StatisticsService(demo_db, ADMIN_ACTOR).summary(today=TODAY)
    assert all(figures["suggestions_by_state"].values())
    assert figures["leader_instructions"] == _one(demo_db, "SELECT count(*) FROM leader_instruction")
    entries = _rows(demo_db, "SELECT action, entity, note FROM audit_entry ORDER BY seq")
    accounts = [e for e in entries if e[1] == "app_user"]
    assert [e[0] for e in accounts] == ["create"] * 4  # admin, clerk, coordinator, viewer
    [(action, entity, note)] = [e for e in entries if e[1] != "app_user"]
    assert (action, entity) == ("import", "demo")
    assert "随机种子 7" in note
    roles = _rows(demo_db, "SELECT username, role FROM app_user ORDER BY username")
    assert roles == [
        ("admin", "admin"),
        ("clerk", "clerk"),
        ("coordinator", "coordinator"),
        ("viewer", "viewer"),
    ]
    assert _one(demo_db, "SELECT count(*) FROM user_platform") == 2  # the coordinator's two stations


def test_append_adds_sessions_to_the_same_network(migrated_template: Path, tmp_path: Path) -> None:
    db = _fresh(migrated_template, tmp_path, "append.sqlite3")
    first = load_demo(db, sessions=50, seed=3, actor=ACTOR, today=TODAY)
    second = load_demo(db, sessions=50, seed=3, actor=ACTOR, today=TODAY)
    assert not first.reused_network and second.reused_network
    assert second.rows.get("platform", 0) == 0 and second.rows.get("member", 0) == 0
    assert _one(db, "SELECT count(*) FROM consultation_session") == 100
    assert _one(db, "SELECT count(*) FROM platform") == first.rows["platform"]
    assert check_database(db).ok
    db.dispose()


def test_bulk_rows_are_stored_exactly_like_orm_rows(demo_db: Database) -> None:
    """Demo rows skip the column types' bind processing: their stored text must match the ORM's."""
    services = Services(demo_db, ACTOR)
    made = services.platforms.create(
        build(
            PlatformCreate,
            kind="station",
            name="格式对照驿站",
            district="城西区",
            founded_on=date(2020, 5, 4),
        )
    )
    shape = (
        # moments are integers (microseconds since 1970, app/models/_base.py): their type says it all
        "SELECT typeof(id), length(id), typeof(created_at), "
        "typeof(founded_on), length(founded_on), typeof(active) FROM platform WHERE name = :n"
    )
    demo_name = _one(demo_db, "SELECT name FROM platform WHERE kind = 'station' ORDER BY name LIMIT 1")
    assert _rows(demo_db, shape, n=demo_name) == _rows(demo_db, shape, n="格式对照驿站")
    demo_id = _one(demo_db, "SELECT id FROM platform WHERE name = :n", n=demo_name)
    loaded = services.platforms.get(uuid_of(demo_id))
    assert loaded.created_at.tzinfo is not None
    assert loaded.founded_on is not None and loaded.created_at.date() == loaded.founded_on
    services.platforms.archive(made.id)


def test_the_demo_year_covers_the_whole_cycle(demo_db: Database) -> None:
    """A whole year of the window has the seed's kinds of duty, 社情民意信息, topics and what came after."""
    from app.services.scope import Scope

    f = StatisticsService(demo_db, ADMIN_ACTOR).summary(
        Scope(date(2024, 1, 1), date(2024, 12, 31)), today=TODAY
    )
    kinds = f["activities_by_kind"]
    platforms = _one(demo_db, "SELECT count(DISTINCT platform_id) FROM duty_activity WHERE kind = 'visit'")
    assert {k: kinds[k] for k in ("special_consultation", "democratic_supervision", "inspection", "research",
                                  "lecture", "plenary", "standing_committee")} == {
        "special_consultation": 4, "democratic_supervision": 17, "inspection": 3, "research": 6, "lecture": 5,
        "plenary": 1, "standing_committee": 4,
    }  # fmt: skip
    assert kinds["visit"] == 2 * platforms and kinds["consultation"] == f["sessions_held"] > 0
    assert 15 <= f["activity_suggestions_by_kind"]["inspection"] <= 24  # 7 or 8 a 视察, from its themes
    assert f["research_reports"] >= 6 and f["research_reports_adopted"] > 0
    opinion = f["public_opinion"]
    assert opinion["submitted"] == 60 and 65 <= opinion["problem_share"] <= 95 and opinion["adopted"] > 0
    topics = f["topics"]
    assert topics["collected"] > topics["confirmed"] > 0 and topics["planned"] >= topics["held"] > 0
    assert f["results_reported"] > 0 and f["residents_informed"] > 0
    assert f["leader_instructions"] == sum(f["leader_instructions_by_subject"].values())
    assert f["leader_instructions_by_subject"]["results_report"] > 0
    numbers = _rows(demo_db, "SELECT number FROM results_report ORDER BY number")
    stored = _rows(demo_db, "SELECT text FROM document_number WHERE kind = 'results_report' ORDER BY text")
    assert numbers == stored and all(n[0].startswith("协商专报〔") for n in numbers)
    linked = _one(demo_db, "SELECT count(*) FROM consultation_session WHERE topic_id IS NOT NULL")
    assert linked > 0
    assert check_database(demo_db).ok, check_database(demo_db).problems
