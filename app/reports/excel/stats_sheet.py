"""The 统计 sheet: the statistics service's figures for the same filter as the ledgers.

Figures are looked up by their stable keys; a key the service does not provide (older or newer
versions) is simply left out, and keys this sheet does not know are not shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openpyxl import Workbook

from app.models.enums import (
    AttendanceStatus,
    InspectionKind,
    LabeledEnum,
    OutcomeKind,
    PlatformKind,
    ResultClass,
    SessionForm,
    SessionState,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
)
from app.reports.excel import styles
from app.reports.excel.sheet_writer import INTEGER, TEXT, Column, LedgerSheetWriter, SheetResult, SheetSpec

COUNT = "count"
RATE = "rate"

# (section, key, label, kind) for single figures; (section, key, label prefix, enum) for breakdowns.
FIGURES: tuple[tuple[str, str, str, str], ...] = (
    ("站室组", "platforms", "站室组总数（个）", COUNT),
    ("站室组", "platforms_active", "其中正常运行（个）", COUNT),
    ("委员", "members", "委员人数（名）", COUNT),
    ("委员", "members_attending", "参加活动的委员（名）", COUNT),
    ("委员", "member_participation_rate", "委员参与率", RATE),
    ("协商议事活动", "sessions", "活动总数（次）", COUNT),
    ("协商议事活动", "sessions_held", "已召开（次）", COUNT),
    ("协商议事活动", "attendance_rate", "委员出席率", RATE),
    ("意见建议", "suggestions", "意见建议总数（条）", COUNT),
    ("意见建议", "problem_suggestions", "反映问题类（条）", COUNT),
    ("意见建议", "problem_share", "反映问题类占比", RATE),
    ("办理", "suggestions_handed_out", "已交办（条）", COUNT),
    ("办理", "suggestions_replied", "已答复（条）", COUNT),
    ("办理", "suggestions_concluded", "已办结（条）", COUNT),
    ("办理", "suggestions_concluded_on_time", "按期办结（条）", COUNT),
    ("办理", "concluded_rate", "办结率", RATE),
    ("办理", "on_time_rate", "按期办结率", RATE),
    ("办理", "overdue", "超期未答复（条）", COUNT),
    ("评价", "evaluated", "已评价（条）", COUNT),
    ("评价", "satisfied", "满意和基本满意（条）", COUNT),
    ("评价", "satisfaction_rate", "满意率（含基本满意）", RATE),
    ("评价", "full_satisfaction_rate", "满意率（仅满意）", RATE),
    ("领导批示", "leader_instructions", "领导批示（件次）", COUNT),
    ("履职活动", "activities_held", "开展各类履职活动（次，含协商议事）", COUNT),
    ("履职活动", "research_reports", "调研报告（篇）", COUNT),
    ("履职活动", "research_reports_adopted", "其中被采用（篇）", COUNT),
    ("成果报送", "results_reported", "报送协商专报（期）", COUNT),
    ("成果报送", "residents_informed", "向群众反馈协商成果（次）", COUNT),
    ("成果报送", "not_public", "不予公开的活动（次）", COUNT),
)

# (section, key, sub-key, label, kind) for figures kept in a dict of their own.
NESTED: tuple[tuple[str, str, str, str, str], ...] = (
    ("议题与计划", "topics", "collected", "征集议题（个）", COUNT),
    ("议题与计划", "topics", "confirmed", "确定议题（个）", COUNT),
    ("议题与计划", "topics", "declined", "未采用议题（个）", COUNT),
    ("议题与计划", "topics", "planned", "年度协商计划安排（个）", COUNT),
    ("议题与计划", "topics", "held", "计划议题已开展（个）", COUNT),
    ("议题与计划", "topics", "overdue", "计划议题逾期未开展（个）", COUNT),
    ("社情民意", "public_opinion", "submitted", "报送社情民意信息（条）", COUNT),
    ("社情民意", "public_opinion", "adopted", "被采用（条）", COUNT),
    ("社情民意", "public_opinion", "issued", "签发（条）", COUNT),
    ("社情民意", "public_opinion", "instructed", "获领导批示（条）", COUNT),
    ("社情民意", "public_opinion", "problems", "反映问题类（条）", COUNT),
    ("社情民意", "public_opinion", "problem_share", "反映问题类占比", RATE),
    ("社情民意", "public_opinion", "adoption_rate", "采用率", RATE),
)
# (section, key, label prefix) for counts by 履职活动 kind, named by figures["activity_kind_labels"].
KIND_BREAKDOWNS: tuple[tuple[str, str, str], ...] = (
    ("履职活动", "activities_by_kind", "开展："),
    ("履职活动", "activity_suggestions_by_kind", "形成意见建议："),
)

BREAKDOWNS: tuple[tuple[str, str, str, type[LabeledEnum]], ...] = (
    ("站室组", "platforms_by_kind", "", PlatformKind),
    ("协商议事活动", "sessions_by_state", "状态：", SessionState),
    ("协商议事活动", "sessions_by_form", "形式：", SessionForm),
    ("协商议事活动", "sessions_by_topic_source", "议题来源：", TopicSource),
    ("协商议事活动", "sessions_by_platform_kind", "平台：", PlatformKind),
    ("协商议事活动", "attendance", "委员", AttendanceStatus),
    ("意见建议", "suggestions_by_category", "类别：", SuggestionCategory),
    ("意见建议", "suggestions_by_state", "状态：", SuggestionState),
    ("办理", "suggestions_by_result_class", "办理结果：", ResultClass),
    ("履职活动", "inspections_by_type", "视察：", InspectionKind),
    ("履职活动", "activity_attendance", "履职活动委员", AttendanceStatus),
    ("成果报送", "outcomes_by_kind", "成果转化：", OutcomeKind),
)

SECTIONS = (
    "站室组", "委员", "协商议事活动", "意见建议", "办理", "评价", "领导批示",
    "履职活动", "议题与计划", "社情民意", "成果报送",
)  # fmt: skip
SUBJECTS = (
    ("suggestion", "意见建议"), ("session", "协商议事活动"), ("activity", "履职活动"),
    ("results_report", "协商专报"), ("research_report", "调研报告"), ("public_opinion", "社情民意信息"),
)  # fmt: skip

STATS_COLUMNS = (
    Column("section", "类别", TEXT, width=16),
    Column("label", "指标", TEXT, width=36),
    Column("value", "数值", INTEGER, width=16),
)


def figure_rows(figures: Mapping[str, Any]) -> list[tuple[str, str, Any, str]]:
    """(section, label, value, kind) for every figure present, grouped by section."""
    rows: list[tuple[str, str, Any, str]] = []
    for section in SECTIONS:
        for sec, key, label, kind in FIGURES:
            if sec == section and key in figures:
                rows.append((section, label, figures[key], kind))
        for sec, key, prefix, enum_cls in BREAKDOWNS:
            counts = figures.get(key)
            if sec != section or not isinstance(counts, Mapping):
                continue
            for member in enum_cls:
                if member.value in counts:
                    suffix = "（人次）" if key in ("attendance", "activity_attendance") else ""
                    rows.append((section, f"{prefix}{member.label}{suffix}", counts[member.value], COUNT))
        rows.extend(_nested_rows(figures, section))
    return rows


def _nested_rows(figures: Mapping[str, Any], section: str) -> list[tuple[str, str, Any, str]]:
    rows: list[tuple[str, str, Any, str]] = []
    labels = figures.get("activity_kind_labels")
    labels = labels if isinstance(labels, Mapping) else {}
    for sec, key, prefix in KIND_BREAKDOWNS:
        counts = figures.get(key)
        if sec == section and isinstance(counts, Mapping):
            rows.extend(
                (section, f"{prefix}{labels.get(code, code)}", n, COUNT) for code, n in counts.items()
            )
    for sec, key, sub, label, kind in NESTED:
        values = figures.get(key)
        if sec == section and isinstance(values, Mapping) and sub in values:
            rows.append((section, label, values[sub], kind))
    by_subject = figures.get("leader_instructions_by_subject")
    if section == "领导批示" and isinstance(by_subject, Mapping):
        rows.extend(
            (section, f"批示：{name}（件次）", by_subject[k], COUNT)
            for k, name in SUBJECTS
            if k in by_subject
        )
    return rows


def write_stats_sheet(
    wb: Workbook, name: str, heading: str, subheading: str, figures: Mapping[str, Any]
) -> SheetResult:
    writer = LedgerSheetWriter(wb, SheetSpec(name, heading, subheading, STATS_COLUMNS))
    cells = writer.cells
    section_style = cells.template("section", font=styles.SECTION_FONT)
    rows: list[list[Any]] = []
    previous = ""
    for section, label, value, kind in figure_rows(figures):
        shown = cells.styled(section, section_style) if section != previous else None
        previous = section
        rows.append([shown, label, cells.rate(value) if kind == RATE else value])
    figure_count = len(rows)
    rows.extend(_table_rows(writer, figures))
    return writer.write(rows, prepared=True, filter_rows=figure_count)


def _table_rows(writer: LedgerSheetWriter, figures: Mapping[str, Any]) -> list[list[Any]]:
    """The per-month and per-platform tables below the figures."""
    cells = writer.cells
    head = cells.template("table-head", font=styles.HEADER_FONT, fill=styles.HEADER_FILL)
    rows: list[list[Any]] = []
    sessions = figures.get("sessions_by_month")
    suggestions = figures.get("suggestions_by_month")
    if isinstance(sessions, Mapping) or isinstance(suggestions, Mapping):
        sessions = sessions if isinstance(sessions, Mapping) else {}
        suggestions = suggestions if isinstance(suggestions, Mapping) else {}
        rows.append([])
        rows.append([cells.styled(v, head) for v in ("月份", "活动（次）", "意见建议（条）")])
        for month in sorted(set(sessions) | set(suggestions)):
            year, _, mon = str(month).partition("-")
            label = f"{year}年{int(mon)}月" if mon.isdigit() else str(month)
            rows.append([label, sessions.get(month, 0), suggestions.get(month, 0)])
    platforms = figures.get("sessions_by_platform")
    if isinstance(platforms, list) and platforms:
        rows.append([])
        rows.append([cells.styled(v, head) for v in ("站室组", "类型、县区", "活动（次）")])
        for item in platforms:
            kind = PlatformKind.from_text(str(item.get("kind", "")))
            where = "、".join(x for x in ((kind.label if kind else ""), item.get("district") or "") if x)
            rows.append([cells.text(item.get("name")), cells.text(where), item.get("sessions", 0)])
    return rows
