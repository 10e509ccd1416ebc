"""The audit trail on screen and on paper: filter it, read one entry field by field, export it to Excel.

Administrators and clerks only. Filters (ListQuery.filters): `actor` (username), `entity` (record kind),
`action`, `date_from` / `date_to` (local dates), `entity_id`. Newest first. Exports mask phone numbers
(services.masking) and are themselves logged.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.audit import AuditEntry
from app.models.enums import AuditAction
from app.models.users import User
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.audit_text import (
    ENTITY_LABELS,
    Describer,
    FieldChange,
    changed_fields,
    entity_label,
    field_label,
    load,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.listing import Joined, ListQuery, ListSpec, Page, Sort, by_column, run_list

AE = table_of(AuditEntry).c
UT = table_of(User).c
PAGE = 500
EXPORT_LIMIT = 200_000
SHEET = "操作日志"


@dataclass(frozen=True)
class LogEntry:
    id: uuid.UUID
    seq: int
    at: datetime  # local time
    username: str
    actor_name: str
    action: AuditAction | None
    action_label: str
    entity: str
    entity_label: str
    entity_id: uuid.UUID | None
    note: str | None
    changes: list[FieldChange]

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(timespec="seconds"),
            "actor": self.username,
            "actor_name": self.actor_name,
            "action": self.action.value if self.action else None,
            "action_label": self.action_label,
            "entity": self.entity,
            "entity_label": self.entity_label,
            "entity_id": str(self.entity_id) if self.entity_id else None,
            "note": self.note,
            "changes": [
                {"field": c.field, "label": c.label, "before": c.before, "after": c.after}
                for c in self.changes
            ],
        }


def _local_start(day: Any) -> datetime:
    value = day if isinstance(day, date) else date.fromisoformat(str(day))
    return datetime.combine(value, time.min).astimezone()


def _action(value: Any) -> AuditAction | None:
    try:
        return AuditAction(getattr(value, "value", value))
    except ValueError:
        return None


class AuditLogService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def list_spec(self) -> ListSpec:
        name = sa.func.coalesce(UT.display_name, AE.actor)
        columns = {"seq": AE.seq, "at": AE.at, "actor": AE.actor, "actor_name": name, "action": AE.action,
                   "entity": AE.entity, "note": AE.note}  # fmt: skip
        return ListSpec(
            table=table_of(AuditEntry),
            fields=[AE.id, AE.entity_id, AE.before, AE.after, *(c.label(k) for k, c in columns.items())],
            joins=[Joined(table_of(User), UT.username == AE.actor)],
            columns=columns,
            search=[AE.note, AE.actor, UT.display_name],
            filters={
                "actor": lambda v: AE.actor == str(v),
                "entity": lambda v: AE.entity == str(v),
                "action": lambda v: AE.action == AuditAction(v).value,
                "entity_id": lambda v: AE.entity_id == (v if isinstance(v, uuid.UUID) else uuid.UUID(str(v))),
                "date_from": lambda v: AE.at >= _local_start(v),
                "date_to": lambda v: AE.at < _local_start(v) + timedelta(days=1),
            },
            sorts={"seq": by_column(AE.seq, nullable=False)},
            default=Sort(by_column(AE.seq, nullable=False), descending=True),
            platform=None,  # administrators and clerks only: they see everything
        )  # fmt: skip

    def list(self, query: ListQuery | None = None) -> Page:
        """A page of entries; each row gets Chinese labels and `changed` (the changed fields' names)."""
        permissions.require_audit(self.actor)
        with self.db.session(write=False) as s:
            page = run_list(s, self.list_spec(), query or ListQuery())
        for row in page.rows:
            action = _action(row["action"])
            row["action_label"] = action.label if action else str(row["action"])
            row["entity_label"] = entity_label(row["entity"])
            row["at"] = row["at"].astimezone() if row["at"] else None
            fields = changed_fields(row["entity"], load(row.pop("before")), load(row.pop("after")))
            row["changed"] = "、".join(field_label(f, row["entity"]) for f in fields[:8]) + (
                "等" if len(fields) > 8 else ""
            )
        return page

    def entry(self, entry_id: uuid.UUID, *, mask: bool = False) -> LogEntry:
        permissions.require_audit(self.actor)
        with self.db.session(write=False) as s:
            row = s.execute(self.list_spec().select().where(AE.id == entry_id)).mappings().first()
            if row is None:
                raise NotFoundError(msg("找不到该条操作日志。"))
            return self._entry(Describer(s, mask=mask), dict(row))

    def entries(self, query: ListQuery | None = None, *, mask: bool = True) -> Iterator[LogEntry]:
        """Every entry matching the query's filters, newest first, with its changes (for exports)."""
        permissions.require_audit(self.actor)
        base = query or ListQuery()
        cursor = None
        with self.db.session(write=False) as s:
            describer = Describer(s, mask=mask)
            while True:
                chunk = ListQuery(base.search, base.filters, limit=PAGE, count=False, cursor=cursor)
                page = run_list(s, self.list_spec(), chunk)
                for row in page.rows:
                    yield self._entry(describer, row)
                if page.next_cursor is None:
                    return
                cursor = page.next_cursor

    @staticmethod
    def _entry(describer: Describer, row: dict[str, Any]) -> LogEntry:
        action = _action(row["action"])
        return LogEntry(
            id=row["id"], seq=row["seq"], at=row["at"].astimezone(), username=row["actor"],
            actor_name=row["actor_name"], action=action,
            action_label=action.label if action else str(row["action"]), entity=row["entity"],
            entity_label=entity_label(row["entity"]), entity_id=row["entity_id"], note=row["note"],
            changes=describer.changes(row["entity"], load(row["before"]), load(row["after"])),
        )  # fmt: skip

    # -- filter choices ---------------------------------------------------------------------------
    def people(self) -> builtins.list[tuple[str, str]]:
        """(username, 姓名（用户名）) of everyone in the log."""
        permissions.require_audit(self.actor)
        stmt = (
            sa.select(AE.actor, sa.func.max(UT.display_name))
            .outerjoin(table_of(User), UT.username == AE.actor)
            .group_by(AE.actor)
            .order_by(AE.actor)
        )
        with self.db.session(write=False) as s:
            return [(u, f"{n}（{u}）" if n and n != u else u) for u, n in s.execute(stmt).all()]

    @staticmethod
    def entity_choices() -> builtins.list[tuple[str, str]]:
        return list(ENTITY_LABELS.items())

    @staticmethod
    def action_choices() -> builtins.list[tuple[str, str]]:
        return AuditAction.choices()

    # -- export -----------------------------------------------------------------------------------
    def export(self, path: str | Path, query: ListQuery | None = None) -> int:
        """Write the filtered log to an Excel workbook (phones masked); returns the rows written."""
        from app.reports.excel.sheet_writer import INTEGER, LONG_TEXT, Column, LedgerSheetWriter, SheetSpec
        from app.reports.excel.workbook import discard, new_workbook, save_atomically

        permissions.require_audit(self.actor)
        columns = (
            Column("seq", "序号", INTEGER, width=8),
            Column("at", "时间", width=20),
            Column("actor", "操作人", width=16),
            Column("action", "操作"),
            Column("entity", "记录类型"),
            Column("changes", "变更内容（修改前 → 修改后）", LONG_TEXT, width=60),
            Column("note", "说明", LONG_TEXT, width=30),
            Column("entity_id", "记录编号", printed=False),
        )
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            raise ValidationError({"path": msg("导出文件的扩展名应为 .xlsx")})
        if not target.parent.is_dir():
            raise ValidationError({"path": msg("文件夹“{parent}”不存在", parent=target.parent)})
        wb = new_workbook()
        today = date.today()
        made = f"制表日期：{today.year}年{today.month}月{today.day}日　　制表人：{self.actor.display_name}"
        title = f"操作日志（{_filters_text(query)}）"
        spec = SheetSpec(SHEET, title, f"{made}　　（联系电话已隐去）", columns)

        def rows() -> Iterator[tuple[Any, ...]]:
            for n, e in enumerate(self.entries(query, mask=True)):
                if n >= EXPORT_LIMIT:
                    return
                changes = "\n".join(f"{c.label}：{c.before} → {c.after}" for c in e.changes)
                yield (e.seq, e.at.strftime("%Y-%m-%d %H:%M:%S"), f"{e.actor_name}（{e.username}）",
                       e.action_label, e.entity_label, changes or None, e.note,
                       str(e.entity_id) if e.entity_id else None)  # fmt: skip

        try:
            result = LedgerSheetWriter(wb, spec).write(rows())
            save_atomically(wb, target)
        except BaseException:
            discard(wb)
            raise
        with self.db.session() as s:
            audit.record(s, self.actor, AuditAction.EXPORT, "audit_log", None,
                         after={"file": target.name, "rows": result.rows, "filters": _plain(query)},
                         note="导出操作日志（联系电话已隐去）")  # fmt: skip
        return result.rows


def _plain(query: ListQuery | None) -> dict[str, str]:
    return {k: str(v) for k, v in (query.filters if query else {}).items() if v not in (None, "")}


def _filters_text(query: ListQuery | None) -> str:
    filters = _plain(query)
    parts = []
    if "date_from" in filters or "date_to" in filters:
        parts.append(f"{filters.get('date_from', '开始')}至{filters.get('date_to', '今')}")
    if "actor" in filters:
        parts.append(f"操作人 {filters['actor']}")
    if "entity" in filters:
        parts.append(entity_label(filters["entity"]))
    if "action" in filters:
        action = _action(filters["action"])
        parts.append(action.label if action else filters["action"])
    return " · ".join(parts) or "全部"
