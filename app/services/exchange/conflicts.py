"""The review list of conflicts: fields both sides changed, each waiting for a clerk's choice.

Choosing writes the chosen value into the record (a new revision, so the choice travels back in the next
package), audits it, and marks the conflict resolved. A coordinator sees and resolves only the
conflicts of their platforms' records; the office's lists are the office's to decide.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.messages import msg
from app.models._base import new_revision, table_of
from app.models.enums import AuditAction
from app.models.exchange import ExchangeConflict
from app.models.revisions import record_tombstones
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.audit_text import Describer, entity_label, field_label
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.exchange.kinds import KINDS, Kind
from app.services.exchange.state import DELETED
from app.services.listing import ListQuery, ListSpec, Page, Sort, by_column, run_list

EC = table_of(ExchangeConflict).c
MINE, THEIRS = "mine", "theirs"
_BY_ENTITY: dict[str, Kind] = {}
for _kind in KINDS:
    _BY_ENTITY.setdefault(_kind.entity, _kind)


def kind_of(entity: str) -> Kind:
    return _BY_ENTITY[entity]


class ConflictService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def list_spec(self) -> ListSpec:
        columns = {
            "created_at": EC.created_at,
            "entity": EC.entity,
            "record_label": EC.record_label,
            "field": EC.field,
            "peer_name": EC.peer_name,
            "theirs_at": EC.theirs_at,
            "resolved_at": EC.resolved_at,
        }
        return ListSpec(
            table=table_of(ExchangeConflict),
            fields=[
                EC.id,
                EC.record_id,
                EC.version,
                EC.base,
                EC.mine,
                EC.theirs,
                EC.theirs_by,
                EC.resolution,
                EC.resolved_by,
                EC.platform_id,
                *(c.label(k) for k, c in columns.items()),
            ],
            joins=[],
            columns=columns,
            search=[EC.record_label, EC.peer_name],
            filters={
                "open": lambda v: EC.resolved_at.is_(None) if v else EC.resolved_at.is_not(None),
                "record_id": lambda v: EC.record_id == v,
            },
            default=Sort(by_column(EC.created_at), descending=True),
            platform=EC.platform_id,
        )

    def list(self, query: ListQuery | None = None) -> Page:
        """Conflicts (filter open=True for the review list), with their values in words."""
        with self.db.session(write=False) as s:
            page = run_list(
                s, self.list_spec(), query or ListQuery(), visible=permissions.visible_platforms(self.actor)
            )
            describer = Describer(s, mask=False)
            for row in page.rows:
                self._words(describer, row)
        return page

    def open_count(self) -> int:
        return self.list(ListQuery(filters={"open": True}, limit=1)).total

    @staticmethod
    def _words(describer: Describer, row: dict[str, Any]) -> None:
        entity, name = row["entity"], row["field"]
        row["kind_label"] = entity_label(entity) if entity not in _BY_ENTITY else _BY_ENTITY[entity].label
        if name == DELETED:
            row["field_label"] = "删除"
            words = {"deleted": "已删除", "kept": "保留"}
            row["base_text"] = "（空）"
            row["mine_text"] = words.get(json.loads(row["mine"]), "保留")
            row["theirs_text"] = "删除" if json.loads(row["theirs"]) == "deleted" else "保留（已修改）"
            return
        row["field_label"] = field_label(name, entity)
        row["base_text"] = (
            "（不详）" if row["base"] is None else describer.value(entity, name, json.loads(row["base"]))
        )
        row["mine_text"] = describer.value(entity, name, json.loads(row["mine"]))
        row["theirs_text"] = describer.value(entity, name, json.loads(row["theirs"]))
        row["resolution_label"] = {MINE: "采用本机的值", THEIRS: "采用对方的值", "same": "双方已一致"}.get(
            row.get("resolution") or "", ""
        )

    def resolve(self, conflict_id: uuid.UUID, choice: str, *, expected_version: int | None = None) -> None:
        """Keep this database's value (`mine`) or take the other side's (`theirs`), and mark it resolved."""
        if choice not in (MINE, THEIRS):
            raise ValidationError({"choice": msg("请选择采用本机的值或对方的值")})
        permissions.require_write(self.actor)
        with self.db.session() as s:
            conflict = s.get(ExchangeConflict, conflict_id)
            if conflict is None:
                raise NotFoundError(msg("找不到该冲突（可能已被处理）。"))
            if conflict.resolved_at is not None or (
                expected_version is not None and conflict.version != expected_version
            ):
                raise ConflictError(msg("该冲突已被他人处理，请刷新后查看。"))
            kind = kind_of(conflict.entity)
            conn = s.connection()
            row = (
                conn.execute(sa.select(kind.table).where(kind.table.c.id == conflict.record_id))
                .mappings()
                .first()
            )
            permissions.require_change(
                self.actor, kind.area, *([conflict.platform_id] if kind.platform_sql() is not None else [])
            )
            if conflict.field == DELETED:
                self._resolve_deletion(s, kind, conflict, dict(row) if row else None, choice)
            elif row is None:
                raise NotFoundError(msg("该记录已不在本机，冲突无法处理。"))
            else:
                self._resolve_field(s, kind, conflict, dict(row), choice)
            conflict.resolved_at = datetime.now(UTC)
            conflict.resolved_by = self.actor.username
            conflict.resolution = choice
            s.add(conflict)

    def _resolve_field(
        self, s: Session, kind: Kind, c: ExchangeConflict, row: dict[str, Any], choice: str
    ) -> None:
        name = c.field
        t = kind.table
        value = kind.decoders[name](json.loads(c.theirs)) if choice == THEIRS else row[name]
        values: dict[str, Any] = {name: value}
        for derived, derive in kind.derived.items():
            values[derived] = derive({**row, name: value})
        # A write even when the value stays: the choice gets a revision of its own and travels back.
        s.connection().execute(
            sa.update(t).where(t.c.id == c.record_id).values(**values, version=t.c.version + 1)
        )
        before = {name: kind.encoders[name](row[name])}
        after = {name: kind.encoders[name](value)}
        audit.record(
            s,
            self.actor,
            AuditAction.UPDATE,
            kind.entity,
            c.record_id,
            before=before,
            after=after,
            note=f"处理数据交换冲突：“{field_label(name, kind.entity)}”采用"
            f"{'对方' if choice == THEIRS else '本机'}的值（{c.peer_name}）",
        )

    def _resolve_deletion(
        self, s: Session, kind: Kind, c: ExchangeConflict, row: dict[str, Any] | None, choice: str
    ) -> None:
        conn = s.connection()
        t = kind.table
        note = (
            f"处理数据交换冲突（删除）：采用{'对方' if choice == THEIRS else '本机'}的做法（{c.peer_name}）"
        )
        if row is not None:  # kept here, deleted there
            if choice == THEIRS:
                conn.execute(sa.delete(t).where(t.c.id == c.record_id))
                record_tombstones(conn, kind.entity, [(c.record_id, row["revision"])])
                audit.record(s, self.actor, AuditAction.DELETE, kind.entity, c.record_id, note=note)
            else:
                conn.execute(sa.update(t).where(t.c.id == c.record_id).values(version=t.c.version + 1))
                audit.record(s, self.actor, AuditAction.UPDATE, kind.entity, c.record_id, note=note)
            return
        if choice == THEIRS:  # deleted here, changed there: bring it back as they have it
            record = json.loads(json.loads(c.theirs))
            values = {f: kind.decoders[f](v) for f, v in record["v"].items() if f in kind.fields}
            now = datetime.now(UTC)
            created = kind.decoders["created_at"](record.get("created_at")) or now
            values.update(
                id=c.record_id,
                created_at=created,
                updated_at=now,
                version=1,
                revision=new_revision(),
                parent_revision=record.get("rev"),
            )
            for derived, derive in kind.derived.items():
                values[derived] = derive(values)
            conn.execute(sa.insert(t).values(**values))
            audit.record(s, self.actor, AuditAction.CREATE, kind.entity, c.record_id, note=note)
        else:
            audit.record(s, self.actor, AuditAction.UPDATE, "exchange_conflict", c.id, note=note)
