"""Users of the app, their role, and (for coordinators) their platform."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlmodel import Field

from app.models._base import ArchivableBase, enum_type
from app.models.enums import UserRole


class User(ArchivableBase, table=True):
    __tablename__ = "app_user"
    __table_args__ = (sa.UniqueConstraint("username", name="uq_user_username"),)

    username: str = Field(max_length=50)
    display_name: str = Field(max_length=50)
    role: UserRole = Field(default=UserRole.CLERK, sa_type=enum_type(UserRole))
    platform_id: uuid.UUID | None = Field(default=None, foreign_key="platform.id")
