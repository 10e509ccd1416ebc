"""Deletions between installations: a row deleted here that the sender still sends, and a sender's
tombstone for a row still here. Either way a row changed on the other side since the last exchange is
not deleted or kept silently: it becomes a conflict ("删除") for a clerk to decide."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.models.revisions import record_tombstones
from app.services.exchange.merge import MISSING, Base
from app.services.exchange.state import DELETED, EB

if TYPE_CHECKING:
    from app.services.exchange.records import KindMerger


def deleted_here(
    merger: KindMerger,
    record_id: uuid.UUID,
    label: str,
    line: dict[str, Any],
    theirs: dict[str, Any],
    rev: str | None,
    received: Base | None,
    tomb: Any,
) -> None:
    """They send a record deleted here: keep it deleted unless they changed it since."""
    if rev is not None and (rev == tomb or (received is not None and rev == received.revision)):
        merger.out.outcomes.append("unchanged")
        return
    if received is not None and all(received.values.get(f) == v for f, v in theirs.items()):
        merger.out.outcomes.append("unchanged")
        return
    record = json.dumps({"created_at": line.get("created_at"), "rev": rev, "v": theirs}, ensure_ascii=False)
    merger.out.conflicts.append((record_id, label, DELETED, MISSING, "deleted", record))
    merger.out.outcomes.append("conflicts")


def delete(merger: KindMerger, record_id: uuid.UUID, rev: str | None) -> str | None:
    """A tombstone from the sender: delete here unless changed here since; returns the outcome."""
    t = merger.kind.table
    row = merger.conn.execute(sa.select(t).where(t.c.id == record_id)).mappings().first()
    if row is None:
        return None
    raw = dict(row)
    label = merger.label(raw)
    received = merger.received([record_id]).get(record_id)
    enc = merger.kind.encoders
    mine = {f: enc[f](raw[f]) for f in merger.kind.fields}
    unchanged_here = (rev is not None and raw["revision"] == rev) or (
        received is not None
        and (
            raw["revision"] == received.revision or all(received.values.get(f) == v for f, v in mine.items())
        )
    )
    if not unchanged_here:
        merger.out.conflicts.append((record_id, label, DELETED, MISSING, "kept", "deleted"))
        return "conflicts"
    merger.lookups.prepare(merger.kind, [raw])
    refusal = merger.refusal(raw, raw)
    if refusal is not None:
        merger.refuse(str(record_id), label, refusal)
        return "refused"
    merger.conn.execute(sa.delete(t).where(t.c.id == record_id))
    record_tombstones(merger.conn, merger.kind.entity, [(record_id, raw["revision"])])
    merger.conn.execute(sa.delete(EB).where(EB.c.entity == merger.kind.entity, EB.c.record_id == record_id))
    merger.out.deleted.append((record_id, mine))
    return "updated"
