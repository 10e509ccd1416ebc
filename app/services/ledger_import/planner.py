"""Checking every row of a mapped workbook and planning what to write (nothing is written here).

How a row finds its record: by the record-id column when there is one (our own export; an unknown id
creates the record under that id, so ledgers can move between databases), otherwise by a natural key
(站室组 and 委员 by name, 活动 by 站室组 + 时间 + 议题, 意见建议 by 活动 + 标题). For a record found
by id, every mapped cell is the truth (an emptied cell clears the value); for one found by natural key,
empty cells leave stored values alone. Cells still holding what the export showed are not changes; a
changed row whose record was modified after the export (version column) is refused.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from app.db.session import Database
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.reports.excel import layouts
from app.services import permissions
from app.services.actor import Actor
from app.services.crud import CrudService
from app.services.errors import PermissionDenied, ValidationError
from app.services.hub import Services
from app.services.ledger_import import fields as F
from app.services.ledger_import import rows as ledger_rows
from app.services.ledger_import.context import RowContext, same_as_shown
from app.services.ledger_import.model import (
    WARNING,
    ImportMapping,
    ImportPlan,
    ImportPreview,
    PlannedRecord,
    RowIssue,
    SheetMapping,
    SheetPreview,
)
from app.services.ledger_import.parsers import cell_text, parse_uuid
from app.services.ledger_import.progress import Ticker
from app.services.ledger_import.reader import row_kind
from app.services.ledger_import.resolver import Resolver, notice_lines
from app.services.masking import mask_phone
from app.services.scope import Scope
from app.services.validation import build

MODELS: dict[str, type[SQLModel]] = {
    F.PLATFORM: Platform,
    F.MEMBER: Member,
    F.SESSION: ConsultationSession,
    F.SUGGESTION: Suggestion,
}
LAYOUTS = {
    F.PLATFORM: layouts.PLATFORM_COLUMNS,
    F.MEMBER: layouts.MEMBER_COLUMNS,
    F.SESSION: layouts.SESSION_COLUMNS,
    F.SUGGESTION: layouts.SUGGESTION_COLUMNS,
}
REQUIRED_COLUMNS = {
    F.PLATFORM: ("name",),
    F.MEMBER: ("name",),
    F.SESSION: ("held_on", "topic"),
    F.SUGGESTION: ("title",),
}
# Model fields named in service errors → the import field (column) they come from.
MODEL_FIELDS = {
    "platform_id": "platform",
    "convener_id": "convener",
    "proposer_id": "proposer",
    "proposer_text": "proposer",
    "lead_unit_id": "lead_unit",
    "session_id": "session_ref",
}
SKIPPED_KINDS = {F.DERIVED, F.RECORD_ID, F.VERSION}
CHUNK = 500


class PlannerBase:
    """Shared steps; the per-kind row handlers live in plan_records.RowPlanner."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        preview: ImportPreview,
        mapping: ImportMapping,
        ticker: Ticker,
        today: date | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.preview = preview
        self.mapping = mapping
        self.ticker = ticker
        self.today = today or date.today()
        self.services = Services(db, actor)
        self.issues: list[RowIssue] = []
        self.skipped: list[RowIssue] = []
        self.records: dict[str, list[PlannedRecord]] = defaultdict(list)
        self.unchanged: Counter[str] = Counter()
        self.objects: dict[uuid.UUID, Any] = {}
        self.looked_up: set[uuid.UUID] = set()  # ids already searched for (found or not)
        self.shown: dict[uuid.UUID, dict[str, Any]] = {}
        self.rows_of: dict[uuid.UUID, int] = {}  # record id → first row naming it (duplicates are errors)
        self.s: Session
        self.resolver: Resolver

    # -- the whole run -----------------------------------------------------------------------------
    def run(self) -> ImportPlan:
        permissions.require_write(self.actor)
        mapped = [(sheet, self.mapping.sheets.get(sheet.name)) for sheet in self.preview.sheets]
        self.ticker.total = sum(s.data_rows for s, m in mapped if m is not None and m.target is not None)
        with self.db.session(write=False) as s:
            self.s = s
            self.resolver = Resolver(s, self.mapping)
            for phase in F.PHASES:
                for sheet, sheet_mapping in mapped:
                    if sheet_mapping is not None and sheet_mapping.target == phase:
                        self.plan_sheet(sheet, sheet_mapping)
        created = self.resolver.created
        ordered = [
            *created["platform"],
            *self.records[F.PLATFORM],
            *created["unit"],
            *created["member"],
            *self.records[F.MEMBER],
            *self.records[F.SESSION],
            *self.records[F.SUGGESTION],
        ]
        notices = [RowIssue("", 0, None, text, WARNING) for text in notice_lines(self.resolver.notices)]
        return ImportPlan(
            self.preview, self.mapping, ordered, self.issues + notices, dict(self.unchanged), self.skipped
        )

    def plan_sheet(self, sheet: SheetPreview, sm: SheetMapping) -> None:
        assert sm.target is not None
        target = F.TARGETS[sm.target]
        known = {f.key for f in target.fields}
        header = sheet.rows[sm.header_row - 1] if 0 < sm.header_row <= len(sheet.rows) else ()
        columns: dict[str, int] = {}
        for index, key in sm.columns.items():
            if key is None:
                continue
            if key not in known:
                self.issues.append(RowIssue(sheet.name, 0, None, f"第{index + 1}列对应的字段“{key}”不存在"))
            elif key in columns:
                self.issues.append(
                    RowIssue(sheet.name, 0, None, f"有两列都对应“{target.field(key).label}”，请只保留一列")
                )
            else:
                columns[key] = index
        missing = [target.field(k).label for k in REQUIRED_COLUMNS[target.key] if k not in columns]
        if missing:
            self.issues.append(
                RowIssue(sheet.name, 0, None, f"没有对应“{'”“'.join(missing)}”的列，无法导入此工作表")
            )
            return
        headers: dict[str, tuple[int, str]] = {}
        for key, index in columns.items():
            text = cell_text(header[index]) if index < len(header) else None
            headers[key] = (index, text or target.field(key).label)
        body = sheet.rows[sm.header_row :]
        self.prefetch(target.key, body, columns.get("record_id"))
        handler = getattr(self, f"plan_{target.key}")
        for offset, values in enumerate(body):
            number = sm.header_row + 1 + offset
            if offset % 200 == 0:
                self.ticker.report(
                    self.ticker.done + (200 if offset else 0), f"正在检查工作表“{sheet.name}”第{number}行……"
                )
            kind = row_kind(values)
            if kind == "empty":
                continue
            if kind in ("total", "note"):
                what = "合计行" if kind == "total" else "说明文字"
                self.skipped.append(RowIssue(sheet.name, number, None, f"{what}，已跳过", WARNING))
                continue
            raw = {k: (values[i] if i < len(values) else None) for k, i in columns.items()}
            if all(v in (None, "") for v in raw.values()):
                continue
            handler(RowContext(sheet.name, number, target, raw, headers, self.issues))

    # -- records the file names by id --------------------------------------------------------------
    def prefetch(self, entity: str, body: list[tuple[Any, ...]], id_column: int | None) -> None:
        if id_column is None:
            return
        ids: list[uuid.UUID] = []
        for values in body:
            try:
                rid = parse_uuid(values[id_column]) if id_column < len(values) else None
            except Exception:
                rid = None
            if rid is not None:
                ids.append(rid)
        for start in range(0, len(ids), CHUNK):
            self.load(entity, ids[start : start + CHUNK])

    def load(self, entity: str, ids: list[uuid.UUID]) -> None:
        self.looked_up.update(ids)
        model = MODELS[entity]
        for obj in self.s.execute(sa.select(model).where(model.id.in_(ids))).scalars():  # type: ignore[attr-defined]
            self.objects[obj.id] = obj
        keys = [c.key for c in LAYOUTS[entity]]
        fetch = {
            F.PLATFORM: lambda: ledger_rows.platform_rows(self.s, Scope(), ids, full=True),
            F.MEMBER: lambda: ledger_rows.member_rows(self.s, Scope(), ids, full=True),
            F.SESSION: lambda: ledger_rows.session_rows(self.s, Scope(), ids),
            F.SUGGESTION: lambda: ledger_rows.suggestion_rows(self.s, Scope(), ids, today=self.today),
        }[entity]
        for row in fetch():
            shown = dict(zip(keys, row, strict=True))
            self.shown[shown["record_id"]] = shown

    def existing(self, entity: str, record_id: uuid.UUID) -> Any:
        if record_id not in self.looked_up:
            self.load(entity, [record_id])
        return self.objects.get(record_id)

    def claim(self, ctx: RowContext, record_id: uuid.UUID) -> bool:
        """Record that this row names the record; False (with an error) when another row did."""
        first = self.rows_of.setdefault(record_id, ctx.row)
        if first != ctx.row:
            ctx.error(None, f"与第{first}行是同一条记录，同一记录只能出现一次")
            return False
        return True

    def changed_keys(self, ctx: RowContext, entity: str, obj: Any, by_id: bool) -> list[str]:
        """The mapped fields whose cells differ from what the export shows for the record."""
        shown = self.shown.get(obj.id, {}) if obj is not None else None
        keys = []
        for key in ctx.raw:
            spec = ctx.target.field(key)
            if spec.kind in SKIPPED_KINDS:
                continue
            if shown is not None:
                if not by_id and not ctx.filled(key):
                    continue
                if key in shown and same_as_shown(spec, ctx.raw[key], shown[key]):
                    continue
                if (
                    entity in (F.MEMBER, F.PLATFORM)
                    and key == "phone"
                    and cell_text(ctx.raw[key]) == mask_phone(shown.get("phone"))
                ):
                    continue
            keys.append(key)
        return keys

    def check_version(self, ctx: RowContext, obj: Any) -> int:
        version = ctx.value("version")
        if version is not None and version != obj.version:
            ctx.error(
                "version",
                f"该记录在导出后已被修改（文件中为第 {version} 版，系统中已是第 {obj.version} 版）。"
                "为免覆盖别人的修改，请重新导出后再改这一行",
            )
        return int(obj.version)

    # -- service rules -------------------------------------------------------------------------------
    def build(
        self, ctx: RowContext, schema: type[SQLModel], values: dict[str, Any], fallback: str | None = None
    ) -> dict[str, Any] | None:
        try:
            return build(schema, **values).model_dump()
        except ValidationError as exc:
            self.report(ctx, exc, set(), fallback)
            return None

    def hook(
        self,
        ctx: RowContext,
        service: CrudService[Any, Any, Any],
        values: dict[str, Any],
        existing: Any,
        pending: set[str],
        fallback: str | None = None,
    ) -> dict[str, Any]:
        """Run the entity service's own checks; errors about records this import creates are ignored."""
        try:
            values = service.validate(self.s, values, existing)
        except ValidationError as exc:
            self.report(ctx, exc, pending, fallback)
        try:
            service.check_permission(self.s, values, existing)
        except PermissionDenied as exc:
            ctx.error(None, exc.message)
        return values

    def report(self, ctx: RowContext, exc: ValidationError, pending: set[str], fallback: str | None) -> None:
        known = {f.key for f in ctx.target.fields}
        for field, message in exc.errors.items():
            if field in pending:
                continue
            key = MODEL_FIELDS.get(field, field)
            if key == "session_ref" and not ctx.has("session_ref"):
                key = "session_topic"
            ctx.error(key if key in known and fallback is None else fallback, message)

    def pending_fields(self, values: dict[str, Any]) -> set[str]:
        return {k for k, v in values.items() if isinstance(v, uuid.UUID) and v in self.resolver.pending}

    def add(self, record: PlannedRecord) -> None:
        self.records[record.entity].append(record)
