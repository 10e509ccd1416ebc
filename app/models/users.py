"""Accounts of the app: who signs in, with which role, and (for coordinators) which platforms.

A password is stored only as an argon2id hash (services.accounts); an account without one cannot sign in
until an administrator sets a password. Failed sign-ins are counted for the lockout.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field

from app.models._base import ArchivableBase, TableBase, UTCDateTime, enum_type
from app.models.enums import UserRole


class User(ArchivableBase, table=True):
    __tablename__ = "app_user"
    __table_args__ = (sa.UniqueConstraint("username", name="uq_user_username"),)

    username: str = Field(max_length=50)
    display_name: str = Field(max_length=50)
    role: UserRole = Field(default=UserRole.CLERK, sa_type=enum_type(UserRole))
    password_hash: str | None = Field(default=None, max_length=255)
    disabled: bool = Field(default=False, nullable=False)
    failed_sign_ins: int = Field(default=0, nullable=False)
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_sign_in_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    password_changed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class UserPlatform(TableBase, table=True):
    """A platform a coordinator looks after (one row per platform)."""

    __tablename__ = "user_platform"
    __table_args__ = (sa.UniqueConstraint("user_id", "platform_id", name="uq_user_platform"),)

    user_id: uuid.UUID = Field(foreign_key="app_user.id", ondelete="CASCADE")  # uq_user_platform indexes it
    platform_id: uuid.UUID = Field(foreign_key="platform.id", index=True)
