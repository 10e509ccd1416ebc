"""Signing in: argon2id hashes, rehashing, the lockout, no fallback, and managing accounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher, Type, extract_parameters, profiles

from app.db import Database
from app.models import PlatformCreate
from app.models.enums import AuditAction, UserRole
from app.services import accounts
from app.services.accounts import AccountService, SignInError
from app.services.actor import Actor
from app.services.errors import PermissionDenied, ValidationError
from app.services.hub import Services
from app.services.users import UserCreate, UserUpdate
from app.services.validation import build

PASSWORD = "春风十里2025"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def admin(db: Database) -> Actor:
    return AccountService(db).create_first_admin("admin", "系统管理员", PASSWORD)


def _log(db: Database, *actions: AuditAction) -> list[tuple[str, str, str | None]]:
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT actor, action, note FROM audit_entry ORDER BY seq")).all()
    wanted = {a.value for a in actions}
    return [(r[0], r[1], r[2]) for r in rows if not wanted or r[1] in wanted]


def test_production_parameters_meet_the_owasp_minimum() -> None:
    production = PasswordHasher.from_parameters(accounts.PRODUCTION)
    assert accounts.meets_minimum(production)
    params = extract_parameters(production.hash("一次真正的哈希"))
    assert params.type is Type.ID
    assert params.memory_cost >= 19 * 1024 and params.time_cost >= 2 and params.parallelism >= 1
    assert accounts.PRODUCTION == profiles.RFC_9106_LOW_MEMORY
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    assert not accounts.meets_minimum(weak)


def test_first_admin_then_sign_in_with_the_right_password_only(db: Database, admin: Actor) -> None:
    service = AccountService(db)
    assert service.has_accounts()
    assert (admin.role, admin.username) == (UserRole.ADMIN, "admin")
    with pytest.raises(PermissionDenied, match="已有账户"):
        service.create_first_admin("second", "第二位", PASSWORD)
    signed = service.sign_in("admin", PASSWORD)
    assert signed.role is UserRole.ADMIN and signed.user_id == admin.user_id
    for name, password in (("admin", "wrong-password"), ("nobody", PASSWORD), ("", "")):
        with pytest.raises(SignInError, match="用户名或密码不正确"):
            service.sign_in(name, password)
    log = _log(db, AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED)
    assert [a for _, a, _ in log] == [
        "sign_in",
        "sign_in",
        "sign_in_failed",
        "sign_in_failed",
        "sign_in_failed",
    ]
    assert ("nobody", "sign_in_failed", "账户不存在") in log


def test_no_fallback_for_disabled_archived_or_passwordless_accounts(db: Database, admin: Actor) -> None:
    users = Services(db, admin).users
    clerk = users.create(
        UserCreate(username="clerk", display_name="张文书", role=UserRole.CLERK, password=PASSWORD)
    )
    users.create(UserCreate(username="nopass", display_name="未设密码", role=UserRole.ADMIN))
    service = AccountService(db)
    with pytest.raises(SignInError, match="尚未设置密码"):
        service.sign_in("nopass", "")
    users.set_disabled(clerk.id, True)
    with pytest.raises(SignInError, match="已停用"):
        service.sign_in("clerk", PASSWORD)
    users.set_disabled(clerk.id, False)
    assert service.sign_in("clerk", PASSWORD).role is UserRole.CLERK


def test_five_wrong_passwords_lock_with_a_growing_delay_and_the_log_shows_it(
    db: Database, admin: Actor
) -> None:
    clock = Clock()
    service = AccountService(db, clock=clock)
    messages = []
    for _ in range(6):
        with pytest.raises(SignInError) as info:
            service.sign_in("admin", "not-the-password")
        messages.append(info.value.message)
    assert "再输错 4 次" in messages[0] and "再输错 1 次" in messages[3]
    assert "连续输错 5 次，账户已锁定 1 分钟" in messages[4]
    assert "已锁定" in messages[5]  # the sixth is refused without looking at the password
    with pytest.raises(SignInError, match="已锁定"):
        service.sign_in("admin", PASSWORD)  # even the right password waits
    clock.now += timedelta(minutes=1, seconds=1)
    with pytest.raises(SignInError, match="锁定 2 分钟"):
        service.sign_in("admin", "still-wrong")  # the next wrong one doubles the wait
    clock.now += timedelta(minutes=2, seconds=1)
    assert service.sign_in("admin", PASSWORD).username == "admin"
    lockouts = _log(db, AuditAction.LOCKOUT)
    assert [note for _, _, note in lockouts] == [
        "连续 5 次密码错误，账户锁定 1 分钟",
        "连续 6 次密码错误，账户锁定 2 分钟",
    ]
    assert accounts.lock_delay(30) == accounts.LOCK_LONGEST
    clock.now += timedelta(hours=1)
    with pytest.raises(SignInError, match="再输错 4 次"):
        service.sign_in("admin", "wrong")  # the success reset the count


def test_a_hash_with_old_parameters_is_redone_at_sign_in(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stored() -> str:
        with db.engine.connect() as conn:
            return str(conn.execute(sa.text("SELECT password_hash FROM app_user")).scalar_one())

    old = stored()
    assert extract_parameters(old).memory_cost == 8
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=2, memory_cost=16, parallelism=1))
    AccountService(db).sign_in("admin", PASSWORD)
    new = stored()
    assert new != old and extract_parameters(new).memory_cost == 16
    assert _log(db, AuditAction.SIGN_IN)[-1][2] == "登录（密码哈希已按新参数更新）"
    AccountService(db).sign_in("admin", PASSWORD)
    assert stored() == new  # up to date: left alone


def test_no_table_holds_a_password_in_clear(db: Database, admin: Actor) -> None:
    users = Services(db, admin).users
    other = "另一个口令xyz"
    info = users.create(
        UserCreate(username="viewer", display_name="领导", role=UserRole.VIEWER, password=other)
    )
    users.reset_password(info.id, "重设后的口令abc")
    AccountService(db).sign_in("viewer", "重设后的口令abc")
    with db.engine.connect() as conn:
        # every stored table (the search index's virtual table keeps its rows in its own tables, read here)
        query = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        tables = [r[0] for r in conn.execute(sa.text(query))]
        dump = "".join(
            str(row) for table in tables for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')).all()
        )
    for secret in (PASSWORD, other, "重设后的口令abc"):
        assert secret not in dump
    assert "$argon2id$" in dump  # hashes are there, as hashes


def test_account_rules(db: Database, admin: Actor) -> None:
    services = Services(db, admin)
    station = services.platforms.create(
        build(PlatformCreate, kind="station", name="甲驿站", district="城北区")
    )
    with pytest.raises(ValidationError, match="必须指定负责的站室组"):
        services.users.create(UserCreate(username="c1", role=UserRole.COORDINATOR, password=PASSWORD))
    with pytest.raises(ValidationError, match="密码至少 8 个字符"):
        services.users.create(UserCreate(username="c1", role=UserRole.CLERK, password="short"))
    services.users.create(
        UserCreate(username="c1", display_name="甲联络员", role=UserRole.COORDINATOR,
                   platform_ids=[station.id], password=PASSWORD)
    )  # fmt: skip
    signed = AccountService(db).sign_in("c1", PASSWORD)
    assert signed.platform_ids == frozenset({station.id})
    with pytest.raises(ValidationError, match="已被使用"):
        services.users.create(UserCreate(username="c1", password=PASSWORD))
    with pytest.raises(ValidationError, match="至少要保留一个可以登录的管理员"):
        services.users.update(admin.user_id, UserUpdate(role=UserRole.CLERK))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="不能停用自己"):
        services.users.set_disabled(admin.user_id, True)  # type: ignore[arg-type]
    clerk_services = Services(db, Actor("clerk", "张文书", UserRole.CLERK))
    with pytest.raises(PermissionDenied, match="只有管理员可以管理账户"):
        clerk_services.users.create(UserCreate(username="x", password=PASSWORD))
    with pytest.raises(PermissionDenied):
        clerk_services.users.list()
    Services(db, signed).users.change_own_password(PASSWORD, "新的密码12345")
    assert AccountService(db).sign_in("c1", "新的密码12345").username == "c1"
    with pytest.raises(ValidationError, match="当前密码不正确"):
        Services(db, signed).users.change_own_password("猜的", "又一个新密码123")
    rows = {r["username"]: r for r in services.users.list().rows}
    assert rows["c1"]["platforms"] == "甲驿站" and rows["c1"]["state"] == "正常"
    changes = _log(db, AuditAction.PASSWORD)
    assert [note for _, _, note in changes] == ["本人修改密码"]
