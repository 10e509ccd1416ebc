"""The columns of the ledger sheets (four ledgers, and 办理过程: the records a suggestion's row cannot hold).

Keys are shared with the importer, which maps headers to them.

Every ledger sheet ends with a record-id and a version column (not printed): an edited file imported
back updates exactly the records it came from, and refuses rows whose record changed meanwhile.
"""

from __future__ import annotations

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
from app.reports.excel.sheet_writer import (
    BOOL,
    DATE,
    INTEGER,
    LONG_TEXT,
    PHONE,
    RECORD_ID,
    Column,
)

SESSIONS_SHEET = "协商议事台账"
SUGGESTIONS_SHEET = "意见建议办理台账"
PLATFORMS_SHEET = "站室组名册"
MEMBERS_SHEET = "委员名册"
EVENTS_SHEET = "办理过程"
STATS_SHEET = "统计"

RECORD_ID_HEADER = "记录编号（勿改）"
VERSION_HEADER = "版本（勿改）"
YES_NO = ("是", "否")


def labels(enum_cls: type[LabeledEnum]) -> tuple[str, ...]:
    return tuple(m.label for m in enum_cls)


def _tail() -> list[Column]:
    return [
        Column("record_id", RECORD_ID_HEADER, RECORD_ID, width=38, printed=False, muted=True),
        # "3/8f3a9c1e": the version and the start of the revision the row was exported at
        # (app/services/ledger_import/revision_stamp.py); files from before revisions hold the version only.
        Column("version", VERSION_HEADER, width=14, printed=False, muted=True),
    ]


# Printed columns come first: the print area ends at the last printed column; the others (details,
# record id, version) stay in the file for reading, filtering and importing back.
SESSION_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("held_on", "活动时间", DATE, width=11),
    Column("platform", "站室组"),
    Column("topic", "协商议题", LONG_TEXT),
    Column("topic_source", "议题来源", choices=labels(TopicSource)),
    Column("form", "形式", choices=labels(SessionForm)),
    Column("location", "地点", LONG_TEXT),
    Column("convener", "召集人"),
    Column("present", "出席委员", LONG_TEXT),
    Column("departments", "参加部门", LONG_TEXT),
    Column("resident_count", "群众代表（人）", INTEGER),
    Column("consensus", "形成共识", LONG_TEXT),
    Column("state", "状态", choices=labels(SessionState)),
    Column("suggestion_count", "意见建议（条）", INTEGER),
    Column("notes", "备注", LONG_TEXT),
    Column("platform_kind", "平台类型", choices=labels(PlatformKind), printed=False),
    Column("district", "县区", printed=False),
    Column("host", "主持人", printed=False),
    Column("excused", "请假委员", LONG_TEXT, printed=False),
    Column("absent", "缺席委员", LONG_TEXT, printed=False),
    Column("minutes", "会议纪要", LONG_TEXT, printed=False),
    *_tail(),
)

SUGGESTION_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("raised_on", "提出日期", DATE, width=11),
    Column("title", "建议标题", LONG_TEXT),
    Column("platform", "站室组"),
    Column("lead_unit", "主办单位", LONG_TEXT),
    Column("co_units", "会办单位", LONG_TEXT),
    Column("assigned_on", "交办日期", DATE, width=11),
    Column("due_on", "办理时限", DATE, width=11),
    Column("state", "办理状态", choices=labels(SuggestionState)),
    Column("replied_on", "答复日期", DATE, width=11),
    Column("result_class", "办理结果", choices=labels(ResultClass)),
    Column("concluded_on", "办结日期", DATE, width=11),
    Column("implementation", "落实情况", LONG_TEXT),
    Column("eval_after", "办后答复评价", choices=labels(Satisfaction)),
    Column("instructions", "领导批示（件次）", INTEGER),
    Column("overdue", "超期工作日", INTEGER),
    Column("content", "建议内容", LONG_TEXT, printed=False),
    Column("category", "类别", choices=labels(SuggestionCategory), printed=False),
    Column("reflects_problem", "反映问题类", BOOL, choices=YES_NO, printed=False),
    Column("session_topic", "所属活动", LONG_TEXT, printed=False),
    Column("proposer", "提出人", printed=False),
    Column("handling_mode", "办理方式", choices=labels(HandlingMode), printed=False),
    Column("reply", "答复内容", LONG_TEXT, printed=False),
    Column("eval_before", "办前沟通评价", choices=labels(Satisfaction), printed=False),
    Column("eval_during", "办中协商评价", choices=labels(Satisfaction), printed=False),
    Column("evaluated_on", "评价日期", DATE, width=11, printed=False),
    Column("quality_rating", "建议质量评价", choices=labels(QualityRating), printed=False),
    Column("returned_on", "退办日期", DATE, width=11, printed=False),
    Column("return_reason", "退办理由", LONG_TEXT, printed=False),
    Column("notes", "备注", LONG_TEXT, printed=False),
    Column("session_ref", "活动编号（勿改）", RECORD_ID, width=38, printed=False, muted=True),
    *_tail(),
)

PLATFORM_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("name", "名称"),
    Column("kind", "类型", choices=labels(PlatformKind)),
    Column("district", "县区"),
    Column("township", "乡镇街道"),
    Column("address", "地址", LONG_TEXT),
    Column("coordinator", "联络人"),
    Column("phone", "联系电话", PHONE, width=14),
    Column("founded_on", "成立日期", DATE, width=11),
    Column("active", "是否启用", BOOL, choices=YES_NO),
    Column("member_count", "委员人数", INTEGER),
    Column("notes", "备注", LONG_TEXT),
    *_tail(),
)

MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("name", "姓名"),
    Column("gender", "性别", choices=labels(Gender)),
    Column("sector", "界别"),
    Column("party", "党派"),
    Column("term", "届次"),
    Column("workplace", "工作单位及职务", LONG_TEXT),
    Column("phone", "联系电话", PHONE, width=14),
    Column("platforms", "所属站室组", LONG_TEXT),
    Column("notes", "备注", LONG_TEXT),
    *_tail(),
)

# 领导批示 and 催办 / 督办 / 电话沟通: the records of a suggestion's handling its own row cannot hold.
EVENT_KINDS = ("领导批示", "催办", "督办", "电话沟通")
EVENT_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("happened_on", "日期", DATE, width=11),
    Column("kind", "类别", choices=EVENT_KINDS),
    Column("suggestion", "意见建议", LONG_TEXT),
    Column("platform", "站室组"),
    Column("leader", "批示领导"),
    Column("text", "内容", LONG_TEXT),
    Column("suggestion_ref", "意见建议编号（勿改）", RECORD_ID, width=38, printed=False, muted=True),
    *_tail(),
)

# Columns the export computes; an import reads them for matching at most, never stores them.
DERIVED = frozenset({"seq", "suggestion_count", "instructions", "overdue", "member_count"})

LAYOUTS: dict[str, tuple[Column, ...]] = {
    SESSIONS_SHEET: SESSION_COLUMNS,
    SUGGESTIONS_SHEET: SUGGESTION_COLUMNS,
    PLATFORMS_SHEET: PLATFORM_COLUMNS,
    MEMBERS_SHEET: MEMBER_COLUMNS,
    EVENTS_SHEET: EVENT_COLUMNS,
}
