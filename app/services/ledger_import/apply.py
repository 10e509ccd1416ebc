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
from typing import Any

from sqlmodel import Session, select

from app.db.session import Database
from app.models.enums import AuditAction, EventKind, SuggestionState
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.suggestions import FollowUpEvent, Suggestion
from app.models.units import HandlingUnit
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.crud import CrudService
from app.services.errors import ConflictError, PermissionDenied, ServiceError, ValidationError
from app.services.hub import Services
from app.services.ledger_import.links import LinkWriter
from app.services.ledger_import.model import CREATE, ImportPlan, ImportResult, PlannedRecord
from app.services.ledger_import.progress import Ticker

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
}
BATCH = 400


class Applier:
    def __init__(
        self, db: Database, actor: Actor, plan: ImportPlan, ticker: Ticker, today: date | None = None
    ) -> None:
        self.db = db
        self.actor = actor
        self.plan = plan
        self.ticker = ticker
        self.today = today or date.today()
        services = Services(db, actor)
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
        if not self.plan.ok:
            raise ServiceError(
                f"导入文件中有 {len(self.plan.errors)} 处错误，未导入任何数据。请改正后重新导入。"
            )
        permissions.require_write(self.actor)
        records = self.plan.records
        self.ticker.total = len(records)
        self.ticker.report(0, "正在写入数据库……")
        with self.db.session(write=True) as s:
            links = LinkWriter(s, self.actor)
            batch: list[tuple[PlannedRecord, Any, dict[str, Any] | None]] = []
            for done, record in enumerate(records, 1):
                self.ticker.check()
                if batch and (record.entity != batch[0][0].entity or len(batch) >= BATCH):
                    self.finish(s, links, batch)
                    batch = []
                with s.no_autoflush:  # the batch is flushed as a whole, in dependency order
                    batch.append(self.stage(s, record))
                if done % 100 == 0:
                    self.ticker.report(done, f"正在写入第 {done}/{len(records)} 条……")
            self.finish(s, links, batch)
            self.ticker.check()
            self.summarise(s)
            self.ticker.report(len(records), "正在提交……")
            self.ticker.check()
        return ImportResult(dict(self.created), dict(self.updated), dict(self.plan.unchanged))

    # -- one record -----------------------------------------------------------------------------------
    def stage(self, s: Session, record: PlannedRecord) -> tuple[PlannedRecord, Any, dict[str, Any] | None]:
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
                values = service.validate(s, values, None)
                service.check_permission(s, values, None)
                obj = model(id=record.record_id, **values)
                s.add(obj)
                return record, obj, None
            obj = s.get(model, record.record_id)
            if obj is None:
                raise ServiceError(
                    f"{record.where}：该{ENTITY_NAMES[record.entity]}已被删除，请重新导出后再导入。"
                )
            if record.expected_version is not None and obj.version != record.expected_version:
                raise ConflictError(
                    f"{record.where}：该{ENTITY_NAMES[record.entity]}刚被他人修改，请重新导出后再导入。"
                )
            before = audit.snapshot(obj)
            merged = service.validate(s, {**obj.model_dump(), **values}, obj)
            service.check_permission(s, merged, obj)
            if record.entity == "suggestion" and "state" in values and values["state"] != obj.state:
                self.state_event(s, obj, values["state"])
            # derived: columns the service computes from others (e.g. a name's stroke-order key)
            for key in (*values, *getattr(service, "derived", ())):
                setattr(obj, key, merged[key])
            return record, obj, before
        except (ValidationError, PermissionDenied) as exc:
            raise ServiceError(f"{record.where}：{exc.message}") from None

    def finish(
        self, s: Session, links: LinkWriter, batch: list[tuple[PlannedRecord, Any, dict[str, Any] | None]]
    ) -> None:
        """Flush a batch, then write what needs the rows in place: links, audit entries, timeline events."""
        s.flush()
        for record, obj, before in batch:
            if obj is None:
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
            if record.action == CREATE:
                self.created[record.entity] += 1
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
                self.updated[record.entity] += 1
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
        s.flush()

    def state_event(self, s: Session, obj: Suggestion, target: SuggestionState) -> None:
        s.add(
            FollowUpEvent(
                suggestion_id=obj.id,
                kind=EventKind.STATE_CHANGE,
                happened_on=self.today,
                actor=self.actor.display_name,
                text=f"导入台账：{SuggestionState(obj.state).label} → {SuggestionState(target).label}",
            )
        )

    def summarise(self, s: Session) -> None:
        name = self.plan.preview.path.name
        created = {ENTITY_NAMES[k]: v for k, v in self.created.items()}
        updated = {ENTITY_NAMES[k]: v for k, v in self.updated.items()}
        words = "，".join(
            [f"新增{k} {v} 条" for k, v in created.items()] + [f"修改{k} {v} 条" for k, v in updated.items()]
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
