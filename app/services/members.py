"""政协委员."""

from __future__ import annotations

import re
import uuid
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.models._base import table_of
from app.models.members import Member, MemberCreate, MemberUpdate
from app.models.platforms import PlatformMembership
from app.services import permissions, rosters
from app.services.crud import CrudService
from app.services.listing import ListSpec, Sort, by_column
from app.services.names import stroke_sort_text
from app.services.validation import check_length, clean_text, raise_if, require_text

M = table_of(Member).c
PHONE = re.compile(r"^[0-9+\-() ]{5,30}$")


class MemberService(CrudService[Member, MemberCreate, MemberUpdate]):
    model = Member
    entity = "member"
    noun = "委员"
    area = permissions.Area.MEMBER
    derived = ("name_strokes",)

    def validate(self, session: Session, values: dict[str, Any], existing: Member | None) -> dict[str, Any]:
        errors: dict[str, str] = {}
        values["name"] = require_text(errors, "name", values.get("name"), 50)
        for key, limit in (("sector", 50), ("party", 50), ("term", 30), ("workplace", 200), ("phone", 30)):
            values[key] = clean_text(values.get(key))
            check_length(errors, key, values[key], limit)
        values["notes"] = clean_text(values.get("notes"))
        if values.get("phone") and not PHONE.match(values["phone"]):
            errors["phone"] = "联系电话只能包含数字、空格和 + - ( )"
        raise_if(errors)
        values["name_strokes"] = stroke_sort_text(values["name"])
        return values

    def list_spec(self) -> ListSpec:
        today = date.today()
        platforms = (
            sa.select(sa.func.count())
            .where(
                PlatformMembership.member_id == Member.id,  # type: ignore[arg-type]
                rosters.current_clause(today),
                *permissions.restrict(self.actor).platform_clauses(PlatformMembership.platform_id),
            )
            .scalar_subquery()
        )
        columns = {
            "name": M.name,
            "gender": M.gender,
            "sector": M.sector,
            "party": M.party,
            "term": M.term,
            "workplace": M.workplace,
            "phone": M.phone,
            "platform_count": platforms,
        }
        return ListSpec(
            table=table_of(Member),
            fields=[M.id, M.version, M.archived_at, *(c.label(k) for k, c in columns.items())],
            joins=[],
            columns={**columns, "name": M.name_strokes},  # names sort in 姓氏笔画 order
            search=[M.name, M.sector, M.party, M.workplace],
            filters={
                "sector": lambda v: M.sector == v,
                "party": lambda v: M.party == v,
                "platform_id": lambda v: M.id.in_(
                    sa.select(PlatformMembership.member_id).where(  # type: ignore[call-overload]
                        PlatformMembership.platform_id == uuid.UUID(str(v)), rosters.current_clause(today)
                    )
                ),
            },
            default=Sort(by_column(M.name_strokes)),
            platform=None,  # a reference list: coordinators read it whole
            archived=M.archived_at,
        )

    def choices(self, platform_id: uuid.UUID | None = None) -> list[tuple[uuid.UUID, str]]:
        """Active members for pickers; with `platform_id`, that platform's current members."""
        with self.unit_of_work(None, write=False) as s:
            stmt = select(Member.id, Member.name, Member.sector).where(Member.archived_at.is_(None))  # type: ignore[union-attr]
            if platform_id is not None:
                permissions.require_read(self.actor, platform_id)
                stmt = stmt.join(PlatformMembership, PlatformMembership.member_id == Member.id).where(  # type: ignore[arg-type]
                    PlatformMembership.platform_id == platform_id, rosters.current_clause(date.today())
                )
            rows = s.exec(stmt.order_by(Member.name)).all()
            return [(r[0], f"{r[1]}（{r[2]}）" if r[2] else r[1]) for r in rows]

    def sectors(self) -> list[str]:
        with self.unit_of_work(None, write=False) as s:
            rows = s.exec(select(Member.sector).where(Member.sector.is_not(None)).distinct()).all()  # type: ignore[union-attr]
            return sorted(r for r in rows if r)
