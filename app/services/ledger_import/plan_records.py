"""Row handlers: one per kind of sheet (站室组, 委员, 协商议事活动, 意见建议)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from app.messages import msg
from app.models.enums import AttendanceStatus, SessionState
from app.models.members import MemberCreate
from app.models.platforms import PlatformCreate
from app.models.sessions import ConsultationSessionCreate
from app.models.suggestions import SuggestionCreate
from app.services.crud import CrudService
from app.services.ledger_import import fields as F
from app.services.ledger_import.context import RowContext
from app.services.ledger_import.model import CREATE, UPDATE, PlannedRecord
from app.services.ledger_import.parsers import cell_text
from app.services.ledger_import.planner import PlannerBase
from app.services.ledger_import.resolver import SessionRef, Unresolved

PLATFORM_FIELDS = (
    "name",
    "kind",
    "district",
    "township",
    "address",
    "coordinator",
    "phone",
    "founded_on",
    "active",
    "notes",
)
MEMBER_FIELDS = ("name", "gender", "sector", "party", "term", "workplace", "phone", "notes")
SESSION_FIELDS = (
    "held_on",
    "topic",
    "topic_source",
    "form",
    "location",
    "host",
    "resident_count",
    "minutes",
    "consensus",
    "state",
    "notes",
)
SUGGESTION_FIELDS = ("raised_on", "title", "content", "category", "reflects_problem", "notes")
SUGGESTION_BASE = frozenset(SuggestionCreate.model_fields)
NOT_NULL = frozenset({"form", "state", "reflects_problem", "active", "kind", "topic_source"})
ATTENDANCE = (
    ("present", AttendanceStatus.PRESENT),
    ("excused", AttendanceStatus.EXCUSED),
    ("absent", AttendanceStatus.ABSENT),
)
TITLE_LIMIT = 200


class RowPlanner(PlannerBase):
    # -- shared ------------------------------------------------------------------------------------
    def identify(
        self, ctx: RowContext, entity: str, natural: Callable[[], uuid.UUID | None]
    ) -> tuple[Any, uuid.UUID | None, bool]:
        """(stored record or None, record id or None when the row cannot be placed, found by id?)."""
        rid = ctx.value("record_id")
        if ctx.invalid("record_id"):
            return None, None, False
        if rid is not None:
            return (self.existing(entity, rid), rid, True) if self.claim(ctx, rid) else (None, None, True)
        found = natural()
        if found is not None:
            return (
                (self.existing(entity, found), found, False)
                if self.claim(ctx, found)
                else (None, None, False)
            )
        rid = uuid.uuid4()
        self.claim(ctx, rid)
        return None, rid, False

    def direct(
        self, ctx: RowContext, keys: list[str], allowed: tuple[str, ...], creating: bool
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key in keys:
            if key not in allowed:
                continue
            if ctx.target.field(key).kind == F.PHONE and "*" in (cell_text(ctx.raw[key]) or ""):
                # A masked export's phone (138****5678) is never a value: nothing is overwritten,
                # and a new record is created without it.
                if creating:
                    self.handling_notes["masked_phone"] += 1
                else:
                    ctx.warn(key, msg("号码是导出时隐去了中间四位的样子，与系统中的号码不符，未改动"))
                continue
            value = ctx.value(key)
            if ctx.invalid(key):
                continue
            if value is None and key in NOT_NULL:
                if not creating:
                    ctx.error(key, msg("不能为空"))
                continue
            values[key] = value
        return values

    def plan_update(
        self,
        ctx: RowContext,
        entity: str,
        obj: Any,
        values: dict[str, Any],
        service: CrudService[Any, Any, Any],
        by_id: bool,
        links: dict[str, Any] | None = None,
        steps: list[tuple[str, dict[str, Any]]] | None = None,
    ) -> dict[str, Any] | None:
        """Plan an update of `obj` (only real changes); returns the merged values, None on error."""
        values = {k: v for k, v in values.items() if getattr(obj, k) != v}
        if not values and not links and not steps:
            self.unchanged[entity] += 1
            return {**obj.model_dump()}
        expected, revision, both = (
            self.check_version(ctx, obj, values) if by_id else (int(obj.version), None, "")
        )
        merged = {**obj.model_dump(), **values}
        merged = self.hook(ctx, service, merged, obj, self.pending_fields(merged))
        if ctx.failed:
            return None
        changes = {k: merged[k] for k in values}
        record = PlannedRecord(entity, UPDATE, obj.id, ctx.sheet, ctx.row, changes, expected, links or {})
        record.steps = steps or []
        record.expected_revision, record.both_values = revision, both
        self.add(record)
        return merged

    def plan_create(
        self,
        ctx: RowContext,
        entity: str,
        rid: uuid.UUID,
        data: dict[str, Any],
        service: CrudService[Any, Any, Any],
        links: dict[str, Any] | None = None,
        fallback: str | None = None,
        steps: list[tuple[str, dict[str, Any]]] | None = None,
    ) -> dict[str, Any] | None:
        data = self.hook(ctx, service, data, None, self.pending_fields(data), fallback)
        if ctx.failed:
            return None
        record = PlannedRecord(entity, CREATE, rid, ctx.sheet, ctx.row, data, None, links or {})
        record.steps = steps or []
        self.add(record)
        return data

    def member_id(self, ctx: RowContext, key: str, name: str | None) -> uuid.UUID | None:
        if not name:
            return None
        try:
            return self.resolver.member(name)
        except Unresolved as exc:
            ctx.error(key, exc.message)
            return None

    def platform_id(self, ctx: RowContext, key: str, name: str | None, **hints: Any) -> uuid.UUID | None:
        try:
            return self.resolver.platform(name, default=self.sheet_platform, **hints)
        except Unresolved as exc:
            ctx.error(key, exc.message)
            return None

    # -- 站室组名册 ----------------------------------------------------------------------------------
    def plan_platform(self, ctx: RowContext) -> None:
        name = ctx.value("name")
        obj, rid, by_id = self.identify(
            ctx, F.PLATFORM, lambda: self.resolver.platforms.get(name) if name else None
        )
        if rid is None:
            return
        values = self.direct(
            ctx, self.changed_keys(ctx, F.PLATFORM, obj, by_id), PLATFORM_FIELDS, obj is None
        )
        if ctx.failed:
            return
        if obj is None:
            data = self.build(ctx, PlatformCreate, values)
            if data is not None and self.plan_create(ctx, F.PLATFORM, rid, data, self.services.platforms):
                self.resolver.register_platform(data["name"], rid)
            return
        merged = self.plan_update(ctx, F.PLATFORM, obj, values, self.services.platforms, by_id)
        if merged is not None:
            self.resolver.platforms[merged["name"]] = obj.id

    # -- 委员名册 ------------------------------------------------------------------------------------
    def plan_member(self, ctx: RowContext) -> None:
        name = ctx.value("name")

        def natural() -> uuid.UUID | None:
            try:
                return self.resolver.member(name, create=False) if name else None
            except Unresolved as exc:
                ctx.error("name", exc.message)
                return None

        obj, rid, by_id = self.identify(ctx, F.MEMBER, natural)
        if rid is None or ctx.failed:
            return
        keys = self.changed_keys(ctx, F.MEMBER, obj, by_id)
        values = self.direct(ctx, keys, MEMBER_FIELDS, obj is None)
        links: dict[str, Any] = {}
        if "platforms" in keys:
            memberships = []
            for platform, role in ctx.value("platforms") or []:
                pid = self.platform_id(ctx, "platforms", platform)
                if pid is not None:
                    memberships.append((pid, role))
            links["memberships"] = memberships
        if ctx.failed:
            return
        if obj is None:
            data = self.build(ctx, MemberCreate, values)
            if data is not None and self.plan_create(ctx, F.MEMBER, rid, data, self.services.members, links):
                self.resolver.register_member(data["name"], rid)
            return
        merged = self.plan_update(ctx, F.MEMBER, obj, values, self.services.members, by_id, links)
        if merged is not None and merged["name"] != obj.name:
            self.resolver.register_member(merged["name"], obj.id)

    # -- 协商议事台账 --------------------------------------------------------------------------------
    def plan_session(self, ctx: RowContext) -> None:
        held_on, topic = ctx.value("held_on"), ctx.value("topic")
        hints = {"kind": ctx.value("platform_kind"), "district": ctx.value("district")}
        resolved: list[uuid.UUID | None] = []

        def platform() -> uuid.UUID | None:
            if not resolved:
                resolved.append(self.platform_id(ctx, "platform", ctx.value("platform"), **hints))
            return resolved[0]

        def natural() -> uuid.UUID | None:
            pid = platform()
            return self.resolver.session_by_key(pid, held_on, topic) if pid and held_on and topic else None

        obj, rid, by_id = self.identify(ctx, F.SESSION, natural)
        if rid is None:
            return
        keys = self.changed_keys(ctx, F.SESSION, obj, by_id)
        values = self.direct(ctx, keys, SESSION_FIELDS, obj is None)
        if obj is None or "platform" in keys:
            values["platform_id"] = platform()
        if obj is not None and {"platform_kind", "district"} & set(keys):
            ctx.warn("district", msg("平台类型和县区属于站室组，请在站室组名册中修改；本行的这一修改未导入"))
        if "convener" in keys:
            values["convener_id"] = self.member_id(ctx, "convener", ctx.value("convener"))
        links = self.session_links(ctx, keys)
        if ctx.failed:
            return
        if obj is None:
            if values.get("state") is None:
                held = values.get("held_on")
                values["state"] = SessionState.HELD if held and held <= self.today else SessionState.PLANNED
            data = self.build(
                ctx, ConsultationSessionCreate, {k: v for k, v in values.items() if v is not None}
            )
            if data is not None:
                data = self.plan_create(ctx, F.SESSION, rid, data, self.services.sessions, links)
            if data is None:
                return
            ref = SessionRef(rid, data["platform_id"], data["held_on"], data["topic"], pending=True)
        else:
            merged = self.plan_update(ctx, F.SESSION, obj, values, self.services.sessions, by_id, links)
            if merged is None:
                return
            ref = SessionRef(obj.id, merged["platform_id"], merged["held_on"], merged["topic"])
        self.resolver.register_session(ref)
        if any(ctx.has(k) for k in ("suggestions", "handling", *F.SESSION_ROW_SUGGESTION)):
            self.plan_inline(ctx, ref)

    def session_links(self, ctx: RowContext, keys: list[str]) -> dict[str, Any]:
        links: dict[str, Any] = {}
        attendance: dict[AttendanceStatus, list[uuid.UUID]] = {}
        seen: dict[uuid.UUID, str] = {}
        for key, status in ATTENDANCE:
            if key not in keys:
                continue
            ids = []
            for name in ctx.value(key) or []:
                mid = self.member_id(ctx, key, name)
                if mid is None:
                    continue
                if mid in seen:
                    ctx.error(
                        key,
                        msg(
                            "委员“{name}”同时列在「{headers}」和「{headers2}」中",
                            name=name,
                            headers=ctx.headers[seen[mid]][1],
                            headers2=ctx.headers[key][1],
                        ),
                    )
                seen[mid] = key
                ids.append(mid)
            attendance[status] = ids
        if attendance:
            links["attendance"] = attendance
        if "departments" in keys:
            links["departments"] = ctx.value("departments") or []
        return links

    def plan_inline(self, ctx: RowContext, ref: SessionRef) -> None:
        """The suggestions written on a session's row (plan_suggestions.Planner)."""
        raise NotImplementedError
