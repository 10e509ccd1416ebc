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
    LabeledEnum,
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
)

SECTIONS = ("站室组", "委员", "协商议事活动", "意见建议", "办理", "评价", "领导批示")

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
                    suffix = "（人次）" if key == "attendance" else ""
                    rows.append((section, f"{prefix}{member.label}{suffix}", counts[member.value], COUNT))
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
