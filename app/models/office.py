"""Office-wide settings kept in the database, so clerks sharing one database share them."""

from __future__ import annotations

from sqlmodel import Field

from app.models._base import TableBase


class OfficeSetting(TableBase, table=True):
    __tablename__ = "office_setting"

    key: str = Field(max_length=100, unique=True)
    value: str
