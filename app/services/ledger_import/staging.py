"""New 协商议事活动 and 意见建议 of an import, written without ORM objects.

A ledger's rows are mostly records new to the database. Each is checked by its entity service
(`validate`, `check_permission`) as any write is, staged as a plain object (handling_sink.Staged),
its 办理 steps recorded on it in memory by HandlingService bound to the batch's StepSink, and the
batch's rows inserted at once (app.db.bulk) with the steps' events, unit rows and 交办单 numbers
after them. The audit entries are the ones the ORM path writes — the record's creation, then each
step's — chained in the batch's buffer.

The services' checks look records up with `session.get`; `Lookups` answers for the records this
import staged (a session row written two batches ago, say) from memory, and asks the session for
everything else (站室组, 承办单位 and 委员 are few and stay in its identity map).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import Session, SQLModel

from app.db.bulk import BulkInserts
from app.models._base import table_of
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.services.handling_sink import Staged, StepSink

STAGED_MODELS: dict[str, type[SQLModel]] = {"session": ConsultationSession, "suggestion": Suggestion}


class Lookups:
    """A session whose `get` finds the records staged by this import first (see the module's text).

    With `pending` (the planner, which writes nothing): ids of records the import will create are
    answered "not stored" without a query, and what the database holds is asked once and kept."""

    def __init__(
        self,
        s: Session,
        staged: dict[uuid.UUID, tuple[type[SQLModel], Staged]],
        pending: set[uuid.UUID] | None = None,
    ) -> None:
        self._s = s
        self._staged = staged
        self._pending = pending
        self._kept: dict[tuple[type[Any], Any], Any] = {}

    def get(self, model: type[Any], ident: Any, **kwargs: Any) -> Any:
        found = self._staged.get(ident) if isinstance(ident, uuid.UUID) else None
        if found is not None and found[0] is model:
            return found[1]
        if self._pending is None or kwargs:
            return self._s.get(model, ident, **kwargs)
        if ident in self._pending:
            return None
        key = (model, ident)
        if key not in self._kept:
            self._kept[key] = self._s.get(model, ident)
        return self._kept[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._s, name)


class Stager:
    """The staged records of the import (kept for lookups), and the batch's rows until `write`."""

    def __init__(self, s: Session) -> None:
        self.inserts = BulkInserts(s.connection())
        self.sink = StepSink(self.inserts)
        self.staged: dict[uuid.UUID, tuple[type[SQLModel], Staged]] = {}
        self.lookups = Lookups(s, self.staged)
        self.batch: dict[str, list[Staged]] = {}

    def stage(self, entity: str, record_id: uuid.UUID, values: dict[str, Any]) -> Staged:
        model = STAGED_MODELS[entity]
        obj = Staged(model, {**values, "id": record_id})
        self.staged[record_id] = (model, obj)
        self.batch.setdefault(entity, []).append(obj)
        if entity == "suggestion":
            self.sink.staged[record_id] = obj
        return obj

    def write(self, s: Session) -> None:
        """Insert the batch's records (sessions before suggestions), then what their steps wrote."""
        for entity, model in STAGED_MODELS.items():
            rows = [obj.model_dump() for obj in self.batch.get(entity, ())]
            self.inserts.insert(table_of(model), rows)
        self.batch = {}
        self.sink.write(s)

    def discard(self, ids: list[uuid.UUID]) -> None:
        """The batch was refused (rolled back to its savepoint): forget what it staged."""
        for record_id in ids:
            self.staged.pop(record_id, None)
        self.batch = {}
        self.sink.discard()
