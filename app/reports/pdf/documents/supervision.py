"""督办清单: every suggestion handed out and not yet replied, soonest deadline first (A4 landscape)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.glossary import DOC_SUPERVISION, OVERDUE, OVERDUE_DAYS, WORKING_DAYS_NOTE
from app.reports.pdf.data import SupervisionList
from app.reports.pdf.flowables import title_block
from app.reports.pdf.fmt import cn_date, short_date
from app.reports.pdf.grid import DATE, Column, GridTable
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = "督办清单"


def columns(count: int) -> list[Column]:
    return [
        Column("序号", align="center", fit=str(count)),
        Column("意见建议", 4.2),
        Column("所属站室组", 2.0),
        Column("主办单位", 1.9),
        Column("会办单位", 1.9),
        Column("交办日期", align="center", fit=DATE),
        Column("办理时限", align="center", fit=DATE),
        Column("状态", align="center", fit="办理中"),
        Column(OVERDUE_DAYS, align="center", fit="超期工作日"),
    ]


def compose(data: SupervisionList, ts: Typesetter) -> Composed:
    items = data.items
    overdue = sum(1 for i in items if i.working_days_overdue > 0)
    story: list[Flowable] = title_block(ts, DOC_SUPERVISION, f"{data.period}（截至{cn_date(data.as_of)}）")
    story.append(
        ts.para(
            f"已交办尚未答复的意见建议共 {len(items)} 件，其中{OVERDUE} {overdue} 件。"
            + (WORKING_DAYS_NOTE if overdue else ""),
            ts.styles.field,
        )
    )
    story.append(Spacer(1, 6))
    rows = [
        [
            str(n),
            i.title,
            i.platform or "",
            i.lead_unit or "",
            "、".join(i.co_units),
            short_date(i.assigned_on),
            short_date(i.due_on),
            i.state.label,
            f"{i.working_days_overdue}" if i.working_days_overdue else "",
        ]
        for n, i in enumerate(items, 1)
    ]
    if rows:
        story.append(GridTable(columns(len(rows)), rows, ts))
    else:
        story.append(ts.para("当前没有待督办的意见建议。", ts.styles.body))
    return Composed(title=f"{data.period} — {SHORT_NAME}", short_name=SHORT_NAME, story=story, landscape=True)
