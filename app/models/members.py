"""政协委员."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, enum_type
from app.models.enums import Gender


class MemberBase(SQLModel):
    name: str = Field(max_length=50, index=True)
    gender: Gender | None = Field(default=None, sa_type=enum_type(Gender))
    sector: str | None = Field(default=None, max_length=50, index=True)
    party: str | None = Field(default=None, max_length=50)
    term: str | None = Field(default=None, max_length=30)
    workplace: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=30)
    notes: str | None = None


class Member(MemberBase, ArchivableBase, table=True):
    __tablename__ = "member"

    # Derived from `name` by the service: lets lists sort by 姓氏笔画 in SQL, and find names by pinyin
    # (services.names.search_key).
    name_strokes: str | None = Field(default=None, max_length=400, index=True)
    # Not indexed: it is matched inside (LIKE '% word%'), which no index serves (migration 0012).
    name_key: str | None = Field(default=None, max_length=2000)


class MemberCreate(MemberBase):
    pass


class MemberUpdate(SQLModel):
    name: str | None = None
    gender: Gender | None = None
    sector: str | None = None
    party: str | None = None
    term: str | None = None
    workplace: str | None = None
    phone: str | None = None
    notes: str | None = None
