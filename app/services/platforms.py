"""站室组: the grassroots platforms and their members."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.glossary import PLATFORM
from app.messages import msg
from app.models._base import table_of
from app.models.enums import PlatformKind
from app.models.platforms import Platform, PlatformCreate, PlatformMembership, PlatformUpdate
from app.services import open_work, permissions, rosters
from app.services.crud import CrudService
from app.services.listing import ListSpec, Part, Sort
from app.services.names import NameChoice, search_key, stroke_sort_text
from app.services.validation import check_phone, clean_text, clean_texts, raise_if

P = table_of(Platform).c


class PlatformService(CrudService[Platform, PlatformCreate, PlatformUpdate]):
    model = Platform
    entity = "platform"
    noun = msg("站室组")
    area = permissions.Area.PLATFORM
    derived = ("name_strokes", "name_key")

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        return values.get("id")

    def validate(self, session: Session, values: dict[str, Any], existing: Platform | None) -> dict[str, Any]:
        errors: dict[str, str] = {}
        clean_texts(errors, "platform", values, required=("name", "district"))
        values["notes"] = clean_text(values.get("notes"))
        check_phone(errors, "phone", values.get("phone"))
        if values.get("kind") is None:
            errors["kind"] = msg(
                "请选择{platform}类型（委员驿站、委员工作室或委员联络组）", platform=PLATFORM
            )
        if values.get("name") and "name" not in errors:
            clash = session.exec(
                select(Platform.id).where(Platform.name == values["name"], Platform.id != _id(existing))
            ).first()
            if clash is not None:
                errors["name"] = msg(
                    "已有名为“{values}”的{platform}", values=values["name"], platform=PLATFORM
                )
        raise_if(errors)
        values["name_strokes"] = stroke_sort_text(values["name"])
        values["name_key"] = search_key(values["name"])
        return values

    def open_work(self, session: Session, obj: Platform) -> list[str]:
        return open_work.platform(session, obj.id)

    def list_spec(self) -> ListSpec:
        members = (
            sa.select(sa.func.count())
            .where(PlatformMembership.platform_id == Platform.id, rosters.current_clause(date.today()))  # type: ignore[arg-type]
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
            table=table_of(Platform),
            fields=[P.id, P.version, P.archived_at, *(c.label(k) for k, c in columns.items())],
            joins=[],
            columns=columns,
            search=[P.name, P.district, P.township, P.address, P.coordinator],
            name_keys=[P.name_key],
            filters={
                "kind": lambda v: P.kind == PlatformKind(v).value,
                "district": lambda v: P.district == v,
                "active": lambda v: P.active.is_(bool(v)),
            },
            default=Sort((Part(None, (P.district, P.kind, P.name_strokes, P.name)),)),
            platform=P.id,
            archived=P.archived_at,
        )

    def districts(self) -> list[str]:
        """The districts of the platforms the reader may see."""
        stmt = sa.select(P.district).where(*self._visible()).distinct().order_by(P.district)
        with self.unit_of_work(None, write=False) as s:
            return list(s.execute(stmt).scalars())

    def choices(self) -> list[tuple[uuid.UUID, str]]:
        """(id, name) of the active platforms the reader may see, for pickers, in 姓氏笔画 order."""
        return [(c.id, c.label) for c in self.name_choices()]

    def name_choices(self) -> list[NameChoice]:
        """`choices` with each name's search key, for choosers that find names as people type them."""
        stmt = (
            sa.select(P.id, P.name, P.name_key)
            .where(P.archived_at.is_(None), *self._visible())
            .order_by(P.name_strokes, P.name)
        )
        with self.unit_of_work(None, write=False) as s:
            return [NameChoice(r.id, r.name, r.name_key) for r in s.execute(stmt).all()]

    def _visible(self) -> list[Any]:
        return permissions.restrict(self.actor).platform_clauses(P.id)


def _id(obj: Any) -> uuid.UUID | None:
    return obj.id if obj is not None else None
