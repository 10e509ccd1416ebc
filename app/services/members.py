"""政协委员."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.messages import msg
from app.models._base import table_of
from app.models.members import Member, MemberCreate, MemberUpdate
from app.models.platforms import Platform, PlatformMembership
from app.services import open_work, permissions, rosters
from app.services.crud import CrudService
from app.services.listing import ListSpec, Sort, by_column
from app.services.names import NameChoice, search_key, stroke_sort_text
from app.services.validation import check_phone, clean_text, clean_texts, raise_if

M = table_of(Member).c
PM = table_of(PlatformMembership).c


class MemberService(CrudService[Member, MemberCreate, MemberUpdate]):
    model = Member
    entity = "member"
    noun = msg("委员")
    area = permissions.Area.MEMBER
    derived = ("name_strokes", "name_key")

    def validate(self, session: Session, values: dict[str, Any], existing: Member | None) -> dict[str, Any]:
        errors: dict[str, str] = {}
        clean_texts(errors, "member", values, required=("name",))
        values["notes"] = clean_text(values.get("notes"))
        check_phone(errors, "phone", values.get("phone"))
        raise_if(errors)
        values["name_strokes"] = stroke_sort_text(values["name"])
        values["name_key"] = search_key(values["name"])
        return values

    def open_work(self, session: Session, obj: Member) -> list[str]:
        return open_work.member(session, obj.id)

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
        visible = permissions.restrict(self.actor).platform_clauses(PlatformMembership.platform_id)

        def platform_names(s: Session, rows: list[dict[str, Any]]) -> None:
            """Each row's current 站室组 by name (in 姓氏笔画 order), as far as the reader may see them."""
            pl = table_of(Platform).c
            stmt = (
                sa.select(PM.member_id, pl.name)
                .join(table_of(Platform), pl.id == PM.platform_id)
                .where(PM.member_id.in_([r["id"] for r in rows]), rosters.current_clause(today), *visible)
                .order_by(pl.name_strokes, pl.name)
            )
            names: dict[Any, list[str]] = {}
            for member_id, name in s.execute(stmt).all():
                names.setdefault(member_id, []).append(name)
            for row in rows:
                row["platform_names"] = "、".join(names.get(row["id"], []))

        return ListSpec(
            table=table_of(Member),
            fields=[M.id, M.version, M.archived_at, *(c.label(k) for k, c in columns.items())],
            joins=[],
            # names sort in 姓氏笔画 order; 所在站室组 by how many
            columns={**columns, "name": M.name_strokes, "platform_names": platforms},
            search=[M.name, M.sector, M.party, M.workplace],
            name_keys=[M.name_key],
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
            attach=platform_names,
        )

    def choices(self, platform_id: uuid.UUID | None = None) -> list[tuple[uuid.UUID, str]]:
        """Active members for pickers (姓氏笔画 order); with `platform_id`, its current members."""
        return [(c.id, c.label) for c in self.name_choices(platform_id)]

    def name_choices(self, platform_id: uuid.UUID | None = None) -> list[NameChoice]:
        """`choices` with each name's search key, for choosers that find names as people type them."""
        stmt = sa.select(M.id, M.name, M.sector, M.name_key).where(M.archived_at.is_(None))
        if platform_id is not None:
            permissions.require_read(self.actor, platform_id)
            stmt = stmt.join(table_of(PlatformMembership), PM.member_id == M.id).where(
                PM.platform_id == platform_id, rosters.current_clause(date.today())
            )
        with self.unit_of_work(None, write=False) as s:
            rows = s.execute(stmt.order_by(M.name_strokes, M.id)).all()
            return [
                NameChoice(r.id, f"{r.name}（{r.sector}）" if r.sector else r.name, r.name_key) for r in rows
            ]

    def sectors(self) -> list[str]:
        with self.unit_of_work(None, write=False) as s:
            rows = s.exec(select(Member.sector).where(Member.sector.is_not(None)).distinct()).all()  # type: ignore[union-attr]
            return sorted(r for r in rows if r)
