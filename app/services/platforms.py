"""站室组: the grassroots platforms and their members."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.glossary import PLATFORM
from app.models._base import table_of
from app.models.enums import AuditAction, MembershipRole, PlatformKind
from app.models.members import Member
from app.models.platforms import Platform, PlatformCreate, PlatformMembership, PlatformUpdate
from app.services import audit
from app.services.crud import CrudService
from app.services.listing import ListSpec
from app.services.validation import check_length, clean_text, raise_if, require_text

P = table_of(Platform).c


class PlatformService(CrudService[Platform, PlatformCreate, PlatformUpdate]):
    model = Platform
    entity = "platform"
    noun = "站室组"

    def validate(self, session: Session, values: dict[str, Any], existing: Platform | None) -> dict[str, Any]:
        errors: dict[str, str] = {}
        values["name"] = require_text(errors, "name", values.get("name"), 100)
        values["district"] = require_text(errors, "district", values.get("district"), 50)
        for key, limit in (("township", 50), ("address", 200), ("coordinator", 50), ("phone", 30)):
            values[key] = clean_text(values.get(key))
            check_length(errors, key, values[key], limit)
        values["notes"] = clean_text(values.get("notes"))
        if values.get("kind") is None:
            errors["kind"] = f"请选择{PLATFORM}类型（委员驿站、委员工作室或委员联络组）"
        if values.get("name") and "name" not in errors:
            clash = session.exec(
                select(Platform.id).where(Platform.name == values["name"], Platform.id != _id(existing))
            ).first()
            if clash is not None:
                errors["name"] = f"已有名为“{values['name']}”的站室组"
        raise_if(errors)
        return values

    def list_spec(self) -> ListSpec:
        members = (
            sa.select(sa.func.count())
            .where(PlatformMembership.platform_id == Platform.id)  # type: ignore[arg-type]
            .scalar_subquery()
        )
        columns = {
            "name": P.name,
            "kind": P.kind,
            "district": P.district,
            "township": P.township,
            "coordinator": P.coordinator,
            "phone": P.phone,
            "founded_on": P.founded_on,
            "active": P.active,
            "member_count": members,
        }
        return ListSpec(
            select=lambda: sa.select(
                P.id, P.version, P.archived_at, *(c.label(k) for k, c in columns.items())
            ),
            columns=columns,
            search=[P.name, P.district, P.township, P.address, P.coordinator],
            filters={
                "kind": lambda v: P.kind == PlatformKind(v).value,
                "district": lambda v: P.district == v,
                "active": lambda v: P.active.is_(bool(v)),
            },
            default_sort=[P.district, P.kind, P.name],
            tiebreak=P.id,
            archived=P.archived_at,
        )

    def districts(self) -> list[str]:
        with self.unit_of_work(None, write=False) as s:
            return list(s.exec(select(Platform.district).distinct().order_by(Platform.district)).all())

    def choices(self) -> list[tuple[uuid.UUID, str]]:
        """(id, name) of the active platforms, for pickers."""
        with self.unit_of_work(None, write=False) as s:
            rows = s.exec(
                select(Platform.id, Platform.name)
                .where(Platform.archived_at.is_(None))  # type: ignore[union-attr]
                .order_by(Platform.district, Platform.name)
            ).all()
            return [(r[0], r[1]) for r in rows]

    # -- membership -------------------------------------------------------------
    def add_member(
        self, platform_id: uuid.UUID, member_id: uuid.UUID, role: MembershipRole = MembershipRole.MEMBER
    ) -> PlatformMembership:
        with self.unit_of_work(None) as s:
            self.actor.require_platform(platform_id)
            self._load(s, platform_id)
            if s.get(Member, member_id) is None:
                raise_if({"member_id": "找不到该委员"})
            link = s.exec(
                select(PlatformMembership).where(
                    PlatformMembership.platform_id == platform_id, PlatformMembership.member_id == member_id
                )
            ).first()
            before = audit.snapshot(link)
            if link is None:
                link = PlatformMembership(platform_id=platform_id, member_id=member_id, role=role)
                s.add(link)
            else:
                link.role = role
            s.flush()
            action = AuditAction.CREATE if before is None else AuditAction.UPDATE
            audit.record(
                s,
                self.actor,
                action,
                "platform_membership",
                link.id,
                before=before,
                after=audit.snapshot(link),
            )
            return link

    def remove_member(self, platform_id: uuid.UUID, member_id: uuid.UUID) -> None:
        with self.unit_of_work(None) as s:
            self.actor.require_platform(platform_id)
            link = s.exec(
                select(PlatformMembership).where(
                    PlatformMembership.platform_id == platform_id, PlatformMembership.member_id == member_id
                )
            ).first()
            if link is None:
                return
            audit.record(
                s, self.actor, AuditAction.DELETE, "platform_membership", link.id, before=audit.snapshot(link)
            )
            s.delete(link)

    def members_of(self, platform_id: uuid.UUID) -> list[tuple[Member, MembershipRole]]:
        with self.unit_of_work(None, write=False) as s:
            rows = s.exec(
                select(Member, PlatformMembership.role)
                .join(PlatformMembership, PlatformMembership.member_id == Member.id)  # type: ignore[arg-type]
                .where(PlatformMembership.platform_id == platform_id)
                .order_by(Member.name)
            ).all()
            return [(m, MembershipRole(r)) for m, r in rows]


def _id(obj: Any) -> uuid.UUID | None:
    return obj.id if obj is not None else None
