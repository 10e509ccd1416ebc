"""工作综述: the period's figures for meetings — headline tiles, charts, tables, overdue list, paragraph.

Every number printed here is taken as is from `StatisticsService.summary` (the same dict `stats --json`
prints), so the paper and the command line always agree.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.glossary import DEADLINE, DOC_SUMMARY, OVERDUE, OVERDUE_DAYS, WORKING_DAYS_NOTE
from app.models.enums import (
    PlatformKind,
    ResultClass,
    SessionForm,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
)
from app.reports.pdf.charts import bar_chart, column_chart, pie_chart
from app.reports.pdf.data import Summary
from app.reports.pdf.documents import summary_cycle
from app.reports.pdf.documents.summary_results import TYPICAL_NOTE, typical_section
from app.reports.pdf.flowables import FigureBoard, heading, prose, title_block
from app.reports.pdf.fmt import cn_ordinal, pct, share, short_date
from app.reports.pdf.grid import DATE, Column, GridTable
from app.reports.pdf.layout import PORTRAIT
from app.reports.pdf.official import Colophon, Issue, Letterhead
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = "工作综述"  # the running name; the title is DOC_SUMMARY
TOP_PLATFORMS = 10

COUNT_COLUMNS = [
    Column("项目", 2.0),
    Column("数量", align="center", fit="00000"),
    Column("占比", 1.0, "center"),
]
OVERDUE_COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("意见建议", 3.2),
    Column("所属站室组", 1.8),
    Column("主办单位", 1.6),
    Column("办理时限", align="center", fit=DATE),
    Column(OVERDUE_DAYS, align="center", fit="超期工作日"),
]


def time_buckets(
    sessions: dict[str, int], suggestions: dict[str, int]
) -> tuple[list[str], list[int], list[int], str]:
    """Per month for up to 18 months, per quarter up to 4 years, else per year; gaps filled with 0."""
    keys = sorted(set(sessions) | set(suggestions))
    if not keys:
        return [], [], [], "月份"
    (y0, m0), (y1, m1) = (tuple(map(int, k.split("-"))) for k in (keys[0], keys[-1]))
    months = [(y, m) for y in range(y0, y1 + 1) for m in range(1, 13) if (y0, m0) <= (y, m) <= (y1, m1)]

    def bucket(y: int, m: int) -> str:
        if len(months) <= 18:
            return f"{m}月" if y0 == y1 else f"{y % 100:02d}年{m}月"
        if len(months) <= 48:
            return f"{y % 100:02d}年{(m - 1) // 3 + 1}季"
        return f"{y}年"

    unit = "月份" if len(months) <= 18 else "季度" if len(months) <= 48 else "年度"
    labels: list[str] = []
    s_vals: list[int] = []
    g_vals: list[int] = []
    for y, m in months:
        name, key = bucket(y, m), f"{y:04d}-{m:02d}"
        if not labels or labels[-1] != name:
            labels.append(name)
            s_vals.append(0)
            g_vals.append(0)
        s_vals[-1] += sessions.get(key, 0)
        g_vals[-1] += suggestions.get(key, 0)
    return labels, s_vals, g_vals, unit


def tiles(f: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [
        ("开展协商议事活动", str(f["sessions_held"]), "次"),
        ("形成意见建议", str(f["suggestions"]), "条"),
        ("办结率", pct(f["concluded_rate"]), ""),
        ("按期办结率", pct(f["on_time_rate"]), ""),
        ("满意率", pct(f["satisfaction_rate"]), ""),
        ("领导批示", str(f["leader_instructions"]), "件次"),
        (OVERDUE, str(f["overdue"]), "条"),
        ("反映问题类占比", pct(f["problem_share"]), ""),
    ]


def network_text(f: dict[str, Any]) -> str:
    kinds = f["platforms_by_kind"]
    kind_text = "，".join(f"{k.label} {kinds[k.value]} 个" for k in PlatformKind)
    return (
        f"统计范围内共有站室组 {f['platforms']} 个（{kind_text}），其中正常运行 {f['platforms_active']} 个；"
        f"委员 {f['members']} 名，本期参加活动的委员 {f['members_attending']} 名，"
        f"参与率 {pct(f['member_participation_rate'])}，委员出席率 {pct(f['attendance_rate'])}。"
    )


def count_table(ts: Typesetter, title: str, pairs: list[tuple[str, int]], total: int) -> Flowable:
    rows = [[name, str(n), share(n, total)] for name, n in pairs]
    rows.append(["合计", str(total), share(total, total) if total else "—"])
    columns = [Column(title, 2.0), *COUNT_COLUMNS[1:]]
    return KeepTogether([GridTable(columns, rows, ts)])  # a short table reads best on one page


def _figure(ts: Typesetter, drawing: Flowable, caption: str) -> Flowable:
    return KeepTogether([drawing, Spacer(1, 2), ts.para(caption, ts.styles.figure_label), Spacer(1, 8)])


def activity_section(ts: Typesetter, f: dict[str, Any], n: list[int], no: str) -> list[Flowable]:
    fonts = ts.fonts
    width = PORTRAIT.width
    story: list[Flowable] = heading(ts, f"{no}协商议事活动情况", keep=220)
    labels, s_vals, g_vals, unit = time_buckets(f["sessions_by_month"], f["suggestions_by_month"])
    chart = column_chart(
        fonts, labels, [("协商议事活动（次）", s_vals), ("意见建议（条）", g_vals)], width=width
    )
    n[0] += 1
    story.append(_figure(ts, chart, f"图{n[0]}　各{unit}协商议事活动和意见建议数量"))
    top = f["sessions_by_platform"][:TOP_PLATFORMS]
    chart = bar_chart(fonts, [p["name"] for p in top], [p["sessions"] for p in top], width=width)
    n[0] += 1
    story.append(_figure(ts, chart, f"图{n[0]}　各站室组开展协商议事活动次数（前 {TOP_PLATFORMS} 位）"))
    sources = f["sessions_held_by_topic_source"]
    chart = pie_chart(
        fonts, [t.label for t in TopicSource], [sources[t.value] for t in TopicSource], width=width
    )
    n[0] += 1
    story.append(_figure(ts, chart, f"图{n[0]}　协商议题来源"))
    forms = f["sessions_held_by_form"]
    story.append(
        count_table(ts, "协商形式", [(x.label, forms[x.value]) for x in SessionForm], f["sessions_held"])
    )
    return story


def handling_section(ts: Typesetter, f: dict[str, Any], no: str) -> list[Flowable]:
    total = f["suggestions"]
    states = f["suggestions_by_state"]
    results = f["suggestions_by_result_class"]
    categories = f["suggestions_by_category"]
    story: list[Flowable] = heading(ts, f"{no}意见建议办理情况", keep=160)
    story.append(
        ts.para(
            f"本期形成意见建议 {total} 条，已交办 {f['suggestions_handed_out']} 条，"
            f"已答复 {f['suggestions_replied']} 条，已办结 {f['suggestions_concluded']} 条"
            f"（其中按期办结 {f['suggestions_concluded_on_time']} 条）；"
            f"完成评价 {f['evaluated']} 条，评价满意和基本满意 {f['satisfied']} 条。",
            ts.styles.body,
        )
    )
    story.append(Spacer(1, 6))
    story.append(count_table(ts, "办理状态", [(s.label, states[s.value]) for s in SuggestionState], total))
    story.append(Spacer(1, 10))
    classified = sum(results.values())
    story.append(count_table(ts, "办理结果", [(r.label, results[r.value]) for r in ResultClass], classified))
    story.append(Spacer(1, 10))
    story.append(
        count_table(ts, "建议类别", [(c.label, categories[c.value]) for c in SuggestionCategory], total)
    )
    return story


def overdue_section(ts: Typesetter, data: Summary, no: str) -> list[Flowable]:
    count = data.figures["overdue"]
    story: list[Flowable] = heading(ts, f"{no}{OVERDUE}意见建议", keep=100)
    if not data.overdue:
        story.append(ts.para(f"截至统计日，没有{OVERDUE}的意见建议。", ts.styles.body))
        return story
    story.append(
        ts.para(
            f"截至统计日，超过{DEADLINE}尚未答复（{OVERDUE}）的意见建议共 {count} 条。{WORKING_DAYS_NOTE}",
            ts.styles.body,
        )
    )
    story.append(Spacer(1, 4))
    rows = [
        [
            str(i),
            x.title,
            x.platform or "",
            x.lead_unit or "",
            short_date(x.due_on),
            str(x.working_days_overdue),
        ]
        for i, x in enumerate(data.overdue, 1)
    ]
    story.append(GridTable(OVERDUE_COLUMNS, rows, ts))
    return story


def compose(data: Summary, ts: Typesetter, issue: Issue) -> Composed:
    f = data.figures
    no = Numbers()
    story: list[Flowable] = [Letterhead(ts, issue), Spacer(1, 10)]
    story += title_block(ts, DOC_SUMMARY, f"（{data.period}）")
    story += [*heading(ts, f"{no()}总体情况"), *prose(ts, data.paragraph)]
    story += typical_section(ts, data, no())
    story += heading(ts, f"{no()}主要数据", keep=140)
    story += [FigureBoard(ts, tiles(f)), Spacer(1, 8), ts.para(network_text(f), ts.styles.body)]
    story += activity_section(ts, f, [0], no())
    story += summary_cycle.activities_section(ts, data, no())
    story += summary_cycle.plan_section(ts, f, no())
    story += handling_section(ts, f, no())
    story += summary_cycle.opinion_section(ts, f, no())
    story += summary_cycle.results_section(ts, data, no())
    story += overdue_section(ts, data, no())
    story.append(Spacer(1, 8))
    story.append(ts.para(f"统计截至 {f['as_of']}；数据来源：协商议事台账。", ts.styles.note))
    story.append(ts.para(summary_cycle.office_level_note(), ts.styles.note))
    story.append(Colophon(ts, issue))
    notes = [] if data.typical_chosen or not data.typical else [TYPICAL_NOTE]
    return Composed(
        title=f"{data.period} — {SHORT_NAME}",
        short_name=SHORT_NAME,
        story=story,
        notes=notes,
        running_header=False,
    )


class Numbers:
    """一、二、三、… for the first-level headings, in the order they are printed."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"{cn_ordinal(self.n)}、"
