"""The audit trail, written in the caller's transaction."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, SQLModel

from app.models.audit import AuditEntry
from app.models.enums import AuditAction
from app.services.actor import Actor

_SKIP = {"created_at", "updated_at"}


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(obj: SQLModel | None) -> dict[str, Any] | None:
    if obj is None:
        return None
    return {k: _plain(v) for k, v in obj.model_dump().items() if k not in _SKIP}


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: uuid.UUID | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=json.dumps(before, ensure_ascii=False, sort_keys=True) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else None,
        note=note,
    )
    session.add(entry)
    return entry
