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
from collections.abc import Sequence
from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from app.db.session import Database
from app.messages import msg
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
    UnknownWord,
)
from app.services.ledger_import.parsers import cell_text, parse_uuid
from app.services.ledger_import.plan_handling import note_lines
from app.services.ledger_import.progress import Ticker
from app.services.ledger_import.reader import body_rows, row_kind
from app.services.ledger_import.resolver import Resolver, notice_lines
from app.services.ledger_import.staging import Lookups
from app.services.masking import mask_phone
from app.services.office_settings import load_settings
from app.services.scope import Scope
from app.services.validation import build
from app.services.value_words import SHIPPED, import_words

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
    F.EVENT: ("happened_on", "kind", "suggestion_ref"),
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
        self.lookups: Session
        self.resolver: Resolver
        self.words = SHIPPED
        self.unknown: dict[tuple[str, str], UnknownWord] = {}
        self.handling_notes: Counter[str] = Counter()
        self.columns: dict[str, dict[str, tuple[int, str]]] = {}
        self.rows_seen = 0
        self.sheet_platform: str | None = None

    # -- the whole run -----------------------------------------------------------------------------
    def run(self) -> ImportPlan:
        permissions.require_write(self.actor)
        mapped = [(sheet, self.mapping.sheets.get(sheet.name)) for sheet in self.preview.sheets]
        self.ticker.total = sum(s.data_rows for s, m in mapped if m is not None and m.target is not None)
        with self.db.session(write=False) as s:
            self.s = s
            self.words = import_words(load_settings(s).value_words, self.mapping.values)
            self.resolver = Resolver(s, self.mapping, self.words)
            # the services' checks look records up by id: once each, none for the ones still to be made
            self.lookups = cast(Session, Lookups(s, {}, self.resolver.pending))
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
            *self.records[F.EVENT],
        ]
        lines = [*notice_lines(self.resolver.notices), *note_lines(self.handling_notes)]
        notices = [RowIssue("", 0, None, text, WARNING) for text in lines]
        return ImportPlan(
            self.preview,
            self.mapping,
            ordered,
            self.issues + notices,
            dict(self.unchanged),
            self.skipped,
            sorted(self.unknown.values(), key=lambda w: (w.vocabulary, -w.count, w.text)),
            self.columns,
        )

    def plan_sheet(self, sheet: SheetPreview, sm: SheetMapping) -> None:
        assert sm.target is not None
        target = F.TARGETS[sm.target]
        known = {f.key for f in target.fields}
        columns: dict[str, int] = {}
        for index, key in sm.columns.items():
            if key is None:
                continue
            if key not in known:
                self.issues.append(
                    RowIssue(
                        sheet.name,
                        0,
                        None,
                        msg("第{value}列对应的字段“{key}”不存在", value=index + 1, key=key),
                    )
                )
            elif key in columns:
                self.issues.append(
                    RowIssue(
                        sheet.name,
                        0,
                        None,
                        msg("有两列都对应“{label}”，请只保留一列", label=target.field(key).label),
                    )
                )
            else:
                columns[key] = index
        missing = [target.field(k).label for k in REQUIRED_COLUMNS[target.key] if k not in columns]
        if missing:
            self.issues.append(
                RowIssue(
                    sheet.name,
                    0,
                    None,
                    msg("没有对应“{join}”的列，无法导入此工作表", join="”“".join(missing)),
                )
            )
            return
        titles = {c.index: c.header for c in sheet.columns}
        headers: dict[str, tuple[int, str]] = {}
        for key, index in columns.items():
            headers[key] = (index, titles.get(index) or target.field(key).label)
        self.sheet_platform = sm.platform
        self.columns[sheet.name] = headers
        chunk: list[tuple[int, tuple[Any, ...]]] = []
        for number, values in body_rows(self.preview, sheet, sm.header_row + 1):
            chunk.append((number, values))
            if len(chunk) >= CHUNK:
                self.plan_chunk(sheet, target, columns, headers, chunk)
                chunk = []
        self.plan_chunk(sheet, target, columns, headers, chunk)

    def plan_chunk(
        self,
        sheet: SheetPreview,
        target: F.TargetSpec,
        columns: dict[str, int],
        headers: dict[str, tuple[int, str]],
        chunk: list[tuple[int, tuple[Any, ...]]],
    ) -> None:
        self.prefetch(target.key, [values for _n, values in chunk], columns.get("record_id"))
        handler = getattr(self, f"plan_{target.key}")
        for number, values in chunk:
            if self.rows_seen % 200 == 0:
                self.ticker.report(
                    self.rows_seen,
                    msg("正在检查工作表“{name}”第{number}行……", name=sheet.name, number=number),
                )
            self.rows_seen += 1
            kind = row_kind(values)
            if kind == "empty":
                continue
            if kind in ("total", "note"):
                what = msg("合计行") if kind == "total" else msg("说明文字")
                self.skipped.append(
                    RowIssue(
                        sheet.name, number, None, msg("{what}，已跳过", what=what), WARNING, kind=target.key
                    )
                )
                continue
            raw = {k: (values[i] if i < len(values) else None) for k, i in columns.items()}
            if all(v in (None, "") for v in raw.values()):
                continue
            ctx = RowContext(sheet.name, number, target, raw, headers, self.issues, words=self.words)
            handler(ctx)
            self.collect_unknown(ctx)

    def collect_unknown(self, ctx: RowContext) -> None:
        for key, (vocabulary, text) in ctx.unknown.items():
            found = self.unknown.get((vocabulary, text))
            if found is None:
                column = ctx.headers.get(key, (0, key))[1]
                found = UnknownWord(
                    vocabulary,
                    text,
                    0,
                    msg(
                        "工作表「{sheet}」第{row}行「{column}」", sheet=ctx.sheet, row=ctx.row, column=column
                    ),
                )
                self.unknown[(vocabulary, text)] = found
            found.count += 1

    # -- records the file names by id --------------------------------------------------------------
    def prefetch(self, entity: str, body: Sequence[tuple[Any, ...]], id_column: int | None) -> None:
        if id_column is None or entity not in MODELS:
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
            ctx.error(None, msg("与第{first}行是同一条记录，同一记录只能出现一次", first=first))
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

    def check_version(
        self, ctx: RowContext, obj: Any, changes: dict[str, Any]
    ) -> tuple[int, str | None, str]:
        """What the row was exported at — (version, revision start, the changed fields with both values).

        Whether the record has been written since is decided when the row is written (apply.py): a
        stale row is a conflict for that row alone, named with the file's and the database's values.
        """
        stamp = ctx.value("version")
        if stamp is None:
            return int(obj.version), None, ""
        shown = self.shown.get(obj.id, {})
        both = "；".join(
            msg(
                "“{label}”文件中为“{value}”，系统中现为“{value2}”",
                label=ctx.target.field(key).label,
                value=cell_text(ctx.raw.get(key)) or "（空）",
                value2=cell_text(shown.get(key)) or "（空）",
            )
            for key in changes
            if key in ctx.raw
        )
        return int(stamp[0]), stamp[1], both

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
            values = service.validate(self.lookups, values, existing)
        except ValidationError as exc:
            self.report(ctx, exc, pending, fallback)
        try:
            service.check_permission(self.lookups, values, existing)
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
