"""Search: any Chinese substring (two characters included), filters, edits reflected, bulk loads reindexed."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.db import Database, open_database
from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from app.models import (
    ConsultationSession,
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
    HandlingUnitCreate,
    HandlingUnitUpdate,
    PlatformCreate,
    Suggestion,
    SuggestionCreate,
    SuggestionUpdate,
)
from app.models._base import table_of
from app.models.enums import ResultClass
from app.services.errors import ValidationError
from app.services.hub import Services
from app.services.scope import Scope
from app.services.search import SearchService
from app.services.search_rebuild import reindex_all
from app.services.validation import build
from tests.support import ADMIN_ACTOR


@pytest.fixture
def data(services: Services) -> dict[str, uuid.UUID]:
    west = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    east = services.platforms.create(
        build(PlatformCreate, kind="studio", name="东关工作室", district="城东区")
    )
    police = services.units.create(build(HandlingUnitCreate, name="市公安局交通警察支队")).id
    s1 = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="海晏路交通安全协商",
            topic_source="residents",
            held_on=date(2025, 3, 5),
            platform_id=west.id,
            state="held",
            location="西门社区会议室",
            minutes="与会委员围绕路口红绿灯设置开展民主监督。",
            consensus="尽快加装信号灯",
        )
    )
    s2 = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="老旧小区改造议事",
            topic_source="members",
            held_on=date(2025, 6, 1),
            platform_id=east.id,
            state="held",
            minutes="讨论加装电梯和地下通道修缮",
        )
    )
    g1 = services.suggestions.create(
        build(
            SuggestionCreate,
            title="海晏路加装红绿灯",
            content="路口车流量大，行人过街不安全",
            session_id=s1.id,
            raised_on=date(2025, 3, 6),
        )
    )
    g2 = services.suggestions.create(
        build(SuggestionCreate, title="修缮地下通道东南出口", session_id=s2.id, raised_on=date(2025, 6, 2))
    )
    services.handling.assign(g1.id, lead_unit_id=police, assigned_on=date(2025, 3, 7))
    return {
        "west": west.id,
        "east": east.id,
        "police": police,
        "s1": s1.id,
        "s2": s2.id,
        "g1": g1.id,
        "g2": g2.id,
    }


def ids(hits) -> list[uuid.UUID]:
    return [h.id for h in hits]


@pytest.fixture(params=[True, False], ids=["index", "like"])
def search(request: pytest.FixtureRequest, db: Database) -> SearchService:
    return SearchService(db, ADMIN_ACTOR, use_index=request.param)


def test_two_character_words_match(search: SearchService, data) -> None:
    assert ids(search.search("交通")) == [data["g1"], data["s1"]]  # newest first; g1's unit is 交通警察支队
    assert ids(search.search("监督")) == [data["s1"]]
    assert ids(search.search("电梯")) == [data["s2"]]


def test_longer_and_single_character_substrings(search: SearchService, data) -> None:
    assert ids(search.search("地下通道")) == [data["g2"], data["s2"]]
    assert ids(search.search("老旧小区改造")) == [data["s2"]]
    assert ids(search.search("灯")) == [data["g1"], data["s1"]]
    assert search.search("火星移民") == []
    assert search.search("  ") == []


def test_words_and_together(search: SearchService, data) -> None:
    assert ids(search.search("海晏路 红绿灯")) == [data["g1"], data["s1"]]
    assert ids(search.search("海晏路 电梯")) == []


def test_hit_details(search: SearchService, data) -> None:
    [hit] = search.search("民主监督")
    assert (hit.kind, hit.title, hit.field, hit.date) == (
        "session",
        "海晏路交通安全协商",
        "会议纪要",
        date(2025, 3, 5),
    )
    assert (hit.platform_name, hit.district, hit.state_label, hit.kind_label) == (
        "西门驿站",
        "城西区",
        "已召开",
        "协商议事活动",
    )
    assert "民主监督" in hit.snippet
    [unit_hit] = search.search("警察支队")
    assert (unit_hit.id, unit_hit.field, unit_hit.snippet) == (data["g1"], "主办单位", "市公安局交通警察支队")
    assert unit_hit.session_id == data["s1"]


def test_filters(search: SearchService, data) -> None:
    assert ids(search.search("交通", kinds=("session",))) == [data["s1"]]
    assert ids(search.search("地下通道", scope=Scope(district="城东区"))) == [data["g2"], data["s2"]]
    assert search.search("交通", scope=Scope(district="城东区")) == []
    assert ids(search.search("交通", scope=Scope(platform_id=data["west"]))) == [data["g1"], data["s1"]]
    assert ids(search.search("地下通道", scope=Scope(date(2025, 6, 2), date(2025, 12, 31)))) == [data["g2"]]
    assert ids(search.search("地下通道", scope=Scope(None, date(2025, 6, 1)))) == [data["s2"]]
    assert ids(search.search("交通", state="assigned")) == [data["g1"]]
    assert ids(search.search("交通", state="已召开")) == [data["s1"]]
    assert search.search("地下通道", state="已办结") == []
    assert ids(search.search("通", limit=1)) == [data["g2"]]
    with pytest.raises(ValidationError):
        search.search("交通", state="不存在的状态")
    with pytest.raises(ValidationError):
        search.search("交通", kinds=("unit",))


def test_ascii_letters_ignore_case(services: Services, search: SearchService, data) -> None:
    services.suggestions.update(data["g2"], SuggestionUpdate(content="在G6高速出口设置LED指示牌"))
    assert ids(search.search("led")) == [data["g2"]]
    assert ids(search.search("g6高速")) == [data["g2"]]


def test_edits_are_reflected(services: Services, search: SearchService, data) -> None:
    services.sessions.update(
        data["s2"], ConsultationSessionUpdate(topic="背街小巷整治议事", held_on=date(2025, 1, 9))
    )
    assert search.search("老旧小区") == []
    assert ids(search.search("背街小巷")) == [data["s2"]]
    assert ids(search.search("地下通道")) == [data["g2"], data["s2"]]  # minutes kept, order by the new date
    services.handling.reply(
        data["g1"], reply="已纳入年度信号灯建设计划", replied_on=date(2025, 3, 20), result_class=ResultClass.B
    )
    assert ids(search.search("年度信号灯")) == [data["g1"]]
    assert ids(search.search("交通", state="replied")) == [data["g1"]]
    services.units.update(data["police"], HandlingUnitUpdate(name="市公安局交警支队"))
    assert search.search("警察支队") == []
    assert ids(search.search("交警支队")) == [data["g1"]]


def test_archived_records_are_not_found(services: Services, search: SearchService, data) -> None:
    services.suggestions.archive(data["g2"])
    services.sessions.archive(data["s2"])
    assert search.search("地下通道") == []
    services.sessions.restore(data["s2"])
    assert ids(search.search("地下通道")) == [data["s2"]]


def test_deleted_records_leave_the_index(services: Services, db: Database, data) -> None:
    with db.session() as s:
        s.delete(s.get(Suggestion, data["g2"]))
    assert ids(SearchService(db, ADMIN_ACTOR).search("地下通道")) == [data["s2"]]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_doc").scalar_one() == 3


def _bulk_session(db: Database, platform: uuid.UUID, topic: str) -> uuid.UUID:
    now = datetime(2025, 7, 1, tzinfo=UTC)
    row = {
        "id": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "topic": topic,
        "topic_source": "residents",
        "held_on": date(2025, 7, 1),
        "platform_id": platform,
        "form": "on_site",
        "state": "held",
    }
    with db.session() as s:
        s.execute(sa.insert(table_of(ConsultationSession)).values(row))
    return row["id"]


def test_bulk_loads_are_found_after_reindex(services: Services, db: Database, data) -> None:
    new = _bulk_session(db, data["west"], "农贸市场提升改造")
    search = SearchService(db, ADMIN_ACTOR)
    assert search.search("农贸市场") == []  # written with Core, behind the index's back
    with db.session() as s:
        assert reindex_all(s) == 5
    assert ids(search.search("农贸市场")) == [new]
    assert ids(search.search("地下通道")) == [data["g2"], data["s2"]]


def test_records_changed_behind_the_index_stay_correct(services: Services, db: Database, data) -> None:
    with db.session() as s:  # a Core update the index does not see
        s.execute(
            sa.update(table_of(Suggestion))
            .where(table_of(Suggestion).c.id == data["g2"])
            .values(title="下水道")
        )
    services.suggestions.update(data["g2"], SuggestionUpdate(content="雨季积水"))
    search = SearchService(db, ADMIN_ACTOR)
    assert ids(search.search("积水")) == [data["g2"]]
    assert ids(search.search("下水道")) == [data["g2"]]
    assert ids(search.search("地下通道")) == [data["s2"]]  # the old title no longer matches


def test_migration_indexes_existing_records(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_db_engine(path)
    upgrade(engine, revision="0001", backup=False)
    now = datetime(2025, 1, 1, tzinfo=UTC)
    platform, new = uuid.uuid4(), uuid.uuid4()
    with engine.begin() as conn:  # the columns of 0001 only (today's models have more, e.g. revisions)
        conn.execute(
            sa.text(
                "INSERT INTO platform (id, created_at, updated_at, version, kind, name, district, active) "
                "VALUES (:id, :t, :t, 1, 'station', '驿站', '城西区', 1)"
            ),
            {"id": platform.hex, "t": now.replace(tzinfo=None)},
        )
        conn.execute(
            sa.text(
                "INSERT INTO consultation_session (id, created_at, updated_at, version, topic, topic_source, "
                "held_on, platform_id, form, state) "
                "VALUES (:id, :t, :t, 1, '停车难问题协商', 'residents', '2025-07-01', :p, 'on_site', 'held')"
            ),
            {"id": new.hex, "t": now.replace(tzinfo=None), "p": platform.hex},
        )
    engine.dispose()
    migrated = open_database(path)
    try:
        assert ids(SearchService(migrated, ADMIN_ACTOR).search("停车")) == [new]
    finally:
        migrated.dispose()


def test_integrity_check_notices_an_unindexed_bulk_load(services: Services, db: Database, data) -> None:
    from app.services.integrity import check_database

    assert check_database(db).ok
    _bulk_session(db, data["west"], "农贸市场提升改造")
    [problem] = check_database(db).problems
    assert problem.startswith("搜索索引收录 4 条，库中有 5 条活动和意见建议")
    with db.session() as s:
        reindex_all(s)
    assert check_database(db).ok


def test_index_hits_equal_the_scans_field_for_field(db: Database, data) -> None:
    """The index's hits are made from the statement's rows in one step (search_hits.hits_from_rows);
    they are the same objects, every field, as the hits the scan reads through the ORM."""
    indexed = SearchService(db, ADMIN_ACTOR, use_index=True)
    scanned = SearchService(db, ADMIN_ACTOR, use_index=False)
    for words in ("交通", "地下通道", "警察支队", "海晏路 红绿灯", "灯", "led"):
        got = indexed.search(words)
        assert got == scanned.search(words), words
        assert {hash(h) for h in got} == {hash(h) for h in scanned.search(words)}
    [hit] = indexed.search("民主监督")
    assert isinstance(hit.id, uuid.UUID) and hit.id == uuid.UUID(str(data["s1"]))
    assert dataclasses.replace(hit, title="改").title == "改" and hit.title == "海晏路交通安全协商"
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.title = "改"  # type: ignore[misc]
