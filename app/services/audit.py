"""The audit trail, written in the caller's transaction at the end of the hash chain (audit_chain)."""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Callable
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from sqlmodel import Session, SQLModel

from app.models.enums import AuditAction
from app.services import audit_chain
from app.services.actor import Actor

# Never in a snapshot: bookkeeping stamps, and secrets (a password hash stays in its own table).
_SKIP = {"created_at", "updated_at", "revision", "parent_revision", "password_hash"}


# Values a snapshot keeps as they are (an enum member, even one of str, is a type of its own).
_AS_IS = frozenset({str, int, float, bool, type(None)})
# json.dumps(…, ensure_ascii=False, sort_keys=True), its encoder made once (an import writes tens of
# thousands of entries).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _conversion(kind: type) -> Callable[[Any], Any] | None:
    """How a value of `kind` is written in a snapshot (None: as it is): an enum member by its value, an
    id and a date as text."""
    if kind in _AS_IS:
        return None
    if issubclass(kind, enum.Enum):
        return _VALUE
    if issubclass(kind, uuid.UUID):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    return None


# Each type's conversion, found once: a snapshot holds about forty values, most of them enum members,
# ids and dates, and an import writes tens of thousands of snapshots.
_CONVERSIONS: dict[type, Callable[[Any], Any] | None] = {}
_VALUE = attrgetter("value")


def snapshot(obj: SQLModel | None) -> dict[str, Any] | None:
    if obj is None:
        return None
    out: dict[str, Any] = {}
    conversions = _CONVERSIONS
    for key, value in obj.model_dump().items():
        if key in _SKIP:
            continue
        kind = type(value)
        try:
            convert = conversions[kind]
        except KeyError:
            convert = conversions[kind] = _conversion(kind)
        out[key] = value if convert is None else convert(value)
    return out


# The last values written and their text: a step's `before` is most often the previous step's `after`
# (an import records four or five steps on each new suggestion), and comparing costs less than encoding.
# One tuple, replaced whole, so that threads writing at once never pair one's values with another's text.
_last: tuple[dict[str, Any], str] = ({}, "{}")


def _json(values: dict[str, Any] | None) -> str | None:
    global _last
    if values is None:
        return None
    plain = {k: v for k, v in values.items() if k not in _SKIP}
    seen, text = _last
    # equal plain values of the same types (1, 1.0 and True are equal but not written alike; a list
    # may have changed in place since)
    if plain == seen and all(type(v) is type(seen[k]) and type(v) in _AS_IS for k, v in plain.items()):
        return text
    text = _ENCODER.encode(plain)
    _last = (plain, text)
    return text


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
