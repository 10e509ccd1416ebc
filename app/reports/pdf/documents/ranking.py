"""委员履职积分排名表: every member's 履职积分 for a period by kind of duty, the total and the 履职评价
grade, highest first (A4 landscape)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.glossary import DOC_RANKING
from app.reports.pdf.data_cycle import DutyRanking
from app.reports.pdf.flowables import title_block
from app.reports.pdf.grid import Column, GridTable
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = DOC_RANKING


def columns(data: DutyRanking) -> list[Column]:
    """Name, total and grade keep their width; the kinds share the rest (their headings wrap in two
    lines), so ten or more kinds still fit the landscape page."""
    return [
        Column("名次", align="center", fit="000"),
        Column("姓名", align="center", fit="欧阳小明"),
        Column("界别", 2.0),
        Column("出席活动", align="center"),
        *(Column(heading, align="center") for _k, heading in data.groups),
        Column("扣分", align="center", fit="扣分"),
        Column("积分合计", align="center", fit="积分合计"),
        Column("评价等次", align="center", fit="基本称职"),
    ]


def compose(data: DutyRanking, ts: Typesetter) -> Composed:
    story: list[Flowable] = title_block(ts, DOC_RANKING, data.period)
    counts = "，".join(f"{grade} {n} 名" for grade, n in data.grade_counts.items())
    story.append(ts.para(f"共 {len(data.lines)} 名委员：{counts}。{data.grades_note}", ts.styles.field))
    story.append(Spacer(1, 6))
    rows = [
        [
            str(line.rank),
            line.name,
            line.sector or "",
            str(line.attended),
            *(str(line.by_group.get(key, 0)) for key, _h in data.groups),
            str(-line.deducted) if line.deducted else "0",
            str(line.points),
            line.grade,
        ]
        for line in data.lines
    ]
    if rows:
        story.append(GridTable(columns(data), rows, ts))
    else:
        story.append(ts.para("所选范围内没有委员。", ts.styles.body))
    story.append(Spacer(1, 6))
    story.append(ts.para("积分根据各类履职记录按本单位的积分规则自动计算，无需另行填报。", ts.styles.note))
    return Composed(title=f"{data.period} — {SHORT_NAME}", short_name=SHORT_NAME, story=story, landscape=True)
