"""Data packages between the office and a station: set-up, round trips, merges, conflicts, rights."""

from __future__ import annotations

import json
import uuid
import zipfile
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.db import Database
from app.models.enums import SuggestionState
from app.models.exchange import ExchangeConflict
from app.models.sessions import ConsultationSessionUpdate
from app.models.suggestions import Suggestion
from app.services.errors import PermissionDenied
from app.services.exchange import COUNTS, ExchangeService, PackageRefused, TrustRefused
from app.services.handling import HandlingService
from app.services.hub import Services
from tests.exchange_support import (
    CLERK,
    Office,
    add_session,
    add_suggestion,
    export,
    make_db,
    records,
    seed_office,
    sign_in,
    table_dump,
)


@pytest.fixture
def office(migrated_template: Path, tmp_path: Path) -> Office:
    return seed_office(make_db(migrated_template, tmp_path, "office"))


@pytest.fixture
def station(migrated_template: Path, tmp_path: Path, office: Office) -> Database:
    """A station laptop set up from the office's package for the first platform."""
    db = make_db(migrated_template, tmp_path, "station")
    package = export(office.db, CLERK, tmp_path / "setup.zip", [office.platforms[0]])
    summary = ExchangeService.set_up_station(db, package)
    assert summary.total["refused"] == 0
    return db


def _session(db: Database, session_id: uuid.UUID) -> dict[str, object]:
    with db.engine.connect() as conn:
        query = sa.text("SELECT * FROM consultation_session WHERE id = :i")
        row = conn.execute(query, {"i": session_id.bytes})  # the id as SQLite stores it
        return dict(row.mappings().one())


def test_a_station_is_set_up_from_one_office_package(office: Office, station: Database) -> None:
    coordinator = sign_in(station, "station1")  # the usual password, checked against the hash that came along
    assert coordinator.platform_ids == frozenset({office.platforms[0]})
    mine = records(station)
    assert set(mine["platform"]) == {str(office.platforms[0])}
    assert len(mine["member"]) == 3 and len(mine["unit"]) == 2
    assert set(a["username"] for a in mine["account"].values()) == {"station1"}
    with pytest.raises(Exception, match="密码"):
        sign_in(station, "station2")  # the other platform's coordinator did not come along


def test_set_up_refuses_a_database_with_data(office: Office, tmp_path: Path) -> None:
    package = export(office.db, CLERK, tmp_path / "p.zip", [office.platforms[0]])
    with pytest.raises(Exception, match="已有数据"):
        ExchangeService.set_up_station(office.db, package)


def test_round_trip_station_to_office_and_handling_progress_back(
    office: Office, station: Database, tmp_path: Path
) -> None:
    coordinator = sign_in(station, "station1")
    session = add_session(station, coordinator, office.platforms[0], "老旧小区加装电梯协商")
    suggestion = add_suggestion(station, coordinator, session, "尽快制定加装电梯补贴办法")
    summary = ExchangeService(office.db, CLERK).import_package(
        export(station, coordinator, tmp_path / "up.zip")
    )
    assert summary.counts["session"]["created"] == 1 and summary.counts["suggestion"]["created"] == 1
    assert summary.new_sender
    # the office assigns it; the station sees 已交办 after the next package
    HandlingService(office.db, CLERK).assign(
        suggestion, lead_unit_id=office.units[0], assigned_on=date(2026, 3, 5)
    )
    down = export(office.db, CLERK, tmp_path / "down.zip", [office.platforms[0]])
    back = ExchangeService(station, coordinator).import_package(down)
    assert back.counts["suggestion"]["updated"] == 1
    assert back.counts["suggestion_unit"]["created"] == 1
    assert back.counts["event"]["created"] >= 1
    with station.session(write=False) as s:
        assert s.get(Suggestion, suggestion).state is SuggestionState.ASSIGNED  # type: ignore[union-attr]
    assert records(station, office.platforms[:1]) == records(office.db, office.platforms[:1])


