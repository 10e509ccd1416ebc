"""The statistics paragraph of a 工作综述, drafted from the figures in the style offices write them.

    全年共开展协商议事活动N次，其中现场协商a次、网络协商b次、视察调研c次……；形成意见建议M条，其中反映问题类
    占X%；已办结K条，办结率Y%，按期办结率Z%；承办单位满意率W%；获领导批示V件次。……

Clerks edit the draft before printing; every number in it comes from `statistics.compute`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.models.enums import OutcomeKind, SessionForm, TopicSource

# Chinese names of the figures (for tables and exports that list them).
FIGURE_LABELS: dict[str, str] = {
    "platforms": "站室组总数",
    "platforms_active": "正常运行的站室组",
    "members": "委员人数",
    "sessions": "协商议事活动（含筹备中）",
    "sessions_held": "已开展协商议事活动（不含筹备中）",
    "suggestions": "意见建议",
    "suggestions_handed_out": "已交办",
    "suggestions_replied": "已答复",
    "suggestions_concluded": "已办结",
    "suggestions_concluded_on_time": "按期办结",
    "concluded_rate": "办结率",
    "on_time_rate": "按期办结率",
    "evaluated": "已评价",
    "satisfied": "满意和基本满意",
    "satisfaction_rate": "满意率",
    "full_satisfaction_rate": "满意率（仅满意）",
    "leader_instructions": "领导批示件次",
    "problem_suggestions": "反映问题类意见建议",
    "problem_share": "反映问题类占比",
    "overdue": "超期未答复",
    "due_soon": "即将到期",
    "suggestions_returned": "曾被退办",
    "suggestions_with_instructions": "获领导批示的意见建议",
    "inspection_suggestions": "视察调研形成的意见建议",
    "members_attending": "参加活动的委员",
    "members_raising_suggestions": "提出意见建议的委员",
    "attendance_rate": "委员出席率",
    "member_participation_rate": "委员参与率",
    "activities_held": "开展履职活动（含协商议事）",
    "research_reports": "调研报告",
    "research_reports_adopted": "被采用的调研报告",
    "results_reported": "报送协商专报",
    "residents_informed": "向群众反馈协商成果",
    "not_public": "不公开的活动",
}


def _pct(value: float | None) -> str:
    return f"{value:.1f}%" if value is not None else ""


def _cn_date(text: str) -> date:
    return date.fromisoformat(text)


def period_phrase(scope: dict[str, Any]) -> str:
    """全年 / 2025年1月至6月 / 2025年3月5日至2025年4月30日 / 截至… — how a summary names its period."""
    start = _cn_date(scope["from"]) if scope.get("from") else None
    end = _cn_date(scope["to"]) if scope.get("to") else None
    if start and end:
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
            return f"{start.year}年全年"
        if start.day == 1 and start.year == end.year and _is_month_end(end):
            if start.month == end.month:
                return f"{start.year}年{start.month}月"
            return f"{start.year}年{start.month}月至{end.month}月"
        return f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"
    if start:
        return f"{start.year}年{start.month}月{start.day}日以来"
    if end:
        return f"截至{end.year}年{end.month}月{end.day}日"
    return "截至目前"


def _is_month_end(day: date) -> bool:
    return day.month != date.fromordinal(day.toordinal() + 1).month


def _parts(counts: dict[str, int], labels: list[tuple[str, str]], unit: str) -> str:
    items = [f"{label}{counts.get(code, 0)}{unit}" for code, label in labels if counts.get(code, 0)]
    return "、".join(items)


def draft_paragraph(figures: dict[str, Any]) -> str:
    """The statistics paragraph for a period summary, from `compute`'s figures."""
    scope = figures.get("scope") or {}
    period = period_phrase(scope)
    where = f"{scope['district']}" if scope.get("district") else ""
    sentences: list[str] = []
    sessions = figures["sessions_held"]
    if not sessions and not figures["suggestions"]:
        return f"{period}，{where}暂无协商议事活动和意见建议记录。"

    first = f"{period}，{where}各委员履职平台共开展协商议事活动{sessions}次"
    forms = _parts(figures["sessions_held_by_form"], [(f.value, f.label) for f in SessionForm], "次")
    if forms:
        first += f"，其中{forms}"
    sources = _parts(
        figures["sessions_held_by_topic_source"], [(t.value, t.label) for t in TopicSource], "个"
    )
    if sources:
        first += f"；议题中{sources}"
    sentences.append(first)

    if figures.get("members_attending"):
        text = f"参加活动的委员{figures['members_attending']}名"
        if figures.get("attendance_rate") is not None:
            text += f"，委员出席率{_pct(figures['attendance_rate'])}"
        sentences.append(text)

    total = figures["suggestions"]
    text = f"形成意见建议{total}条"
    if total and figures.get("problem_share") is not None:
        text += f"，其中反映问题类{figures['problem_suggestions']}条，占{_pct(figures['problem_share'])}"
    if figures.get("inspection_suggestions"):
        text += f"；视察调研中提出意见建议{figures['inspection_suggestions']}条"
    sentences.append(text)

    if figures["suggestions_handed_out"]:
        text = f"已交办{figures['suggestions_handed_out']}条，已办结{figures['suggestions_concluded']}条"
        if figures.get("concluded_rate") is not None:
            text += f"，办结率{_pct(figures['concluded_rate'])}"
        if figures.get("on_time_rate") is not None:
            text += f"，按期办结率{_pct(figures['on_time_rate'])}"
        sentences.append(text)
    if figures.get("satisfaction_rate") is not None:
        sentences.append(f"委员对承办单位办理工作的满意率为{_pct(figures['satisfaction_rate'])}")
    sentences += cycle_sentences(figures)
    if figures["leader_instructions"]:
        sentences.append(f"获领导批示{figures['leader_instructions']}件次")

    paragraph = "；".join(sentences) + "。"
    overdue = figures.get("overdue", 0)
    if overdue:
        paragraph += f"目前尚有{overdue}条意见建议超过办理时限未答复，需进一步加大督办力度。"
    return paragraph


