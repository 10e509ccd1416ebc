"""The 工作台's headline cards: which figures, in which order, and the value and note each shows.

Every value is taken from the statistics figures (StatisticsService.summary) as they are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models.enums import AttendanceStatus, SessionForm, SessionState
from app.services.activity_kinds import KIND_ENGLISH
from app.services.language import shown, shown_text
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.widgets.figure_card import count, percent

# Kinds with a card of their own; the others are named in the 各类履职活动 card's note.
CARD_KINDS = ("special_consultation", "democratic_supervision", "inspection", "research")

# (key, caption) of the headline cards, in reading order.
CARDS: list[tuple[str, str]] = [
    ("sessions", QT_TRANSLATE_NOOP("Dashboard", "已开展协商议事活动")),
    ("suggestions", QT_TRANSLATE_NOOP("Dashboard", "意见建议")),
    ("concluded_rate", QT_TRANSLATE_NOOP("Dashboard", "办结率")),
    ("on_time_rate", QT_TRANSLATE_NOOP("Dashboard", "按期办结率")),
    ("satisfaction_rate", QT_TRANSLATE_NOOP("Dashboard", "满意率")),
    ("leader_instructions", QT_TRANSLATE_NOOP("Dashboard", "领导批示")),
    ("problem_share", QT_TRANSLATE_NOOP("Dashboard", "反映问题类占比")),
    ("overdue", QT_TRANSLATE_NOOP("Dashboard", "超期未答复")),
    ("member_participation_rate", QT_TRANSLATE_NOOP("Dashboard", "委员参与率")),
    ("attendance_rate", QT_TRANSLATE_NOOP("Dashboard", "委员出席率")),
    # Every kind of duty and the rest of the cycle (issue 16).
    ("activities", QT_TRANSLATE_NOOP("Dashboard", "各类履职活动")),
    ("special_consultation", QT_TRANSLATE_NOOP("Dashboard", "专题协商")),
    ("democratic_supervision", QT_TRANSLATE_NOOP("Dashboard", "联动民主监督")),
    ("inspection", QT_TRANSLATE_NOOP("Dashboard", "视察")),
    ("research", QT_TRANSLATE_NOOP("Dashboard", "调研")),
    ("public_opinion", QT_TRANSLATE_NOOP("Dashboard", "社情民意信息")),
    ("opinion_problem_share", QT_TRANSLATE_NOOP("Dashboard", "反映问题类信息占比")),
    ("results_reported", QT_TRANSLATE_NOOP("Dashboard", "协商专报")),
    ("topics", QT_TRANSLATE_NOOP("Dashboard", "议题征集")),
    ("plan", QT_TRANSLATE_NOOP("Dashboard", "年度协商计划")),
]


def tr_card(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def card_figures(f: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """(value, note) of every card, from the service's figures."""
    forms = f["sessions_held_by_form"]
    attendance = f["attendance"]
    return {
        "sessions": (
            QCoreApplication.translate("Dashboard", "{n} 次").format(n=count(f["sessions_held"])),
            QCoreApplication.translate("Dashboard", "不含筹备中 {p} 次").format(
                p=count(f["sessions_by_state"].get(SessionState.PLANNED.value, 0))
            )
            + "　"
            + "　".join(f"{shown(m)}{forms.get(m.value, 0)}" for m in SessionForm),
        ),
        "suggestions": (
            QCoreApplication.translate("Dashboard", "{n} 条").format(n=count(f["suggestions"])),
            QCoreApplication.translate("Dashboard", "已交办 {n} 条").format(
                n=count(f["suggestions_handed_out"])
            ),
        ),
        "concluded_rate": (
            percent(f["concluded_rate"]),
            QCoreApplication.translate("Dashboard", "已办结 {a} / 已交办 {b}").format(
                a=count(f["suggestions_concluded"]), b=count(f["suggestions_handed_out"])
            ),
        ),
        "on_time_rate": (
            percent(f["on_time_rate"]),
            QCoreApplication.translate("Dashboard", "按期 {a} / 已办结 {b}").format(
                a=count(f["suggestions_concluded_on_time"]), b=count(f["suggestions_concluded"])
            ),
        ),
        "satisfaction_rate": (
            percent(f["satisfaction_rate"]),
            QCoreApplication.translate("Dashboard", "满意和基本满意 {a} / 已评价 {b}").format(
                a=count(f["satisfied"]), b=count(f["evaluated"])
            ),
        ),
        "leader_instructions": (
            QCoreApplication.translate("Dashboard", "{n} 件次").format(n=count(f["leader_instructions"])),
            QCoreApplication.translate("Dashboard", "涉及意见建议 {n} 条").format(
                n=count(f["suggestions_with_instructions"])
            ),
        ),
        "problem_share": (
            percent(f["problem_share"]),
            QCoreApplication.translate("Dashboard", "反映问题类 {a} / {b} 条").format(
                a=count(f["problem_suggestions"]), b=count(f["suggestions"])
            ),
        ),
        "overdue": (
            QCoreApplication.translate("Dashboard", "{n} 条").format(n=count(f["overdue"])),
            QCoreApplication.translate("Dashboard", "另有 {n} 条将在 {d} 个工作日内到期").format(
                n=count(f["due_soon"]), d=f["due_soon_days"]
            ),
        ),
        "member_participation_rate": (
            percent(f["member_participation_rate"]),
            QCoreApplication.translate("Dashboard", "参加活动的委员 {a} / {b} 名").format(
                a=count(f["members_attending"]), b=count(f["members"])
            ),
        ),
        "attendance_rate": (
            percent(f["attendance_rate"]),
            "　".join(f"{shown(m)}{attendance.get(m.value, 0)}" for m in AttendanceStatus),
        ),
        **cycle_cards(f),
    }