def test_edits_of_different_fields_merge_and_the_same_field_is_a_conflict(
    office: Office, station: Database, tmp_path: Path
) -> None:
    coordinator = sign_in(station, "station1")
    session = add_session(station, coordinator, office.platforms[0], "河道整治协商")
    ExchangeService(office.db, CLERK).import_package(export(station, coordinator, tmp_path / "a.zip"))
    # both at version 2 after one edit each: revisions tell the edits apart
    Services(station, coordinator).sessions.update(
        session, ConsultationSessionUpdate(location="社区会议室", minutes="站里写的纪要")
    )
    Services(office.db, CLERK).sessions.update(
        session, ConsultationSessionUpdate(consensus="办公室补充的共识", minutes="办公室改的纪要")
    )
    assert _session(station, session)["version"] == _session(office.db, session)["version"] == 2
    summary = ExchangeService(office.db, CLERK).import_package(
        export(station, coordinator, tmp_path / "b.zip")
    )
    assert summary.counts["session"]["conflicts"] == 1
    merged = _session(office.db, session)
    assert merged["location"] == "社区会议室"  # only the station changed it
    assert merged["consensus"] == "办公室补充的共识"  # only the office changed it
    assert merged["minutes"] == "办公室改的纪要"  # both: mine kept, conflict noted
    [note] = summary.conflicts
    assert (note.field, note.field_label, note.mine, note.theirs) == (
        "minutes",
        "会议纪要",
        "办公室改的纪要",
        "站里写的纪要",
    )
    assert note.record == "河道整治协商"
    # the clerk takes the station's text; the choice travels back, and both sides then agree
    service = ExchangeService(office.db, CLERK)
    [row] = service.conflicts.list(_open()).rows
    service.conflicts.resolve(row["id"], "theirs")
    assert _session(office.db, session)["minutes"] == "站里写的纪要"
    assert service.conflicts.open_count() == 0
    ExchangeService(station, coordinator).import_package(
        export(office.db, CLERK, tmp_path / "c.zip", [office.platforms[0]])
    )
    assert records(station, office.platforms[:1]) == records(office.db, office.platforms[:1])
    with office.db.engine.connect() as conn:
        notes = [
            n
            for (n,) in conn.execute(
                sa.text("SELECT note FROM audit_entry WHERE note LIKE '处理数据交换冲突%'")
            )
        ]
    assert notes == ["处理数据交换冲突：“会议纪要”采用对方的值（城西区第1委员驿站）"]


def test_an_open_conflict_is_held_not_taken_by_the_other_side(
    office: Office, station: Database, tmp_path: Path
) -> None:
    coordinator = sign_in(station, "station1")
    session = add_session(station, coordinator, office.platforms[0], "停车难协商")
    ExchangeService(office.db, CLERK).import_package(export(station, coordinator, tmp_path / "a.zip"))
    Services(station, coordinator).sessions.update(session, ConsultationSessionUpdate(location="站里"))
    Services(office.db, CLERK).sessions.update(session, ConsultationSessionUpdate(location="办公室"))
    ExchangeService(office.db, CLERK).import_package(export(station, coordinator, tmp_path / "b.zip"))
    # the office has not decided yet: its package must not push its value onto the station
    summary = ExchangeService(station, coordinator).import_package(
        export(office.db, CLERK, tmp_path / "c.zip", [office.platforms[0]])
    )
    assert summary.total["conflicts"] == 0
    assert _session(station, session)["location"] == "站里"
    # now it decides for its own value: that arrives at the station as a plain update
    [row] = ExchangeService(office.db, CLERK).conflicts.list(_open()).rows
    ExchangeService(office.db, CLERK).conflicts.resolve(row["id"], "mine")
    ExchangeService(station, coordinator).import_package(
        export(office.db, CLERK, tmp_path / "d.zip", [office.platforms[0]])
    )
    assert _session(station, session)["location"] == "办公室"


