"""A period and a scope (platform or district): the filter every figure, export and document takes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from app.glossary import PLATFORM
from app.models._base import table_of
from app.models.platforms import Platform
from app.services.errors import ValidationError

PL = table_of(Platform).c


@dataclass(frozen=True)
class Scope:
    date_from: date | None = None
    date_to: date | None = None
    platform_id: uuid.UUID | None = None
    district: str | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError({"date_from": "开始日期不能晚于结束日期"})

    def period_clauses(self, column: Any) -> list[sa.ColumnElement[bool]]:
        clauses: list[sa.ColumnElement[bool]] = []
        if self.date_from:
            clauses.append(column >= self.date_from)
        if self.date_to:
            clauses.append(column <= self.date_to)
        return clauses

    def platform_clauses(self, platform_column: Any) -> list[sa.ColumnElement[bool]]:
        """Restrict rows whose platform is `platform_column` to this scope."""
        clauses: list[sa.ColumnElement[bool]] = []
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

    def as_dict(self) -> dict[str, str | None]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "platform_id": str(self.platform_id) if self.platform_id else None,
            "district": self.district,
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
            errors[key] = f"日期“{text}”格式不正确，请写成 YYYY-MM-DD"
            return None

    start = parse_date("date_from", date_from)
    end = parse_date("date_to", date_to)
    platform_id = None
    if platform:
        try:
            platform_id = uuid.UUID(platform)
        except ValueError:
            errors["platform"] = f"{PLATFORM}编号“{platform}”格式不正确"
    if errors:
        raise ValidationError(errors)
    return Scope(start, end, platform_id, district or None)
