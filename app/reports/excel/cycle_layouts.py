"""The columns of the ledgers of the consultation cycle and of every kind of duty.

These sheets are exported for reading, printing and filing; the importer recognises them and says they
are not imported (the records are kept in the app, where their links — attendance, authors, topics —
are entered). Like the other ledgers they end with the record id and version.
"""

from __future__ import annotations

from app.models.enums import (
    ActivityState,
    FeedbackMethod,
    InspectionKind,
    PlanStatus,
    SuggestionCategory,
    TopicChannel,
    TopicDecision,
    TopicSource,
)
from app.reports.excel.layouts import RECORD_ID_HEADER, VERSION_HEADER, YES_NO, labels
from app.reports.excel.sheet_writer import BOOL, DATE, INTEGER, LONG_TEXT, RECORD_ID, Column

ACTIVITIES_SHEET = "履职活动台账"
TOPICS_SHEET = "议题与年度计划"
OPINIONS_SHEET = "社情民意信息"
RESEARCH_SHEET = "调研报告"
RESULTS_SHEET = "协商专报"
CYCLE_SHEETS = (ACTIVITIES_SHEET, TOPICS_SHEET, OPINIONS_SHEET, RESEARCH_SHEET, RESULTS_SHEET)


def _tail() -> list[Column]:
    return [
        Column("record_id", RECORD_ID_HEADER, RECORD_ID, width=38, printed=False, muted=True),
        Column("version", VERSION_HEADER, INTEGER, width=8, printed=False, muted=True),
    ]


ACTIVITY_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("held_on", "活动时间", DATE, width=11),
    Column("kind", "活动类型"),
    Column("title", "活动主题", LONG_TEXT),
    Column("place", "组织层级"),
    Column("organiser", "组织单位"),
    Column("location", "地点", LONG_TEXT),
    Column("convener", "牵头委员"),
    Column("present", "出席委员", LONG_TEXT),
    Column("excused", "请假委员", LONG_TEXT),
    Column("absent", "缺席委员", LONG_TEXT),
    Column("suggestion_count", "形成意见建议（条）", INTEGER),
    Column("report_count", "调研报告（篇）", INTEGER),
    Column("state", "状态", choices=labels(ActivityState)),
    Column("inspection_kind", "视察类型", choices=labels(InspectionKind), printed=False),
    Column("speakers", "发言委员", LONG_TEXT, printed=False),
    Column("other_participants", "其他参加人员", LONG_TEXT, printed=False),
    Column("topic", "所属议题", LONG_TEXT, printed=False),
    Column("feedback_on", "反馈群众日期", DATE, width=11, printed=False),
    Column("feedback_method", "反馈方式", choices=labels(FeedbackMethod), printed=False),
    Column("is_public", "是否公开", BOOL, choices=YES_NO, printed=False),
    Column("not_public_reason", "不公开理由", LONG_TEXT, printed=False),
    Column("minutes", "活动纪要", LONG_TEXT, printed=False),
    Column("notes", "备注", LONG_TEXT, printed=False),
    *_tail(),
)

TOPIC_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("collected_on", "征集日期", DATE, width=11),
    Column("title", "议题", LONG_TEXT),
    Column("source", "议题来源", choices=labels(TopicSource)),
    Column("proposer", "提出者"),
    Column("channel", "征集渠道", choices=labels(TopicChannel)),
    Column("decision", "确定情况", choices=labels(TopicDecision)),
    Column("decided_on", "确定日期", DATE, width=11),
    Column("decided_by", "确定机关"),
    Column("plan_year", "计划年度", INTEGER),
    Column("planned_month", "计划月份", INTEGER),
    Column("place", "承办"),
    Column("kind", "活动形式"),
    Column("status", "完成情况", choices=labels(PlanStatus)),
    Column("held_on", "开展日期", DATE, width=11),
    Column("decline_reason", "未采用理由", LONG_TEXT, printed=False),
    Column("description", "议题说明", LONG_TEXT, printed=False),
    *_tail(),
)

OPINION_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("submitted_on", "报送日期", DATE, width=11),
    Column("title", "信息标题", LONG_TEXT),
    Column("submitters", "报送人", LONG_TEXT),
    Column("place", "站室组"),
    Column("category", "类别", choices=labels(SuggestionCategory)),
    Column("reflects_problem", "反映问题类", BOOL, choices=YES_NO),
    Column("adopted_on", "采用日期", DATE, width=11),
    Column("adopted_by", "采用单位"),
    Column("issued_on", "签发日期", DATE, width=11),
    Column("issue_ref", "签发期号"),
    Column("instruction_count", "领导批示（件次）", INTEGER),
    Column("content", "信息内容", LONG_TEXT, printed=False),
    Column("notes", "备注", LONG_TEXT, printed=False),
    *_tail(),
)

RESEARCH_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("written_on", "成文日期", DATE, width=11),
    Column("title", "报告标题", LONG_TEXT),
    Column("authors", "执笔", LONG_TEXT),
    Column("place", "组织层级"),
    Column("activity", "所属调研活动", LONG_TEXT),
    Column("adopted_on", "采用日期", DATE, width=11),
    Column("adopted_by", "采用单位"),
    Column("instruction_count", "领导批示（件次）", INTEGER),
    Column("summary", "报告摘要", LONG_TEXT, printed=False),
    *_tail(),
)

RESULTS_COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", INTEGER, width=6),
    Column("issued_on", "报送日期", DATE, width=11),
    Column("number", "期号"),
    Column("title", "专报标题", LONG_TEXT),
    Column("sent_to", "报送对象"),
    Column("about", "所报活动", LONG_TEXT),
    Column("place", "组织层级"),
    Column("instruction_count", "领导批示（件次）", INTEGER),
    Column("outcomes", "成果转化", LONG_TEXT),
    Column("text", "专报正文", LONG_TEXT, printed=False),
    *_tail(),
)
