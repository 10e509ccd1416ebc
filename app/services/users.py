"""Managing accounts (administrators only): create, edit, disable, reset passwords; and one's own password.

Usernames never change once made (the audit trail names people by them). At least one administrator who
can sign in always remains. Every change is audited without the password hash.
"""

from __future__ import annotations

import builtins
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.enums import AuditAction, UserRole
from app.models.platforms import Platform
from app.models.users import User, UserPlatform
from app.services import accounts, audit, permissions
from app.services.actor import Actor
from app.services.errors import ConflictError, NotFoundError
from app.services.listing import ListQuery, ListSpec, Page, Sort, by_column, run_list
from app.services.validation import raise_if

UT = table_of(User).c
UP = table_of(UserPlatform).c
PL = table_of(Platform).c
USERNAME = re.compile(r"^[^\s/\\:*?\"<>|]{1,50}$")


class UserCreate(SQLModel):
    username: str
    display_name: str = ""
    role: UserRole = UserRole.CLERK
    platform_ids: list[uuid.UUID] = []
    password: str | None = None  # None: the account cannot sign in until a password is set


class UserUpdate(SQLModel):
    display_name: str | None = None
    role: UserRole | None = None
    platform_ids: list[uuid.UUID] | None = None


@dataclass(frozen=True)
class UserInfo:
    """An account as screens show it (never the hash)."""

    id: uuid.UUID
    version: int
    username: str
    display_name: str
    role: UserRole
    platform_ids: tuple[uuid.UUID, ...]
    disabled: bool
    has_password: bool
    failed_sign_ins: int
    locked_until: datetime | None
    last_sign_in_at: datetime | None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def check_username(
    s: Session, username: str | None, own_id: uuid.UUID | None, *, allow_passwordless: bool = False
) -> str:
    name = (username or "").strip()
    if not name:
        raise_if({"username": msg("用户名不能为空")})
    if not USERNAME.match(name):
        raise_if({"username": msg('用户名最多 50 个字符，不能含空格和 / \\ : * ? " < > | 等符号')})
    clash = s.exec(select(User).where(User.username == name, User.id != own_id)).first()
    if clash is not None and not (allow_passwordless and clash.password_hash is None):
        raise_if({"username": msg("用户名“{name}”已被使用", name=name)})
    return name


def user_snapshot(s: Session, user: User) -> dict[str, Any]:
    """What the audit trail keeps of an account: no hash, no counters."""
    platforms = sorted(
        str(p) for p in s.exec(select(UserPlatform.platform_id).where(UserPlatform.user_id == user.id))
    )
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role.value,
        "platform_ids": platforms,
        "disabled": user.disabled,
        "archived_at": user.archived_at.isoformat() if user.archived_at else None,
        "has_password": user.password_hash is not None,
    }


def account_state(row: dict[str, Any], now: datetime) -> str:
    """正常 / 已停用 / 已锁定 / 未设密码, as the accounts page and `users list` show it."""
    if row.get("disabled") or row.get("archived_at"):
        return "已停用"
    if not row.get("has_password"):
        return "未设密码"
    locked = row.get("locked_until")
    if locked is not None and (locked if locked.tzinfo else locked.replace(tzinfo=UTC)) > now:
        return "已锁定"
    return "正常"


