"""Every change leaves an audit entry: who, what, and the record before and after, in one transaction."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from app.db import Database
from app.models import (
    AuditEntry,
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
    HandlingUnitCreate,
    HandlingUnitUpdate,
    MemberCreate,
    MemberUpdate,
    PlatformCreate,
    PlatformUpdate,
    SuggestionCreate,
    SuggestionUpdate,
)
from app.models.enums import AuditAction
from app.services.errors import ValidationError
from app.services.hub import Services
from app.services.validation import build


def _entries(db: Database, record_id: uuid.UUID) -> list[AuditEntry]:
    with db.session(write=False) as s:
        rows = s.exec(select(AuditEntry).where(AuditEntry.entity_id == record_id)).all()
    return sorted(rows, key=lambda e: e.at)


def _platform(services: Services, name: str = "城东区东关大街街道委员驿站") -> Any:
    return services.platforms.create(build(PlatformCreate, kind="station", name=name, district="城东区"))


def _session(services: Services, platform_id: uuid.UUID) -> Any:
    return services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="老旧小区加装电梯",
            topic_source="residents",
            held_on=date(2025, 5, 23),
            platform_id=platform_id,
        )
    )


# (service attribute, make a record, an update, the field it changes, old value, new value)
CASES = {
    "platform": (
        "platforms",
        lambda sv: _platform(sv),
        build(PlatformUpdate, coordinator="马秀英"),
        "coordinator",
        None,
        "马秀英",
    ),
    "member": (
        "members",
        lambda sv: sv.members.create(build(MemberCreate, name="欧阳晓燕", sector="教育界")),
        build(MemberUpdate, sector="医药卫生界"),
        "sector",
        "教育界",
        "医药卫生界",
    ),
    "handling_unit": (
        "units",
        lambda sv: sv.units.create(build(HandlingUnitCreate, name="市交通运输局")),
        build(HandlingUnitUpdate, contact="祁玉兰"),
        "contact",
        None,
        "祁玉兰",
    ),
    "consultation_session": (
        "sessions",
        lambda sv: _session(sv, _platform(sv).id),
        build(ConsultationSessionUpdate, consensus="尽快加装电梯"),
        "consensus",
        None,
        "尽快加装电梯",
    ),
    "suggestion": (
        "suggestions",
        lambda sv: sv.suggestions.create(
            build(SuggestionCreate, title="加装电梯补贴", platform_id=_platform(sv).id)
        ),
        build(SuggestionUpdate, category="urban"),
        "category",
        "livelihood",
        "urban",
    ),
}


@pytest.mark.parametrize("entity", list(CASES))
def test_update_archive_restore_are_audited_with_before_and_after(
    services: Services, db: Database, entity: str
) -> None:
    attr, make, update, field, old, new = CASES[entity]
    service = getattr(services, attr)
    record = make(services)
    service.update(record.id, update, expected_version=record.version)
    service.archive(record.id)
    service.restore(record.id)

    entries = _entries(db, record.id)
    assert [e.action for e in entries] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.ARCHIVE,
        AuditAction.RESTORE,
    ]
    assert {e.entity for e in entries} == {entity}
    assert {e.actor for e in entries} == {"clerk"}
    created, updated, archived, restored = entries
    assert created.before is None
    assert json.loads(created.after)[field] == old
    assert json.loads(updated.before)[field] == old
    assert json.loads(updated.after)[field] == new
    assert json.loads(updated.after)["version"] == json.loads(updated.before)["version"] + 1
    assert json.loads(archived.before)["archived_at"] is None
    assert json.loads(archived.after)["archived_at"] is not None
    assert json.loads(restored.before)["archived_at"] is not None
    assert json.loads(restored.after)["archived_at"] is None
    assert service.get(record.id).archived_at is None


def test_update_without_a_change_writes_no_entry(services: Services, db: Database) -> None:
    p = _platform(services)
    same = services.platforms.update(p.id, build(PlatformUpdate, district="城东区"))
    assert same.version == p.version
    assert [e.action for e in _entries(db, p.id)] == [AuditAction.CREATE]


def test_refused_update_leaves_neither_change_nor_entry(services: Services, db: Database) -> None:
    p = _platform(services)
    with pytest.raises(ValidationError):
        services.platforms.update(p.id, build(PlatformUpdate, name="  ", coordinator="李文博"))
    assert services.platforms.get(p.id).coordinator is None
    assert [e.action for e in _entries(db, p.id)] == [AuditAction.CREATE]


def test_audit_snapshot_is_plain_json_with_ids_dates_and_codes(services: Services, db: Database) -> None:
    p = _platform(services)
    s = _session(services, p.id)
    after = json.loads(_entries(db, s.id)[0].after)
    assert after["platform_id"] == str(p.id)
    assert after["held_on"] == "2025-05-23"
    assert after["topic_source"] == "residents"
    assert after["state"] == "planned"
    assert "created_at" not in after and "updated_at" not in after


def test_a_snapshot_writes_enums_ids_and_dates_as_text_and_keeps_the_rest() -> None:
    """Each type's conversion is found once and kept: the values stay exactly what the snapshot wrote
    before (`plain`, the conversion it used, value by value)."""
    from datetime import UTC, datetime

    from app.models import Suggestion
    from app.models.enums import SuggestionCategory, SuggestionState
    from app.services.audit import snapshot

    def plain(value: Any) -> Any:
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, datetime | date):
            return value.isoformat()
        return value

    unit = uuid.uuid4()
    when = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    for _ in range(2):  # the second time from the kept conversions
        obj = Suggestion(
            title="加装电梯", raised_on=date(2026, 2, 3), state=SuggestionState.ASSIGNED,
            category=SuggestionCategory.URBAN, lead_unit_id=unit, archived_at=when, reflects_problem=True,
        )  # fmt: skip
        shot = snapshot(obj)
        assert shot is not None
        assert shot["state"] == "assigned" and shot["category"] == SuggestionCategory.URBAN.value
        assert type(shot["state"]) is str and type(shot["category"]) is str  # not the enum members
        assert shot["lead_unit_id"] == str(unit) and shot["id"] == str(obj.id)
        assert shot["raised_on"] == "2026-02-03" and shot["archived_at"] == when.isoformat()
        assert shot["reflects_problem"] is True and shot["title"] == "加装电梯" and shot["due_on"] is None
        assert "revision" not in shot and "created_at" not in shot
        assert shot == {k: plain(v) for k, v in obj.model_dump().items() if k in shot}


def test_fresh_values_fill_every_field_with_its_own_default() -> None:
    from app.models import FollowUpEvent
    from app.models._base import fresh_values

    first = fresh_values(FollowUpEvent, {"text": "已交办"})
    second = fresh_values(FollowUpEvent, {"text": "已答复", "version": 7})
    assert set(first) == set(FollowUpEvent.model_fields)
    assert first["text"] == "已交办" and second["version"] == 7 and first["version"] == 1
    assert first["id"] != second["id"] and isinstance(first["id"], uuid.UUID)  # a fresh id each time
