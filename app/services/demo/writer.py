"""Bulk writing with SQLAlchemy Core: rows are plain dicts, inserted table by table in foreign-key order."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa

from app.models import (
    ActivityAttendance,
    ConsultationSession,
    DocumentNumber,
    DutyActivity,
    FollowUpEvent,
    HandlingUnit,
    LeaderInstruction,
    Member,
    OpinionSubmitter,
    Platform,
    PlatformMembership,
    PublicOpinion,
    ReportAuthor,
    ResearchReport,
    ResultOutcome,
    ResultsReport,
    SessionAttendance,
    SessionParticipant,
    Suggestion,
    SuggestionUnit,
    Topic,
)
from app.models._base import StoredUuid, UTCDateTime, micros_of, table_of

# Parents before children, so every foreign key points at a row already written.
TABLE_ORDER: tuple[sa.Table, ...] = tuple(
    table_of(m)
    for m in (
        HandlingUnit,
        Member,
        Platform,
        PlatformMembership,
        Topic,
        ConsultationSession,
        SessionAttendance,
        SessionParticipant,
        DutyActivity,
        ActivityAttendance,
        Suggestion,
        SuggestionUnit,
        ResearchReport,
        ReportAuthor,
        PublicOpinion,
        OpinionSubmitter,
        ResultsReport,
        DocumentNumber,
        LeaderInstruction,
        ResultOutcome,
        FollowUpEvent,
    )
)
_OFFICE_HOURS_START = time(1, 0, tzinfo=UTC)  # 09:00 in China (UTC+8)
_MINUTES = tuple(timedelta(minutes=m) for m in range(480))  # an eight-hour working day


class Stamper:
    """Deterministic ids and timestamps drawn from the demo's seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._mornings: dict[date, datetime] = {}

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def at(self, day: date) -> datetime:
        """A moment during office hours on `day`, timezone-aware UTC."""
        morning = self._mornings.get(day)
        if morning is None:
            morning = self._mornings[day] = datetime.combine(day, _OFFICE_HOURS_START)
        return morning + _MINUTES[int(self.rng.random() * 480)]

    def base(self, created: date, updated: date | None = None) -> dict[str, Any]:
        """The columns every table shares."""
        created_at = self.at(created)
        updated_at = created_at if updated is None or updated <= created else self.at(updated)
        record_id = self.uuid()
        # A revision like any first write gives (app/models/_base.py), derived from the id so that the
        # same seed still writes the same rows.
        revision = uuid.uuid5(record_id, "revision").hex
        return {"id": record_id, "created_at": created_at, "updated_at": updated_at, "version": 1,
                "revision": revision, "parent_revision": None}  # fmt: skip


def _sqlite_uuid(value: uuid.UUID) -> bytes:
    return value.bytes


def _sqlite_date(value: date) -> str:
    return value.isoformat()


def _converters(table: sa.Table, dialect: sa.Dialect) -> list[tuple[str, Callable[[Any], Any]]]:
    """Per-column conversions to what the driver stores, exactly as the column types would bind them.

    PostgreSQL's driver takes UUIDs, dates and aware datetimes as they are. SQLite stores ids as 16
    bytes and moments as microseconds since 1970 UTC (app/models/_base.py), dates as 'YYYY-MM-DD'.
    """
    if dialect.name != "sqlite":
        return []
    out: list[tuple[str, Callable[[Any], Any]]] = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, sa.Uuid | StoredUuid):
            out.append((column.name, _sqlite_uuid))
        elif isinstance(kind, UTCDateTime):
            out.append((column.name, micros_of))
        elif isinstance(kind, sa.Date):
            out.append((column.name, _sqlite_date))
    return out


class BulkWriter:
    """Collects rows per table and inserts them with executemany, in one caller-owned transaction.

    Rows go through an untyped Core insert with values already in the driver's form: the typed
    per-value bind processing costs more than SQLite's own insert work at this volume.
    """

    def __init__(self, conn: sa.Connection, batch_size: int = 5000) -> None:
        self.conn = conn
        self.batch_size = batch_size
        self.pending: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLE_ORDER}
        self.written: Counter[str] = Counter()
        self._plain = {t.name: sa.table(t.name, *(sa.column(c.name) for c in t.columns)) for t in TABLE_ORDER}
        self._convert = {t.name: _converters(t, conn.dialect) for t in TABLE_ORDER}

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.pending[table].append(row)

    def flush(self) -> None:
        for table in TABLE_ORDER:
            rows = self.pending[table.name]
            if not rows:
                continue
            converters = self._convert[table.name]
            if converters:
                # Row by row, so a value shared by two columns (created_at and updated_at are often the
                # same object) is converted once.
                for row in rows:
                    last_in: Any = None
                    last_out: Any = None
                    for column, convert in converters:
                        value = row[column]
                        if value is None:
                            continue
                        if value is not last_in:
                            last_in, last_out = value, convert(value)
                        row[column] = last_out
            stmt = sa.insert(self._plain[table.name])
            for start in range(0, len(rows), self.batch_size):
                self.conn.execute(stmt, rows[start : start + self.batch_size])
            self.written[table.name] += len(rows)
            self.pending[table.name] = []

    @property
    def total(self) -> int:
        return sum(self.written.values())
