"""Each role signed in through the services, every rule of the permission table both ways, on SQLite and on
PostgreSQL: what a coordinator reads and counts (lists, search, detail, figures, duty, exports, documents,
attachments), what each role may change, and re-parenting checked against both platforms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.db import Database, open_database
from app.models import (
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
    HandlingUnitCreate,
    MemberCreate,
    PlatformCreate,
    PlatformUpdate,
    SuggestionCreate,
    SuggestionUpdate,
)
from app.models.enums import AttendanceStatus, AuditAction, HandlingMode, SessionState, UserRole
from app.services.accounts import AccountService
from app.services.documents import DocumentService
from app.services.errors import PermissionDenied, ValidationError
from app.services.hub import Services
from app.services.ledger_export import LedgerExportService
from app.services.scope import Scope
from app.services.users import UserCreate
from app.services.validation import build

PASSWORD = "各就各位2025"
TODAY = date.today()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        db = open_database(tmp_path / "roles.sqlite3")
    else:
        db = open_database(request.getfixturevalue("fresh_postgres_url"))
    yield db
    db.dispose()


@pytest.fixture
def city(database: Database) -> dict[str, Any]:
    """Two stations with a session and a suggestion each, an overdue one on each; accounts of every role."""
    admin = AccountService(database).create_first_admin("admin", "系统管理员", PASSWORD)
    office = Services(database, admin)
    ids: dict[str, Any] = {}
    unit = office.units.create(HandlingUnitCreate(name="市住建局")).id
    member = office.members.create(build(MemberCreate, name="祁玉兰", phone="13812345678")).id
    for key, name in (("own", "甲驿站"), ("other", "乙驿站")):
        pid = office.platforms.create(
            build(PlatformCreate, kind="station", name=name, district="城北区", phone="09718123456")
        ).id
        sid = office.sessions.create(
            build(ConsultationSessionCreate, topic=f"{name}停车难议题", topic_source="residents",
                  held_on=date(2025, 3, 8), platform_id=pid, state=SessionState.HELD)
        ).id  # fmt: skip
        gid = office.suggestions.create(build(SuggestionCreate, title=f"{name}停车位建议", session_id=sid)).id
        office.handling.assign(gid, lead_unit_id=unit, mode=HandlingMode.SINGLE,
                               assigned_on=date(2025, 3, 10), due_on=date(2025, 3, 20))  # fmt: skip
        office.rosters.add_member(pid, member)
        ids |= {key: pid, f"s_{key}": sid, f"g_{key}": gid}
    for username, role, platforms in (
        ("clerk", UserRole.CLERK, []),
        ("coordinator", UserRole.COORDINATOR, [ids["own"]]),
        ("viewer", UserRole.VIEWER, []),
    ):
        office.users.create(
            UserCreate(username=username, role=role, platform_ids=platforms, password=PASSWORD)
        )
    signed = {
        name: AccountService(database).sign_in(name, PASSWORD)
        for name in ("admin", "clerk", "coordinator", "viewer")
    }
    return {
        **ids,
        "unit": unit,
        "member": member,
        "as": {k: Services(database, a) for k, a in signed.items()},
    }


def _topics(services: Services) -> set[str]:
    return {r["topic"] for r in services.sessions.list().rows}


def test_a_coordinator_reads_and_counts_only_their_platforms(city: dict[str, Any], tmp_path: Path) -> None:
    coord, clerk = city["as"]["coordinator"], city["as"]["clerk"]
    # lists, pickers and search
    assert _topics(coord) == {"甲驿站停车难议题"} and len(_topics(clerk)) == 2
    assert {r["title"] for r in coord.suggestions.list().rows} == {"甲驿站停车位建议"}
    assert [r["name"] for r in coord.platforms.list().rows] == ["甲驿站"]
    assert [n for _, n in coord.platforms.choices()] == ["甲驿站"]
    assert {h.title for h in coord.search.search("停车")} == {"甲驿站停车难议题", "甲驿站停车位建议"}
    assert len(clerk.search.search("停车")) == 4
    # members and units are reference lists: whole, but counting only the coordinator's platforms
    assert coord.members.list().total == clerk.members.list().total == 1
    assert coord.members.list().rows[0]["platform_count"] == 1
    assert clerk.members.list().rows[0]["platform_count"] == 2
    assert coord.units.list().rows[0]["suggestion_count"] == 1
    # detail of another platform's records
    assert coord.sessions.get(city["s_own"]).topic == "甲驿站停车难议题"
    for read in (
        lambda: coord.sessions.get(city["s_other"]),
        lambda: coord.suggestions.get(city["g_other"]),
        lambda: coord.platforms.get(city["other"]),
        lambda: coord.sessions.attendance(city["s_other"]),
        lambda: coord.handling.timeline(city["g_other"]),
        lambda: coord.attachments.list_for(session_id=city["s_other"]),
        lambda: coord.rosters.roster(city["other"]),
        lambda: coord.statistics.summary(Scope(platform_id=city["other"])),
    ):
        with pytest.raises(PermissionDenied, match="只能查看本平台"):
            read()
    assert coord.attachments.list_for(session_id=city["s_own"]) == []
    # figures, the dashboard's notice, 督办 lists and duty records
    mine, everyone = coord.statistics.summary(today=TODAY), clerk.statistics.summary(today=TODAY)
    assert (mine["platforms"], mine["sessions"], mine["suggestions"], mine["overdue"]) == (1, 1, 1, 1)
    assert (everyone["platforms"], everyone["sessions"], everyone["suggestions"]) == (2, 2, 2)
    assert [r["name"] for r in mine["platform_table"]] == ["甲驿站"]
    assert coord.followup.startup_notice().overdue == 1 and clerk.followup.startup_notice().overdue == 2
    assert [r["title"] for r in coord.followup.overdue()] == ["甲驿站停车位建议"]
    coord.sessions.set_attendance(city["s_own"], {city["member"]: AttendanceStatus.PRESENT})
    clerk.sessions.set_attendance(city["s_other"], {city["member"]: AttendanceStatus.PRESENT})
    assert coord.duty.record(city["member"]).sessions_attended == 1
    assert clerk.duty.record(city["member"]).sessions_attended == 2
    assert [s.topic for s in coord.duty.detail(city["member"]).sessions] == ["甲驿站停车难议题"]
    # exports and printed documents
    out = tmp_path / "mine.xlsx"
    LedgerExportService(coord.db, coord.actor).export(out, Scope())
    book = openpyxl.load_workbook(out, read_only=True)
    sessions = [r for r in book["协商议事台账"].iter_rows(min_row=4, values_only=True) if r[0]]
    assert len(sessions) == 1 and "甲驿站停车难议题" in sessions[0]
    platforms = [r for r in book["站室组名册"].iter_rows(min_row=4, values_only=True) if r[0]]
    assert len(platforms) == 1 and "********" in platforms[0]  # a platform contact's landline, masked
    documents = DocumentService(coord.db, coord.actor, today=TODAY)
    data, _notes = documents.gather(documents.request("supervision", None, None, None))
    assert [line.title for line in data.items] == ["甲驿站停车位建议"] and "甲驿站" in data.period
    reminder, _ = documents.gather(documents.request("reminder", city["unit"], None, None))
    assert [line.title for line in reminder.items] == ["甲驿站停车位建议"]
    assert documents.gather(documents.request("session", city["s_own"], None, None))[0].topic
    with pytest.raises(PermissionDenied):
        documents.gather(documents.request("session", city["s_other"], None, None))
    with pytest.raises(PermissionDenied):
        documents.gather(documents.request("assignment", city["g_other"], None, None))


def test_what_each_role_may_change(city: dict[str, Any], tmp_path: Path) -> None:
    admin, clerk, coord, viewer = (city["as"][k] for k in ("admin", "clerk", "coordinator", "viewer"))
    new_session = lambda pid: build(  # noqa: E731
        ConsultationSessionCreate,
        topic="新议题",
        topic_source="members",
        held_on=date(2025, 4, 1),
        platform_id=pid,
    )
    # coordinator: their platform's records yes, anything else no
    own = coord.sessions.create(new_session(city["own"]))
    coord.sessions.update(own.id, build(ConsultationSessionUpdate, minutes="纪要"))
    coord.suggestions.create(build(SuggestionCreate, title="本站建议", session_id=own.id))
    coord.rosters.add_member(city["own"], city["member"])
    coord.sessions.archive(own.id)
    refused = [
        lambda: coord.sessions.create(new_session(city["other"])),
        lambda: coord.sessions.update(city["s_other"], build(ConsultationSessionUpdate, minutes="x")),
        lambda: coord.sessions.update(
            city["s_own"], build(ConsultationSessionUpdate, platform_id=city["other"])
        ),
        lambda: coord.suggestions.update(city["g_own"], build(SuggestionUpdate, session_id=city["s_other"])),
        lambda: coord.rosters.add_member(city["other"], city["member"]),
        lambda: coord.members.create(build(MemberCreate, name="新委员")),
        lambda: coord.units.create(HandlingUnitCreate(name="新单位")),
        lambda: coord.platforms.update(city["own"], build(PlatformUpdate, address="新地址")),
        lambda: coord.settings.set_office_name("别的名字"),
        lambda: coord.handling.remind(city["g_own"], on=date(2025, 3, 25), text="催办"),
        lambda: LedgerExportService(coord.db, coord.actor).export(tmp_path / "full.xlsx", full=True),
    ]
    for attempt in refused:
        with pytest.raises((PermissionDenied, ValidationError)):
            attempt()
    with pytest.raises(ValidationError, match="只能查看本平台"):  # another platform's session as parent
        coord.suggestions.create(build(SuggestionCreate, title="挂到别站", session_id=city["s_other"]))
    assert coord.sessions.get(city["s_own"]).platform_id == city["own"]
    # viewer: reads everything, changes nothing, no full export
    assert len(_topics(viewer)) == 2
    for attempt in (
        lambda: viewer.sessions.update(city["s_own"], build(ConsultationSessionUpdate, minutes="x")),
        lambda: viewer.rosters.add_member(city["own"], city["member"]),
        lambda: LedgerExportService(viewer.db, viewer.actor).export(tmp_path / "v.xlsx", full=True),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    # clerk: every record, a logged full export, no accounts
    clerk.sessions.update(city["s_other"], build(ConsultationSessionUpdate, minutes="办公室纪要"))
    clerk.members.create(build(MemberCreate, name="新委员"))
    clerk.settings.set_office_name("西宁市政协办公室")
    LedgerExportService(clerk.db, clerk.actor).export(tmp_path / "full.xlsx", full=True)
    exports = [e for e in admin.audit_log.entries() if e.action is AuditAction.EXPORT]
    assert [e.username for e in exports] == ["clerk"]
    with pytest.raises(PermissionDenied, match="只有管理员"):
        clerk.users.create(UserCreate(username="x", password=PASSWORD))
    admin.users.create(UserCreate(username="x", password=PASSWORD))


def test_a_suggestion_always_has_its_sessions_platform(city: dict[str, Any]) -> None:
    admin = city["as"]["admin"]
    moved = admin.suggestions.update(city["g_own"], build(SuggestionUpdate, session_id=city["s_other"]))
    assert moved.platform_id == city["other"]  # re-parented onto a session: its platform follows
    kept = admin.suggestions.update(city["g_own"], build(SuggestionUpdate, platform_id=city["own"]))
    assert kept.platform_id == city["other"]  # a platform that disagrees with the session is not taken
    admin.sessions.update(city["s_other"], build(ConsultationSessionUpdate, platform_id=city["own"]))
    for gid in (city["g_own"], city["g_other"]):  # the session moved: its suggestions moved with it
        assert admin.suggestions.get(gid).platform_id == city["own"]
    notes = [e.note for e in admin.audit_log.entries() if e.entity == "suggestion"]
    assert notes.count("随所属活动改到另一站室组") == 2
    from app.services.integrity import check_database

    assert check_database(admin.db).ok, check_database(admin.db).problems
