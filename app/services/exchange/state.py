"""What the merge of one package passes around: the sender, what each kind's merge wrote, the tables."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from app.models._base import stored_revision, stored_uuid, table_of
from app.models.exchange import ExchangeBase, ExchangeConflict, Tombstone

EB = table_of(ExchangeBase)
EC = table_of(ExchangeConflict)
TB = table_of(Tombstone)
DELETED = "_deleted"  # the pseudo-field of a conflict between a deletion and an edit


@dataclass
class Sender:
    installation_id: uuid.UUID
    name: str
    seq: int
    office: bool
    platforms: frozenset[uuid.UUID] | None
    package_id: uuid.UUID
    packaged_at: datetime
    by: str  # who exported it, for the conflict list


@dataclass
class Written:
    """What a kind's merge changed, for the audit trail, the search index and the summary."""

    created: list[tuple[uuid.UUID, dict[str, Any]]] = field(default_factory=list)
    updated: list[tuple[uuid.UUID, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    deleted: list[tuple[uuid.UUID, dict[str, Any]]] = field(default_factory=list)
    conflicts: list[tuple[uuid.UUID, str, str, Any, Any, Any]] = field(
        default_factory=list
    )  # id, label, field, b/m/t
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # id, label, reason
    outcomes: list[str] = field(default_factory=list)


_PLAIN_EB = sa.table("exchange_base", *(sa.column(c.name) for c in EB.columns))


def insert_bases(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """Many base rows at once; on SQLite in the stored form already (the typed conversion per value costs
    more than the insert), as app/services/demo/writer.py does for its bulk rows."""
    if conn.dialect.name != "sqlite":
        conn.execute(sa.insert(EB), rows)
        return
    plain = [
        {**r, "peer_id": stored_uuid(r["peer_id"]), "record_id": stored_uuid(r["record_id"]),
         "revision": stored_revision(r["revision"])}
        for r in rows
    ]  # fmt: skip
    conn.execute(sa.insert(_PLAIN_EB), plain)
