"""Create / update / archive / restore / get / list, shared by every entity service."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from app.db.session import Database
from app.messages import msg
from app.models._base import TableBase
from app.models.enums import AuditAction
from app.services import audit, permissions
from app.services import search_index as _search_index  # noqa: F401  (its ORM events keep the index current)
from app.services.actor import Actor
from app.services.batch import BatchReport, Progress, run_batch
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.listing import ListQuery, ListSpec, Page, run_list
from app.services.validation import build

T = TypeVar("T", bound=TableBase)
C = TypeVar("C", bound=SQLModel)
U = TypeVar("U", bound=SQLModel)


class CrudService(Generic[T, C, U]):
    """One entity's use cases. Each public method is one transaction unless given a session."""

    model: ClassVar[type[TableBase]]
    entity: ClassVar[str]  # audit name, e.g. "platform"
    noun: ClassVar[str]  # Chinese noun for messages, e.g. "站室组"
    area: ClassVar[permissions.Area]  # which permission rule applies to changes
    derived: ClassVar[tuple[str, ...]] = ()  # columns `validate` computes from others (saved on update too)

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- hooks for subclasses -------------------------------------------------
    def validate(self, session: Session, values: dict[str, Any], existing: T | None) -> dict[str, Any]:
        """Check and normalise values; return them cleaned or raise ValidationError."""
        return values

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        """The platform a record (as a dict of its values) belongs to; reference lists have none."""
        return None

    @property
    def platform_bound(self) -> bool:
        """Whether a coordinator sees only their platforms' records of this kind."""
        return self.area in permissions.PLATFORM_BOUND or self.area is permissions.Area.PLATFORM

    def touched_platforms(self, values: dict[str, Any], existing: T | None) -> list[uuid.UUID | None]:
        """The platforms a change touches: the record's new platform and, when it moves, its old one."""
        if not self.platform_bound:
            return []
        touched = [self.platform_of(values)]
        if existing is not None:
            old = self.platform_of(existing.model_dump())
            if old != touched[0]:
                touched.append(old)
        return touched

    def check_permission(self, session: Session, values: dict[str, Any], existing: T | None) -> None:
        permissions.require_change(self.actor, self.area, *self.touched_platforms(values, existing))

    def change_refusal(self, row: dict[str, Any] | None = None) -> str | None:
        """Why the actor may not change `row` (a list row or record values), or create one when None.

        The UI asks before the user types; the services check again when saving.
        """
        platforms: list[uuid.UUID | None] = []
        if self.platform_bound:
            if row is not None:
                platforms = [self.platform_of(row)]
            elif self.actor.is_coordinator:
                platforms = [next(iter(sorted(self.actor.platform_ids)), None)]
        return permissions.change_refusal(self.actor, self.area, platforms)

    def list_spec(self) -> ListSpec:
        raise NotImplementedError

    def open_work(self, session: Session, obj: T) -> list[str]:
        """What still needs doing around a record (said before it is archived; archiving leaves it as is)."""
        return []

    # -- plumbing -------------------------------------------------------------
    @contextmanager
    def unit_of_work(self, session: Session | None, *, write: bool = True) -> Iterator[Session]:
        if session is not None:
            yield session
            return
        try:
            with self.db.session(write=write) as own:
                yield own
        except StaleDataError:
            raise ConflictError(msg("该{noun}已被他人修改，请刷新后重试。", noun=self.noun)) from None

    def _load(self, session: Session, record_id: uuid.UUID) -> T:
        """The record, if the actor may see it (a coordinator sees their platforms' records only)."""
        obj = session.get(self.model, record_id)
        if obj is None:
            raise NotFoundError(msg("找不到该{noun}（可能已被删除）。", noun=self.noun))
        if self.platform_bound:
            permissions.require_read(self.actor, self.platform_of(obj.model_dump()))
        return obj  # type: ignore[return-value]

    # -- use cases ------------------------------------------------------------
    def check(
        self, schema: type[SQLModel], values: dict[str, Any], record_id: uuid.UUID | None = None
    ) -> dict[str, str]:
        """Every problem saving `values` would meet, by field ({} when none); nothing is written.

        Dialogs call it to show all of a form's errors at once and to clear each as soon as it is fixed.
        """
        errors: dict[str, str] = {}
        try:
            given = build(schema, **values).model_dump(exclude_unset=record_id is not None)
        except ValidationError as exc:
            errors.update(exc.errors)
            # Texts the schema refused (too long) are checked again below; other refused values are dropped.
            given = {k: v for k, v in values.items() if k not in exc.errors or isinstance(v, str)}
        with self.unit_of_work(None, write=False) as s:
            existing = self._load(s, record_id) if record_id is not None else None
            merged = {**existing.model_dump(), **given} if existing is not None else dict(given)
            try:
                self.validate(s, merged, existing)
            except ValidationError as exc:
                errors.update(exc.errors)  # the service's words say more than a type error
        return errors

    def archive_warnings(self, record_id: uuid.UUID) -> list[str]:
        """What stays open when this record is archived (asked first), e.g. 3 条意见建议在办理中."""
        with self.unit_of_work(None, write=False) as s:
            return self.open_work(s, self._load(s, record_id))

    def get(self, record_id: uuid.UUID, *, session: Session | None = None) -> T:
        with self.unit_of_work(session, write=False) as s:
            return self._load(s, record_id)

    def create(self, data: C, *, session: Session | None = None) -> T:
        values = data.model_dump()
        with self.unit_of_work(session) as s:
            values = self.validate(s, values, None)
            self.check_permission(s, values, None)
            obj = self.model(**values)
            s.add(obj)
            s.flush()
            audit.record(s, self.actor, AuditAction.CREATE, self.entity, obj.id, after=audit.snapshot(obj))
            self.after_save(s, obj, created=True)  # type: ignore[arg-type]
            return obj  # type: ignore[return-value]

    def update(
        self,
        record_id: uuid.UUID,
        data: U,
        *,
        expected_version: int | None = None,
        session: Session | None = None,
    ) -> T:
        changes = data.model_dump(exclude_unset=True)
        with self.unit_of_work(session) as s:
            obj = self._load(s, record_id)
            if expected_version is not None and obj.version != expected_version:
                raise ConflictError(msg("该{noun}已被他人修改，请刷新后重试。", noun=self.noun))
            before = audit.snapshot(obj)
            merged = {**obj.model_dump(), **changes}
            merged = self.validate(s, merged, obj)
            self.check_permission(s, merged, obj)
            for key in (*changes, *self.derived):
                setattr(obj, key, merged[key])
            if not s.is_modified(obj):
                return obj
            s.flush()
            audit.record(
                s,
                self.actor,
                AuditAction.UPDATE,
                self.entity,
                obj.id,
                before=before,
                after=audit.snapshot(obj),
            )
            self.after_save(s, obj, created=False)
            return obj

    def after_save(self, session: Session, obj: T, *, created: bool) -> None:
        """Hook for derived data (e.g. search index)."""

    def archive(self, record_id: uuid.UUID, *, session: Session | None = None) -> T:
        return self._set_archived(record_id, archived=True, session=session)

    def archive_many(
        self, records: Sequence[tuple[uuid.UUID, str]], progress: Progress | None = None
    ) -> BatchReport:
        """Archive several (id, name) records in one transaction; the report names each refused one."""
        return run_batch(self.db, records, lambda s, record_id: self.archive(record_id, session=s), progress)

    def restore(self, record_id: uuid.UUID, *, session: Session | None = None) -> T:
        return self._set_archived(record_id, archived=False, session=session)

    def _set_archived(self, record_id: uuid.UUID, *, archived: bool, session: Session | None) -> T:
        if not self.model.archivable:
            raise ValidationError({"archived_at": msg("{noun}不能归档", noun=self.noun)})
        with self.unit_of_work(session) as s:
            obj = self._load(s, record_id)
            self.check_permission(s, obj.model_dump(), obj)
            before = audit.snapshot(obj)
            obj.archived_at = datetime.now(UTC) if archived else None  # type: ignore[attr-defined]
            s.flush()
            action = AuditAction.ARCHIVE if archived else AuditAction.RESTORE
            audit.record(s, self.actor, action, self.entity, obj.id, before=before, after=audit.snapshot(obj))
            return obj

    def list(self, query: ListQuery | None = None, *, session: Session | None = None) -> Page:
        with self.unit_of_work(session, write=False) as s:
            visible = permissions.visible_platforms(self.actor)
            return run_list(s, self.list_spec(), query or ListQuery(), visible=visible)
