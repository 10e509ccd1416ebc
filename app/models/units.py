"""承办单位: government departments that handle suggestions."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase


class HandlingUnitBase(SQLModel):
    name: str = Field(max_length=100)  # uq_handling_unit_name indexes it
    contact: str | None = Field(default=None, max_length=50)
    phone: str | None = Field(default=None, max_length=30)
    notes: str | None = None


class HandlingUnit(HandlingUnitBase, ArchivableBase, table=True):
    __tablename__ = "handling_unit"
    __table_args__ = (sa.UniqueConstraint("name", name="uq_handling_unit_name"),)

    # Derived from `name` by the service: 姓氏笔画 order and finding names by pinyin (services.names).
    name_strokes: str | None = Field(default=None, max_length=400, index=True)
    # Not indexed: it is matched inside (LIKE '% word%'), which no index serves (migration 0012).
    name_key: str | None = Field(default=None, max_length=2000)

    # 主办建议数: the suggestions this unit leads, kept by database triggers in the same transaction as
    # every change of a suggestion's lead unit (migration 0011). Derived: never audited or exported.
    suggestion_count: int = Field(
        default=0,
        exclude=True,
        sa_column=sa.Column(sa.Integer, nullable=False, server_default=sa.text("0")),
    )


class HandlingUnitCreate(HandlingUnitBase):
    pass


class HandlingUnitUpdate(SQLModel):
    name: str | None = None
    contact: str | None = None
    phone: str | None = None
    notes: str | None = None
