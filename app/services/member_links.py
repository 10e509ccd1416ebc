"""Members named on a record (a 社情民意信息's submitters, a 调研报告's authors): replace and read them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from app.messages import msg
from app.models._base import table_of
from app.models.enums import AuditAction
from app.models.members import Member
from app.services import audit, record_checks
from app.services.actor import Actor
from app.services.names import stroke_sort_text
from app.services.validation import raise_if

ME = table_of(Member).c


def replace_links(
    s: Session,
    actor: Actor,
    link: type[SQLModel],
    parent: str,
    parent_id: uuid.UUID,
    member_ids: Iterable[uuid.UUID],
    entity: str,
) -> None:
    """Make the members linked to `parent_id` exactly `member_ids` (order kept), audited once."""
    wanted = list(dict.fromkeys(member_ids))
    missing = record_checks.missing_members(s, wanted)
    if missing:
        raise_if({"members": msg("有 {missing} 名委员不存在", missing=missing)})
    table = table_of(link)
    column = table.c[parent]
    before = [str(m) for m in s.execute(sa.select(table.c.member_id).where(column == parent_id)).scalars()]
    after = [str(m) for m in wanted]
    if sorted(before) == sorted(after):
        return
    s.execute(sa.delete(link).where(column == parent_id))  # ORM-enabled: each row leaves a tombstone
    for member_id in wanted:
        s.add(link(**{parent: parent_id, "member_id": member_id}))
    s.flush()
    audit.record(
        s, actor, AuditAction.UPDATE, entity, parent_id, before={"members": before}, after={"members": after}
    )


def linked_members(
    s: Session, link: type[SQLModel], parent: str, parent_ids: list[Any]
) -> dict[Any, list[tuple[uuid.UUID, str]]]:
    """{parent: [(member id, name)]} in 姓氏笔画 order, for a batch of records."""
    out: dict[Any, list[tuple[uuid.UUID, str]]] = {}
    if not parent_ids:
        return out
    table = table_of(link)
    rows = s.execute(
        sa.select(table.c[parent], ME.id, ME.name)
        .join(table_of(Member), ME.id == table.c.member_id)
        .where(table.c[parent].in_(parent_ids))
    ).all()
    for parent_id, member_id, name in sorted(rows, key=lambda r: stroke_sort_text(r[2])):
        out.setdefault(parent_id, []).append((member_id, name))
    return out


def name_people(
    s: Session,
    link: type[SQLModel],
    parent: str,
    rows: list[dict[str, Any]],
    others: str,
    into: str,
    *,
    nobody: str | None = None,
) -> None:
    """Each row's people as one line: its linked members (姓氏笔画 order), then the free text in `others`,
    joined with 、 into `into` (`nobody` when nobody is named)."""
    names = linked_members(s, link, parent, [r["id"] for r in rows])
    for row in rows:
        people = [n for _id, n in names.get(row["id"], [])] + [x for x in (row.get(others),) if x]
        row[into] = "、".join(people) or nobody
