"""Bulk writing with SQLAlchemy Core: rows are plain dicts, inserted table by table in foreign-key order."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from hashlib import sha1
from typing import Any

import sqlalchemy as sa

from app.db.bulk import BulkInserts
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
from app.models._base import table_of

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
_UUID = uuid.UUID
_V5_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)  # version and variant bits
_V5_SET = (5 << 76) | (0x8000 << 48)  # version 5, RFC 4122 variant
_V7_CLEAR = _V5_CLEAR & ((1 << 80) - 1)
_V7_SET = (7 << 76) | (0x8000 << 48)  # version 7, RFC 4122 variant
_new, _set, _UNKNOWN = object.__new__, object.__setattr__, uuid.SafeUUID.unknown
_OFFICE_HOURS_START = time(1, 0, tzinfo=UTC)  # 09:00 in China (UTC+8)
# An eight-hour working day in steps of two minutes: two years of such moments (≈ 180,000) stay within
# the bulk writer's memo of converted timestamps, so each is converted by its column type once.
_MINUTES = tuple(timedelta(minutes=m) for m in range(0, 480, 2))


class Stamper:
    """Deterministic ids and timestamps drawn from the demo's seeded random source.

    Ids have the layout of UUID version 7 (RFC 9562): 48 bits of milliseconds, counting up by one from
    the start of `ids_from` with each id, then 74 random bits. Rows are written in the order their ids
    are made, so every table's primary-key index is appended to instead of written all over (with
    random ids, each insert at millions of rows lands on another page of an index larger than the
    cache). The random part keeps ids of loads that share a day (an append) apart; each id draws 128
    bits as uuid4-style ids did, so every other value a seed gives stays what it was.
    """

    def __init__(self, rng: random.Random, ids_from: date) -> None:
        self.rng = rng
        self._moments: dict[date, list[datetime]] = {}
        self._tick = int(datetime.combine(ids_from, time(0, tzinfo=UTC)).timestamp()) * 1000

    def uuid(self) -> uuid.UUID:
        """The next id (made without uuid.UUID's constructor and its checks: a few microseconds each,
        at millions of rows)."""
        self._tick += 1
        made = _new(_UUID)
        _set(made, "int", (self._tick << 80) | (self.rng.getrandbits(128) & _V7_CLEAR) | _V7_SET)
        _set(made, "is_safe", _UNKNOWN)
        return made

    def at(self, day: date) -> datetime:
        """A moment during office hours on `day`, timezone-aware UTC.

        Each moment is one object for the whole load (a day's moments are made when the day is first
        asked for): rows share it, and the bulk writer's memo finds it by identity, its hash computed once.
        """
        moments = self._moments.get(day)
        if moments is None:
            morning = datetime.combine(day, _OFFICE_HOURS_START)
            moments = self._moments[day] = [morning + step for step in _MINUTES]
        return moments[int(self.rng.random() * len(_MINUTES))]

    @staticmethod
    def revision(record_id: _UUID) -> bytes:
        """A revision like any first write gives (app/models/_base.py), derived from the id so that the
        same seed still writes the same rows: uuid5(record_id, "revision") — its 16 bytes, as SQLite
        stores a revision (StoredRevision writes them as text elsewhere)."""
        digest = int.from_bytes(sha1(record_id.int.to_bytes(16) + b"revision").digest()[:16])
        return (digest & _V5_CLEAR | _V5_SET).to_bytes(16)

    def base(self, created: date, updated: date | None = None) -> dict[str, Any]:
        """The columns every table shares."""
        created_at = self.at(created)
        updated_at = created_at if updated is None or updated <= created else self.at(updated)
        record_id = self.uuid()
        revision = self.revision(record_id)
        return {"id": record_id, "created_at": created_at, "updated_at": updated_at, "version": 1,
                "revision": revision, "parent_revision": None}  # fmt: skip


class BulkWriter:
    """Collects rows per table and inserts them in batches, in one caller-owned transaction.

    Rows are plain dicts of Python values; `app.db.bulk` binds them through the columns' own types.
    """

    def __init__(self, conn: sa.Connection, batch_size: int = 5000) -> None:
        self.conn = conn
        self.batch_size = batch_size
        self.pending: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLE_ORDER}
        self.written: Counter[str] = Counter()
        self._inserts = BulkInserts(conn)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.pending[table].append(row)

    def flush(self) -> None:
        for table in TABLE_ORDER:
            rows = self.pending[table.name]
            if not rows:
                continue
            for start in range(0, len(rows), self.batch_size):
                self._inserts.insert(table, rows[start : start + self.batch_size])
            self.written[table.name] += len(rows)
            self.pending[table.name] = []

    @property
    def total(self) -> int:
        return sum(self.written.values())
