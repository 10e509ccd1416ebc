"""Users and their roles; only administrators manage them."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from app.models._base import table_of
from app.models.enums import UserRole
from app.models.users import User
from app.services.actor import Actor
from app.services.crud import CrudService
from app.services.listing import ListSpec
from app.services.validation import raise_if, require_text

UT = table_of(User).c


class UserCreate(SQLModel):
    username: str
    display_name: str
    role: UserRole = UserRole.CLERK
    platform_id: Any = None


class UserUpdate(SQLModel):
    display_name: str | None = None
    role: UserRole | None = None
    platform_id: Any = None


class UserService(CrudService[User, UserCreate, UserUpdate]):
    model = User
    entity = "app_user"
    noun = "用户"

    def check_permission(self, session: Session, values: dict[str, Any], existing: User | None) -> None:
        self.actor.require_admin()

    def validate(self, session: Session, values: dict[str, Any], existing: User | None) -> dict[str, Any]:
        errors: dict[str, str] = {}
        values["username"] = require_text(errors, "username", values.get("username"), 50)
        values["display_name"] = require_text(errors, "display_name", values.get("display_name"), 50)
        if values.get("role") is UserRole.COORDINATOR and values.get("platform_id") is None:
            errors["platform_id"] = "平台联络员必须指定所属站室组"
        if values.get("username") and "username" not in errors:
            clash = session.exec(
                select(User.id).where(
                    User.username == values["username"], User.id != (existing.id if existing else None)
                )
            ).first()
            if clash is not None:
                errors["username"] = f"用户名“{values['username']}”已被使用"
        raise_if(errors)
        return values

    def list_spec(self) -> ListSpec:
        columns = {"username": UT.username, "display_name": UT.display_name, "role": UT.role}
        return ListSpec(
            select=lambda: sa.select(
                UT.id, UT.version, UT.archived_at, *(c.label(k) for k, c in columns.items())
            ),
            columns=columns,
            search=[UT.username, UT.display_name],
            filters={"role": lambda v: UT.role == UserRole(v).value},
            default_sort=[UT.username],
            tiebreak=UT.id,
            archived=UT.archived_at,
        )

    def actor_for(self, username: str, fallback: Actor) -> Actor:
        """The actor for a signed-in OS user: their stored role, or the fallback on a fresh database."""
        with self.unit_of_work(None, write=False) as s:
            user = s.exec(select(User).where(User.username == username, User.archived_at.is_(None))).first()  # type: ignore[union-attr]
            if user is None:
                return fallback
            return Actor(
                username=user.username,
                display_name=user.display_name,
                role=user.role,
                platform_id=user.platform_id,
            )
