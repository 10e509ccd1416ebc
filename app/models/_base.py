"""Columns every table shares: UUID key, timestamps, a version counter and the record's revision.

The version counter detects lost updates inside one database. The revision tells states apart across
databases (a station's laptop and the office): every write gives the row a new random `revision` and
keeps the one it replaced in `parent_revision`, so two independent edits differ even when both are at
version 2. Both are kept here, in one place: the columns' default and onupdate cover every insert and
update written with SQLAlchemy Core, and `stamp_revisions` (a before_flush listener registered in
app/models/revisions.py) covers the ORM. A writer that carries a revision over from another database
(the data exchange) sets both columns itself. Rows from before revisions existed hold NULL until their
next write.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import sqlalchemy as sa
import sqlalchemy.orm
from pydantic_core import PydanticUndefined
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

# Pydantic builds a class's validator and serializer the first time the class validates or dumps, not
# when it is defined (defer_build): a command or the window's start defines all 74 model classes and
# validates with few of them (about a quarter of the time the classes take to define). Every model
# module imports this one before it defines a class, so all of them inherit the setting.
SQLModel.model_config["defer_build"] = True


def utcnow() -> datetime:
    return datetime.now(UTC)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def micros_of(value: datetime) -> int:
    """A moment as SQLite stores it: microseconds since 1970-01-01 UTC (exact integer arithmetic)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: store timezone-aware values")
    return (value - _EPOCH) // _MICROSECOND


def moment_of(stored: Any) -> datetime:
    """The moment SQLite holds (microseconds since the epoch; text from before migration 0012 too)."""
    if isinstance(stored, int):
        return _EPOCH + timedelta(microseconds=stored)
    value = stored if isinstance(stored, datetime) else datetime.fromisoformat(str(stored))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Stores UTC; always hands back timezone-aware datetimes.

    PostgreSQL keeps them as `timestamptz`; SQLite as an integer of microseconds since 1970 UTC
    (8 bytes instead of 26 characters of text, and the same order).
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.BigInteger())
        return dialect.type_descriptor(sa.DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store timezone-aware values")
        return micros_of(value) if dialect.name == "sqlite" else value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return moment_of(value)


def uuid_of(stored: Any) -> uuid.UUID:
    """The UUID SQLite holds: 16 bytes (text of 32 hex digits from before migration 0012 too)."""
    if isinstance(stored, uuid.UUID):
        return stored
    if isinstance(stored, bytes | bytearray | memoryview):
        return uuid.UUID(bytes=bytes(stored))
    return uuid.UUID(str(stored))


def stored_uuid(value: uuid.UUID | str, dialect_name: str = "sqlite") -> Any:
    """A UUID as the driver stores it: 16 bytes on SQLite, the UUID itself on PostgreSQL."""
    key = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    return key.bytes if dialect_name == "sqlite" else key


class StoredUuid(sa.types.TypeDecorator[uuid.UUID]):
    """Ids and references: native `uuid` on PostgreSQL, 16 bytes on SQLite (not 32 hex characters).

    Python sees `uuid.UUID` either way; text binds (a UUID's canonical or hex form) are accepted too.
    """

    impl = sa.Uuid()
    cache_ok = True

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.LargeBinary())
        return dialect.type_descriptor(sa.Uuid())

    def process_bind_param(self, value: uuid.UUID | str | None, dialect: sa.Dialect) -> Any:
        if value is None:
            return None
        return stored_uuid(value, dialect.name)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> uuid.UUID | None:
        if value is None:
            return None
        return uuid_of(value)

    @property
    def python_type(self) -> type[uuid.UUID]:
        return uuid.UUID


def compact_ids(table: sa.Table) -> None:
    """Give every UUID column of a table model the compact storage (see StoredUuid).

    Called for each table model as it is mapped, so that a declaration (`x_id: uuid.UUID = Field(...)`,
    which SQLModel turns into `sa.Uuid`) needs nothing more.
    """
    for column in table.columns:
        if type(column.type) is sa.Uuid:
            column.type = StoredUuid()


@sa.event.listens_for(SQLModel, "instrument_class", propagate=True)
def _compact_ids_of_model(mapper: sa.orm.Mapper[Any], cls: type) -> None:
    table = getattr(cls, "__table__", None)
    if isinstance(table, sa.Table):
        compact_ids(table)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table behind a table model (typed, for SQL written with columns)."""
    return model.__table__  # type: ignore[attr-defined,no-any-return]


def enum_type(enum_cls: type[enum.Enum]) -> sa.Enum:
    """Enums are stored by value as plain strings (no native PostgreSQL enum types to migrate)."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def sparse_index(name: str, column: str) -> sa.Index:
    """An index of a reference that most rows leave empty: only the rows that have one are in it.

    Serves `column = ?` (and the foreign key's own lookups) on both backends, in a fraction of the room.
    """
    where = sa.text(f"{column} IS NOT NULL")
    return sa.Index(name, column, sqlite_where=where, postgresql_where=where)


REVISION_LENGTH = 32


