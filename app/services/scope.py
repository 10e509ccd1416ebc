"""A period and a scope (platform or district): the filter every figure, export and document takes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.glossary import PLATFORM
from app.messages import msg
from app.models._base import table_of
from app.models.platforms import Platform
from app.services.errors import NotFoundError, ValidationError

PL = table_of(Platform).c


@dataclass(frozen=True)
class Scope:
    """`visible`: the platforms the reader may see (None: all). Set only by permissions.restrict, never
    by a caller's filter, so every figure, list and document a coordinator reads covers their platforms."""

    date_from: date | None = None
    date_to: date | None = None
    platform_id: uuid.UUID | None = None
    district: str | None = None
    visible: frozenset[uuid.UUID] | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError({"date_from": msg("开始日期不能晚于结束日期")})

    def period_clauses(self, column: Any) -> list[sa.ColumnElement[bool]]:
        clauses: list[sa.ColumnElement[bool]] = []
        if self.date_from:
            clauses.append(column >= self.date_from)
        if self.date_to:
            clauses.append(column <= self.date_to)
        return clauses

    @property
    def narrowed(self) -> bool:
        """True when only some platforms are in scope (a platform, a district, or the reader's own)."""
        return bool(self.platform_id or self.district) or self.visible is not None

    def includes_platform(self, platform_id: uuid.UUID | None, district: str | None = None) -> bool:
        """Whether a platform (with its district, when known) is in this scope."""
        if self.visible is not None and platform_id not in self.visible:
            return False
        if self.platform_id and platform_id != self.platform_id:
            return False
        return not (self.district and district is not None and district != self.district)

    def platform_clauses(self, platform_column: Any) -> list[sa.ColumnElement[bool]]:
        """Restrict rows whose platform is `platform_column` to this scope."""
        clauses: list[sa.ColumnElement[bool]] = []
        if self.visible is not None:
            clauses.append(platform_column.in_(sorted(self.visible)))
        if self.platform_id:
            clauses.append(platform_column == self.platform_id)
        if self.district:
            clauses.append(platform_column.in_(sa.select(PL.id).where(PL.district == self.district)))
        return clauses

    def describe(self) -> str:
        """Chinese description used in titles: 2025年1月1日至2025年12月31日 · 城西区."""
        parts = []
        if self.date_from or self.date_to:
            start = _cn(self.date_from) if self.date_from else "开始"
            end = _cn(self.date_to) if self.date_to else "至今"
            parts.append(f"{start}至{end}")
        else:
            parts.append("全部时间")
        if self.district:
            parts.append(self.district)
        return " · ".join(parts)

    def describe_english(self) -> str:
        """The same in English, for an interface shown in English: 2025-01-01 to 2025-12-31 · 城西区."""
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "the start"
            end = self.date_to.isoformat() if self.date_to else "today"
            parts = [f"{start} to {end}"]
        else:
            parts = ["All time"]
        if self.district:
            parts.append(self.district)
        return " · ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "platform_id": str(self.platform_id) if self.platform_id else None,
            "district": self.district,
            "visible_platform_ids": sorted(str(p) for p in self.visible)
            if self.visible is not None
            else None,
        }


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def parse_scope(
    date_from: str | None = None,
    date_to: str | None = None,
    platform: str | None = None,
    district: str | None = None,
) -> Scope:
    """Build a Scope from command-line text, with Chinese errors."""
    errors: dict[str, str] = {}

    def parse_date(key: str, text: str | None) -> date | None:
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            errors[key] = msg("日期“{text}”格式不正确，请写成 YYYY-MM-DD", text=text)
            return None

    start = parse_date("date_from", date_from)
    end = parse_date("date_to", date_to)
    platform_id = None
    if platform:
        try:
            platform_id = uuid.UUID(platform)
        except ValueError:
            errors["platform"] = msg(
                "{platform}编号“{platform2}”格式不正确", platform=PLATFORM, platform2=platform
            )
    if errors:
        raise ValidationError(errors)
    return Scope(start, end, platform_id, district or None)


MAX_NAMED = 3  # a coordinator's own platforms are named when there are at most this many


def scope_text(s: Session, scope: Scope) -> str:
    """The scope in words (2025年1月1日至2025年12月31日 · 城西区 · 胜利路委员驿站).

    Names the platform when there is one, and a coordinator's own platforms when the scope is theirs.
    """
    text = scope.describe()
    if scope.platform_id is not None:
        platform = s.get(Platform, scope.platform_id)
        if platform is None:
            raise NotFoundError(msg("找不到该站室组，请检查编号是否正确。"))
        return f"{text} · {platform.name}"
    if scope.visible is not None:
        names = list(
            s.execute(sa.select(PL.name).where(PL.id.in_(sorted(scope.visible))).order_by(PL.name)).scalars()
        )
        shown = "、".join(names[:MAX_NAMED]) + (f"等 {len(names)} 个站室组" if len(names) > MAX_NAMED else "")
        text += f" · {shown or '（无站室组）'}"
    return text
