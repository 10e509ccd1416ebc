"""Random edits, archives and restores on an office and two stations, packages exchanged in random order
(twice, late, crossing each other): every edit arrives or is a conflict entry, and once the conflicts are
resolved both sides of every platform hold the same records.

Each example starts from the same three databases (copied files), so examples stay fast and independent.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.db import Database
from app.db.engine import create_db_engine
from app.models._base import uuid_of
from app.models.enums import UserRole
from app.models.sessions import ConsultationSessionUpdate
from app.models.suggestions import SuggestionUpdate
from app.services.actor import Actor
from app.services.exchange import ExchangeService
from app.services.hub import Services
from app.services.listing import ListQuery
from tests.exchange_support import CLERK, add_session, add_suggestion, export, make_db, records, seed_office

STATIONS = ("A", "B")
SESSION_FIELDS = ("location", "minutes")
SUGGESTION_FIELDS = ("content", "notes")


@dataclass
class World:
    folder: Path
    platforms: dict[str, uuid.UUID]  # station → its platform
    sessions: dict[str, list[uuid.UUID]]
    suggestions: dict[str, list[uuid.UUID]]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> World:
    folder = tmp_path_factory.mktemp("exchange-world")
    office = seed_office(make_db(migrated_template, folder, "O"))
    platforms = dict(zip(STATIONS, office.platforms, strict=True))
    sessions: dict[str, list[uuid.UUID]] = {}
    suggestions: dict[str, list[uuid.UUID]] = {}
    for station, platform in platforms.items():
        sessions[station] = [add_session(office.db, CLERK, platform, f"{station}站活动{n}") for n in range(2)]
        suggestions[station] = [add_suggestion(office.db, CLERK, sessions[station][0], f"{station}站建议")]
    for station, platform in platforms.items():
        db = make_db(migrated_template, folder, station)
        ExchangeService.set_up_station(
            db, export(office.db, CLERK, folder / f"setup-{station}.zip", [platform])
        )
        db.dispose()
    office.db.dispose()
    return World(folder, platforms, sessions, suggestions)


# -- operations ---------------------------------------------------------------------------------------------
# Few records and fields, so that both sides often change the same one.
edit = st.tuples(
    st.just("edit"),
    st.sampled_from(("O", "A", "B")),
    st.sampled_from(STATIONS),
    st.integers(0, 1),
    st.integers(0, 1),
)
archive = st.tuples(
    st.just("archive"),
    st.sampled_from(("O", "A", "B")),
    st.sampled_from(STATIONS),
    st.integers(0, 1),
    st.booleans(),
)
send = st.tuples(st.just("send"), st.sampled_from(STATIONS), st.booleans(), st.booleans())  # up?, since-last?
deliver = st.tuples(st.just("deliver"), st.integers(0, 30))
OPERATIONS = st.lists(
    st.one_of(edit, edit, edit, archive, send, send, deliver, deliver), min_size=3, max_size=14
)


@dataclass
class Edit:
    side: str
    record: uuid.UUID
    field: str
    value: Any
    superseded: bool = False


@dataclass
class Run:
    dbs: dict[str, Database]
    actors: dict[str, Actor]
    world: World
    folder: Path
    edits: list[Edit] = field(default_factory=list)
    known: dict[str, set[int]] = field(default_factory=lambda: {"O": set(), "A": set(), "B": set()})
    pool: list[tuple[str, Path, frozenset[int]]] = field(default_factory=list)
    counter: int = 0

    def target(self, station: str, index: int) -> tuple[str, uuid.UUID]:
        if index % 2 == 0:
            return "session", self.world.sessions[station][0]
        return "suggestion", self.world.suggestions[station][0]

    def noted(self, side: str, record: uuid.UUID, name: str, value: Any) -> None:
        for number, earlier in enumerate(self.edits):
            if (earlier.record, earlier.field) == (record, name) and number in self.known[side]:
                earlier.superseded = True  # this side knew it when it changed the field again
        self.known[side].add(len(self.edits))
        self.edits.append(Edit(side, record, name, value))

    def edit(self, side: str, station: str, index: int, which: int) -> None:
        if side != "O" and side != station:
            return  # a station changes only its own platform's records
        kind, record = self.target(station, index)
        self.counter += 1
        value = f"{side}{self.counter}"
        services = Services(self.dbs[side], self.actors[side])
        if kind == "session":
            name = SESSION_FIELDS[which % len(SESSION_FIELDS)]
            services.sessions.update(record, ConsultationSessionUpdate(**{name: value}))
        else:
            name = SUGGESTION_FIELDS[which % len(SUGGESTION_FIELDS)]
            services.suggestions.update(record, SuggestionUpdate(**{name: value}))
        self.noted(side, record, name, value)

    def archive(self, side: str, station: str, index: int, archived: bool) -> None:
        if side != "O" and side != station:
            return
        kind, record = self.target(station, index)
        services = Services(self.dbs[side], self.actors[side])
        crud = services.sessions if kind == "session" else services.suggestions
        current = crud.get(record).archived_at is not None  # type: ignore[attr-defined]
        if current == archived:
            return
        crud.archive(record) if archived else crud.restore(record)  # type: ignore[attr-defined]
        undone = None if archived else self._unsent_archive(side, record)
        self.noted(side, record, "archived_at", archived)
        if undone is not None:
            # Archived and restored again before any package left this side: the record is where the
            # other sides last saw it, so this side changed nothing they must receive (a three-way merge
            # takes the other side's change, as it should).
            undone.superseded = self.edits[-1].superseded = True

    def _unsent_archive(self, side: str, record: uuid.UUID) -> Edit | None:
        """This side's latest archiving of `record`, if no package made since has carried it anywhere."""
        for number in range(len(self.edits) - 1, -1, -1):
            e = self.edits[number]
            if (e.side, e.record, e.field) == (side, record, "archived_at"):
                if e.value is not True:
                    return None
                sent = any(number in knowledge for _dest, _path, knowledge in self.pool) or any(
                    number in self.known[other] for other in self.known if other != side
                )
                return None if sent else e
        return None

    def send(self, station: str, up: bool, since_last: bool) -> None:
        source, dest = (station, "O") if up else ("O", station)
        path = self.folder / f"p{len(self.pool)}-{source}-{dest}.zip"
        ExchangeService(self.dbs[source], self.actors[source]).export(
            path, None if up else frozenset({self.world.platforms[station]}), since_last=since_last
        )
        self.pool.append((dest, path, frozenset(self.known[source])))

    def deliver(self, index: int) -> None:
        if not self.pool:
            return
        dest, path, knowledge = self.pool[index % len(self.pool)]
        ExchangeService(self.dbs[dest], self.actors[dest]).import_package(path)
        self.known[dest] |= knowledge

    def resolve_all(self) -> None:
        """The office's value wins: the office keeps its own, a station takes the office's."""
        for side, db in self.dbs.items():
            conflicts = ExchangeService(db, self.actors[side]).conflicts
            for row in conflicts.list(ListQuery(filters={"open": True}, limit=None)).rows:
                conflicts.resolve(row["id"], "mine" if side == "O" else "theirs")

    def sync(self, station: str) -> None:
        self.send(station, True, False)
        self.deliver(len(self.pool) - 1)
        self.send(station, False, False)
        self.deliver(len(self.pool) - 1)


