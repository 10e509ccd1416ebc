"""An office and its stations for the data-exchange tests: databases, a seeded office, record dumps."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from app.db import Database
from app.db.engine import create_db_engine
from app.models.enums import PlatformKind, SessionForm, TopicSource, UserRole
from app.models.members import MemberCreate
from app.models.platforms import PlatformCreate
from app.models.sessions import ConsultationSessionCreate
from app.models.suggestions import SuggestionCreate
from app.models.units import HandlingUnitCreate
from app.services.accounts import AccountService
from app.services.actor import Actor
from app.services.exchange import ExchangeService
from app.services.exchange.kinds import KINDS
from app.services.hub import Services
from app.services.users import UserCreate, UserService
from tests.support import ADMIN_ACTOR

CLERK = Actor("clerk", "张文书", UserRole.CLERK)
STATION_PASSWORD = "station-pass-2026"


def make_db(template: Path, folder: Path, name: str) -> Database:
    path = folder / f"{name}.sqlite3"
    shutil.copy(template, path)
    return Database(create_db_engine(path))


@dataclass
class Office:
    db: Database
    platforms: list[uuid.UUID]
    members: list[uuid.UUID]
    units: list[uuid.UUID]
    coordinators: list[str]  # usernames, one per platform


def seed_office(db: Database, platforms: int = 2) -> Office:
    services = Services(db, ADMIN_ACTOR)
    plats = [
        services.platforms.create(
            PlatformCreate(kind=PlatformKind.STATION, name=f"城西区第{n + 1}委员驿站", district="城西区")
        ).id
        for n in range(platforms)
    ]
    members = [services.members.create(MemberCreate(name=name)).id for name in ("王建国", "李红梅", "赵志强")]
    units = [
        services.units.create(HandlingUnitCreate(name=n)).id for n in ("市交通运输局", "市住房和城乡建设局")
    ]
    users = UserService(db, ADMIN_ACTOR)
    names = []
    for n, platform in enumerate(plats):
        name = f"station{n + 1}"
        users.create(
            UserCreate(
                username=name,
                display_name=f"驿站联络员{n + 1}",
                role=UserRole.COORDINATOR,
                platform_ids=[platform],
                password=STATION_PASSWORD,
            )
        )
        names.append(name)
    return Office(db, plats, members, units, names)


def sign_in(db: Database, username: str) -> Actor:
    return AccountService(db).sign_in(username, STATION_PASSWORD)


def export(
    db: Database, actor: Actor, path: Path, platforms: list[uuid.UUID] | None = None, since_last: bool = False
) -> Path:
    ExchangeService(db, actor).export(
        path, frozenset(platforms) if platforms else None, since_last=since_last
    )
    return path


def add_session(db: Database, actor: Actor, platform: uuid.UUID, topic: str) -> uuid.UUID:
    data = ConsultationSessionCreate(
        topic=topic,
        topic_source=TopicSource.RESIDENTS,
        held_on=date(2026, 3, 2),
        platform_id=platform,
        form=SessionForm.ON_SITE,
    )
    return Services(db, actor).sessions.create(data).id


def add_suggestion(db: Database, actor: Actor, session: uuid.UUID, title: str) -> uuid.UUID:
    data = SuggestionCreate(title=title, session_id=session, raised_on=date(2026, 3, 2))
    return Services(db, actor).suggestions.create(data).id


def records(db: Database, platforms: list[uuid.UUID] | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """Every exchanged record (its exchanged fields) per kind, optionally only these platforms' records."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    covered = frozenset(platforms) if platforms else None
    with db.engine.connect() as conn:
        for kind in KINDS:
            if covered is not None and kind.reference:
                continue
            query = sa.select(kind.table)
            clause = kind.scope_clause(covered)
            if clause is not None:
                query = query.where(clause)
            out[kind.key] = {
                str(r["id"]): {f: kind.encoders[f](r[f]) for f in kind.fields}
                for r in conn.execute(query).mappings()
            }
    return out


def table_dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every record table, as stored (for 'nothing changed' checks)."""
    with db.engine.connect() as conn:
        return {kind.entity: sorted(tuple(r) for r in conn.execute(sa.select(kind.table))) for kind in KINDS}
