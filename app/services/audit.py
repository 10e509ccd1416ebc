"""The audit trail, written in the caller's transaction at the end of the hash chain (audit_chain)."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, SQLModel

from app.models.enums import AuditAction
from app.services import audit_chain
from app.services.actor import Actor

# Never in a snapshot: bookkeeping stamps, and secrets (a password hash stays in its own table).
_SKIP = {"created_at", "updated_at", "revision", "parent_revision", "password_hash"}


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


# Values a snapshot keeps as they are (an enum member, even one of str, is a type of its own).
_AS_IS = frozenset({str, int, float, bool, type(None)})
# json.dumps(…, ensure_ascii=False, sort_keys=True), its encoder made once (an import writes tens of
# thousands of entries).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def snapshot(obj: SQLModel | None) -> dict[str, Any] | None:
    if obj is None:
        return None
    return {k: v if type(v) in _AS_IS else _plain(v) for k, v in obj.model_dump().items() if k not in _SKIP}


def _json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return _ENCODER.encode({k: v for k, v in values.items() if k not in _SKIP})


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
) -> dict[str, Any]:
    """Append one entry (who, what, which record, before/after) and return the row written."""
    return audit_chain.append(
        session.connection(),
        {
            "actor": actor.username,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "before": _json(before),
            "after": _json(after),
            "note": note,
        },
    )
