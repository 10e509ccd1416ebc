"""承办单位."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.models._base import table_of
from app.models.suggestions import Suggestion
from app.models.units import HandlingUnit, HandlingUnitCreate, HandlingUnitUpdate
from app.services import permissions
from app.services.crud import CrudService
from app.services.listing import ListSpec, Sort, by_column
from app.services.validation import check_length, clean_text, raise_if, require_text

H = table_of(HandlingUnit).c


class HandlingUnitService(CrudService[HandlingUnit, HandlingUnitCreate, HandlingUnitUpdate]):
    model = HandlingUnit
    entity = "handling_unit"
    noun = "承办单位"
    area = permissions.Area.UNIT

    def validate(
        self, session: Session, values: dict[str, Any], existing: HandlingUnit | None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        values["name"] = require_text(errors, "name", values.get("name"), 100)
        for key, limit in (("contact", 50), ("phone", 30)):
            values[key] = clean_text(values.get(key))
            check_length(errors, key, values[key], limit)
        values["notes"] = clean_text(values.get("notes"))
        if values.get("name") and "name" not in errors:
            clash = session.exec(
                select(HandlingUnit.id).where(
                    HandlingUnit.name == values["name"],
                    HandlingUnit.id != (existing.id if existing else None),
                )
            ).first()
            if clash is not None:
                errors["name"] = f"已有名为“{values['name']}”的承办单位"
        raise_if(errors)
        return values

    def list_spec(self) -> ListSpec:
        scope = permissions.restrict(self.actor)
        # 主办建议数: stored (triggers, migration 0011) for a reader who sees every platform; counted
        # for one who sees only theirs.
        open_items: Any = H.suggestion_count
        if scope.narrowed:
            open_items = (
                sa.select(sa.func.count())
                .where(
                    Suggestion.lead_unit_id == HandlingUnit.id,  # type: ignore[arg-type]
                    *scope.platform_clauses(Suggestion.platform_id),
                )
                .scalar_subquery()
            )
        columns = {"name": H.name, "contact": H.contact, "phone": H.phone, "suggestion_count": open_items}
        return ListSpec(
            table=table_of(HandlingUnit),
            fields=[H.id, H.version, H.archived_at, *(c.label(k) for k, c in columns.items())],
            joins=[],
            columns=columns,
            search=[H.name, H.contact],
            filters={},
            sorts={"name": by_column(H.name, nullable=False)},
            default=Sort(by_column(H.name, nullable=False)),
            platform=None,  # a reference list: coordinators read it whole
            archived=H.archived_at,
        )

    def choices(self) -> list[tuple[uuid.UUID, str]]:
        with self.unit_of_work(None, write=False) as s:
            rows = s.exec(
                select(HandlingUnit.id, HandlingUnit.name)
                .where(HandlingUnit.archived_at.is_(None))  # type: ignore[union-attr]
                .order_by(HandlingUnit.name)
            ).all()
            return [(r[0], r[1]) for r in rows]

    def find_or_create(self, name: str, *, session: Session) -> HandlingUnit:
        """Units named by text (imports, demo) are matched by name, created when new."""
        name = name.strip()
        unit = session.exec(select(HandlingUnit).where(HandlingUnit.name == name)).first()
        if unit is None:
            unit = self.create(HandlingUnitCreate(name=name), session=session)
        return unit
