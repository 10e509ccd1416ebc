"""承办单位."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.messages import msg
from app.models._base import table_of
from app.models.suggestions import Suggestion
from app.models.units import HandlingUnit, HandlingUnitCreate, HandlingUnitUpdate
from app.services import open_work, permissions
from app.services.crud import CrudService
from app.services.listing import ListSpec, Sort, by_column
from app.services.names import NameChoice, search_key, stroke_sort_text
from app.services.validation import check_phone, clean_text, clean_texts, raise_if

H = table_of(HandlingUnit).c


class HandlingUnitService(CrudService[HandlingUnit, HandlingUnitCreate, HandlingUnitUpdate]):
    model = HandlingUnit
    entity = "handling_unit"
    noun = msg("承办单位")
    area = permissions.Area.UNIT
    derived = ("name_strokes", "name_key")

    def validate(
        self, session: Session, values: dict[str, Any], existing: HandlingUnit | None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        clean_texts(errors, "handling_unit", values, required=("name",))
        values["notes"] = clean_text(values.get("notes"))
        check_phone(errors, "phone", values.get("phone"))
        if values.get("name") and "name" not in errors:
            clash = session.exec(
                select(HandlingUnit.id).where(
                    HandlingUnit.name == values["name"],
                    HandlingUnit.id != (existing.id if existing else None),
                )
            ).first()
            if clash is not None:
                errors["name"] = msg("已有名为“{values}”的承办单位", values=values["name"])
        raise_if(errors)
        values["name_strokes"] = stroke_sort_text(values["name"])
        values["name_key"] = search_key(values["name"])
        return values

    def open_work(self, session: Session, obj: HandlingUnit) -> list[str]:
        return open_work.unit(session, obj.id)

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
            columns={**columns, "name": H.name_strokes},  # names sort in 姓氏笔画 order
            search=[H.name, H.contact],
            name_keys=[H.name_key],
            filters={},
            default=Sort(by_column(H.name_strokes)),
            platform=None,  # a reference list: coordinators read it whole
            archived=H.archived_at,
        )

    def choices(self) -> list[tuple[uuid.UUID, str]]:
        """(id, name) of the active units, for pickers, in 姓氏笔画 order."""
        return [(c.id, c.label) for c in self.name_choices()]

    def name_choices(self) -> list[NameChoice]:
        """`choices` with each name's search key, for choosers that find names as people type them."""
        stmt = (
            sa.select(H.id, H.name, H.name_key)
            .where(H.archived_at.is_(None))
            .order_by(H.name_strokes, H.name)
        )
        with self.unit_of_work(None, write=False) as s:
            return [NameChoice(r.id, r.name, r.name_key) for r in s.execute(stmt).all()]

    def find_or_create(self, name: str, *, session: Session) -> HandlingUnit:
        """Units named by text (imports, demo) are matched by name, created when new."""
        name = name.strip()
        unit = session.exec(select(HandlingUnit).where(HandlingUnit.name == name)).first()
        if unit is None:
            unit = self.create(HandlingUnitCreate(name=name), session=session)
        return unit