def _start(world: World) -> Iterator[Run]:
    folder = Path(tempfile.mkdtemp(dir=world.folder))
    dbs = {}
    for side in ("O", "A", "B"):
        shutil.copy(world.folder / f"{side}.sqlite3", folder / f"{side}.sqlite3")
        dbs[side] = Database(create_db_engine(folder / f"{side}.sqlite3"))
    actors = {"O": CLERK} | {
        s: Actor(
            f"station{n + 1}", f"驿站联络员{n + 1}", UserRole.COORDINATOR, frozenset({world.platforms[s]})
        )
        for n, s in enumerate(STATIONS)
    }
    try:
        yield Run(dbs, actors, world, folder)
    finally:
        for db in dbs.values():
            db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _conflict_values(run: Run) -> set[tuple[uuid.UUID, str, str]]:
    """(record, field, value) of every value any conflict entry on any side kept, resolved or not."""
    out = set()
    for db in run.dbs.values():
        with db.engine.connect() as conn:
            for record, name, mine, theirs in conn.execute(
                sa.text("SELECT record_id, field, mine, theirs FROM exchange_conflict")
            ):
                for value in (json.loads(mine), json.loads(theirs)):
                    out.add((uuid_of(record), name, _word(name, value)))
    return out


def _word(name: str, value: Any) -> str:
    return str(value is not None) if name == "archived_at" else str(value)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(operations=OPERATIONS)
def test_random_exchanges_lose_no_edit_and_converge(world: World, operations: list[tuple[Any, ...]]) -> None:
    for run in _start(world):
        for op in operations:
            getattr(run, op[0])(*op[1:])
        for _round in range(4):
            run.resolve_all()
            for station in STATIONS:
                run.sync(station)
            open_conflicts = sum(
                ExchangeService(db, run.actors[s]).conflicts.open_count() for s, db in run.dbs.items()
            )
            if not open_conflicts:
                break
        assert open_conflicts == 0
        event(f"conflict entries: {min(len(_conflict_values(run)), 3)}+")
        for station, platform in world.platforms.items():
            assert records(run.dbs[station], [platform]) == records(run.dbs["O"], [platform])
        final = records(run.dbs["O"])
        kept = _conflict_values(run)
        for e in run.edits:
            if e.superseded:
                continue
            kind = "session" if any(e.record in s for s in world.sessions.values()) else "suggestion"
            now = final[kind][str(e.record)][e.field]
            arrived = _word(e.field, now) == _word(
                e.field, e.value if e.field != "archived_at" or e.value else None
            )
            assert arrived or (e.record, e.field, _word(e.field, e.value or None)) in kept, e
