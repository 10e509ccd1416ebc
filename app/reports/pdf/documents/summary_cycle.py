"""工作综述, the consultation cycle and every kind of duty: 履职活动 by kind, 调研报告, 社情民意信息, the
年度协商计划, and what came of it (协商专报, 领导批示, 成果转化, 反馈群众).

Every number is read as is from the statistics figures (the same dict `stats --json` prints).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.glossary import OFFICE_LEVEL
from app.models.enums import InspectionKind, OutcomeKind
from app.reports.pdf.data import Summary
from app.reports.pdf.flowables import FigureBoard, heading
from app.reports.pdf.fmt import pct, short_date
from app.reports.pdf.grid import DATE, Column, GridTable
from app.reports.pdf.typesetter import Typesetter

KIND_COLUMNS = [
    Column("活动类型", 2.2),
    Column("开展（次）", align="center", fit="开展（次）"),
    Column("形成意见建议（条）", align="center", fit="形成意见建议（条）"),
]
RESEARCH_COLUMNS = [
    Column("序号", align="center", fit="000"),
    Column("调研报告", 3.0),
    Column("执笔", 1.6),
    Column("成文日期", align="center", fit=DATE),
    Column("采用情况", 1.5),
]
REPORT_COLUMNS = [
    Column("期号", 2.3),
    Column("专报标题", 2.6),
    Column("报送日期", align="center", fit=DATE),
    Column("报送对象", 1.4),
    Column("批示", align="center", fit="批示"),
]
SUBJECT_LABELS = (
    ("suggestion", "意见建议"),
    ("session", "协商议事活动"),
    ("activity", "履职活动"),
    ("results_report", "协商专报"),
    ("research_report", "调研报告"),
    ("public_opinion", "社情民意信息"),
)


def duty_tiles(f: dict[str, Any]) -> list[tuple[str, str, str]]:
    kinds = f["activities_by_kind"]
    opinion = f["public_opinion"]
    topics = f["topics"]
    return [
        ("开展各类履职活动", str(f["activities_held"]), "次"),
        ("专题协商", str(kinds.get("special_consultation", 0)), "次"),
        ("联动民主监督", str(kinds.get("democratic_supervision", 0)), "次"),
        ("视察", str(kinds.get("inspection", 0)), "次"),
        ("调研报告", str(f["research_reports"]), "篇"),
        ("社情民意信息", str(opinion["submitted"]), "条"),
        ("协商专报", str(f["results_reported"]), "期"),
        ("征集议题", str(topics["collected"]), "个"),
    ]


def activities_section(ts: Typesetter, data: Summary, no: str) -> list[Flowable]:
    f = data.figures
    kinds, labels = f["activities_by_kind"], f["activity_kind_labels"]
    from_kind = f["activity_suggestions_by_kind"]
    story: list[Flowable] = heading(ts, f"{no}履职活动情况", keep=160)
    story += [FigureBoard(ts, duty_tiles(f)), Spacer(1, 8)]
    rows = [[labels.get(code, code), str(n), str(from_kind.get(code, 0))] for code, n in kinds.items()]
    rows.append(["合计", str(f["activities_held"]), str(sum(from_kind.values()))])
    story.append(KeepTogether([GridTable(KIND_COLUMNS, rows, ts)]))
    story.append(Spacer(1, 6))
    inspections = f["inspections_by_type"]
    att = f["activity_attendance"]
    text = (
        f"本期开展视察 {kinds.get('inspection', 0)} 次（"
        + "，".join(f"{k.label} {inspections.get(k.value, 0)} 次" for k in InspectionKind)
        + f"），视察中提出意见建议 {from_kind.get('inspection', 0)} 条；"
        f"委员参加各类履职活动（不含协商议事）出席 {att.get('present', 0)} 人次、"
        f"请假 {att.get('excused', 0)} 人次、缺席 {att.get('absent', 0)} 人次。"
    )
    story.append(ts.para(text, ts.styles.body))
    story.append(Spacer(1, 6))
    adopted = f["research_reports_adopted"]
    story.append(
        ts.para(f"形成调研报告 {f['research_reports']} 篇，其中被采用 {adopted} 篇。", ts.styles.body)
    )
    if data.research:
        rows = [
            [str(i), r.title, r.authors, short_date(r.written_on),
             (r.adopted_by or "已采用") if r.adopted_on else "未采用"]
            for i, r in enumerate(data.research, 1)
        ]  # fmt: skip
        story += [Spacer(1, 4), GridTable(RESEARCH_COLUMNS, rows, ts)]
    return story


def opinion_section(ts: Typesetter, f: dict[str, Any], no: str) -> list[Flowable]:
    o = f["public_opinion"]
    story: list[Flowable] = heading(ts, f"{no}社情民意信息", keep=100)
    story.append(
        ts.para(
            f"本期报送社情民意信息 {o['submitted']} 条，其中反映问题类 {o['problems']} 条，"
            f"占 {pct(o['problem_share'])}；被采用 {o['adopted']} 条（采用率 {pct(o['adoption_rate'])}），"
            f"签发 {o['issued']} 条，获领导批示 {o['instructed']} 条。",
            ts.styles.body,
        )
    )
    return story


def plan_section(ts: Typesetter, f: dict[str, Any], no: str) -> list[Flowable]:
    t = f["topics"]
    story: list[Flowable] = heading(ts, f"{no}议题征集与年度协商计划", keep=100)
    story.append(
        ts.para(
            f"本期征集议题 {t['collected']} 个，经研究确定 {t['confirmed']} 个、未采用 {t['declined']} 个；"
            f"年度协商计划安排在本期的议题 {t['planned']} 个，已开展 {t['held']} 个，"
            f"逾期未开展 {t['overdue']} 个。",
            ts.styles.body,
        )
    )
    return story


def results_section(ts: Typesetter, data: Summary, no: str) -> list[Flowable]:
    f = data.figures
    story: list[Flowable] = heading(ts, f"{no}协商成果报送与转化", keep=120)
    by_subject = f["leader_instructions_by_subject"]
    said = "，".join(f"{label} {by_subject.get(key, 0)} 件次" for key, label in SUBJECT_LABELS)
    outcomes = f["outcomes_by_kind"]
    turned = "，".join(f"{k.label} {outcomes.get(k.value, 0)} 项" for k in OutcomeKind)
    story.append(
        ts.para(
            f"本期报送协商专报 {f['results_reported']} 期；获领导批示共 {f['leader_instructions']} 件次"
            f"（{said}）。协商成果转化：{turned}。向群众反馈协商成果 {f['residents_informed']} 次，"
            f"经研究不予公开的活动 {f['not_public']} 次。",
            ts.styles.body,
        )
    )
    if data.reports:
        rows = [
            [r.number or "", r.title, short_date(r.issued_on), r.sent_to, str(r.instructions)]
            for r in data.reports
        ]
        story += [Spacer(1, 4), GridTable(REPORT_COLUMNS, rows, ts)]
    return story


def office_level_note() -> str:
    return f"注：{OFFICE_LEVEL}组织的履职活动计入全市（县）合计，不计入站室组或县区的统计。"
