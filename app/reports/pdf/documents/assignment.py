"""交办单: hands one suggestion to its lead unit (and co-handling units), with the office's seal area."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.glossary import CO_UNIT, DEADLINE, DOC_ASSIGNMENT, LEAD_UNIT
from app.reports.pdf.data import Assignment
from app.reports.pdf.flowables import CutLine, FormRow, StampArea, form_grid, title_block
from app.reports.pdf.fmt import cn_date, label
from app.reports.pdf.official import Issue, Letterhead
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = "交办单"
BLANK = "＿＿＿＿"


def requirements(a: Assignment) -> str:
    line = a.suggestion.line
    due = cn_date(line.due_on) or "规定的办理时限"
    items = [
        f"请认真研究办理，于{due}前书面答复提出人和政协办公室，答复中写明办理结果（A 解决或采纳、"
        "B 列入计划拟解决、C 留作参考）。",
    ]
    if line.co_units:
        items.append("会办单位应主动配合主办单位，在办理时限前将会办意见送主办单位，由主办单位统一答复。")
    items += [
        f"如认为不属于本单位职责范围，请于收到本单之日起 {a.return_window_days} 个工作日内说明理由并退回，"
        "超过期限视为接受交办。",
        "办理中请加强与提出人的沟通协商；办结后政协委员将对办前沟通、办中协商、办后答复进行评价。",
    ]
    return "\n".join(f"{i}．{text}" for i, text in enumerate(items, 1))


def source_text(a: Assignment) -> str:
    if a.session_topic:
        when = cn_date(a.session_held_on)
        return f"{when}{a.platform or ''}协商议事活动，议题“{a.session_topic}”"
    return f"{a.platform or ''}（未经协商议事活动直接提出）"


def compose(a: Assignment, ts: Typesetter, issue: Issue) -> Composed:
    f = a.suggestion
    line = f.line
    number = issue.number or f"交办〔{BLANK}〕第{BLANK}号"
    story: list[Flowable] = [Letterhead(ts, replace(issue, number=number), compact=True)]
    story += title_block(ts, DOC_ASSIGNMENT)
    rows: list[FormRow] = [
        [(LEAD_UNIT, line.lead_unit or "")],
        [(CO_UNIT, "、".join(line.co_units) or "无"), ("办理方式", label(f.handling_mode))],
        [("交办日期", cn_date(line.assigned_on)), (DEADLINE, cn_date(line.due_on))],
        [("意见建议", line.title)],
        [("建议内容", f.content or line.title)],
        [("提 出 人", line.proposer or ""), ("类　　别", line.category.label)],
        [("来　　源", source_text(a))],
    ]
    if f.instructions:
        text = "\n".join(f"{i.leader}（{cn_date(i.given_on)}）：{i.text}" for i in f.instructions)
        rows.append([("领导批示", text)])
    rows += [
        [("办理要求", ts.para(requirements(a), ts.styles.small))],
        [("单位联系人", a.lead_contact or ""), ("联系电话", a.lead_phone or "")],
    ]
    story.append(form_grid(ts, rows, split_in_row=True))
    story.append(Spacer(1, 6))
    story.append(StampArea(ts, issue.office, cn_date(line.assigned_on) or "＿＿＿＿年＿＿月＿＿日"))
    receipt = form_grid(
        ts, [[("编　　号", number), ("承办单位", line.lead_unit or "")], [("签 收 人", ""), ("签收日期", "")]]
    )
    story.append(KeepTogether([CutLine(ts, "回　执"), receipt]))
    notes = [] if issue.number else ["该意见建议尚未交办：编号、承办单位和办理时限留空，请手工填写。"]
    return Composed(
        title=f"{line.title} — {SHORT_NAME}",
        short_name=SHORT_NAME,
        story=story,
        notes=notes,
        running_header=False,
    )
