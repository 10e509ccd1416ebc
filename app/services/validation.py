"""Input checks shared by every service, with Chinese messages: the one home of what a field may hold.

Text lengths (TEXT_LIMITS), number ranges (NUMBER_RANGES) and phone numbers are checked here the same
way for every kind of record; the dialogs read the same tables to show a counter beside a limited field
and to bound their number boxes, so nothing typed is ever cut off silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

import pydantic
from sqlmodel import SQLModel

from app.glossary import PLATFORM
from app.messages import msg
from app.services.errors import ValidationError

S = TypeVar("S", bound=SQLModel)

# Chinese names of fields, used in every message about them.
FIELD_LABELS: dict[str, str] = {
    "kind": "类型",
    "name": "名称",
    "district": "县区",
    "township": "乡镇街道",
    "address": "地址",
    "coordinator": "联络人",
    "phone": "联系电话",
    "founded_on": "成立日期",
    "active": "是否启用",
    "notes": "备注",
    "gender": "性别",
    "sector": "界别",
    "party": "党派",
    "term": "届次",
    "workplace": "工作单位及职务",
    "contact": "联系人",
    "topic": "议题",
    "topic_source": "议题来源",
    "held_on": "活动时间",
    "location": "地点",
    "platform_id": PLATFORM,
    "form": "形式",
    "convener_id": "召集人",
    "host": "主持人",
    "resident_count": "群众代表人数",
    "minutes": "会议纪要",
    "consensus": "形成共识",
    "title": "建议标题",
    "content": "建议内容",
    "category": "类别",
    "reflects_problem": "是否反映问题类",
    "session_id": "所属活动",
    "proposer_id": "提出人",
    "proposer_text": "提出人",
    "state": "状态",
    "username": "用户名",
    "display_name": "姓名",
    "role": "角色",
}

_PYDANTIC_MESSAGES = {
    "missing": "{label}不能为空",
    "string_too_long": "{label}过长（最多 {max_length} 个字）",
    "greater_than_equal": "{label}不能小于 {ge}",
    "date_from_datetime_parsing": "{label}不是有效的日期",
    "date_parsing": "{label}不是有效的日期",
    "date_type": "{label}不是有效的日期",
    "enum": "{label}的取值无效",
    "uuid_parsing": "{label}无效",
    "uuid_type": "{label}无效",
    "int_parsing": "{label}应为整数",
    "bool_parsing": "{label}应为“是”或“否”",
}


# The longest text each field may hold, per kind of record (handling steps by their step code).
TEXT_LIMITS: dict[str, dict[str, int]] = {
    "member": {"name": 50, "sector": 50, "party": 50, "term": 30, "workplace": 200, "phone": 30},
    "platform": {
        "name": 100,
        "district": 50,
        "township": 50,
        "address": 200,
        "coordinator": 50,
        "phone": 30,
    },
    "handling_unit": {"name": 100, "contact": 50, "phone": 30},
    "consultation_session": {"topic": 200, "location": 200, "host": 50},
    "session_participant": {"name": 50, "organization": 100},
    "suggestion": {"title": 200, "proposer_text": 100},
    "office": {"office_name": 100},
    "printing": {"prefix": 20, "cc": 200},
    "app_user": {"username": 50, "display_name": 50},
    "instruction": {"leader": 50, "text": 2000},
    "remind": {"text": 1000},
    "return": {"return_reason": 500},
    "reply": {"reply": 5000},
    "conclude": {"implementation": 5000},
    "not_adopt": {"reason": 1000},
    "reopen": {"reason": 1000},
    "evaluate": {"comment": 1000},
    "rate_quality": {"comment": 1000},
}

# Whole numbers a field may hold, per kind of record: (lowest, highest, unit).
NUMBER_RANGES: dict[tuple[str, str], tuple[int, int, str]] = {
    ("consultation_session", "resident_count"): (0, 5000, "人"),
}

# A phone number: digits with the separators people write (0971-5466862, +86 138 0000 0000, 转 8001).
PHONE_CHARS = re.compile(r"^[0-9+\-() （）转/、,，]+$")
PHONE_MIN_DIGITS = 5


def max_length(entity: str, field: str) -> int | None:
    """The longest text `field` of `entity` may hold (None: no limit)."""
    return TEXT_LIMITS.get(entity, {}).get(field)


def number_range(entity: str, field: str) -> tuple[int, int, str]:
    return NUMBER_RANGES[(entity, field)]


def label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


def build(schema: type[S], **fields: Any) -> S:
    """Construct a Create/Update schema, turning pydantic's errors into Chinese ones."""
    try:
        return schema.model_validate(fields)
    except pydantic.ValidationError as exc:
        raise translate(exc) from None


def translate(exc: pydantic.ValidationError) -> ValidationError:
    errors: dict[str, str] = {}
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else "?"
        template = _PYDANTIC_MESSAGES.get(err["type"], "{label}无效")
        ctx = {k: v for k, v in (err.get("ctx") or {}).items()}
        errors.setdefault(field, template.format(label=label(field), **ctx))
    return ValidationError(errors)


def clean_text(value: str | None) -> str | None:
    """Trim whitespace; an empty optional text is stored as NULL."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def require_text(errors: dict[str, str], field: str, value: str | None, max_length: int) -> str | None:
    value = clean_text(value)
    if not value:
        errors[field] = msg("{label}不能为空", label=label(field))
    elif len(value) > max_length:
        errors[field] = msg(
            "{label}过长（最多 {max_length} 个字）", label=label(field), max_length=max_length
        )
    return value


def check_length(errors: dict[str, str], field: str, value: str | None, max_length: int) -> None:
    if value is not None and len(value) > max_length:
        errors[field] = msg(
            "{label}过长（最多 {max_length} 个字）", label=label(field), max_length=max_length
        )


def clean_texts(
    errors: dict[str, str], entity: str, values: dict[str, Any], required: Iterable[str] = ()
) -> None:
    """Trim every limited text of `entity` in `values` and check its length; `required` ones must be there."""
    needed = set(required)
    for field, limit in TEXT_LIMITS[entity].items():
        if field not in values and field not in needed:
            continue
        if field in needed:
            values[field] = require_text(errors, field, values.get(field), limit)
        else:
            values[field] = clean_text(values.get(field))
            check_length(errors, field, values[field], limit)


def phone_problem(value: str | None) -> str | None:
    """Why `value` is no phone number (None when it is one, or empty)."""
    if not value:
        return None
    if not PHONE_CHARS.match(value):
        return "联系电话只能包含数字、空格和 + - ( ) 转"
    if sum(c.isdigit() for c in value) < PHONE_MIN_DIGITS:
        return f"联系电话至少应有 {PHONE_MIN_DIGITS} 位数字"
    return None


def check_phone(errors: dict[str, str], field: str, value: str | None) -> None:
    problem = phone_problem(value)
    if problem is not None and field not in errors:
        errors[field] = problem


def check_number(errors: dict[str, str], entity: str, field: str, value: int | None) -> None:
    """A whole number inside its NUMBER_RANGES bounds (None: not given, allowed)."""
    if value is None:
        return
    low, high, unit = number_range(entity, field)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        errors[field] = msg(
            "{label}应在 {low} 到 {high} {unit}之间", label=label(field), low=low, high=high, unit=unit
        )


def raise_if(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)
