"""A list page's rows as dicts, read straight from the driver's cursor.

A page is a few hundred rows of a dozen columns; SQLAlchemy's result rows (a Row object per row, a
processor call per value through each type's decorator) cost several times what SQLite takes to read
them. The statement is still compiled (and cached) by SQLAlchemy; its rows are fetched from the
DB-API cursor at once and each column converted by one function chosen for its type when the
statement's shape is first seen: 16-byte ids by UUID(bytes=…), dates through a small cache of parsed
days, every other type by its own result processor. The values are the ones SQLAlchemy would give.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import Select
from sqlmodel import Session

from app.models._base import StoredUuid, uuid_of

Convert = Callable[[Any], Any] | None


def _uuid(stored: Any) -> uuid.UUID | None:
    if stored is None:
        return None
    return uuid.UUID(bytes=stored) if type(stored) is bytes and len(stored) == 16 else uuid_of(stored)


@lru_cache(maxsize=8192)
def _day(stored: str) -> date:
    return date.fromisoformat(stored)


def _converter(column_type: sa.types.TypeEngine[Any], dialect: sa.Dialect) -> Convert:
    """The function giving a stored value of this type as SQLAlchemy would (None: as it is)."""
    own = column_type._cached_result_processor(dialect, None)
    if own is None:
        return None
    if isinstance(column_type, StoredUuid):
        return _uuid
    if type(column_type) is sa.Date:  # 'YYYY-MM-DD': a page holds few distinct days

        def day(stored: Any) -> Any:
            if type(stored) is str and len(stored) == 10:
                return _day(stored)
            return own(stored)

        return day
    return own


def page_dicts(session: Session, stmt: Select[Any]) -> list[dict[str, Any]]:
    """The rows of `stmt` as dicts by column name (SQLite: from the cursor; elsewhere through SQLAlchemy)."""
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        result = session.execute(stmt)
        keys = list(result.keys())
        return [dict(zip(keys, row, strict=True)) for row in result]
    if session.autoflush:
        session.flush()  # as the ORM's own execution would (nothing to do in a read)
    # Core execution on the session's connection: a cursor result, whatever the columns name
    cursor_result = session.connection().execute(stmt)
    keys = list(cursor_result.keys())
    try:
        raw = cursor_result.cursor.fetchall()
    finally:
        cursor_result.close()
    converters = [_converter(c.type, dialect) for c in stmt.selected_columns]
    if not raw:
        return []
    if all(c is None for c in converters):
        return [dict(zip(keys, row, strict=True)) for row in raw]
    # Column by column (each converter mapped over its column), then back into rows.
    columns = [
        col if c is None else list(map(c, col))
        for col, c in zip(zip(*raw, strict=True), converters, strict=True)
    ]
    return [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=True)]
