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
from datetime import UTC, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Stores UTC; always hands back timezone-aware datetimes (SQLite forgets the zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store timezone-aware values")
        return (
            value.astimezone(UTC) if dialect.name != "sqlite" else value.astimezone(UTC).replace(tzinfo=None)
        )

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


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


REVISION_LENGTH = 32


def new_revision() -> str:
    return uuid.uuid4().hex


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
        max_length=REVISION_LENGTH,
        sa_column_kwargs={"default": new_revision, "onupdate": new_revision},
    )
    parent_revision: str | None = Field(
        default=None,
        max_length=REVISION_LENGTH,
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
