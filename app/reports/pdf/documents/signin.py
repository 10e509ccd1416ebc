"""签到表: the platform's members in 姓氏笔画 order with room to sign, and blank rows for other people."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.reports.pdf.data import SignInSheet
from app.reports.pdf.flowables import form_grid, heading, title_block
from app.reports.pdf.fmt import cn_date
from app.reports.pdf.grid import BlankRowsGrid, Column, GridTable
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = "签到表"
SIGN_ROW = 11 * mm

MEMBER_COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("姓名", 1.2, "center"),
    Column("界别", 1.5, "center"),
    Column("工作单位及职务", 3.4),
    Column("签　名", 2.0, "center"),
]
OTHER_COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("姓名", 1.2, "center"),
    Column("单位或身份", 3.0),
    Column("联系电话", 1.9, "center"),
    Column("签　名", 2.0, "center"),
]


def compose(sheet: SignInSheet, ts: Typesetter) -> Composed:
    record = sheet.session
    story: list[Flowable] = title_block(ts, "协商议事活动签到表", record.platform)
    story.append(
        form_grid(
            ts,
            [
                [("议　　题", record.topic)],
                [("时　　间", cn_date(record.held_on)), ("协商形式", record.form.label)],
                [("地　　点", record.location or "")],
            ],
        )
    )
    story.append(ts.para("注：请参会人员本人签名，代签无效。", ts.styles.note))
    story += heading(ts, f"一、{record.platform_kind.label}成员（按姓氏笔画排序）")
    if sheet.members:
        rows = [
            [str(i), m.name, m.sector or "", _workplace(m.workplace, m.role), ""]
            for i, m in enumerate(sheet.members, 1)
        ]
        story.append(GridTable(MEMBER_COLUMNS, rows, ts, min_row_height=SIGN_ROW))
    else:
        story.append(ts.para("该站室组尚未登记成员。", ts.styles.body))
    story += heading(ts, "二、其他参会人员", keep=SIGN_ROW * 4)
    # Not inside a KeepTogether: that would measure the filling table against an unbounded height.
    story.append(
        BlankRowsGrid(OTHER_COLUMNS, ts, least=3, most=max(sheet.blank_rows, 3), row_height=SIGN_ROW)
    )
    return Composed(title=f"{record.topic} — {SHORT_NAME}", short_name=SHORT_NAME, story=story)


def _workplace(workplace: str | None, role: str | None) -> str:
    if role and workplace:
        return f"{workplace}（{role}）"
    return workplace or (f"（{role}）" if role else "")
