"""数据交换 as the command line and the 数据交换 page use it: export, check, import, history, conflicts,
and setting a station's laptop up from one office package."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.enums import UserRole
from app.models.exchange import ExchangeInstallation, ExchangePackage, ExchangePeer
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.users import User
from app.services import permissions
from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.exchange import identity
from app.services.exchange.apply import Importer
from app.services.exchange.checked import NewSender, PackageInfo, open_checked
from app.services.exchange.conflicts import ConflictService
from app.services.exchange.directions import DIRECTION_LABELS
from app.services.exchange.export import Exporter, ExportResult, default_name
from app.services.exchange.summary import ImportSummary
from app.services.listing import ListQuery, ListSpec, Page, Sort, by_column, run_list

Progress = Callable[[int, int, str], None]
PK = table_of(ExchangePackage).c
SETUP_ACTOR = Actor("exchange-setup", "数据交换（建立本机数据库）", UserRole.ADMIN)


@dataclass(frozen=True)
class Checked:
    """A package checked before importing: its manifest and whether its sender is new here."""

    info: PackageInfo
    new_sender: bool


class ExchangeService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self.conflicts = ConflictService(db, actor)

    # -- this installation ------------------------------------------------------------------------
    def identity(self) -> tuple[str, str | None]:
        """(name, fingerprint) of this installation; no fingerprint before its first package."""
        with self.db.session(write=False) as s:
            row = s.get(ExchangeInstallation, 1)
            if row is None:
                return default_name(self.db), None
            return row.name, identity.fingerprint(row.public_key)

    def peers(self) -> list[ExchangePeer]:
        with self.db.session(write=False) as s:
            return list(s.exec(sa.select(ExchangePeer).order_by(ExchangePeer.name)).scalars())  # type: ignore[call-overload]

    # -- packages ---------------------------------------------------------------------------------
    def export(
        self,
        path: str | Path,
        platforms: frozenset[uuid.UUID] | None = None,
        *,
        since_last: bool = False,
        progress: Progress | None = None,
    ) -> ExportResult:
        return Exporter(self.db, self.actor).run(path, platforms, since_last=since_last, progress=progress)

    def check(self, path: str | Path) -> Checked:
        """Check a package whole (zip, signature, checksums, the sender's key) without importing it."""
        package, info = open_checked(path)
        package.close()
        with self.db.session(write=False) as s:
            trust = identity.check_sender(
                s, info.sender_id, info.sender_name, info.public_key, office=info.office
            )
        return Checked(info, trust.new)

    def import_package(
        self,
        path: str | Path,
        *,
        dry_run: bool = False,
        accept_new: bool = True,
        progress: Progress | None = None,
    ) -> ImportSummary:
        return Importer(self.db, self.actor).run(
            path, dry_run=dry_run, accept_new=accept_new, progress=progress
        )

    def platform_choices(self) -> list[tuple[uuid.UUID, str]]:
        """The platforms this person may export (a coordinator: theirs)."""
        pl = table_of(Platform).c
        query = sa.select(pl.id, pl.name).where(pl.archived_at.is_(None)).order_by(pl.name)
        visible = permissions.visible_platforms(self.actor)
        if visible is not None:
            query = query.where(pl.id.in_(sorted(visible)))
        with self.db.session(write=False) as s:
            return [(r[0], r[1]) for r in s.connection().execute(query)]

    # -- history ----------------------------------------------------------------------------------
    def history_spec(self) -> ListSpec:
        columns = {
            "processed_at": PK.processed_at,
            "direction": PK.direction,
            "peer_name": PK.peer_name,
            "file_name": PK.file_name,
            "username": PK.username,
            "seq": PK.seq,
        }
        return ListSpec(
            table=table_of(ExchangePackage),
            fields=[PK.id, PK.coverage, PK.summary, PK.since, *(c.label(k) for k, c in columns.items())],
            joins=[],
            columns=columns,
            search=[PK.file_name, PK.peer_name],
            filters={"direction": lambda v: PK.direction == v},
            default=Sort(by_column(PK.processed_at), descending=True),
            platform=None,  # the installation's own log of packages
        )

    def history(self, query: ListQuery | None = None) -> Page:
        with self.db.session(write=False) as s:
            page = run_list(s, self.history_spec(), query or ListQuery())
        for row in page.rows:
            coverage = json.loads(row.pop("coverage"))
            summary = json.loads(row.pop("summary"))
            platforms = coverage.get("platforms")
            row["coverage_text"] = (
                msg("全部站室组") if platforms is None else "、".join(p["name"] for p in platforms)
            )
            if coverage.get("since"):
                row["coverage_text"] += msg("（上次之后的变化）")
            row["direction_label"] = DIRECTION_LABELS[row["direction"] == "sent"]
            if row["direction"] == "sent":
                row["peer_name"] = msg("本机")
            row["summary_text"] = _summary_text(row["direction"], summary)
        return page

    # -- a station's first start --------------------------------------------------------------------
    @staticmethod
    def set_up_station(db: Database, path: str | Path, progress: Progress | None = None) -> ImportSummary:
        """Fill a new, empty database from an office package: its platforms, members, units, settings and
        the accounts (password hashes only) of its coordinators, who then sign in as they do at the office."""
        with db.session(write=False) as s:
            conn = s.connection()
            for model in (User, Platform, Member, ConsultationSession):
                if conn.execute(sa.select(sa.func.count()).select_from(table_of(model))).scalar():
                    raise ServiceError(
                        msg("本机数据库中已有数据，不能再用数据包建立；请用已有账户登录后导入数据包。")
                    )
        package, info = open_checked(path)
        package.close()
        if not info.office or info.platform_ids is None or not info.coverage.get("reference"):
            raise ServiceError(
                msg("只能用办公室为某个站室组导出的数据包建立本机数据库（导出时选择站室组）。")
            )
        if not info.kinds.get("account"):
            raise ServiceError(
                msg(
                    "数据包中没有该站室组平台联络员的账户，建立后无人能够登录。请办公室先为其建立账户再导出。"
                )
            )
        names = "、".join(p["name"] for p in info.coverage["platforms"])
        return Importer(db, SETUP_ACTOR, installation_name=names).run(
            path, accept_new=True, progress=progress
        )


def _summary_text(direction: str, summary: dict[str, Any]) -> str:
    if direction == "sent":
        kinds = summary.get("kinds", {})
        return msg("{sum} 条记录", sum=sum(kinds.values()))
    total = summary.get("total", {})
    words = (
        ("created", msg("新增")),
        ("updated", msg("修改")),
        ("unchanged", msg("无变化")),
        ("conflicts", msg("冲突")),
        ("refused", msg("拒绝")),
    )
    return "，".join(f"{w} {total.get(k, 0)}" for k, w in words if total.get(k) or k == "unchanged")


__all__ = ["Checked", "ExchangeService", "NewSender"]
