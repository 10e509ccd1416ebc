"""Who belongs where: each platform's roster (召集人, 站长, 联络员, 成员) with joined and left dates.

A membership is current until its `left_on` (the day the member left; a member is on the roster up to
that day). Leaving never deletes the row, so who sat on a platform when stays true for duty records,
and a member may rejoin later (a new row). Queries that need "the platform's members" use one of the
two clauses here: `current_clause` (today's roster: sign-in sheets, member counts, pickers) or
`scope_clause` (a scope with a period: who sat on the platform at any time in it).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.enums import AuditAction, MembershipRole
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.errors import ConflictError, NotFoundError
from app.services.names import stroke_key
from app.services.scope import Scope
from app.services.validation import raise_if

PM = table_of(PlatformMembership).c
ROLE_ORDER = {role: i for i, role in enumerate(MembershipRole)}  # 召集人, 站长, 联络员, 成员


def current_clause(today: date, pm: Any = PM) -> sa.ColumnElement[bool]:
    """Memberships on the roster today."""
    return sa.and_(
        sa.or_(pm.joined_on.is_(None), pm.joined_on <= today),
        sa.or_(pm.left_on.is_(None), pm.left_on > today),
    )


def scope_clause(scope: Scope, today: date, pm: Any = PM) -> sa.ColumnElement[bool]:
    """Memberships counting for `scope`: today's roster without a period, else any overlapping it."""
    if scope.date_from is None and scope.date_to is None:
        return current_clause(today, pm)
    clauses: list[sa.ColumnElement[bool]] = []
    if scope.date_to is not None:
        clauses.append(sa.or_(pm.joined_on.is_(None), pm.joined_on <= scope.date_to))
    if scope.date_from is not None:
        clauses.append(sa.or_(pm.left_on.is_(None), pm.left_on > scope.date_from))
    return sa.and_(*clauses)


def members_in(scope: Scope, today: date) -> sa.Select[Any]:
    """Ids of the members of the scope's platforms (see scope_clause), for `Member.id IN (…)`."""
    return sa.select(PM.member_id).where(scope_clause(scope, today), *scope.platform_clauses(PM.platform_id))


@dataclass(frozen=True)
class RosterEntry:
    id: uuid.UUID
    version: int
    platform_id: uuid.UUID
    platform_name: str
    member_id: uuid.UUID
    member_name: str
    sector: str | None
    role: MembershipRole
    joined_on: date | None
    left_on: date | None

    def is_current(self, today: date) -> bool:
        return (self.joined_on is None or self.joined_on <= today) and (
            self.left_on is None or self.left_on > today
        )


