"""Records a bulk writer (an import) creates in one transaction, and the 办理 steps recorded on them.

A new record is staged as a plain `Staged` object holding every column's value (no ORM object, no
flush); the writer inserts the rows of a batch at once through app.db.bulk. The 办理 steps keep all
their rules (handling.py): bound to a `StepSink` (HandlingService(..., sink=...)) they find a staged
suggestion here, change it in memory, and hand their timeline events, unit rows and 交办单 numbers to
the sink, which writes them after the batch's records — each kind in one insert, the numbers through
services.numbering in the order the steps were recorded.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, SQLModel

from app.db.bulk import BulkInserts
from app.models._base import fresh_values, table_of
from app.models.suggestions import FollowUpEvent, SuggestionUnit
from app.services import numbering


class Staged:
    """A new record's values as attributes (what the services read and the steps change)."""

    id: uuid.UUID
    if TYPE_CHECKING:  # every column of the model is an attribute

        def __getattr__(self, name: str) -> Any: ...

    def __init__(self, model: type[SQLModel], values: dict[str, Any]) -> None:
        self.__dict__.update(fresh_values(model, values))

    def model_dump(self) -> dict[str, Any]:
        return dict(self.__dict__)


class StepSink:
    """The staged suggestions of a batch, and what their steps wrote, until `write`."""

    def __init__(self, inserts: BulkInserts) -> None:
        self.inserts = inserts
        self.staged: dict[uuid.UUID, Staged] = {}
        self.events: list[dict[str, Any]] = []
        self.units: list[dict[str, Any]] = []
        self.numbers: list[tuple[str, date]] = []

    def get(self, record_id: uuid.UUID) -> Staged | None:
        return self.staged.get(record_id)

    def event(self, values: dict[str, Any]) -> None:
        self.events.append(fresh_values(FollowUpEvent, values))

    def unit(self, values: dict[str, Any]) -> None:
        self.units.append(fresh_values(SuggestionUnit, values))

    def number(self, record_key: str, issued_on: date) -> None:
        self.numbers.append((record_key, issued_on))

    def write(self, s: Session) -> None:
        """Insert what the steps collected (after the records they belong to), then start afresh."""
        self.inserts.insert(table_of(FollowUpEvent), self.events)
        self.inserts.insert(table_of(SuggestionUnit), self.units)
        numbering.issue_many(s, numbering.ASSIGNMENT, self.numbers)
        self.staged, self.events, self.units, self.numbers = {}, [], [], []

    def discard(self) -> None:
        self.staged, self.events, self.units, self.numbers = {}, [], [], []
