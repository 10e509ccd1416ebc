"""Who may do what: viewers read only, coordinators keep their own platform, administrators manage users."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.db import Database
from app.models import (
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
    MemberCreate,
    PlatformCreate,
    SuggestionCreate,
    SuggestionUpdate,
)
from app.models.enums import AttendanceStatus, ParticipantKind, SessionState, SuggestionState, UserRole
from app.services.accounts import AccountService, SignInError
from app.services.actor import Actor
from app.services.errors import PermissionDenied
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.users import UserCreate, UserUpdate
from app.services.validation import build


@pytest.fixture
def world(services: Services) -> dict[str, uuid.UUID]:
    own = services.platforms.create(
        build(PlatformCreate, kind="station", name="甲驿站", district="城北区")
    ).id
    other = services.platforms.create(
        build(PlatformCreate, kind="station", name="乙驿站", district="城北区")
    ).id
    member = services.members.create(build(MemberCreate, name="祁玉兰")).id
    sessions = {}
    for key, pid in (("own", own), ("other", other)):
        sessions[key] = services.sessions.create(
            build(
                ConsultationSessionCreate,
                topic=f"{key}议题",
                topic_source="members",
                held_on=date(2025, 3, 8),
                platform_id=pid,
            )
        ).id
    suggestion = services.suggestions.create(
        build(SuggestionCreate, title="乙的建议", session_id=sessions["other"])
    ).id
    return {
        "own": own,
        "other": other,
        "member": member,
        "s_own": sessions["own"],
        "s_other": sessions["other"],
        "sugg": suggestion,
    }


def test_viewer_reads_but_every_write_is_refused(db: Database, world: dict) -> None:
    viewer = Services(db, Actor("v", "只读用户", UserRole.VIEWER))
    assert viewer.sessions.list().total == 2
    assert viewer.platforms.get(world["own"]).name == "甲驿站"
    attempts = [
        lambda: viewer.platforms.archive(world["own"]),
        lambda: viewer.sessions.update(world["s_own"], build(ConsultationSessionUpdate, minutes="x")),
        lambda: viewer.sessions.transition(world["s_own"], SessionState.HELD),
        lambda: viewer.sessions.set_attendance(world["s_own"], {world["member"]: AttendanceStatus.PRESENT}),
        lambda: viewer.sessions.set_participants(
            world["s_own"], [(ParticipantKind.RESIDENT, "王大妈", None)]
        ),
        lambda: viewer.suggestions.transition(world["sugg"], SuggestionState.ASSIGNED),
        lambda: viewer.rosters.add_member(world["own"], world["member"]),
        lambda: viewer.rosters.remove_member(world["own"], world["member"]),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="只读权限"):
            attempt()
    assert viewer.sessions.get(world["s_own"]).state is SessionState.PLANNED
    assert viewer.sessions.attendance(world["s_own"]) == []


def test_coordinator_keeps_only_their_own_platform(db: Database, services: Services, world: dict) -> None:
    coord = Services(db, Actor("c", "甲联络员", UserRole.COORDINATOR, platform_ids=frozenset({world["own"]})))
    coord.sessions.update(world["s_own"], build(ConsultationSessionUpdate, minutes="本平台纪要"))
    coord.sessions.transition(world["s_own"], SessionState.HELD)
    coord.sessions.set_attendance(world["s_own"], {world["member"]: AttendanceStatus.PRESENT})
    assert coord.sessions.get(world["s_own"]).state is SessionState.HELD

    refused = [
        lambda: coord.sessions.update(world["s_other"], build(ConsultationSessionUpdate, minutes="x")),
        lambda: coord.sessions.transition(world["s_other"], SessionState.HELD),
        lambda: coord.sessions.archive(world["s_other"]),
        lambda: coord.sessions.set_attendance(world["s_other"], {}),
        lambda: coord.suggestions.update(world["sugg"], build(SuggestionUpdate, title="改")),
        lambda: coord.suggestions.transition(world["sugg"], SuggestionState.ASSIGNED),
        lambda: coord.suggestions.create(build(SuggestionCreate, title="x", platform_id=world["other"])),
        # moving an own session to another platform is taking it out of one's reach
        lambda: coord.sessions.update(
            world["s_own"], build(ConsultationSessionUpdate, platform_id=world["other"])
        ),
        lambda: coord.rosters.add_member(world["other"], world["member"]),
    ]
    for attempt in refused:  # another platform's records cannot even be read, let alone changed
        with pytest.raises(PermissionDenied, match=r"只能(登记和修改|查看)本平台"):
            attempt()
    assert services.sessions.get(world["s_other"]).minutes is None
    assert services.suggestions.get(world["sugg"]).state is SuggestionState.PENDING
    assert coord.sessions.get(world["s_own"]).platform_id == world["own"]


def test_a_coordinator_cannot_move_someone_elses_session_onto_their_platform(
    db: Database, services: Services, world: dict
) -> None:
    coord = Services(db, Actor("c", "甲联络员", UserRole.COORDINATOR, platform_ids=frozenset({world["own"]})))
    with pytest.raises(PermissionDenied):
        coord.sessions.update(world["s_other"], build(ConsultationSessionUpdate, platform_id=world["own"]))
    assert services.sessions.get(world["s_other"]).platform_id == world["other"]


def test_only_administrators_manage_users(db: Database, services: Services, world: dict) -> None:
    with pytest.raises(PermissionDenied, match="只有管理员"):
        services.users.create(UserCreate(username="zs", display_name="张三"))
    admin = Services(db, Actor("admin", "管理员", UserRole.ADMIN))
    user = admin.users.create(
        UserCreate(
            username="lly",
            display_name="甲联络员",
            role=UserRole.COORDINATOR,
            platform_ids=[world["own"]],
            password="联络员的密码2025",
        )
    )
    with pytest.raises(PermissionDenied):
        services.users.update(user.id, UserUpdate(display_name="改名"))
    assert admin.users.list(ListQuery(filters={"role": "coordinator"})).total == 1

    signed_in = AccountService(db).sign_in("lly", "联络员的密码2025")
    assert (signed_in.role, signed_in.platform_ids, signed_in.display_name) == (
        UserRole.COORDINATOR,
        frozenset({world["own"]}),
        "甲联络员",
    )
    for name in ("stranger", "lly"):
        if name == "lly":
            admin.users.set_disabled(user.id, True)
        with pytest.raises(SignInError):  # no fallback: an unknown or disabled name never gets in
            AccountService(db).sign_in(name, "联络员的密码2025")
