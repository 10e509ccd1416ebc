"""年度协商计划: the year's confirmed topics by month, who holds them, and where each stands (A4
landscape, so a topic and its 站室组 read on one line or two)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.glossary import DOC_PLAN
from app.models.enums import PlanStatus
from app.reports.pdf.data_cycle import PlanSheet
from app.reports.pdf.flowables import title_block
from app.reports.pdf.fmt import cn_date, short_date
from app.reports.pdf.grid import DATE, Column, GridTable
from app.reports.pdf.official import Colophon, Issue, Letterhead
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = DOC_PLAN


def columns(count: int) -> list[Column]:
    return [
        Column("序号", align="center", fit=str(max(count, 10))),
        Column("协商议题", 3.4),
        Column("来源", align="center", fit="党政点题"),
        Column("提出者", 1.3),
        Column("承办", 2.0),
        Column("形式", align="center", fit="专题协商"),
        Column("计划时间", align="center", fit="2026年12月"),
        Column("完成情况", align="center", fit="逾期未开展"),
        Column("开展日期", align="center", fit=DATE),
    ]


def compose(data: PlanSheet, ts: Typesetter, issue: Issue) -> Composed:
    story: list[Flowable] = [Letterhead(ts, issue), Spacer(1, 10)]
    story += title_block(ts, data.title, f"（{data.period}）")
    total, held = len(data.lines), data.count(PlanStatus.HELD)
    story.append(
        ts.para(
            f"列入计划的协商议题共 {total} 个，截至{cn_date(data.as_of)}，已开展 {held} 个，"
            f"计划中 {data.count(PlanStatus.PLANNED)} 个，逾期未开展 {data.count(PlanStatus.OVERDUE)} 个。",
            ts.styles.body,
        )
    )
    story.append(Spacer(1, 6))
    rows = [
        [
            str(i),
            line.title,
            line.source,
            line.proposer or "",
            line.place,
            line.kind,
            line.when,
            line.status.label,
            short_date(line.held_on),
        ]
        for i, line in enumerate(data.lines, 1)
    ]
    if rows:
        story.append(GridTable(columns(len(rows)), rows, ts))
    else:
        story.append(ts.para("所选时间内没有列入计划的协商议题。", ts.styles.body))
    story.append(Colophon(ts, issue))
    return Composed(
        title=data.title, short_name=SHORT_NAME, story=story, running_header=False, landscape=True
    )
