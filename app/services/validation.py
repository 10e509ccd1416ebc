"""Input checks shared by every service, with Chinese messages."""

from __future__ import annotations

from typing import Any, TypeVar

import pydantic
from sqlmodel import SQLModel

from app.glossary import PLATFORM
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
        errors[field] = f"{label(field)}不能为空"
    elif len(value) > max_length:
        errors[field] = f"{label(field)}过长（最多 {max_length} 个字）"
    return value


def check_length(errors: dict[str, str], field: str, value: str | None, max_length: int) -> None:
    if value is not None and len(value) > max_length:
        errors[field] = f"{label(field)}过长（最多 {max_length} 个字）"


def raise_if(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)