# How each kind is counted in the paragraph (委员讲堂 are held in 期); kinds not named here count in 次.
KIND_UNITS = {"lecture": "期"}
MEETINGS = ("plenary", "standing_committee")
# The kinds the paragraph names in its own clauses, in this order; the office's own kinds follow.
ACTIVITY_ORDER = ("special_consultation", "democratic_supervision", "inspection", "research")
OTHER_ORDER = ("lecture", "visit")
OTHER_VERBS = {"lecture": "举办", "visit": "开展"}


def cycle_sentences(figures: dict[str, Any]) -> list[str]:
    """The sentences on topics and the plan, every kind of duty, 社情民意信息 and what came of it all."""
    out: list[str] = []
    topics = figures.get("topics") or {}
    if topics.get("collected") or topics.get("planned"):
        text = f"征集议题{topics.get('collected', 0)}个，确定{topics.get('confirmed', 0)}个"
        if topics.get("planned"):
            text += f"；年度协商计划安排议题{topics['planned']}个，已开展{topics.get('held', 0)}个"
            if topics.get("overdue"):
                text += f"，{topics['overdue']}个逾期未开展"
        out.append(text)
    kinds = figures.get("activities_by_kind") or {}
    labels = figures.get("activity_kind_labels") or {}
    from_kind = figures.get("activity_suggestions_by_kind") or {}

    def part(code: str) -> str:
        n = kinds.get(code, 0)
        text = f"{labels.get(code, code)}{n}{KIND_UNITS.get(code, '次')}"
        if code == "inspection" and from_kind.get(code):
            text += f"（提出意见建议{from_kind[code]}条）"
        return text

    named = set(ACTIVITY_ORDER) | set(OTHER_ORDER) | set(MEETINGS) | {"consultation"}
    main = [part(c) for c in ACTIVITY_ORDER if kinds.get(c)]
    own = [part(c) for c in kinds if c not in named and kinds.get(c)]
    if main or own:
        text = "开展" + "、".join(main + own)
        if figures.get("research_reports"):
            text += f"，形成调研报告{figures['research_reports']}篇"
            if figures.get("research_reports_adopted"):
                text += f"（被采用{figures['research_reports_adopted']}篇）"
        out.append(text)
    elif figures.get("research_reports"):
        out.append(f"形成调研报告{figures['research_reports']}篇")
    others = [f"{OTHER_VERBS[c]}{part(c)}" for c in OTHER_ORDER if kinds.get(c)]
    if others:
        out.append("，".join(others))
    meetings = [part(c) for c in MEETINGS if kinds.get(c)]
    if meetings:
        out.append("召开" + "、".join(meetings))
    opinion = figures.get("public_opinion") or {}
    if opinion.get("submitted"):
        text = f"报送社情民意信息{opinion['submitted']}条"
        if opinion.get("problem_share") is not None:
            text += f"，其中反映问题类{opinion.get('problems', 0)}条，占{_pct(opinion['problem_share'])}"
        done = [f"{label}{opinion[key]}条" for key, label in (("adopted", "被采用"), ("issued", "签发"),
                ("instructed", "获领导批示")) if opinion.get(key)]  # fmt: skip
        if done:
            text += "，" + "、".join(done)
        out.append(text)
    if figures.get("results_reported"):
        out.append(f"报送协商专报{figures['results_reported']}期")
    outcomes = figures.get("outcomes_by_kind") or {}
    turned = [f"{k.label}{outcomes[k.value]}项" for k in OutcomeKind if outcomes.get(k.value)]
    if turned:
        out.append("推动协商成果转化为" + "、".join(turned))
    if figures.get("residents_informed"):
        out.append(f"向群众反馈协商成果{figures['residents_informed']}次")
    return out