def test_the_same_package_twice_and_an_older_one_late_change_nothing(
    office: Office, station: Database, tmp_path: Path
) -> None:
    coordinator = sign_in(station, "station1")
    session = add_session(station, coordinator, office.platforms[0], "垃圾分类协商")
    first = export(station, coordinator, tmp_path / "1.zip")
    Services(station, coordinator).sessions.update(session, ConsultationSessionUpdate(location="第二次"))
    second = export(station, coordinator, tmp_path / "2.zip")
    service = ExchangeService(office.db, CLERK)
    service.import_package(second)
    before = table_dump(office.db)
    again = service.import_package(second)
    late = service.import_package(first)  # older: must not undo the later edit
    assert table_dump(office.db) == before
    assert again.total["created"] == again.total["updated"] == again.total["conflicts"] == 0
    assert late.total["updated"] == 0
    assert _session(office.db, session)["location"] == "第二次"


def test_since_last_carries_only_the_changes(office: Office, station: Database, tmp_path: Path) -> None:
    coordinator = sign_in(station, "station1")
    add_session(station, coordinator, office.platforms[0], "第一次")
    export(station, coordinator, tmp_path / "1.zip")
    add_session(station, coordinator, office.platforms[0], "第二次")
    result = ExchangeService(station, coordinator).export(tmp_path / "2.zip", since_last=True)
    assert result.counts["session"] == 1 and result.since is not None


def test_summary_json_has_the_five_counts_per_kind_and_in_total(
    office: Office, station: Database, tmp_path: Path
) -> None:
    coordinator = sign_in(station, "station1")
    add_session(station, coordinator, office.platforms[0], "试运行")
    package = export(station, coordinator, tmp_path / "a.zip")
    before = table_dump(office.db)
    data = ExchangeService(office.db, CLERK).import_package(package, dry_run=True).as_json()
    assert table_dump(office.db) == before  # a trial run writes nothing
    assert data["dry_run"] is True
    assert all(set(counts) == set(COUNTS) for counts in data["kinds"].values())
    assert set(data["total"]) == set(COUNTS) and data["kinds"]["session"]["created"] == 1


# -- rights -------------------------------------------------------------------------------------------------
def test_a_coordinator_exports_exactly_their_platforms(office: Office, tmp_path: Path) -> None:
    coordinator = sign_in(office.db, "station2")
    add_session(office.db, CLERK, office.platforms[0], "第一站的活动")
    mine = add_session(office.db, CLERK, office.platforms[1], "第二站的活动")
    result = ExchangeService(office.db, coordinator).export(tmp_path / "c.zip")
    assert result.coverage["platforms"] == [{"id": str(office.platforms[1]), "name": "城西区第2委员驿站"}]
    with zipfile.ZipFile(tmp_path / "c.zip") as z:
        sessions = [json.loads(line)["id"] for line in z.read("records/session.jsonl").splitlines()]
        assert "records/member.jsonl" not in z.namelist()  # no office lists from a coordinator
    assert sessions == [str(mine)]
    with pytest.raises(PermissionDenied):
        ExchangeService(office.db, coordinator).export(tmp_path / "x.zip", frozenset({office.platforms[0]}))


def test_a_coordinators_import_cannot_change_other_platforms(
    office: Office, station: Database, tmp_path: Path
) -> None:
    add_session(office.db, CLERK, office.platforms[1], "别的站的活动")
    whole = export(office.db, CLERK, tmp_path / "all.zip")  # the whole office, by mistake
    summary = ExchangeService(station, sign_in(station, "station1")).import_package(whole)
    assert summary.counts["session"]["refused"] == 1
    assert summary.refused[0].reason == "平台联络员只能登记和修改本平台的记录。"
    assert not records(station)["session"]


