"""The demo's four accounts, one per role, all with the same password (printed by `demo`)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from app.models._base import table_of
from app.models.enums import AuditAction, PlatformKind, UserRole
from app.models.users import User, UserPlatform
from app.services import accounts, audit_chain
from app.services.actor import Actor
from app.services.demo.network import Network

ACCOUNTS = (
    ("admin", "系统管理员", UserRole.ADMIN),
    ("clerk", "办公室文书", UserRole.CLERK),
    ("coordinator", "驿站联络员", UserRole.COORDINATOR),
    ("viewer", "领导查阅", UserRole.VIEWER),
)
COORDINATED = 2  # the coordinator looks after the first two stations of the demo city
UT = table_of(User).c


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: UserRole
    platforms: tuple[str, ...]  # names, for the coordinator
    created: bool  # False: an account of that name was there already and is left as it was


def demo_actor() -> Actor:
    """Who loads the demo into a database without accounts: its own administrator, made in the load."""
    return Actor(ACCOUNTS[0][0], ACCOUNTS[0][1], UserRole.ADMIN)


def add_demo_accounts(
    conn: sa.Connection, network: Network, password: str, actor: Actor
) -> list[DemoAccount]:
    """Create whichever of the four accounts are missing (an existing one keeps its password)."""
    accounts.check_password_rules(password)
    stations = [p for p in network.platforms if p.kind is PlatformKind.STATION][:COORDINATED]
    existing = set(conn.execute(sa.select(UT.username)).scalars())
    now = datetime.now(UTC)
    made = []
    hashed: str | None = None  # one hash for the accounts sharing the password (argon2 is slow on purpose)
    for username, name, role in ACCOUNTS:
        platforms = tuple(p.name for p in stations) if role is UserRole.COORDINATOR else ()
        if username in existing:
            made.append(DemoAccount(username, name, role, platforms, created=False))
            continue
        user_id = uuid.uuid4()
        hashed = hashed or accounts.hash_password(password)
        conn.execute(
            sa.insert(table_of(User)).values(
                id=user_id, created_at=now, updated_at=now, version=1, username=username, display_name=name,
                role=role.value, password_hash=hashed, disabled=False,
                failed_sign_ins=0, password_changed_at=now,
            )
        )  # fmt: skip
        if role is UserRole.COORDINATOR:
            conn.execute(
                sa.insert(table_of(UserPlatform)),
                [{"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "user_id": user_id,
                  "platform_id": p.id} for p in stations],
            )  # fmt: skip
        snapshot = {"username": username, "display_name": name, "role": role.value,
                    "platform_ids": sorted(str(p.id) for p in stations) if platforms else []}  # fmt: skip
        audit_chain.append(
            conn,
            {"actor": actor.username, "action": AuditAction.CREATE, "entity": "app_user",
             "entity_id": user_id, "after": _json(snapshot), "note": "演示数据：创建演示账户"},
        )  # fmt: skip
        made.append(DemoAccount(username, name, role, platforms, created=True))
    return made


def _json(values: dict[str, object]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)
