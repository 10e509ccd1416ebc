"""The 工作台's last computed figures, kept with the database per scope and per reader."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from app.db import Database
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.figure_cache import FigureCacheService
from app.services.hub import Services
from app.services.scope import Scope

YEAR = Scope(date(2025, 1, 1), date(2025, 12, 31))


def test_figures_come_back_with_their_time_and_are_replaced(services: Services) -> None:
    cache = services.figure_cache
    assert cache.load(YEAR) is None
    figures = services.statistics.summary(YEAR)
    when = datetime(2025, 7, 1, 8, 30, tzinfo=UTC)
    cache.store(YEAR, figures, when)
    cached = cache.load(YEAR)
    assert cached is not None
    assert cached.figures == figures
    assert cached.computed_at == when
    assert cache.load(Scope()) is None  # another scope has its own figures
    cache.store(YEAR, {**figures, "sessions": 99}, datetime(2025, 7, 2, tzinfo=UTC))
    again = cache.load(YEAR)
    assert again is not None and again.figures["sessions"] == 99
    assert again.computed_at == datetime(2025, 7, 2, tzinfo=UTC)


def test_a_coordinator_never_reads_figures_cached_for_the_office(db: Database, services: Services) -> None:
    services.figure_cache.store(YEAR, {"sessions": 500})
    coordinator = Actor("zhan", "站长", UserRole.COORDINATOR, frozenset({uuid.uuid4()}))
    theirs = FigureCacheService(db, coordinator)
    assert theirs.load(YEAR) is None
    theirs.store(YEAR, {"sessions": 3})
    mine = services.figure_cache.load(YEAR)
    assert mine is not None and mine.figures == {"sessions": 500}
    found = theirs.load(YEAR)
    assert found is not None and found.figures == {"sessions": 3}
