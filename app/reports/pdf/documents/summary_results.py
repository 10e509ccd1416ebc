"""典型成果 in the 工作综述: concluded suggestions told as results — what was done, and who said what."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.glossary import IMPLEMENTATION, TYPICAL_RESULTS
from app.reports.pdf.data import Summary, TypicalResult
from app.reports.pdf.flowables import heading, subheading
from app.reports.pdf.fmt import cn_date, cn_ordinal
from app.reports.pdf.typesetter import Typesetter

TYPICAL_NOTE = (
    "典型成果按默认规则选出（已办结、获领导批示且评价最好的意见建议）；"
    "可在意见建议详情中勾选“列为典型成果”自行指定。"
)


def result_text(item: TypicalResult) -> str:
    """One paragraph: who raised it, who handled it, what was done, what the proposer said."""
    who = "，".join(
        part
        for part in (
            f"由{item.platform}提出" if item.platform else None,
            f"{item.lead_unit}主办" if item.lead_unit else None,
            f"{cn_date(item.concluded_on)}办结" if item.concluded_on else None,
        )
        if part
    )
    done = (item.implementation or item.reply or "").strip().rstrip("。")
    text = f"该意见建议{who}。" if who else ""
    if done:
        text += f"{IMPLEMENTATION}：{done}。"
    if item.evaluation:
        text += f"提出人对办理答复的评价为“{item.evaluation}”。"
    return text


def instruction_text(item: TypicalResult) -> str | None:
    """张三（副市长）于2025年12月31日批示：“……。”"""
    said = [
        f"{i.leader}于{cn_date(i.given_on)}批示：“{i.text.strip().rstrip('。')}。”" for i in item.instructions
    ]
    return "；".join(said) or None


def typical_section(ts: Typesetter, data: Summary, no: str) -> list[Flowable]:
    story: list[Flowable] = heading(ts, f"{no}{TYPICAL_RESULTS}", keep=120)
    if not data.typical:
        story.append(ts.para("本期暂无已办结并形成落实成果的意见建议。", ts.styles.body))
        return story
    for n, item in enumerate(data.typical, 1):
        story += subheading(ts, f"（{cn_ordinal(n)}）{item.title}")
        story.append(ts.para(result_text(item), ts.styles.body))
        said = instruction_text(item)
        if said:
            story.append(ts.para(said, ts.styles.body))
    return story
