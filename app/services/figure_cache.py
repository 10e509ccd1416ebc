"""The 工作台's last computed figures, kept in the database (figure_cache) with the time they were computed.

A window opens on the figures computed last time for the same scope, marked with their time, while
fresh ones are computed off the GUI thread; those replace them on screen and here. The figures are
StatisticsService.summary's, as `stats --json` prints them. The key is the scope as the reader may see
it (a coordinator's figures count only their platforms), so nobody is shown figures they may not read.
Derived data: never audited; a database that cannot be written (read-only, damaged) simply keeps none.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from app.db.errors import DatabaseEnvironmentError
from app.db.session import Database
from app.models._base import table_of
from app.models.figures import FigureCache
from app.services import permissions
from app.services.actor import Actor
from app.services.scope import Scope

log = logging.getLogger(__name__)
FC = table_of(FigureCache).c


@dataclass(frozen=True)
class CachedFigures:
    figures: dict[str, Any]
    computed_at: datetime  # UTC


def cache_key(actor: Actor, scope: Scope | None) -> str:
    restricted = permissions.restrict(actor, scope)
    return json.dumps(restricted.as_dict(), ensure_ascii=False, sort_keys=True, default=str)


class FigureCacheService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def load(self, scope: Scope | None = None) -> CachedFigures | None:
        """The figures last computed for this scope and reader, or None."""
        key = cache_key(self.actor, scope)
        try:
            with self.db.session(write=False) as s:
                row = s.execute(sa.select(FC.figures, FC.computed_at).where(FC.key == key)).first()
        except SQLAlchemyError as exc:  # a cache: never worth an error on screen
            log.warning("cached figures not read: %s", exc)
            return None
        if row is None:
            return None
        try:
            figures = json.loads(row.figures)
        except ValueError:
            return None
        return CachedFigures(figures, row.computed_at) if isinstance(figures, dict) else None

    def store(
        self, scope: Scope | None, figures: dict[str, Any], computed_at: datetime | None = None
    ) -> None:
        """Keep `figures` as the last computed for this scope and reader."""
        state = self.db.state
        if state.read_only or state.checking:  # not worth waiting for, nor an error: shown, not kept
            return
        key = cache_key(self.actor, scope)
        moment = computed_at or datetime.now(UTC)
        text = json.dumps(figures, ensure_ascii=False, default=str)
        table = table_of(FigureCache)
        try:
            with self.db.session() as s:
                done = s.execute(
                    sa.update(table)
                    .where(FC.key == key)
                    .values(figures=text, computed_at=moment, updated_at=moment, version=FC.version + 1)
                )
                if not done.rowcount:  # type: ignore[attr-defined]
                    s.add(FigureCache(key=key, computed_at=moment, figures=text))
        except (SQLAlchemyError, DatabaseEnvironmentError) as exc:  # read-only, damaged, locked…
            log.warning("figures not cached: %s", exc)
