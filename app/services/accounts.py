"""Signing in: argon2id password hashes, the lockout after wrong passwords, and the first administrator.

- Hashes use argon2id (argon2-cffi) with RFC 9106's low-memory profile (t=3, m=64 MiB, p=4), above
  OWASP's minimum (m=19 MiB, t=2, p=1); a hash made with other parameters is redone on the next
  successful sign-in. Passwords are never logged, stored or exported in clear.
- Five wrong passwords in a row lock the account for one minute, each further wrong one doubles the
  wait (at most a day); a correct password resets the count. Every sign-in, failed sign-in and lockout
  is in the audit trail.
- No fallback: an unknown, disabled or archived name, or an account without a password, never signs in.
- A database "has accounts" once any account has a password. Until then the first administrator may
  be created (first-run wizard, `users add NAME --role admin`, `demo`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher, Type, extract_parameters, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, select

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.enums import AuditAction, UserRole
from app.models.users import User, UserPlatform
from app.services import audit
from app.services.actor import Actor
from app.services.errors import PermissionDenied, ServiceError
from app.services.validation import raise_if

# OWASP's minimum for argon2id; production hashes are stronger (PRODUCTION below).
MIN_MEMORY_KIB = 19 * 1024
MIN_TIME_COST = 2
MIN_PARALLELISM = 1
PRODUCTION = profiles.RFC_9106_LOW_MEMORY
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128

LOCK_AFTER = 5  # wrong passwords in a row
LOCK_FIRST = timedelta(minutes=1)
LOCK_LONGEST = timedelta(days=1)

WRONG = msg("用户名或密码不正确。")


def meets_minimum(hasher: PasswordHasher) -> bool:
    return (
        hasher.type is Type.ID
        and hasher.memory_cost >= MIN_MEMORY_KIB
        and hasher.time_cost >= MIN_TIME_COST
        and hasher.parallelism >= MIN_PARALLELISM
    )


# The hasher in use. Tests replace it with a cheap one (tests/conftest.py); the app never does.
HASHER = PasswordHasher.from_parameters(PRODUCTION)
assert meets_minimum(HASHER)


class SignInError(ServiceError):
    """Wrong credentials, a disabled or locked account: the message says which, in Chinese."""


def check_password_rules(password: str | None, field: str = "password") -> str:
    """A new password: 8 to 128 characters, not only spaces."""
    text = password or ""
    if len(text.strip()) < MIN_PASSWORD_LENGTH:
        raise_if(
            {field: msg("密码至少 {min_password_length} 个字符", min_password_length=MIN_PASSWORD_LENGTH)}
        )
    if len(text) > MAX_PASSWORD_LENGTH:
        raise_if(
            {field: msg("密码最多 {max_password_length} 个字符", max_password_length=MAX_PASSWORD_LENGTH)}
        )
    return text


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    try:
        return HASHER.check_needs_rehash(stored) or extract_parameters(stored).type is not Type.ID
    except InvalidHashError:
        return True


def lock_delay(failures: int) -> timedelta:
    """How long an account stays locked after its `failures`-th wrong password in a row."""
    if failures < LOCK_AFTER:
        return timedelta(0)
    return min(LOCK_FIRST * 2 ** (failures - LOCK_AFTER), LOCK_LONGEST)


def actor_of(session: Session, user: User) -> Actor:
    platforms: frozenset[uuid.UUID] = frozenset()
    if user.role is UserRole.COORDINATOR:
        platforms = frozenset(
            session.exec(select(UserPlatform.platform_id).where(UserPlatform.user_id == user.id)).all()
        )
    return Actor(user.username, user.display_name, user.role, platforms, user.id)


def has_accounts(session: Session) -> bool:
    """Whether any account can (or could) sign in: one with a password. Before that: first run."""
    stmt = (
        sa.select(sa.func.count())
        .select_from(table_of(User))
        .where(table_of(User).c.password_hash.is_not(None))
    )
    return bool(session.execute(stmt).scalar_one())


def _minutes(delta: timedelta) -> int:
    return max(1, -(-int(delta.total_seconds()) // 60))


@dataclass
class _Outcome:
    actor: Actor | None = None
    error: str | None = None


class AccountService:
    """Signing in and the first administrator (managing accounts afterwards: services.users)."""

    def __init__(self, db: Database, *, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self._clock = clock or (lambda: datetime.now(UTC))

    def has_accounts(self) -> bool:
        with self.db.session(write=False) as s:
            return has_accounts(s)

    def sign_in(self, username: str, password: str) -> Actor:
        """The actor for a correct username and password; SignInError otherwise (and it is logged)."""
        name = (username or "").strip()
        outcome = _Outcome()
        # A database switched to read-only (damaged: app/db/health.py) is still signed in to, to restore
        # or copy out; the same checks run, but nothing can be recorded there.
        recorded = not self.db.state.read_only
        with self.db.session(
            write=recorded
        ) as s:  # failures are committed too: counters and log entries stay
            s.info["record"] = recorded
            user = s.exec(select(User).where(User.username == name)).first() if name else None
            outcome = self._check(s, user, name, password or "")
        if outcome.error is not None:
            raise SignInError(outcome.error)
        assert outcome.actor is not None
        return outcome.actor

    def _check(self, s: Session, user: User | None, name: str, password: str) -> _Outcome:
        now = self._clock()
        who = Actor(name[:50] or "（空）", name[:50] or "（空）")
        if user is None:
            _burn(password)  # as slow as a real check: no hint which names exist
            self._log(s, who, AuditAction.SIGN_IN_FAILED, None, "账户不存在")
            return _Outcome(error=WRONG)
        if user.disabled or user.archived_at is not None:
            self._log(s, who, AuditAction.SIGN_IN_FAILED, user.id, "账户已停用")
            return _Outcome(error=msg("账户“{username}”已停用，请联系管理员。", username=user.username))
        if user.password_hash is None:
            self._log(s, who, AuditAction.SIGN_IN_FAILED, user.id, "账户尚未设置密码")
            return _Outcome(
                error=msg(
                    "账户“{username}”尚未设置密码，请联系管理员设置密码后再登录。", username=user.username
                )
            )
        if user.locked_until is not None and user.locked_until > now:
            self._log(s, who, AuditAction.SIGN_IN_FAILED, user.id, "账户锁定中")
            wait = _minutes(user.locked_until - now)
            return _Outcome(error=msg("密码连续输错次数过多，账户已锁定，请 {wait} 分钟后再试。", wait=wait))
        if not verify_password(user.password_hash, password):
            user.failed_sign_ins += 1
            delay = lock_delay(user.failed_sign_ins)
            self._log(
                s, who, AuditAction.SIGN_IN_FAILED, user.id, f"密码错误（连续第 {user.failed_sign_ins} 次）"
            )
            if delay:
                user.locked_until = now + delay
                note = f"连续 {user.failed_sign_ins} 次密码错误，账户锁定 {_minutes(delay)} 分钟"
                self._log(s, who, AuditAction.LOCKOUT, user.id, note)
                return _Outcome(
                    error=msg(
                        "密码连续输错 {failed_sign_ins} 次，账户已锁定 {minutes} 分钟。",
                        failed_sign_ins=user.failed_sign_ins,
                        minutes=_minutes(delay),
                    )
                )
            left = LOCK_AFTER - user.failed_sign_ins
            return _Outcome(error=msg("{wrong}再输错 {left} 次，账户将被锁定。", wrong=WRONG, left=left))
        user.failed_sign_ins = 0
        user.locked_until = None
        user.last_sign_in_at = now
        note = "登录"
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
            note = "登录（密码哈希已按新参数更新）"
        actor = actor_of(s, user)
        self._log(s, actor, AuditAction.SIGN_IN, user.id, note)
        return _Outcome(actor=actor)

    @staticmethod
    def _log(s: Session, actor: Actor, action: AuditAction, user_id: uuid.UUID | None, note: str) -> None:
        if not s.info.get("record", True):
            return
        s.flush()
        audit.record(s, actor, action, "app_user", user_id, note=note)

    # -- first run ----------------------------------------------------------------------------------
    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        """The first administrator of a database without accounts; signed in at once.

        An account name already there without a password (from an older version) is taken over.
        """
        from app.services.users import check_username, user_snapshot

        check_password_rules(password)
        with self.db.session() as s:
            if has_accounts(s):
                raise PermissionDenied(msg("数据库中已有账户，请用已有账户登录；新账户由管理员创建。"))
            name = check_username(s, username, None, allow_passwordless=True)
            label = (display_name or "").strip() or name
            if len(label) > 50:
                raise_if({"display_name": msg("姓名过长（最多 50 个字）")})
            user = s.exec(select(User).where(User.username == name)).first()
            before = user_snapshot(s, user) if user is not None else None
            if user is None:
                user = User(username=name, display_name=label, role=UserRole.ADMIN)
                s.add(user)
            now = self._clock()
            user.display_name, user.role, user.disabled, user.archived_at = label, UserRole.ADMIN, False, None
            user.password_hash = hash_password(password)
            user.password_changed_at = user.last_sign_in_at = now
            s.flush()
            actor = actor_of(s, user)
            action = AuditAction.CREATE if before is None else AuditAction.UPDATE
            audit.record(s, actor, action, "app_user", user.id, before=before, after=user_snapshot(s, user),
                         note="首次运行：创建管理员")  # fmt: skip
            self._log(s, actor, AuditAction.SIGN_IN, user.id, "登录")
            return actor


_DUMMY: list[str] = []


def _burn(password: str) -> None:
    """Spend the time of one verification (for names that do not exist)."""
    if not _DUMMY:
        _DUMMY.append(HASHER.hash("not a password of anyone"))
    verify_password(_DUMMY[0], password)
