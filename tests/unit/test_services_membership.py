"""Who belongs to a platform, who came to a session and who else took part: replaced as a whole, audited."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlmodel import select

from app.db import Database
from app.models import AuditEntry, ConsultationSessionCreate, MemberCreate, PlatformCreate
from app.models.enums import AttendanceStatus, AuditAction, MembershipRole, ParticipantKind
from app.services.errors import ValidationError
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.validation import build

P, A, X = AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT


def _audit(db: Database, entity: str) -> list[AuditEntry]:
    with db.session(write=False) as s:
        rows = s.exec(select(AuditEntry).where(AuditEntry.entity == entity)).all()
    return sorted(rows, key=lambda e: e.at)


@pytest.fixture
def people(services: Services) -> dict[str, uuid.UUID]:
    ids = {"station": services.platforms.create(
        build(PlatformCreate, kind="station", name="湟中区鲁沙尔镇委员驿站", district="湟中区")
    ).id}  # fmt: skip
    for name in ("马秀英", "欧阳明", "韩德胜"):
        ids[name] = services.members.create(build(MemberCreate, name=name, sector="农业界")).id
    ids["session"] = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="鲁沙尔镇农贸市场改造",
            topic_source="residents",
            held_on=date(2025, 6, 15),
            platform_id=ids["station"],
        )
    ).id
    return ids


def test_add_change_and_remove_a_member(services: Services, db: Database, people: dict) -> None:
    station, ma, oy = people["station"], people["马秀英"], people["欧阳明"]
    services.rosters.add_member(station, ma, MembershipRole.HEAD)
    services.rosters.add_member(station, oy)
    assert [(m.name, r) for m, r in services.rosters.members_of(station)] == [  # 姓氏笔画: 马 3, 欧 8
        ("马秀英", MembershipRole.HEAD),
        ("欧阳明", MembershipRole.MEMBER),
    ]
    services.rosters.add_member(station, oy, MembershipRole.LIAISON)  # again: the role changes
    assert (
        dict((m.name, r) for m, r in services.rosters.members_of(station))["欧阳明"] is MembershipRole.LIAISON
    )
    services.rosters.remove_member(station, ma)
    services.rosters.remove_member(station, ma)  # already gone: nothing happens
    assert [m.name for m, _ in services.rosters.members_of(station)] == ["欧阳明"]
    # leaving keeps the row, with the day the member left
    [former] = [e for e in services.rosters.roster(station, include_former=True) if e.member_id == ma]
    assert former.left_on == date.today() and former.role is MembershipRole.HEAD

    entries = _audit(db, "platform_membership")
    assert [e.action for e in entries] == [
        AuditAction.CREATE,
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.UPDATE,
    ]
    assert json.loads(entries[2].before)["role"] == "member"
    assert json.loads(entries[3].after)["left_on"] == date.today().isoformat()
    assert json.loads(entries[2].after)["role"] == "liaison"
    assert json.loads(entries[3].before)["member_id"] == str(ma)
    assert json.loads(entries[3].after)["member_id"] == str(ma)


def test_membership_counts_and_member_filter(services: Services, people: dict) -> None:
    for name in ("马秀英", "欧阳明"):
        services.rosters.add_member(people["station"], people[name])
    [row] = services.platforms.list().rows
    assert row["member_count"] == 2
    page = services.members.list(ListQuery(filters={"platform_id": people["station"]}, sort="name"))
    assert page.total == 2
    assert {r["platform_count"] for r in page.rows} == {1}


def test_adding_an_unknown_member_is_refused(services: Services, people: dict) -> None:
    with pytest.raises(ValidationError, match="找不到该委员"):
        services.rosters.add_member(people["station"], uuid.uuid4())
    assert services.rosters.members_of(people["station"]) == []


def test_set_attendance_replaces_the_list_and_audits_the_change(
    services: Services, db: Database, people: dict
) -> None:
    sid, ma, oy, han = people["session"], people["马秀英"], people["欧阳明"], people["韩德胜"]
    services.sessions.set_attendance(sid, {ma: P, oy: A})
    services.sessions.set_attendance(sid, {oy: P, han: X})
    services.sessions.set_attendance(sid, {oy: P, han: X})  # unchanged: no new entry
    assert sorted((m.name, st) for m, st in services.sessions.attendance(sid)) == sorted(
        [("欧阳明", P), ("韩德胜", X)]
    )

    entries = _audit(db, "session_attendance")
    assert len(entries) == 2
    assert json.loads(entries[0].before) == {}
    assert json.loads(entries[0].after) == {str(ma): "present", str(oy): "excused"}
    assert json.loads(entries[1].before) == {str(ma): "present", str(oy): "excused"}
    assert json.loads(entries[1].after) == {str(oy): "present", str(han): "absent"}
    assert {e.entity_id for e in entries} == {sid}

    with pytest.raises(ValidationError, match="有 1 名委员不存在"):
        services.sessions.set_attendance(sid, {uuid.uuid4(): P, ma: P})
    assert len(services.sessions.attendance(sid)) == 2


def test_set_participants_replaces_the_list_and_audits_the_change(
    services: Services, db: Database, people: dict
) -> None:
    sid = people["session"]
    services.sessions.set_participants(
        sid,
        [
            (ParticipantKind.DEPARTMENT, " 李海峰 ", "市商务局"),
            (ParticipantKind.RESIDENT, "王大妈", "  "),
        ],
    )
    services.sessions.set_participants(sid, [(ParticipantKind.EXPERT, "赵明远", "青海大学")])
    assert [(p.kind, p.name, p.organization) for p in services.sessions.participants(sid)] == [
        (ParticipantKind.EXPERT, "赵明远", "青海大学")
    ]
    entries = _audit(db, "session_participant")
    assert json.loads(entries[0].after) == {
        "participants": [["department", "李海峰", "市商务局"], ["resident", "王大妈", None]]
    }
    assert json.loads(entries[1].before) == json.loads(entries[0].after)

    with pytest.raises(ValidationError) as info:
        services.sessions.set_participants(
            sid, [(ParticipantKind.RESIDENT, "张三", None), (ParticipantKind.OTHER, " ", None)]
        )
    assert info.value.errors == {"participant_2": "第 2 位参会人员的姓名不能为空"}
    assert len(services.sessions.participants(sid)) == 1
    assert len(_audit(db, "session_participant")) == 2
