"""What a ledger row can hold, per kind of sheet: field keys, Chinese names, value kinds, header synonyms.

Our own export headers (app/reports/excel/layouts.py) are always recognised; the synonyms cover the
names offices use in the ledgers they keep by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import (
    Gender,
    HandlingMode,
    LabeledEnum,
    PlatformKind,
    QualityRating,
    ResultClass,
    Satisfaction,
    SessionForm,
    SessionState,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
)
from app.reports.excel import layouts

# Value kinds
TEXT = "text"
DATE = "date"
INT = "int"
BOOL = "bool"
ENUM = "enum"
NAMES = "names"  # people, separated by 、
LIST = "list"  # units or departments, separated by 、
PHONE = "phone"
RECORD_ID = "id"
VERSION = "version"
DERIVED = "derived"  # computed by the export; never stored
NUMBERED = "numbered"  # several numbered suggestions in one cell
HANDLING = "handling"  # unit and state run together
MEMBERSHIPS = "memberships"
OUTCOME = "outcome"  # 办理结果: a state and/or a result class, or else words of the reply
INSTRUCTIONS = "instructions"  # 领导批示: 件次, 是/否, or 某某批示：…

PLATFORM = "platform"
MEMBER = "member"
SESSION = "session"
SUGGESTION = "suggestion"
EVENT = "event"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = TEXT
    synonyms: tuple[str, ...] = ()
    enum: type[LabeledEnum] | None = None
    max_length: int | None = None


@dataclass(frozen=True)
class TargetSpec:
    key: str
    label: str  # our sheet name
    fields: tuple[FieldSpec, ...]
    key_fields: frozenset[str]  # at least one must be mapped for a sheet to be this kind

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)


def F(
    key: str,
    label: str,
    kind: str = TEXT,
    *synonyms: str,
    enum: type[LabeledEnum] | None = None,
    max_length: int | None = None,
) -> FieldSpec:
    return FieldSpec(key, label, kind, synonyms, enum, max_length)


_COMMON_TAIL = (
    F("notes", "备注", TEXT, "说明", "备考"),
    F("record_id", layouts.RECORD_ID_HEADER, RECORD_ID, "记录编号", "记录id", "id"),
    F("version", layouts.VERSION_HEADER, VERSION, "版本", "版本号"),
)
_SEQ = F("seq", "序号", DERIVED, "编号", "no", "no.", "顺序号")
_PLATFORM_WORDS = (
    "站室组",
    "平台",
    "平台名称",
    "站室组名称",
    "履职平台",
    "所属平台",
    "活动平台",
    "站点",
    "驿站名称",
)

PLATFORM_TARGET = TargetSpec(
    PLATFORM,
    layouts.PLATFORMS_SHEET,
    (
        _SEQ,
        F("name", "名称", TEXT, *_PLATFORM_WORDS, "名字", max_length=100),
        F("kind", "类型", ENUM, "平台类型", "类别", enum=PlatformKind),
        F("district", "县区", TEXT, "区县", "所属县区", "县（区）", "所在县区", max_length=50),
        F("township", "乡镇街道", TEXT, "乡镇", "街道", "乡镇（街道）", "所属街道", max_length=50),
        F("address", "地址", TEXT, "详细地址", "办公地址", "活动场所", max_length=200),
        F("coordinator", "联络人", TEXT, "联系人", "负责人", max_length=50),
        F("phone", "联系电话", PHONE, "电话", "联系方式", "手机"),
        F("founded_on", "成立日期", DATE, "成立时间", "设立时间", "设立日期"),
        F("active", "是否启用", BOOL, "启用", "运行状态"),
        F("member_count", "委员人数", DERIVED, "成员人数"),
        *_COMMON_TAIL,
    ),
    frozenset({"name"}),
)

MEMBER_TARGET = TargetSpec(
    MEMBER,
    layouts.MEMBERS_SHEET,
    (
        _SEQ,
        F("name", "姓名", TEXT, "委员姓名", "名字", max_length=50),
        F("gender", "性别", ENUM, enum=Gender),
        F("sector", "界别", TEXT, "所在界别", max_length=50),
        F("party", "党派", TEXT, "政治面貌", max_length=50),
        F("term", "届次", TEXT, "所属届次", max_length=30),
        F(
            "workplace",
            "工作单位及职务",
            TEXT,
            "工作单位",
            "单位及职务",
            "单位职务",
            "工作单位和职务",
            max_length=200,
        ),
        F("phone", "联系电话", PHONE, "电话", "手机", "手机号码", "联系方式"),
        F("platforms", "所属站室组", MEMBERSHIPS, "所在平台", "所属平台", "所在站室组", "站室组"),
        *_COMMON_TAIL,
    ),
    frozenset({"name"}),
)

SESSION_TARGET = TargetSpec(
    SESSION,
    layouts.SESSIONS_SHEET,
    (
        _SEQ,
        F(
            "held_on",
            "活动时间",
            DATE,
            "时间",
            "日期",
            "召开时间",
            "活动日期",
            "协商时间",
            "会议时间",
            "召开日期",
        ),
        F("platform", "站室组", TEXT, *_PLATFORM_WORDS, max_length=100),
        F("platform_kind", "平台类型", ENUM, "类型", enum=PlatformKind),
        F("district", "县区", TEXT, "区县", "所属县区", max_length=50),
        F(
            "topic",
            "协商议题",
            TEXT,
            "议题",
            "主题",
            "活动主题",
            "议事主题",
            "协商主题",
            "议题名称",
            max_length=200,
        ),
        F("topic_source", "议题来源", ENUM, "来源", "选题来源", enum=TopicSource),
        F("form", "形式", ENUM, "协商形式", "活动形式", enum=SessionForm),
        F("location", "地点", TEXT, "活动地点", "协商地点", "召开地点", "会议地点", max_length=200),
        F("convener", "召集人", TEXT, "召集委员", max_length=50),
        F("host", "主持人", TEXT, max_length=50),
        F("present", "出席委员", NAMES, "参加委员", "参会委员", "出席人员", "参加人员", "参会人员"),
        F("excused", "请假委员", NAMES, "请假"),
        F("absent", "缺席委员", NAMES, "缺席"),
        F("departments", "参加部门", LIST, "参会部门", "部门代表", "相关部门", "邀请部门"),
        F("resident_count", "群众代表（人）", INT, "群众代表", "群众代表人数", "参加群众", "群众人数"),
        F("minutes", "会议纪要", TEXT, "纪要", "活动纪要", "协商情况"),
        F("consensus", "形成共识", TEXT, "共识"),
        F("state", "状态", ENUM, "活动状态", enum=SessionState),
        F("suggestion_count", "意见建议（条）", DERIVED, "建议条数"),
        F(
            "suggestions",
            "形成意见建议",
            NUMBERED,
            "意见建议",
            "形成的意见建议",
            "协商成果",
            "建议内容",
            "成果",
        ),
        F("handling", "办理情况", HANDLING),
        # One suggestion of the session and its handling, written on the session's row
        F(
            "sg_lead_unit",
            "建议承办单位",
            TEXT,
            "承办单位",
            "主办单位",
            "办理单位",
            "责任单位",
            max_length=100,
        ),
        F("sg_assigned_on", "建议交办日期", DATE, "交办日期", "交办时间"),
        F("sg_due_on", "建议办理时限", DATE, "办理时限", "办理期限", "办结时限"),
        F("sg_state", "建议办理状态", ENUM, "办理状态", "办理进度", "进展情况", enum=SuggestionState),
        F("sg_outcome", "建议办理结果", OUTCOME, "办理结果", "办理成效"),
        F("sg_replied_on", "建议答复日期", DATE, "答复日期", "答复时间", "回复日期", "反馈日期"),
        F("sg_reply", "建议答复内容", TEXT, "答复内容", "答复意见", "答复情况", "回复内容", "反馈情况"),
        F("sg_result_class", "建议答复类别", ENUM, "答复类别", "结果类别", enum=ResultClass),
        F("sg_concluded_on", "建议办结日期", DATE, "办结日期", "办结时间", "完成时间", "完成日期"),
        F("sg_implementation", "建议落实情况", TEXT, "落实情况", "落实结果"),
        F(
            "sg_satisfaction",
            "群众满意度",
            ENUM,
            "满意度",
            "评价结果",
            "满意程度",
            "群众评价",
            "委员评价",
            enum=Satisfaction,
        ),
        F("sg_evaluated_on", "建议评价日期", DATE, "评价日期", "评价时间"),
        F("sg_instructions", "建议领导批示", INSTRUCTIONS, "领导批示", "是否有领导批示", "批示情况"),
        *_COMMON_TAIL,
    ),
    frozenset({"held_on", "topic"}),
)
# Session-row fields that describe its one suggestion, by the suggestion field they stand for.
SESSION_ROW_SUGGESTION = {
    "sg_lead_unit": "lead_unit",
    "sg_assigned_on": "assigned_on",
    "sg_due_on": "due_on",
    "sg_state": "state",
    "sg_outcome": "outcome",
    "sg_replied_on": "replied_on",
    "sg_reply": "reply",
    "sg_result_class": "result_class",
    "sg_concluded_on": "concluded_on",
    "sg_implementation": "implementation",
    "sg_satisfaction": "satisfaction",
    "sg_evaluated_on": "evaluated_on",
    "sg_instructions": "instructions",
}

SUGGESTION_TARGET = TargetSpec(
    SUGGESTION,
    layouts.SUGGESTIONS_SHEET,
    (
        _SEQ,
        F("raised_on", "提出日期", DATE, "提出时间", "日期", "时间", "收集时间", "登记日期"),
        F(
            "title",
            "建议标题",
            TEXT,
            "标题",
            "意见建议",
            "建议",
            "建议名称",
            "意见建议标题",
            "事项",
            max_length=200,
        ),
        F("content", "建议内容", TEXT, "内容", "具体内容", "意见建议内容", "主要内容"),
        F("category", "类别", ENUM, "分类", "建议类别", enum=SuggestionCategory),
        F("reflects_problem", "反映问题类", BOOL, "是否反映问题", "反映问题"),
        F("session_topic", "所属活动", TEXT, "协商议题", "议题", "活动议题"),
        F("platform", "站室组", TEXT, *_PLATFORM_WORDS, max_length=100),
        F("proposer", "提出人", TEXT, "提出者", "建议人", "提出委员", "领衔人", max_length=100),
        F("state", "办理状态", ENUM, "状态", "办理进度", "进展情况", enum=SuggestionState),
        F("assigned_on", "交办日期", DATE, "交办时间"),
        F("lead_unit", "主办单位", TEXT, "承办单位", "办理单位", "责任单位", "领办单位", max_length=100),
        F("co_units", "会办单位", LIST, "协办单位", "配合单位"),
        F("handling_mode", "办理方式", ENUM, enum=HandlingMode),
        F("due_on", "办理时限", DATE, "办理期限", "时限", "截止日期", "办结时限"),
        F("replied_on", "答复日期", DATE, "答复时间", "回复日期"),
        F("reply", "答复内容", TEXT, "答复意见", "答复", "办理答复", "回复内容"),
        F("result_class", "办理结果", ENUM, "答复类别", "结果类别", "办理结果类别", enum=ResultClass),
        F("satisfaction", "满意度", ENUM, "群众满意度", "满意程度", "群众评价", enum=Satisfaction),
        F("concluded_on", "办结日期", DATE, "办结时间"),
        F("implementation", "落实情况", TEXT, "落实结果"),
        F("eval_before", "办前沟通评价", ENUM, "办前沟通", enum=Satisfaction),
        F("eval_during", "办中协商评价", ENUM, "办中协商", enum=Satisfaction),
        F("eval_after", "办后答复评价", ENUM, "办后答复", "评价结果", enum=Satisfaction),
        F("evaluated_on", "评价日期", DATE, "评价时间"),
        F("quality_rating", "建议质量评价", ENUM, "建议质量", enum=QualityRating),
        F("instructions", "领导批示（件次）", INSTRUCTIONS, "领导批示", "是否有领导批示", "批示情况"),
        F("overdue", "超期工作日", DERIVED, "是否超期", "超期"),
        F("returned_on", "退办日期", DATE, "退办时间"),
        F("return_reason", "退办理由", TEXT, "退办原因"),
        F("handling", "办理情况", HANDLING),
        F("session_ref", "活动编号（勿改）", RECORD_ID, "活动编号"),
        *_COMMON_TAIL,
    ),
    frozenset({"title"}),
)

EVENT_TARGET = TargetSpec(
    EVENT,
    layouts.EVENTS_SHEET,
    (
        _SEQ,
        F("happened_on", "日期", DATE, "时间", "批示日期", "催办日期", "督办日期"),
        F("kind", "类别", TEXT, "方式", "事项类别"),
        F("suggestion", "意见建议", DERIVED, "建议标题"),
        F("platform", "站室组", DERIVED, *_PLATFORM_WORDS),
        F("leader", "批示领导", TEXT, "领导", max_length=50),
        F("text", "内容", TEXT, "批示内容", "催办内容"),
        F("suggestion_ref", "意见建议编号（勿改）", RECORD_ID, "意见建议编号"),
        *_COMMON_TAIL,
    ),
    frozenset({"suggestion_ref"}),  # our own export's 办理过程 sheet (it names each suggestion by id)
)

TARGETS: dict[str, TargetSpec] = {
    t.key: t for t in (PLATFORM_TARGET, MEMBER_TARGET, SESSION_TARGET, SUGGESTION_TARGET, EVENT_TARGET)
}
# Records are written in this order, so everything a row refers to exists before it.
PHASES = (PLATFORM, MEMBER, SESSION, SUGGESTION, EVENT)
SHEET_TARGETS = {t.label: t.key for t in TARGETS.values()}


def target_label(key: str | None) -> str:
    return TARGETS[key].label if key in TARGETS else "（不导入）"


def field_choices(target: str) -> list[tuple[str, str]]:
    """(key, Chinese name) of the fields a column of this kind of sheet can be mapped to."""
    return [(f.key, f.label) for f in TARGETS[target].fields]
