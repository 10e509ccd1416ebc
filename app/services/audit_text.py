"""The audit trail in words: Chinese names of record kinds and fields, and before/after field by field."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models import enums
from app.models._base import table_of
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.units import HandlingUnit
from app.services.masking import PHONE_FIELDS, mask_phone
from app.services.validation import FIELD_LABELS

ENTITY_LABELS: dict[str, str] = {
    "platform": "站室组",
    "member": "委员",
    "handling_unit": "承办单位",
    "consultation_session": "协商议事活动",
    "suggestion": "意见建议",
    "platform_membership": "站室组成员",
    "session_attendance": "出席情况",
    "session_participant": "其他参会人员",
    "attachment": "附件",
    "follow_up_event": "跟踪记录",
    "leader_instruction": "领导批示",
    "suggestion_unit": "承办分工",
    "app_user": "账户",
    "office_setting": "单位设置",
    "ledger_export": "台账导出",
    "ledger_import": "台账导入",
    "audit_log": "操作日志",
    "demo": "演示数据",
}

FIELDS: dict[str, str] = {
    **FIELD_LABELS,
    "platform_id": "站室组",
    "member_id": "委员",
    "lead_unit_id": "主办单位",
    "unit_id": "承办单位",
    "suggestion_id": "意见建议",
    "joined_on": "加入日期",
    "left_on": "离开日期",
    "raised_on": "提出日期",
    "assigned_on": "交办日期",
    "handling_mode": "办理方式",
    "due_on": "办理时限",
    "returned_on": "退办日期",
    "return_reason": "退办理由",
    "reply": "答复内容",
    "replied_on": "答复日期",
    "result_class": "答复类别",
    "concluded_on": "办结日期",
    "implementation": "落实情况",
    "eval_before": "办前沟通评价",
    "eval_during": "办中协商评价",
    "eval_after": "办后答复评价",
    "evaluated_on": "评价日期",
    "quality_rating": "建议质量",
    "quality_rated_on": "质量评价日期",
    "archived_at": "归档时间",
    "version": "版本",
    "filename": "文件名",
    "description": "说明",
    "size": "大小",
    "sha256": "校验值",
    "mime_type": "文件类型",
    "added_by": "添加人",
    "platform_ids": "负责的站室组",
    "disabled": "已停用",
    "has_password": "已设置密码",
    "participants": "参会人员",
    "departments": "部门代表",
    "value": "设置值",
    "key": "设置项",
    "leader": "批示领导",
    "given_on": "批示日期",
    "text": "内容",
    "happened_on": "日期",
    "file": "文件",
    "scope": "范围",
    "rows": "行数",
    "full": "完整导出",
    "name_strokes": "笔画排序",
    "seed": "随机种子",
    "sessions": "活动次数",
    "created": "新增",
    "updated": "修改",
    "filters": "筛选条件",
}
# Where one record kind names a field differently from the others.
ENTITY_FIELDS: dict[tuple[str, str], str] = {
    ("member", "name"): "姓名",
    ("platform", "active"): "正常开展活动",
    ("platform_membership", "role"): "职务",
    ("app_user", "role"): "角色",
    ("handling_unit", "name"): "单位名称",
}
HIDDEN_FIELDS = frozenset({"id", "version", "name_strokes", "sha256"})

_ENUMS: dict[str, Any] = {
    "kind": enums.PlatformKind, "topic_source": enums.TopicSource, "form": enums.SessionForm,
    "gender": enums.Gender, "category": enums.SuggestionCategory, "handling_mode": enums.HandlingMode,
    "result_class": enums.ResultClass, "eval_before": enums.Satisfaction, "eval_during": enums.Satisfaction,
    "eval_after": enums.Satisfaction, "quality_rating": enums.QualityRating,
}  # fmt: skip
_BY_ENTITY: dict[tuple[str, str], Any] = {
    ("consultation_session", "state"): enums.SessionState,
    ("suggestion", "state"): enums.SuggestionState,
    ("app_user", "role"): enums.UserRole,
    ("platform_membership", "role"): enums.MembershipRole,
    ("suggestion_unit", "role"): enums.UnitRole,
    ("follow_up_event", "kind"): enums.EventKind,
}
# Fields holding another record's id, shown by that record's name.
_NAMED: dict[str, tuple[Any, str]] = {
    "platform_id": (Platform, "name"), "member_id": (Member, "name"), "convener_id": (Member, "name"),
    "proposer_id": (Member, "name"), "lead_unit_id": (HandlingUnit, "name"),
    "unit_id": (HandlingUnit, "name"), "session_id": (ConsultationSession, "topic"),
}  # fmt: skip


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def field_label(field: str, entity: str = "") -> str:
    return ENTITY_FIELDS.get((entity, field)) or FIELDS.get(field, field)


def load(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"value": text}
    return value if isinstance(value, dict) else {"value": value}


def changed_fields(entity: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """The fields that differ (for a new record: those with a value), in a stable order."""
    keys = list(dict.fromkeys([*(before or {}), *(after or {})]))
    out = []
    for key in keys:
        if key in HIDDEN_FIELDS:
            continue
        old, new = (before or {}).get(key), (after or {}).get(key)
        if old != new and not (before is None and new in (None, "", [], {})):
            out.append(key)
    return out


class Describer:
    """Renders values in Chinese, naming referenced records (looked up once per id)."""

    def __init__(self, session: Session, *, mask: bool) -> None:
        self.s = session
        self.mask = mask
        self._names: dict[tuple[Any, uuid.UUID], str] = {}

    def changes(
        self, entity: str, before: dict[str, Any] | None, after: dict[str, Any] | None
    ) -> list[FieldChange]:
        if entity == "session_attendance":
            return self._attendance(before or {}, after or {})
        return [
            FieldChange(key, field_label(key, entity), self.value(entity, key, (before or {}).get(key)),
                        self.value(entity, key, (after or {}).get(key)))
            for key in changed_fields(entity, before, after)
        ]  # fmt: skip

    def value(self, entity: str, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "（空）"
        if isinstance(value, bool):
            return "是" if value else "否"
        if field in PHONE_FIELDS and isinstance(value, str) and self.mask:
            return mask_phone(value) or ""
        kind = _BY_ENTITY.get((entity, field)) or _ENUMS.get(field)
        if kind is not None and isinstance(value, str):
            member = kind.from_text(value)
            return member.label if member is not None else value
        if field in _NAMED and isinstance(value, str):
            return self._name(_NAMED[field], value)
        if field == "platform_ids" and isinstance(value, list):
            return "、".join(self._name((Platform, "name"), v) for v in value)
        if isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    def _name(self, target: tuple[Any, str], text: str) -> str:
        model, column = target
        try:
            key = uuid.UUID(text)
        except ValueError:
            return text
        if (model, key) not in self._names:
            table = table_of(model).c
            found = self.s.execute(sa.select(table[column]).where(table.id == key)).scalar_one_or_none()
            self._names[(model, key)] = found or f"（已删除的记录 {text[:8]}）"
        return self._names[(model, key)]

    def _attendance(self, before: dict[str, Any], after: dict[str, Any]) -> list[FieldChange]:
        out = []
        status: Callable[[Any], str] = lambda v: enums.AttendanceStatus(v).label if v else "（未列入）"  # noqa: E731
        for member_id in dict.fromkeys([*before, *after]):
            if before.get(member_id) != after.get(member_id):
                label = f"{self._name((Member, 'name'), member_id)}出席情况"
                out.append(
                    FieldChange(member_id, label, status(before.get(member_id)), status(after.get(member_id)))
                )
        return out
