"""开始使用: how far a new office has come (office name → 站室组 → members → a session), and the demo.

The 工作台 shows these steps, each with its button, until the first session is recorded. On a database
with nothing in it yet, an administrator may load the demo city instead (the same as `demo` on the
command line: fictional platforms, members, sessions and suggestions, and the four demo accounts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.services import permissions
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.office_settings import DEFAULT_OFFICE_NAME, load_settings

if TYPE_CHECKING:
    from app.services.demo import DemoResult

DEMO_SESSIONS = 500
DEMO_SEED = 2024


@dataclass(frozen=True)
class StartProgress:
    office_named: bool
    platforms: int
    members: int
    sessions: int

    @property
    def started(self) -> bool:
        """The first session is recorded: the guide has done its job."""
        return self.sessions > 0

    @property
    def empty(self) -> bool:
        """Nothing recorded at all (the demo may be loaded)."""
        return not (self.platforms or self.members or self.sessions)


class GettingStartedService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def progress(self) -> StartProgress:
        def count(table: sa.Table) -> int:
            return int(s.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())

        with self.db.session(write=False) as s:
            name = load_settings(s).office_name
            return StartProgress(
                office_named=bool(name.strip()) and name != DEFAULT_OFFICE_NAME,
                platforms=count(table_of(Platform)),
                members=count(table_of(Member)),
                sessions=count(table_of(ConsultationSession)),
            )

    def demo_refusal(self) -> str | None:
        """Why this person may not load the demo here (None: they may)."""
        if not permissions.may_manage_accounts(self.actor):
            return msg("只有管理员可以装入演示数据（同时会创建演示账户）。")
        if not self.progress().empty:
            return msg("演示数据只装入空数据库：这个数据库已有站室组、委员或协商议事活动。")
        return None

    def load_demo(self, progress: Callable[[int, int], None] | None = None) -> DemoResult:
        """The demo city into this empty database, and the demo accounts (password demo1234)."""
        from app.services.demo import DEFAULT_PASSWORD, load_demo  # the demo's catalogues load when asked for

        refusal = self.demo_refusal()
        if refusal is not None:
            raise ValidationError({"demo": refusal})
        return load_demo(
            self.db,
            sessions=DEMO_SESSIONS,
            seed=DEMO_SEED,
            actor=self.actor,
            progress=progress,
            password=DEFAULT_PASSWORD,
        )
