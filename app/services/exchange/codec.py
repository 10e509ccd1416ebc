"""Values in a package: each column's value as plain JSON, and back, decided once per column type.

UUIDs are written in their canonical text form, dates as YYYY-MM-DD, moments as ISO 8601 in UTC with
microseconds, coded values (enums) by their stored code, flags as true/false. Merges compare these JSON
forms, so a value read from the database and the same value read from a package are equal.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from app.messages import msg
from app.models._base import StoredUuid, UTCDateTime

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]


class BadValue(ValueError):
    """A value in a package that its column cannot hold."""


def _enc_uuid(v: Any) -> Any:
    return None if v is None else str(v)


def _enc_moment(v: Any) -> Any:
    if v is None:
        return None
    moment = v if v.tzinfo is not None else v.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _enc_date(v: Any) -> Any:
    return None if v is None else v.isoformat()


def _enc_enum(v: Any) -> Any:
    if v is None:
        return None
    return v.value if isinstance(v, enum.Enum) else str(v)


def _enc_plain(v: Any) -> Any:
    return v


def _dec_uuid(v: Any) -> Any:
    return None if v is None else uuid.UUID(str(v))


def _dec_moment(v: Any) -> Any:
    if v is None:
        return None
    moment = datetime.fromisoformat(str(v))
    if moment.tzinfo is None:
        raise BadValue(msg("时间“{v}”缺少时区", v=v))
    return moment.astimezone(UTC)


def _dec_date(v: Any) -> Any:
    return None if v is None else date.fromisoformat(str(v))


def _dec_bool(v: Any) -> Any:
    if v is None or isinstance(v, bool):
        return v
    raise BadValue(msg("“{v}”不是是/否值", v=v))


def _dec_int(v: Any) -> Any:
    if v is None or (isinstance(v, int) and not isinstance(v, bool)):
        return v
    raise BadValue(msg("“{v}”不是整数", v=v))


def _dec_text(v: Any) -> Any:
    if v is None or isinstance(v, str):
        return v
    raise BadValue(msg("“{v}”不是文本", v=v))


def _enum_decoder(kind: sa.Enum) -> Decoder:
    allowed = set(kind.enums)
    cls = kind.enum_class

    def decode(v: Any) -> Any:
        if v is None:
            return None
        if v not in allowed:
            raise BadValue(msg("“{v}”不是可用的取值", v=v))
        return cls(v) if cls is not None else v

    return decode


def codecs(column: sa.Column[Any]) -> tuple[Encoder, Decoder]:
    kind = column.type
    if isinstance(kind, sa.Uuid | StoredUuid):
        return _enc_uuid, _dec_uuid
    if isinstance(kind, UTCDateTime):
        return _enc_moment, _dec_moment
    if isinstance(kind, sa.Enum):
        return _enc_enum, _enum_decoder(kind)
    if isinstance(kind, sa.Date):
        return _enc_date, _dec_date
    if isinstance(kind, sa.Boolean):
        return _enc_plain, _dec_bool
    if isinstance(kind, sa.Integer):
        return _enc_plain, _dec_int
    return _enc_plain, _dec_text


def max_length(column: sa.Column[Any]) -> int | None:
    return getattr(column.type, "length", None)