def new_revision() -> str:
    return uuid.uuid4().hex


def _is_revision_hex(value: str) -> bool:
    """32 lowercase hex digits: the form every revision this app makes has (uuid4().hex)."""
    if len(value) != REVISION_LENGTH:
        return False
    try:
        return bytes.fromhex(value).hex() == value
    except ValueError:
        return False


def stored_revision(value: str | bytes | None, dialect_name: str = "sqlite") -> Any:
    """A revision as the database stores it: its 16 bytes on SQLite, the text itself elsewhere (and
    any text that is not 32 lowercase hex digits, which would not come back the same)."""
    if isinstance(value, bytes):  # already as SQLite stores it (bulk writers)
        return value if dialect_name == "sqlite" else value.hex()
    if value is None or dialect_name != "sqlite" or not _is_revision_hex(value):
        return value
    return bytes.fromhex(value)


def revision_of(stored: Any) -> str | None:
    """The revision SQLite holds: 16 bytes (text from before migration 0013, or any other text, too)."""
    if isinstance(stored, bytes | bytearray | memoryview):
        return bytes(stored).hex()
    return None if stored is None else str(stored)


class StoredRevision(sa.types.TypeDecorator[str]):
    """Revisions (32 hex digits to Python): 16 bytes on SQLite instead of 32 characters of text.

    The declared type stays VARCHAR(32); SQLite keeps a BLOB as it is given in any column, so no table
    has to be rebuilt. PostgreSQL keeps the text.
    """

    impl = sa.String(REVISION_LENGTH)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: sa.Dialect) -> Any:
        return stored_revision(value, dialect.name)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> str | None:
        return revision_of(value)

    @property
    def python_type(self) -> type[str]:
        return str


class revision_prefix(sa.sql.expression.FunctionElement[str]):
    """SQL: the first `digits` hex digits of a revision column (stored as bytes on SQLite)."""

    type = sa.String()
    inherit_cache = True
    name = "revision_prefix"


@compiles(revision_prefix)
def _revision_prefix(element: revision_prefix, compiler: Any, **kw: Any) -> str:
    column, digits = list(element.clauses)
    return f"substr({compiler.process(column, **kw)}, 1, {compiler.process(digits, **kw)})"


@compiles(revision_prefix, "sqlite")
def _revision_prefix_sqlite(element: revision_prefix, compiler: Any, **kw: Any) -> str:
    column, digits = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"CASE WHEN typeof({column}) = 'blob' THEN substr(lower(hex({column})), 1, {digits}) "
        f"ELSE substr({column}, 1, {digits}) END"
    )


class TableBase(SQLModel):
    """Mixin for table models: UUID primary key, created/updated stamps, optimistic version, revision."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(
        default_factory=utcnow,
        sa_type=UTCDateTime,
        nullable=False,
        sa_column_kwargs={"onupdate": utcnow},
    )
    version: int = Field(default=1, nullable=False)
    revision: str | None = Field(
        default_factory=new_revision,
        sa_type=StoredRevision,
        sa_column_kwargs={"default": new_revision, "onupdate": new_revision},
    )
    parent_revision: str | None = Field(
        default=None,
        sa_type=StoredRevision,
        # In an UPDATE's SET the right-hand side reads the row as it was: the revision being replaced.
        sa_column_kwargs={"onupdate": sa.literal_column("revision")},
    )

    archivable: ClassVar[bool] = False

    @declared_attr  # type: ignore[arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class ArchivableBase(TableBase):
    """Records people expect to get back are archived, not deleted."""

    # Not indexed: nearly every row is NULL, and such an index lures SQLite away from the ordering indexes.
    archived_at: datetime | None = Field(default=None, sa_type=UTCDateTime)

    archivable: ClassVar[bool] = True


def fresh_values(model: type[SQLModel], values: dict[str, Any]) -> dict[str, Any]:
    """Every field of a new `model` record: `values`, and each other field's default as constructing
    the model would give it (fresh id, stamps and revision) — for writers that insert rows without
    building ORM objects (app.db.bulk). `values` are taken as given: validate them first."""
    plan = _FIELD_PLANS.get(model) or _field_plan(model)
    row: dict[str, Any] = {}
    for name, factory, default in plan:
        if name in values:
            row[name] = values[name]
        elif factory is not None:
            row[name] = factory()
        else:
            row[name] = default
    return row


# Each model's fields with their default factory or default, read once from pydantic's field infos
# (an import builds tens of thousands of rows).
_FIELD_PLANS: dict[type[SQLModel], tuple[tuple[str, Callable[[], Any] | None, Any], ...]] = {}


def _field_plan(model: type[SQLModel]) -> tuple[tuple[str, Callable[[], Any] | None, Any], ...]:
    plan = tuple(
        (name, info.default_factory, None if info.default is PydanticUndefined else info.default)
        for name, info in model.model_fields.items()
    )
    _FIELD_PLANS[model] = plan  # type: ignore[assignment]
    return plan  # type: ignore[return-value]