def test_a_station_package_cannot_change_the_office_lists(
    office: Office, station: Database, tmp_path: Path
) -> None:
    coordinator = sign_in(station, "station1")
    package = export(station, coordinator, tmp_path / "a.zip")
    with zipfile.ZipFile(package) as z:
        assert "records/member.jsonl" not in z.namelist()
    assert ExchangeService(office.db, CLERK).import_package(package).total["refused"] == 0
    # the station is known as a station from its first package: an "office" package from it later
    # (exported there by an administrator account) still may not change the office's lists
    from app.models.members import MemberUpdate
    from tests.support import ADMIN_ACTOR

    Services(station, ADMIN_ACTOR).members.update(office.members[0], MemberUpdate(workplace="站里改的单位"))
    forged = export(station, ADMIN_ACTOR, tmp_path / "b.zip")
    summary = ExchangeService(office.db, CLERK).import_package(forged)
    assert summary.counts["member"]["refused"] == 1
    assert summary.refused[0].reason == "站室组发来的数据包不能修改委员名册：委员名册由办公室维护。"


# -- refusing packages ---------------------------------------------------------------------------------------
def _rewrite(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change.get(info.filename, zin.read(info.filename)))
    return target


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


@pytest.mark.parametrize(
    ("member", "message"),
    [
        ("records/session.jsonl", "校验值与清单不符"),
        ("manifest.json", "签名无效"),
        ("manifest.sig", "签名无效"),
    ],
)
def test_a_tampered_package_is_refused_and_nothing_changes(
    office: Office, station: Database, tmp_path: Path, member: str, message: str
) -> None:
    coordinator = sign_in(station, "station1")
    add_session(station, coordinator, office.platforms[0], "被篡改的数据包")
    package = export(station, coordinator, tmp_path / "good.zip")
    with zipfile.ZipFile(package) as z:
        data = z.read(member)
    # one byte: in the middle of a record file or the signature; in the manifest, a digit of its number
    at = data.index(b'"seq": ') + 7 if member == "manifest.json" else len(data) // 2
    bad = _rewrite(package, tmp_path / "bad.zip", {member: _flip(data, at)})
    before = table_dump(office.db)
    with pytest.raises(PackageRefused, match=message):
        ExchangeService(office.db, CLERK).import_package(bad)
    assert table_dump(office.db) == before
    from app.services.listing import ListQuery

    received = ListQuery(filters={"direction": "received"})
    assert not ExchangeService(office.db, CLERK).history(received).rows  # not even the history


def test_a_changed_key_for_a_known_sender_is_refused(
    office: Office, station: Database, migrated_template: Path, tmp_path: Path
) -> None:
    coordinator = sign_in(station, "station1")
    ExchangeService(office.db, CLERK).import_package(export(station, coordinator, tmp_path / "a.zip"))
    impostor = make_db(migrated_template, tmp_path, "impostor")
    with station.engine.connect() as conn:  # same installation id, other key pair
        own = conn.execute(sa.text("SELECT installation_id, name FROM exchange_installation")).one()
    forged = export(impostor, CLERK, tmp_path / "f.zip")
    with zipfile.ZipFile(forged) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["sender"]["installation_id"] != own[0]
    with impostor.engine.begin() as conn:
        conn.execute(sa.text("UPDATE exchange_installation SET installation_id = :i"), {"i": own[0]})
    forged = export(impostor, CLERK, tmp_path / "g.zip")
    with pytest.raises(TrustRefused, match="密钥与本机记住的不同"):
        ExchangeService(office.db, CLERK).import_package(forged)


def test_hostile_zips_are_refused(office: Office, tmp_path: Path) -> None:
    service = ExchangeService(office.db, CLERK)
    traversal = tmp_path / "t.zip"
    with zipfile.ZipFile(traversal, "w") as z:
        z.writestr("manifest.json", "{}")
        z.writestr("../../etc/evil", "x")
    with pytest.raises(PackageRefused, match="不安全"):
        service.import_package(traversal)
    bomb = tmp_path / "b.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", "{}")
        z.writestr("manifest.sig", "x")
        z.writestr("records/session.jsonl", b"\n" * (40 * 1024 * 1024))
    with pytest.raises(PackageRefused, match="压缩比异常"):
        service.import_package(bomb)
    (tmp_path / "n.zip").write_bytes(b"not a zip at all")
    with pytest.raises(PackageRefused, match="不是数据包"):
        service.import_package(tmp_path / "n.zip")