def cycle_cards(f: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """The cards of every kind of duty, 社情民意信息, 协商专报, topics and the plan."""
    kinds, labels = f["activities_by_kind"], f["activity_kind_labels"]
    from_kind = f["activity_suggestions_by_kind"]
    opinion, topics = f["public_opinion"], f["topics"]
    others = "　".join(
        f"{shown_text(labels.get(c, c), KIND_ENGLISH)}{n}"
        for c, n in kinds.items()
        if n and c not in CARD_KINDS
    )
    return {
        "activities": (
            QCoreApplication.translate("Dashboard", "{n} 次").format(n=count(f["activities_held"])),
            others,
        ),
        "special_consultation": (
            QCoreApplication.translate("Dashboard", "{n} 次").format(
                n=count(kinds.get("special_consultation", 0))
            ),
            QCoreApplication.translate("Dashboard", "形成意见建议 {n} 条").format(
                n=count(from_kind.get("special_consultation", 0))
            ),
        ),
        "democratic_supervision": (
            QCoreApplication.translate("Dashboard", "{n} 次").format(
                n=count(kinds.get("democratic_supervision", 0))
            ),
            QCoreApplication.translate("Dashboard", "形成意见建议 {n} 条").format(
                n=count(from_kind.get("democratic_supervision", 0))
            ),
        ),
        "inspection": (
            QCoreApplication.translate("Dashboard", "{n} 次").format(n=count(kinds.get("inspection", 0))),
            QCoreApplication.translate("Dashboard", "提出意见建议 {n} 条").format(
                n=count(from_kind.get("inspection", 0))
            ),
        ),
        "research": (
            QCoreApplication.translate("Dashboard", "{n} 次").format(n=count(kinds.get("research", 0))),
            QCoreApplication.translate("Dashboard", "调研报告 {n} 篇，被采用 {a} 篇").format(
                n=count(f["research_reports"]), a=count(f["research_reports_adopted"])
            ),
        ),
        "public_opinion": (
            QCoreApplication.translate("Dashboard", "{n} 条").format(n=count(opinion["submitted"])),
            QCoreApplication.translate("Dashboard", "采用 {a}　签发 {i}　获批示 {b}").format(
                a=count(opinion["adopted"]), i=count(opinion["issued"]), b=count(opinion["instructed"])
            ),
        ),
        "opinion_problem_share": (
            percent(opinion["problem_share"]),
            QCoreApplication.translate("Dashboard", "反映问题类 {a} / {b} 条").format(
                a=count(opinion["problems"]), b=count(opinion["submitted"])
            ),
        ),
        "results_reported": (
            QCoreApplication.translate("Dashboard", "{n} 期").format(n=count(f["results_reported"])),
            QCoreApplication.translate("Dashboard", "成果转化 {n} 项　反馈群众 {m} 次").format(
                n=count(sum(f["outcomes_by_kind"].values())), m=count(f["residents_informed"])
            ),
        ),
        "topics": (
            QCoreApplication.translate("Dashboard", "{n} 个").format(n=count(topics["collected"])),
            QCoreApplication.translate("Dashboard", "确定 {a} 个　未采用 {b} 个").format(
                a=count(topics["confirmed"]), b=count(topics["declined"])
            ),
        ),
        "plan": (
            QCoreApplication.translate("Dashboard", "已开展 {n} 个").format(n=count(topics["held"])),
            QCoreApplication.translate("Dashboard", "计划 {p} 个　逾期未开展 {o} 个").format(
                p=count(topics["planned"]), o=count(topics["overdue"])
            ),
        ),
    }
