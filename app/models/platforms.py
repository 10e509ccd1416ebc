"""履职平台“站、室、组” and who belongs to them."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, TableBase, enum_type
from app.models.enums import MembershipRole, PlatformKind


class PlatformBase(SQLModel):
    kind: PlatformKind = Field(sa_type=enum_type(PlatformKind), index=True)
    name: str = Field(max_length=100)  # uq_platform_name indexes it
    district: str = Field(max_length=50, index=True)
    township: str | None = Field(default=None, max_length=50)
    address: str | None = Field(default=None, max_length=200)
    coordinator: str | None = Field(default=None, max_length=50)
    phone: str | None = Field(default=None, max_length=30)
    founded_on: date | None = None
    active: bool = True
    notes: str | None = None


class Platform(PlatformBase, ArchivableBase, table=True):
    __tablename__ = "platform"
    __table_args__ = (sa.UniqueConstraint("name", name="uq_platform_name"),)

    # Derived from `name` by the service: 姓氏笔画 order and finding names by pinyin (services.names).
    name_strokes: str | None = Field(default=None, max_length=400, index=True)
    # Not indexed: it is matched inside (LIKE '% word%'), which no index serves (migration 0012).
    name_key: str | None = Field(default=None, max_length=2000)


class PlatformCreate(PlatformBase):
    pass


class PlatformUpdate(SQLModel):
    kind: PlatformKind | None = None
    name: str | None = None
    district: str | None = None
    township: str | None = None
    address: str | None = None
    coordinator: str | None = None
    phone: str | None = None
    founded_on: date | None = None
    active: bool | None = None
    notes: str | None = None


class PlatformMembership(TableBase, table=True):
    """A member's time on a platform's roster. Leaving sets `left_on`; the row stays (duty records)."""

    __tablename__ = "platform_membership"
    __table_args__ = (
        # At most one current (not yet left) membership of a member on a platform; past ones may repeat.
        sa.Index(
            "uq_membership_current",
            "platform_id",
            "member_id",
            unique=True,
            sqlite_where=sa.text("left_on IS NULL"),
            postgresql_where=sa.text("left_on IS NULL"),
        ),
    )

    platform_id: uuid.UUID = Field(foreign_key="platform.id", index=True, ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    role: MembershipRole = Field(default=MembershipRole.MEMBER, sa_type=enum_type(MembershipRole))
    joined_on: date | None = None
    left_on: date | None = None