class RosterService:
    def __init__(self, db: Database, actor: Actor, *, today: Any = date.today) -> None:
        self.db = db
        self.actor = actor
        self._today = today

    def today(self) -> date:
        return self._today()  # type: ignore[no-any-return]

    # -- reading ----------------------------------------------------------------------------------
    def roster(self, platform_id: uuid.UUID, *, include_former: bool = False) -> list[RosterEntry]:
        """A platform's members: by role (召集人 first), then 姓氏笔画; former members last."""
        permissions.require_read(self.actor, platform_id)
        entries = self._entries(PM.platform_id == platform_id, include_former)
        today = self.today()
        return sorted(
            entries,
            key=lambda e: (not e.is_current(today), ROLE_ORDER[e.role], stroke_key(e.member_name), e.id),
        )

    def memberships(self, member_id: uuid.UUID, *, include_former: bool = False) -> list[RosterEntry]:
        """The platforms a member belongs (or belonged) to that the reader may see."""
        where: list[Any] = [PM.member_id == member_id]
        visible = permissions.visible_platforms(self.actor)
        if visible is not None:
            where.append(PM.platform_id.in_(sorted(visible)))
        today = self.today()
        entries = self._entries(sa.and_(*where), include_former)
        return sorted(entries, key=lambda e: (not e.is_current(today), e.platform_name, e.id))

    def members_of(self, platform_id: uuid.UUID) -> list[tuple[Member, MembershipRole]]:
        """Today's members of a platform with their role, in 姓氏笔画 order."""
        permissions.require_read(self.actor, platform_id)
        with self.db.session(write=False) as s:
            rows = s.exec(
                select(Member, PlatformMembership.role)
                .join(PlatformMembership, PlatformMembership.member_id == Member.id)  # type: ignore[arg-type]
                .where(PlatformMembership.platform_id == platform_id, current_clause(self.today()))
            ).all()
            return sorted(((m, MembershipRole(r)) for m, r in rows), key=lambda x: stroke_key(x[0].name))

    def _entries(self, where: Any, include_former: bool) -> list[RosterEntry]:
        M, P = table_of(Member).c, table_of(Platform).c
        stmt = (
            sa.select(PM.id, PM.version, PM.platform_id, P.name.label("platform_name"), PM.member_id,
                      M.name.label("member_name"), M.sector, PM.role, PM.joined_on, PM.left_on)
            .join(table_of(Member), M.id == PM.member_id)
            .join(table_of(Platform), P.id == PM.platform_id)
            .where(where)
        )  # fmt: skip
        if not include_former:
            stmt = stmt.where(sa.or_(PM.left_on.is_(None), PM.left_on > self.today()))
        with self.db.session(write=False) as s:
            return [
                RosterEntry(**{**r._mapping, "role": MembershipRole(getattr(r.role, "value", r.role))})
                for r in s.execute(stmt).all()
            ]

    # -- changing ---------------------------------------------------------------------------------
    def add_member(
        self,
        platform_id: uuid.UUID,
        member_id: uuid.UUID,
        role: MembershipRole = MembershipRole.MEMBER,
        *,
        joined_on: date | None = None,
    ) -> PlatformMembership:
        """Put a member on a platform's roster; already on it, their role (and joined date) change."""
        with self.db.session() as s:
            permissions.require_change(self.actor, permissions.Area.MEMBERSHIP, platform_id)
            if s.get(Platform, platform_id) is None:
                raise NotFoundError(msg("找不到该站室组（可能已被删除）。"))
            member = s.get(Member, member_id)
            if member is None:
                raise_if({"member_id": msg("找不到该委员")})
            assert member is not None
            errors: dict[str, str] = {}
            if member.archived_at is not None:
                errors["member_id"] = msg("委员“{name}”已归档，不能加入名册", name=member.name)
            if joined_on is not None and joined_on > self.today():
                errors["joined_on"] = msg("加入日期不能晚于今天")
            raise_if(errors)
            link = s.exec(
                select(PlatformMembership).where(
                    PlatformMembership.platform_id == platform_id,
                    PlatformMembership.member_id == member_id,
                    PlatformMembership.left_on.is_(None),  # type: ignore[union-attr]
                )
            ).first()
            before = audit.snapshot(link)
            if link is None:
                if joined_on is not None:  # rejoining with no date simply starts after the last stay
                    self._check_overlap(s, platform_id, member_id, joined_on, None, None)
                link = PlatformMembership(
                    platform_id=platform_id, member_id=member_id, role=role, joined_on=joined_on
                )
                s.add(link)
            else:
                link.role = role
                if joined_on is not None:
                    link.joined_on = joined_on
            s.flush()
            after = audit.snapshot(link)
            if before != after:
                action = AuditAction.CREATE if before is None else AuditAction.UPDATE
                audit.record(
                    s, self.actor, action, "platform_membership", link.id, before=before, after=after
                )
            return link

    def update_membership(
        self,
        membership_id: uuid.UUID,
        *,
        role: MembershipRole,
        joined_on: date | None,
        left_on: date | None,
        expected_version: int | None = None,
    ) -> PlatformMembership:
        """Correct a membership's role and dates (a left date ends it; clearing it puts it back)."""
        with self.db.session() as s:
            link = self._load(s, membership_id, expected_version)
            errors: dict[str, str] = {}
            today = self.today()
            if joined_on is not None and joined_on > today:
                errors["joined_on"] = msg("加入日期不能晚于今天")
            if left_on is not None and left_on > today:
                errors["left_on"] = msg("离开日期不能晚于今天")
            if joined_on is not None and left_on is not None and left_on < joined_on:
                errors["left_on"] = msg("离开日期不能早于加入日期")
            raise_if(errors)
            self._check_overlap(s, link.platform_id, link.member_id, joined_on, left_on, link.id)
            before = audit.snapshot(link)
            link.role, link.joined_on, link.left_on = role, joined_on, left_on
            s.flush()
            after = audit.snapshot(link)
            if after != before:
                audit.record(s, self.actor, AuditAction.UPDATE, "platform_membership", link.id,
                             before=before, after=after)  # fmt: skip
            return link

    def leave(
        self, membership_id: uuid.UUID, left_on: date | None = None, *, expected_version: int | None = None
    ) -> PlatformMembership:
        """The member left the platform on `left_on` (default today); the row stays, with that date."""
        with self.db.session() as s:
            link = self._load(s, membership_id, expected_version)
            role, joined = link.role, link.joined_on
        return self.update_membership(
            membership_id, role=role, joined_on=joined, left_on=left_on or self.today(),
            expected_version=expected_version,
        )  # fmt: skip

    def remove_member(
        self, platform_id: uuid.UUID, member_id: uuid.UUID, left_on: date | None = None
    ) -> None:
        """Take a member off a platform's current roster (the membership ends; its history stays)."""
        permissions.require_change(self.actor, permissions.Area.MEMBERSHIP, platform_id)
        with self.db.session(write=False) as s:
            link = s.exec(
                select(PlatformMembership).where(
                    PlatformMembership.platform_id == platform_id,
                    PlatformMembership.member_id == member_id,
                    PlatformMembership.left_on.is_(None),  # type: ignore[union-attr]
                )
            ).first()
        if link is not None:
            self.leave(link.id, left_on)

    def _load(self, s: Session, membership_id: uuid.UUID, expected_version: int | None) -> PlatformMembership:
        link = s.get(PlatformMembership, membership_id)
        if link is None:
            raise NotFoundError(msg("找不到该成员记录（可能已被删除）。"))
        permissions.require_change(self.actor, permissions.Area.MEMBERSHIP, link.platform_id)
        if expected_version is not None and link.version != expected_version:
            raise ConflictError(msg("该成员记录已被他人修改，请刷新后重试。"))
        return link

    @staticmethod
    def _check_overlap(
        s: Session,
        platform_id: uuid.UUID,
        member_id: uuid.UUID,
        joined_on: date | None,
        left_on: date | None,
        own_id: uuid.UUID | None,
    ) -> None:
        """Two memberships of one member on one platform may not cover the same days."""
        others = s.exec(
            select(PlatformMembership).where(
                PlatformMembership.platform_id == platform_id,
                PlatformMembership.member_id == member_id,
                PlatformMembership.id != own_id,
            )
        ).all()
        start, end = joined_on or date.min, left_on or date.max
        for other in others:
            o_start, o_end = other.joined_on or date.min, other.left_on or date.max
            if start < o_end and o_start < end:
                raise_if({"joined_on": msg("该委员在这段时间已在名册中（与另一条成员记录的日期重叠）")})