def _open() -> object:
    from app.services.listing import ListQuery

    return ListQuery(filters={"open": True})


def test_conflicts_are_kept_in_the_review_list(office: Office, station: Database, tmp_path: Path) -> None:
    coordinator = sign_in(station, "station1")
    session = add_session(station, coordinator, office.platforms[0], "冲突清单")
    ExchangeService(office.db, CLERK).import_package(export(station, coordinator, tmp_path / "a.zip"))
    Services(station, coordinator).sessions.update(session, ConsultationSessionUpdate(host="站长"))
    Services(office.db, CLERK).sessions.update(session, ConsultationSessionUpdate(host="主任"))
    ExchangeService(office.db, CLERK).import_package(export(station, coordinator, tmp_path / "b.zip"))
    with office.db.session(write=False) as s:
        [conflict] = s.exec(sa.select(ExchangeConflict)).scalars().all()  # type: ignore[call-overload]
    assert (conflict.field, json.loads(conflict.mine), json.loads(conflict.theirs)) == (
        "host",
        "主任",
        "站长",
    )
    assert json.loads(conflict.base) is None  # created without a host: the common base is known
    assert "驿站联络员1" in conflict.theirs_by and conflict.platform_id == office.platforms[0]


def test_a_viewer_neither_exports_nor_imports(office: Office, tmp_path: Path) -> None:
    from app.models.enums import UserRole
    from app.services.actor import Actor

    viewer = ExchangeService(office.db, Actor("viewer", "领导查阅", UserRole.VIEWER))
    with pytest.raises(PermissionDenied, match="只读"):
        viewer.export(tmp_path / "v.zip")
    package = export(office.db, CLERK, tmp_path / "p.zip", [office.platforms[0]])
    with pytest.raises(PermissionDenied, match="只读"):
        viewer.import_package(package)


def test_attachments_travel_with_their_content_once(
    office: Office, station: Database, tmp_path: Path
) -> None:
    """Contents live in each database: the office gets them from the package, each content once."""
    coordinator = sign_in(station, "station1")
    session = add_session(station, coordinator, office.platforms[0], "带照片的活动")
    photo = tmp_path / "现场.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    services = Services(station, coordinator)
    services.attachments.add(photo, session_id=session)
    services.attachments.add(photo, session_id=session, description="同一张照片又添加一次")
    package = export(station, coordinator, tmp_path / "a.zip")
    with zipfile.ZipFile(package) as z:
        assert len([n for n in z.namelist() if n.startswith("blobs/")]) == 1
    summary = ExchangeService(office.db, CLERK).import_package(package)
    assert summary.counts["attachment"]["created"] == 2
    [first, _second] = Services(office.db, CLERK).attachments.list_for(session_id=session)
    assert Services(office.db, CLERK).attachments.read_content(first) == photo.read_bytes()
    # an attachment whose content neither the package nor the office holds is refused, not half-kept
    other = tmp_path / "签到表.pdf"
    other.write_bytes(b"%PDF-1.4 sign-in sheet")
    services.attachments.add(other, session_id=session)
    with station.engine.begin() as conn:  # the content went missing on the laptop
        conn.execute(sa.text("DELETE FROM attachment_chunk WHERE sha256 = :h"), {"h": _sha(other)})
        conn.execute(sa.text("DELETE FROM attachment_content WHERE sha256 = :h"), {"h": _sha(other)})
    later = ExchangeService(office.db, CLERK).import_package(export(station, coordinator, tmp_path / "b.zip"))
    assert later.counts["attachment"]["refused"] == 1
    assert later.refused[0].reason == "数据包中没有这个附件的文件内容，本机也没有，未导入。"


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
