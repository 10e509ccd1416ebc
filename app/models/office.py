"""Office-wide settings kept in the database, so clerks sharing one database share them."""

from __future__ import annotations

from sqlmodel import Field

from app.models._base import TableBase


class OfficeSetting(TableBase, table=True):
    __tablename__ = "office_setting"

    key: str = Field(max_length=100, unique=True)
    value: str


class ImportProfile(TableBase, table=True):
    """A saved import mapping (导入方案): how one station's ledger is read, by column titles, as JSON."""

    __tablename__ = "import_profile"

    name: str = Field(max_length=100, unique=True)
    content: str
