"""Conflicts found by an import, kept for review: one open entry per record, field and sender (a newer
package from the same sender updates it), and closed by itself when the sender's value comes to agree."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from app.messages import msg
from app.services.actor import Actor
from app.services.audit_text import Describer, field_label
from app.services.exchange.kinds import Kind
from app.services.exchange.merge import MISSING
from app.services.exchange.state import DELETED, EC, Sender, Written
from app.services.exchange.summary import ConflictNote, ImportSummary


def store_conflicts(
    conn: sa.Connection,
    kind: Kind,
    out: Written,
    sender: Sender,
    describer: Describer,
    summary: ImportSummary,
) -> None:
    now = datetime.now(UTC)
    platform_sql = kind.platform_sql()
    for record_id, label, name, base, mine, theirs in out.conflicts:
        platform = None
        if platform_sql is not None:
            platform = conn.execute(sa.select(platform_sql).where(kind.table.c.id == record_id)).scalar()
        values = {
            "base": None if base is MISSING else json.dumps(base, ensure_ascii=False),
            "mine": json.dumps(mine, ensure_ascii=False),
            "theirs": json.dumps(theirs, ensure_ascii=False),
            "package_id": sender.package_id,
            "theirs_by": sender.by[:100],
            "theirs_at": sender.packaged_at,
            "peer_name": sender.name[:100],
            "record_label": label[:200],
            "platform_id": platform,
            "updated_at": now,
        }
        open_id = conn.execute(
            sa.select(EC.c.id).where(
                EC.c.resolved_at.is_(None),
                EC.c.peer_installation_id == sender.installation_id,
                EC.c.entity == kind.entity,
                EC.c.record_id == record_id,
                EC.c.field == name,
            )
        ).scalar()
        if open_id is not None:
            conn.execute(sa.update(EC).where(EC.c.id == open_id).values(**values, version=EC.c.version + 1))
        else:
            conn.execute(
                sa.insert(EC).values(
                    id=uuid.uuid4(),
                    created_at=now,
                    version=1,
                    peer_installation_id=sender.installation_id,
                    entity=kind.entity,
                    record_id=record_id,
                    field=name,
                    **values,
                )
            )
        summary.conflicts.append(
            conflict_note(describer, kind, str(record_id), label, name, base, mine, theirs)
        )


def close_agreed(
    actor: Actor, conn: sa.Connection, kind: Kind, sender: Sender, theirs: dict[uuid.UUID, dict[str, Any]]
) -> None:
    """Open conflicts with this sender that its package no longer disagrees with are closed."""
    rows = conn.execute(
        sa.select(EC.c.id, EC.c.record_id, EC.c.field).where(
            EC.c.resolved_at.is_(None),
            EC.c.peer_installation_id == sender.installation_id,
            EC.c.entity == kind.entity,
            EC.c.field != DELETED,
        )
    ).all()
    now = datetime.now(UTC)
    for conflict_id, record_id, name in rows:
        if record_id not in theirs or name not in theirs[record_id] or name not in kind.table.c:
            continue
        value = conn.execute(sa.select(kind.table.c[name]).where(kind.table.c.id == record_id)).scalar()
        if kind.encoders[name](value) == theirs[record_id][name]:
            conn.execute(
                sa.update(EC)
                .where(EC.c.id == conflict_id)
                .values(
                    resolved_at=now,
                    resolved_by=actor.username,
                    resolution="same",
                    version=EC.c.version + 1,
                )
            )


def conflict_note(
    describer: Describer, kind: Kind, record_id: str, label: str, name: str, base: Any, mine: Any, theirs: Any
) -> ConflictNote:
    if name == DELETED:
        words = {"deleted": msg("已删除"), "kept": msg("保留")}
        return ConflictNote(
            kind.key,
            record_id,
            label,
            name,
            msg("删除"),
            msg("（空）"),
            words.get(str(mine), "保留"),
            words.get(str(theirs), "保留（已修改）"),
        )
    show = lambda v: describer.value(kind.entity, name, v)  # noqa: E731
    return ConflictNote(
        kind.key,
        record_id,
        describe_record(describer, kind, label),
        name,
        field_label(name, kind.entity),
        msg("（不详）") if base is MISSING else show(base),
        show(mine),
        show(theirs),
    )


def describe_record(describer: Describer, kind: Kind, label: str) -> str:
    return describer.value(kind.entity, kind.label_field, label) if label else str(kind.label)
