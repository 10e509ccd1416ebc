"""委员履职档案: a member's duty record for a period — figures, reminder, sessions and suggestions."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.reports.pdf.data import MemberDuty
from app.reports.pdf.flowables import FigureBoard, form_grid, heading, signature_lines, title_block
from app.reports.pdf.fmt import label, short_date
from app.reports.pdf.grid import DATE, Column, GridTable
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = "委员履职档案"

SESSION_COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("日期", align="center", fit=DATE),
    Column("议题", 3.0),
    Column("站室组", 2.0),
    Column("参加情况", align="center", fit="出席、召集"),
]
SUGGESTION_COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("提出日期", align="center", fit=DATE),
    Column("意见建议", 3.2),
    Column("主办单位", 1.6),
    Column("办理状态", align="center", fit="不予采纳"),
    Column("办理结果", align="center", fit="办理结果"),
]


def tiles(d: MemberDuty) -> list[tuple[str, str, str]]:
    return [
        ("出席协商议事活动", str(d.sessions_attended), "次"),
        ("请假", str(d.sessions_excused), "次"),
        ("缺席", str(d.sessions_absent), "次"),
        ("召集主持活动", str(d.sessions_convened), "次"),
        ("提出意见建议", str(d.suggestions_raised), "条"),
        ("参加视察调研", str(d.visits), "次"),
    ]


def compose(d: MemberDuty, ts: Typesetter) -> Composed:
    s = ts.styles
    story: list[Flowable] = title_block(ts, "政协委员履职档案", d.period)
    story.append(
        form_grid(
            ts,
            [
                [("姓　　名", d.name), ("性　　别", d.gender or "")],
                [("界　　别", d.sector or ""), ("党　　派", d.party or "")],
                [("工作单位", d.workplace or "")],
                [("所在站室组", "、".join(d.platforms) or "无")],
            ],
        )
    )
    story += heading(ts, "一、履职情况统计", keep=120)
    story.append(FigureBoard(ts, tiles(d), columns=3))
    story.append(Spacer(1, 8))
    if d.below_threshold:
        reasons = "；".join(d.reasons) or "未达到本单位规定的履职标准"
        story.append(ts.para(f"履职提醒：{reasons}。", s.body))
    else:
        story.append(ts.para("本期履职情况达到本单位规定的履职标准。", s.body))
    if d.standard:
        story.append(ts.para(f"注：履职标准{d.standard}。", s.note))
    story += heading(ts, "二、参加协商议事活动情况", keep=80)
    if d.sessions:
        rows = [
            [str(i), short_date(x.held_on), x.topic, x.platform, x.status]
            for i, x in enumerate(d.sessions, 1)
        ]
        story.append(GridTable(SESSION_COLUMNS, rows, ts))
    else:
        story.append(ts.para("本期没有参加协商议事活动的记录。", s.body))
    story += heading(ts, "三、提出意见建议情况", keep=80)
    if d.suggestions:
        rows = [
            [
                str(i),
                short_date(x.raised_on),
                x.title,
                x.lead_unit or "",
                x.state.label,
                label(x.result_class).split(" ")[0],
            ]
            for i, x in enumerate(d.suggestions, 1)
        ]
        story.append(GridTable(SUGGESTION_COLUMNS, rows, ts))
    else:
        story.append(ts.para("本期没有提出意见建议的记录。", s.body))
    story.append(signature_lines(ts, ["委员本人确认", "审核人"]))
    return Composed(title=f"{d.name} — {SHORT_NAME}", short_name=SHORT_NAME, story=story)
