"""Checks the records of the consultation cycle share: texts, dates and references, with Chinese messages
naming each field in the words of its record (a topic's 标题 is not a suggestion's 建议标题)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from app.glossary import PLATFORM
from app.messages import msg
from app.models.members import Member
from app.models.platforms import Platform
from app.services.validation import clean_text

EARLIEST = date(2000, 1, 1)
FUTURE_YEARS = 2


def topic_platform(errors: dict[str, str], topic_platform: Any, platform_id: Any) -> None:
    """A record takes up a topic planned for its own 站室组 (an office-level record, one of the office's
    own topics): the topic then goes wherever the record goes (a station's laptop, the office)."""
    if topic_platform != platform_id:
        whose = msg("政协机关") if topic_platform is None else msg("另一{platform}", platform=PLATFORM)
        errors["topic_id"] = msg(
            "所选议题列入的是{whose}的计划，请选择本{platform}的议题，或先修改议题的承办",
            whose=whose,
            platform=PLATFORM,
        )


def text(
    errors: dict[str, str], field: str, value: str | None, limit: int, label: str, *, required: bool = False
) -> str | None:
    value = clean_text(value)
    if value is None:
        if required:
            errors[field] = msg("{label}不能为空", label=label)
    elif len(value) > limit:
        errors[field] = msg("{label}过长（最多 {limit} 个字）", label=label, limit=limit)
    return value


def day(
    errors: dict[str, str],
    field: str,
    value: Any,
    label: str,
    *,
    required: bool = False,
    not_future: bool = False,
    after: tuple[date | None, str] | None = None,
    today: date | None = None,
) -> date | None:
    """A date in a sensible range (2000 to two years ahead, or not after today), not before `after`."""
    today = today or date.today()
    if value is None:
        if required:
            errors[field] = msg("请填写{label}", label=label)
        return None
    if not isinstance(value, date):
        errors[field] = msg("{label}不是有效的日期", label=label)
        return None
    latest = today if not_future else today + timedelta(days=366 * FUTURE_YEARS)
    if value < EARLIEST or value > latest:
        errors[field] = (
            msg("{label}不能晚于今天", label=label)
            if not_future and value > today
            else msg("{label}不在合理范围内", label=label)
        )
    elif after is not None and after[0] is not None and value < after[0]:
        errors[field] = msg("{label}不能早于{after}", label=label, after=after[1])
    return value


def platform(s: Session, errors: dict[str, str], value: uuid.UUID | None, field: str = "platform_id") -> None:
    if value is not None and s.get(Platform, value) is None:
        errors[field] = msg("所选{platform}不存在", platform=PLATFORM)


def member(s: Session, errors: dict[str, str], field: str, value: uuid.UUID | None, label: str) -> None:
    if value is not None and s.get(Member, value) is None:
        errors[field] = msg("所选{label}不存在", label=label)


def missing_members(s: Session, ids: list[uuid.UUID]) -> int:
    return sum(1 for m in ids if s.get(Member, m) is None)
