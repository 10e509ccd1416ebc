"""催办单: a unit's overdue suggestions, with how many days each is past its deadline."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.glossary import DOC_REMINDER, OVERDUE_DAYS, WORKING_DAYS_NOTE, overdue_by
from app.reports.pdf.data import Reminder
from app.reports.pdf.flowables import StampArea, title_block
from app.reports.pdf.fmt import cn_date, short_date
from app.reports.pdf.grid import DATE, Column, GridTable
from app.reports.pdf.official import Issue, Letterhead
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = "催办单"

COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("意见建议", 3.3),
    Column("承办方式", align="center", fit="主办"),
    Column("交办日期", align="center", fit=DATE),
    Column("办理时限", align="center", fit=DATE),
    Column(OVERDUE_DAYS, align="center", fit="超期工作日"),
]


def compose(r: Reminder, ts: Typesetter, issue: Issue) -> Composed:
    s = ts.styles
    story: list[Flowable] = [Letterhead(ts, issue), Spacer(1, 10)]
    story += title_block(ts, DOC_REMINDER)
    story.append(ts.para(f"{r.unit}：", s.body_plain))
    if r.items:
        longest = max(item.working_days_overdue for item in r.items)
        how_long = f"已{overdue_by(longest)}" if len(r.items) == 1 else f"其中最长的已{overdue_by(longest)}"
        story.append(
            ts.para(
                f"截至{cn_date(r.as_of)}，你单位承办的以下 {len(r.items)} 件意见建议已超过办理时限、"
                f"尚未答复，{how_long}。请高度重视，抓紧办理，并于收到本单之日起 5 个工作日内"
                "将办理进展书面报政协办公室；确有困难的，请说明原因和预计答复时间。",
                s.body,
            )
        )
        story.append(Spacer(1, 6))
        rows = [
            [
                str(i),
                item.title + (f"\n（{item.platform}）" if item.platform else ""),
                "主办" if item.lead_unit == r.unit else "会办",
                short_date(item.assigned_on),
                short_date(item.due_on),
                str(item.working_days_overdue),
            ]
            for i, item in enumerate(r.items, 1)
        ]
        story.append(GridTable(COLUMNS, rows, ts))
        story.append(ts.para(f"注：{WORKING_DAYS_NOTE}", s.note))
    else:
        story.append(
            ts.para(f"截至{cn_date(r.as_of)}，你单位承办的意见建议均未超过办理时限，特此告知。", s.body)
        )
    contact = "、".join(x for x in (r.contact, r.phone) if x)
    if contact:
        story.append(ts.para(f"单位联系人：{contact}", s.note))
    story.append(Spacer(1, 12))
    story.append(StampArea(ts, issue.office, cn_date(r.as_of)))
    return Composed(
        title=f"{r.unit} — {SHORT_NAME}", short_name=SHORT_NAME, story=story, running_header=False
    )
