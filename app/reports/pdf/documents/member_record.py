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
ACTIVITY_COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("日期", align="center", fit=DATE),
    Column("活动", 3.0),
    Column("组织层级", 2.0),
    Column("参加情况", align="center", fit="出席、发言、牵头"),
]
SUGGESTION_COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("提出日期", align="center", fit=DATE),
    Column("意见建议", 3.2),
    Column("主办单位", 1.6),
    Column("办理状态", align="center", fit="不予采纳"),
    Column("办理结果", align="center", fit="办理结果"),
]


POINT_COLUMNS = [
    Column("日期", align="center", fit=DATE),
    Column("类别", 1.3),
    Column("履职记录", 3.0),
    Column("计分项", align="center", fit="获领导批示"),
    Column("积分", align="center", fit="积分"),
    Column("说明", 1.3),
]


def tiles(d: MemberDuty) -> list[tuple[str, str, str]]:
    return [
        ("出席协商议事活动", str(d.sessions_attended), "次"),
        ("请假", str(d.sessions_excused), "次"),
        ("缺席", str(d.sessions_absent), "次"),
        ("召集主持活动", str(d.sessions_convened), "次"),
        ("提出意见建议", str(d.suggestions_raised), "条"),
        ("参加视察调研", str(d.visits), "次"),
        ("参加各类履职活动", str(d.activities_attended), "次"),
        ("报送社情民意信息", str(d.opinions_submitted), "条"),
        ("执笔调研报告", str(d.reports_written), "篇"),
        ("履职积分", str(d.points), "分"),
        ("无故缺席", str(d.activities_absent), "次"),
        ("履职评价", d.grade, ""),
    ]


def points_section(ts: Typesetter, d: MemberDuty) -> list[Flowable]:
    story: list[Flowable] = heading(ts, "五、履职积分", keep=80)
    parts = "，".join(f"{kind} {n} 分" for kind, n in d.points_by_kind) or "无"
    story.append(ts.para(f"本期履职积分 {d.points} 分（{parts}），履职评价为“{d.grade}”。", ts.styles.body))
    if d.point_items:
        rows = [
            [short_date(on), kind, title, role, f"{points:+d}" if points else "0", note]
            for on, kind, title, role, points, note in d.point_items
        ]
        story += [Spacer(1, 4), GridTable(POINT_COLUMNS, rows, ts)]
    return story


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
    story += heading(ts, "三、参加其他履职活动情况", keep=80)
    if d.activities:
        rows = [
            [str(i), short_date(x.held_on), x.topic, x.platform, x.status]
            for i, x in enumerate(d.activities, 1)
        ]
        story.append(GridTable(ACTIVITY_COLUMNS, rows, ts))
    else:
        story.append(ts.para("本期没有参加其他履职活动的记录。", s.body))
    story += heading(ts, "四、提出意见建议情况", keep=80)
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
    story += points_section(ts, d)
    story.append(signature_lines(ts, ["委员本人确认", "审核人"]))
    return Composed(title=f"{d.name} — {SHORT_NAME}", short_name=SHORT_NAME, story=story)