class UserService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- reading ----------------------------------------------------------------------------------
    def list_spec(self) -> ListSpec:
        columns = {
            "username": UT.username,
            "display_name": UT.display_name,
            "role": UT.role,
            "disabled": UT.disabled,
            "locked_until": UT.locked_until,
            "last_sign_in_at": UT.last_sign_in_at,
            "has_password": UT.password_hash.is_not(None),
        }
        return ListSpec(
            table=table_of(User),
            fields=[UT.id, UT.version, UT.archived_at, *(c.label(k) for k, c in columns.items())],
            joins=[],
            columns=columns,
            search=[UT.username, UT.display_name],
            filters={"role": lambda v: UT.role == UserRole(v).value},
            default=Sort(by_column(UT.username, nullable=False)),
            platform=None,
            archived=UT.archived_at,
        )

    def list(self, query: ListQuery | None = None) -> Page:
        """Accounts with the names of the platforms each coordinator looks after (`platforms`)."""
        permissions.require_accounts(self.actor)
        with self.db.session(write=False) as s:
            page = run_list(s, self.list_spec(), query or ListQuery())
            names: dict[uuid.UUID, list[str]] = {}
            ids = [r["id"] for r in page.rows]
            if ids:
                for uid, name in s.execute(
                    sa.select(UP.user_id, PL.name).join(table_of(Platform), PL.id == UP.platform_id)
                    .where(UP.user_id.in_(ids)).order_by(PL.name)
                ).all():  # fmt: skip
                    names.setdefault(uid, []).append(name)
            now = datetime.now(UTC)
            for row in page.rows:
                row["platforms"] = "、".join(names.get(row["id"], []))
                row["state"] = account_state(row, now)
            return page

    def get(self, user_id: uuid.UUID) -> UserInfo:
        permissions.require_accounts(self.actor)
        with self.db.session(write=False) as s:
            return self._info(s, self._load(s, user_id))

    def find(self, username: str) -> UserInfo:
        permissions.require_accounts(self.actor)
        with self.db.session(write=False) as s:
            user = s.exec(select(User).where(User.username == (username or "").strip())).first()
            if user is None:
                raise NotFoundError(msg("没有名为“{username}”的账户。", username=username))
            return self._info(s, user)

    @staticmethod
    def _info(s: Session, user: User) -> UserInfo:
        platforms = tuple(
            s.exec(select(UserPlatform.platform_id).where(UserPlatform.user_id == user.id)).all()
        )
        return UserInfo(
            user.id, user.version, user.username, user.display_name, user.role, platforms,
            user.disabled or user.archived_at is not None, user.password_hash is not None,
            user.failed_sign_ins, user.locked_until, user.last_sign_in_at,
        )  # fmt: skip

    # -- changing ---------------------------------------------------------------------------------
    def create(self, data: UserCreate) -> UserInfo:
        permissions.require_accounts(self.actor)
        if data.password is not None:
            accounts.check_password_rules(data.password)
        with self.db.session() as s:
            name = check_username(s, data.username, None)
            user = User(
                username=name, display_name=self._display_name(data.display_name, name), role=data.role
            )
            if data.password is not None:
                user.password_hash = accounts.hash_password(data.password)
                user.password_changed_at = datetime.now(UTC)
            s.add(user)
            s.flush()
            self._set_platforms(s, user, data.platform_ids)
            audit.record(s, self.actor, AuditAction.CREATE, "app_user", user.id, after=user_snapshot(s, user))
            return self._info(s, user)

    def update(
        self, user_id: uuid.UUID, data: UserUpdate, *, expected_version: int | None = None
    ) -> UserInfo:
        permissions.require_accounts(self.actor)
        with self.db.session() as s:
            user = self._load(s, user_id, expected_version)
            before = user_snapshot(s, user)
            if data.display_name is not None:
                user.display_name = self._display_name(data.display_name, user.username)
            if data.role is not None and data.role is not user.role:
                if user.role is UserRole.ADMIN:
                    self._keep_an_admin(s, user)
                user.role = data.role
            platforms = data.platform_ids
            if platforms is None:
                platforms = list(
                    s.exec(select(UserPlatform.platform_id).where(UserPlatform.user_id == user.id))
                )
            self._set_platforms(s, user, platforms)
            s.flush()
            after = user_snapshot(s, user)
            if after != before:
                audit.record(
                    s, self.actor, AuditAction.UPDATE, "app_user", user.id, before=before, after=after
                )
            return self._info(s, user)

    def set_disabled(self, user_id: uuid.UUID, disabled: bool) -> UserInfo:
        """停用 (cannot sign in) or 启用 again; enabling also lifts a lockout."""
        permissions.require_accounts(self.actor)
        with self.db.session() as s:
            user = self._load(s, user_id)
            if disabled and user.id == self.actor.user_id:
                raise_if({"disabled": msg("不能停用自己正在使用的账户")})
            if disabled and user.role is UserRole.ADMIN:
                self._keep_an_admin(s, user)
            before = user_snapshot(s, user)
            user.disabled = disabled
            if not disabled:
                user.archived_at = None
                user.failed_sign_ins, user.locked_until = 0, None
            s.flush()
            action = AuditAction.ARCHIVE if disabled else AuditAction.RESTORE
            note = "停用账户" if disabled else "启用账户"
            audit.record(
                s,
                self.actor,
                action,
                "app_user",
                user.id,
                before=before,
                after=user_snapshot(s, user),
                note=note,
            )
            return self._info(s, user)

    def reset_password(self, user_id: uuid.UUID, password: str) -> UserInfo:
        """An administrator sets a new password (this also lifts a lockout)."""
        permissions.require_accounts(self.actor)
        accounts.check_password_rules(password)
        with self.db.session() as s:
            user = self._load(s, user_id)
            self._store_password(s, user, password, "管理员重设密码")
            return self._info(s, user)

    def change_own_password(self, current: str, new: str) -> None:
        """Any signed-in person changes their own password, giving the current one."""
        accounts.check_password_rules(new, "new_password")
        with self.db.session() as s:
            user = s.get(User, self.actor.user_id) if self.actor.user_id else None
            if user is None or user.password_hash is None:
                raise NotFoundError(msg("找不到当前登录的账户。"))
            if not accounts.verify_password(user.password_hash, current or ""):
                raise_if({"current_password": msg("当前密码不正确")})
            if current == new:
                raise_if({"new_password": msg("新密码不能与当前密码相同")})
            self._store_password(s, user, new, "本人修改密码")

    # -- plumbing ---------------------------------------------------------------------------------
    def _store_password(self, s: Session, user: User, password: str, note: str) -> None:
        user.password_hash = accounts.hash_password(password)
        user.password_changed_at = datetime.now(UTC)
        user.failed_sign_ins, user.locked_until = 0, None
        s.flush()
        audit.record(s, self.actor, AuditAction.PASSWORD, "app_user", user.id, note=note)

    @staticmethod
    def _display_name(text: str | None, username: str) -> str:
        label = (text or "").strip() or username
        if len(label) > 50:
            raise_if({"display_name": msg("姓名过长（最多 50 个字）")})
        return label

    def _load(self, s: Session, user_id: uuid.UUID, expected_version: int | None = None) -> User:
        user = s.get(User, user_id)
        if user is None:
            raise NotFoundError(msg("找不到该账户（可能已被删除）。"))
        if expected_version is not None and user.version != expected_version:
            raise ConflictError(msg("该账户已被他人修改，请刷新后重试。"))
        return user

    @staticmethod
    def _set_platforms(s: Session, user: User, platform_ids: builtins.list[uuid.UUID]) -> None:
        wanted: set[uuid.UUID] = set(platform_ids) if user.role is UserRole.COORDINATOR else set()
        if user.role is UserRole.COORDINATOR and not wanted:
            raise_if({"platform_ids": msg("平台联络员必须指定负责的站室组（可多选）")})
        for pid in wanted:
            platform = s.get(Platform, pid)
            if platform is None:
                raise_if({"platform_ids": msg("所选站室组不存在")})
            elif platform.archived_at is not None:
                raise_if({"platform_ids": msg("站室组“{name}”已归档", name=platform.name)})
        links = {
            link.platform_id: link
            for link in s.exec(select(UserPlatform).where(UserPlatform.user_id == user.id))
        }
        for pid, link in links.items():
            if pid not in wanted:
                s.delete(link)
        for pid in wanted - set(links):
            s.add(UserPlatform(user_id=user.id, platform_id=pid))

    @staticmethod
    def _keep_an_admin(s: Session, leaving: User) -> None:
        others = s.execute(
            sa.select(sa.func.count()).select_from(table_of(User)).where(
                UT.role == UserRole.ADMIN.value, UT.id != leaving.id, UT.disabled.is_(False),
                UT.archived_at.is_(None), UT.password_hash.is_not(None),
            )
        ).scalar_one()  # fmt: skip
        if not others:
            raise_if({"role": msg("至少要保留一个可以登录的管理员账户")})
