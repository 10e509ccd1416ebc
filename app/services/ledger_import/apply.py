"""Writing a checked plan: one transaction, all or nothing, audited record by record.

Records are written in dependency order (站室组, 承办单位, 委员, 活动, 意见建议) and flushed in
batches; each create or update is audited like the entity services do, and one IMPORT entry sums the
run up. Any error — a record changed since the plan was made, a rule failing now, a cancel — rolls
the whole transaction back.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session, select

from app.db.session import Database
from app.messages import msg
from app.models.enums import AuditAction
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.models.units import HandlingUnit
from app.services import audit, audit_chain, permissions, search_index
from app.services.actor import Actor
from app.services.crud import CrudService
from app.services.errors import ConflictError, PermissionDenied, ServiceError, ValidationError
from app.services.handling import HandlingService
from app.services.handling_sink import Staged
from app.services.hub import Services
from app.services.ledger_import.batches import (
    ImportRefused,
    batches,
    ids_in,
    integrity_counts,
    integrity_problems,
    row_issue,
)
from app.services.ledger_import.links import LinkWriter
from app.services.ledger_import.model import CREATE, ImportPlan, ImportResult, PlannedRecord, RowIssue
from app.services.ledger_import.progress import Ticker
from app.services.ledger_import.revision_stamp import is_stale, stale_message
from app.services.ledger_import.staging import STAGED_MODELS, Stager

MODELS: dict[str, type[Any]] = {
    "platform": Platform,
    "unit": HandlingUnit,
    "member": Member,
    "session": ConsultationSession,
    "suggestion": Suggestion,
}
NAMED = {"platform", "unit", "member"}  # created from names: reuse one created meanwhile
ENTITY_NAMES = {
    "platform": "站室组",
    "unit": "承办单位",
    "member": "委员",
    "session": "协商议事活动",
    "suggestion": "意见建议",
    "event": "办理过程记录",
}
ALL, TRIAL, PER_ROW = "all", "trial", "per_row"


class _RollBack(Exception):
    """Ends a trial run: the transaction is rolled back, nothing is kept."""


class Applier:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        plan: ImportPlan,
        ticker: Ticker,
        today: date | None = None,
        mode: str = "all",
    ) -> None:
        self.mode = mode
        self.failed: dict[uuid.UUID, str] = {}  # record id → what it was, for the rows depending on it
        self.issues: list[RowIssue] = []
        self.done = 0
        self.handling: HandlingService
        self.db = db
        self.actor = actor
        self.plan = plan
        self.ticker = ticker
        self.today = today or date.today()
        services = Services(db, actor)
        self.suggestion_service = services.suggestions
        self.services: dict[str, CrudService[Any, Any, Any]] = {
            "platform": services.platforms,
            "unit": services.units,
            "member": services.members,
            "session": services.sessions,
            "suggestion": services.suggestions,
        }
        self.remap: dict[uuid.UUID, uuid.UUID] = {}
        # The session's identity map holds objects weakly: keeping them here lets the services' checks
        # find records written earlier in this transaction without a query each.
        self.kept: list[Any] = []
        self.created: Counter[str] = Counter()
        self.updated: Counter[str] = Counter()

    def run(self) -> ImportResult:
        """Write the plan. `mode` (set at construction) says what happens to a row the database refuses:

        "all" — every refused row is named, and nothing is written (ImportRefused: all or nothing);
        "trial" — every refused row is reported and everything is rolled back (the check);
        "per_row" — refused rows are reported and the others written.
        The rules of `check` are counted before and after: an import that would break one is refused.
        """
        if not self.plan.ok:
            raise ServiceError(
                msg(
                    "导入文件中有 {count} 处错误，未导入任何数据。请改正后重新导入。",
                    count=len(self.plan.errors),
                )
            )
        permissions.require_write(self.actor)
        records = self.plan.records
        self.ticker.total = len(records)
        self.ticker.report(0, msg("正在检查能否写入……") if self.mode == TRIAL else msg("正在写入数据库……"))
        try:
            with self.db.session(write=True) as s:
                self.stager = Stager(s)
                self.handling = HandlingService(
                    self.db, self.actor, today=lambda: self.today, session=s, sink=self.stager.sink
                )
                before = integrity_counts(s)
                links = LinkWriter(s, self.actor)
                conn = s.connection()
                with search_index.deferred(conn):  # each record is indexed once, at the end
                    for batch in batches(records):
                        self.ticker.check()
                        self.write_batch(s, links, batch)
                        self.done += len(batch)
                        self.ticker.report(
                            self.done,
                            msg("正在写入第 {done}/{count} 条……", done=self.done, count=len(records)),
                        )
                    s.flush()
                self.ticker.check()
                self.compare_integrity(before, integrity_counts(s))
                if self.mode == TRIAL or (self.mode == ALL and self.issues):
                    raise _RollBack()
                self.index(conn, records)
                self.summarise(s)
                self.ticker.report(len(records), msg("正在提交……"))
                self.ticker.check()
        except _RollBack:
            if self.mode == ALL:
                raise ImportRefused(self.issues) from None
        return ImportResult(dict(self.created), dict(self.updated), dict(self.plan.unchanged), self.issues)

    def index(self, conn: sa.Connection, records: list[PlannedRecord]) -> None:
        """The search index entry of every session and suggestion written (once each)."""
        kinds = {"session": search_index.KIND_SESSION, "suggestion": search_index.KIND_SUGGESTION}
        seen: set[uuid.UUID] = set()
        by_kind: dict[str, list[uuid.UUID]] = {kind: [] for kind in kinds.values()}
        for record in records:
            kind = kinds.get(record.entity)
            if kind is None or record.record_id in seen or record.record_id in self.failed:
                continue
            seen.add(record.record_id)
            by_kind[kind].append(self.remap.get(record.record_id, record.record_id))
        for kind, ids in by_kind.items():
            search_index.index_records(conn, kind, ids)

    def write_batch(self, s: Session, links: LinkWriter, batch: list[PlannedRecord]) -> None:
        """The batch in one savepoint; if the database refuses it, row by row to find the rows."""
        # The batch's audit entries are chained as they come and written together at its end.
        try:
            with s.begin_nested(), audit_chain.buffered(s.connection()):
                counts = self.write(s, links, batch)
        except (ServiceError, sa.exc.IntegrityError):
            self.stager.discard([record.record_id for record in batch])
            for record in batch:
                try:
                    with s.begin_nested(), audit_chain.buffered(s.connection()):
                        one = self.write(s, links, [record])
                except (ServiceError, sa.exc.IntegrityError) as error:
                    self.stager.discard([record.record_id])
                    self.fail(record, error)
                else:
                    self.merge(one)
            return
        self.merge(counts)

    def write(self, s: Session, links: LinkWriter, batch: list[PlannedRecord]) -> Counter[tuple[str, str]]:
        counts: Counter[tuple[str, str]] = Counter()
        staged = []
        with s.no_autoflush:  # the batch is flushed as a whole, in dependency order
            for number, record in enumerate(batch, self.done + 1):
                blocked = self.blocked_by(record)
                if blocked is not None:
                    raise ServiceError(msg("它所依赖的{blocked}未能导入", blocked=blocked))
                staged.append(self.stage(s, record))
                if number % 100 == 0:
                    self.ticker.report(
                        number,
                        msg("正在写入第 {number}/{total} 条……", number=number, total=self.ticker.total),
                    )
        self.finish(s, links, staged, counts)
        return counts

    def merge(self, counts: Counter[tuple[str, str]]) -> None:
        for (entity, action), n in counts.items():
            (self.created if action == CREATE else self.updated)[entity] += n

    def blocked_by(self, record: PlannedRecord) -> str | None:
        if not self.failed:
            return None
        for value in ids_in((record.values, record.links, record.steps)):
            if value in self.failed:
                return self.failed[value]
        return None

    def fail(self, record: PlannedRecord, exc: BaseException) -> None:
        self.failed[record.record_id] = (
            msg("第{row}行的{entity_names}", row=record.row, entity_names=ENTITY_NAMES[record.entity])
            if record.row
            else ENTITY_NAMES[record.entity]
        )
        self.issues.append(self.issue(record, exc))

    def issue(self, record: PlannedRecord, exc: BaseException) -> RowIssue:
        return row_issue(record, exc, self.plan.columns.get(record.sheet, {}))

    def compare_integrity(self, before: dict[str, int], after: dict[str, int]) -> None:
        self.issues.extend(integrity_problems(before, after))

    # -- one record -----------------------------------------------------------------------------------
    def stage(self, s: Session, record: PlannedRecord) -> tuple[PlannedRecord, Any, dict[str, Any] | None]:
        if record.entity == "event":  # written by its 办理 step, on the suggestion it belongs to
            suggestion = s.get(Suggestion, self.fix(record.values["suggestion_id"]))
            if suggestion is None:
                raise ServiceError(msg("所属意见建议不存在"))
            return record, suggestion, None
        model = MODELS[record.entity]
        service = self.services[record.entity]
        values = {k: self.fix(v) for k, v in record.values.items()}
        try:
            if record.action == CREATE:
                if record.entity in NAMED and record.row == 0:
                    same = s.exec(select(model).where(model.name == values["name"])).first()  # type: ignore[attr-defined]
                    if same is not None:
                        self.remap[record.record_id] = same.id
                        return record, None, None
                if record.entity in STAGED_MODELS:  # written in bulk with its batch (staging.py)
                    lookups = cast(Session, self.stager.lookups)
                    values = service.validate(lookups, values, None)
                    service.check_permission(lookups, values, None)
                    return record, self.stager.stage(record.entity, record.record_id, values), None
                values = service.validate(s, values, None)
                service.check_permission(s, values, None)
                obj = model(id=record.record_id, **values)
                s.add(obj)
                return record, obj, None
            obj = s.get(model, record.record_id)
            if obj is None:
                raise ServiceError(
                    msg(
                        "{where}：该{entity_names}已被删除，请重新导出后再导入。",
                        where=record.where,
                        entity_names=ENTITY_NAMES[record.entity],
                    )
                )
            if record.expected_version is not None and is_stale(
                (record.expected_version, record.expected_revision), obj.version, obj.revision
            ):
                raise ConflictError(stale_message(record, obj))
            before = audit.snapshot(obj)
            merged = service.validate(s, {**obj.model_dump(), **values}, obj)
            service.check_permission(s, merged, obj)
            # derived: columns the service computes from others (e.g. a name's stroke-order key)
            for key in (*values, *getattr(service, "derived", ())):
                setattr(obj, key, merged[key])
            return record, obj, before
        except (ValidationError, PermissionDenied) as exc:
            raise ServiceError(msg("{where}：{message}", where=record.where, message=exc.message)) from None

    def finish(
        self,
        s: Session,
        links: LinkWriter,
        batch: list[tuple[PlannedRecord, Any, dict[str, Any] | None]],
        counts: Counter[tuple[str, str]],
    ) -> None:
        """Flush a batch, then write what needs the rows in place: links, audit entries, 办理 steps.

        Staged records (new sessions and suggestions) are audited and take their steps in memory,
        then are inserted with what the steps wrote; the ORM's writes for them (lists) follow."""
        s.flush()
        staged = [item for item in batch if isinstance(item[1], Staged)]
        for record, obj, before in batch:
            if obj is None or isinstance(obj, Staged):
                continue
            if record.entity == "event":
                for name, arguments in record.steps:
                    getattr(self.handling, name)(obj.id, **self.fix(arguments))
                counts[(record.entity, record.action)] += 1
                continue
            self.kept.append(obj)
            if record.links or (record.entity == "suggestion" and "lead_unit_id" in record.values):
                links.write(
                    record.action == CREATE,
                    record.entity,
                    obj,
                    {k: self.fix(v) for k, v in record.links.items()},
                    self.fix,
                )
            counts[(record.entity, record.action)] += 1
            if record.action == CREATE:
                audit.record(
                    s,
                    self.actor,
                    AuditAction.CREATE,
                    self.entity_name(record),
                    obj.id,
                    after=audit.snapshot(obj),
                )
                self.services[record.entity].after_save(s, obj, created=True)
            else:
                after = audit.snapshot(obj)
                if after != before:
                    audit.record(
                        s,
                        self.actor,
                        AuditAction.UPDATE,
                        self.entity_name(record),
                        obj.id,
                        before=before,
                        after=after,
                    )
                self.services[record.entity].after_save(s, obj, created=False)
            for name, arguments in record.steps:
                getattr(self.handling, name)(obj.id, **self.fix(arguments))
        if staged:
            with s.no_autoflush:  # the lists' rows wait for the records they belong to
                for record, obj, _ in staged:
                    self.finish_staged(s, links, record, obj, counts)
            self.stager.write(s)
        s.flush()

    def finish_staged(
        self,
        s: Session,
        links: LinkWriter,
        record: PlannedRecord,
        obj: Staged,
        counts: Counter[tuple[str, str]],
    ) -> None:
        """A new record's lists, audit entry, first timeline entry and 办理 steps, as `finish` writes
        them for an ORM object."""
        if record.links or (record.entity == "suggestion" and "lead_unit_id" in record.values):
            links.write(True, record.entity, obj, {k: self.fix(v) for k, v in record.links.items()}, self.fix)
        counts[(record.entity, record.action)] += 1
        after = audit.snapshot(obj)  # type: ignore[arg-type]  # a Staged record dumps like a model
        audit.record(s, self.actor, AuditAction.CREATE, self.entity_name(record), obj.id, after=after)
        if record.entity == "suggestion":
            self.stager.sink.event(self.suggestion_service.created_event(obj))  # type: ignore[arg-type]
        for name, arguments in record.steps:
            getattr(self.handling, name)(obj.id, **self.fix(arguments))

    def summarise(self, s: Session) -> None:
        name = self.plan.preview.path.name
        created = {ENTITY_NAMES[k]: v for k, v in self.created.items()}
        updated = {ENTITY_NAMES[k]: v for k, v in self.updated.items()}
        words = "，".join(
            [msg("新增{k} {v} 条", k=k, v=v) for k, v in created.items()]
            + [msg("修改{k} {v} 条", k=k, v=v) for k, v in updated.items()]
        )
        audit.record(
            s,
            self.actor,
            AuditAction.IMPORT,
            "ledger_import",
            None,
            after={"file": name, "created": created, "updated": updated},
            note=f"导入台账“{name}”：{words or '没有需要修改的记录'}",
        )

    def entity_name(self, record: PlannedRecord) -> str:
        return self.services[record.entity].entity

    def fix(self, value: Any) -> Any:
        """Ids of named records replaced by the ones found at write time (see stage)."""
        if isinstance(value, uuid.UUID):
            return self.remap.get(value, value)
        if isinstance(value, list):
            return [self.fix(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.fix(v) for v in value)
        if isinstance(value, dict):
            return {k: self.fix(v) for k, v in value.items()}
        return value
