"""Data of the period summary (工作综述): figures, 典型成果, the overdue list and the paragraph."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models._base import table_of
from app.models.enums import QualityRating, Satisfaction, SuggestionState
from app.models.platforms import Platform
from app.models.reports import ReportAuthor, ResearchReport, ResultsReport
from app.models.suggestions import LeaderInstruction, Suggestion
from app.models.units import HandlingUnit
from app.reports.pdf.data import Instruction, ReportLine, ResearchLine, Summary, TypicalResult
from app.services import member_links
from app.services.deadlines import deadlines_for
from app.services.documents.suggestion_rows import as_enum, suggestion_lines
from app.services.scope import Scope, scope_text
from app.services.statistics import compute, draft_paragraph

SG = table_of(Suggestion).c
PL = table_of(Platform).c
HU = table_of(HandlingUnit).c
LI = table_of(LeaderInstruction).c
RR = table_of(ResearchReport).c
RP = table_of(ResultsReport).c

TYPICAL_DEFAULT = 5  # results the default rule picks


def summary(s: Session, scope: Scope, today: date, paragraph_override: str | None) -> Summary:
    figures = compute(s, scope, today)
    overdue = suggestion_lines(
        s,
        [
            SG.archived_at.is_(None),
            deadlines_for(s, today).overdue_clause(),
            *scope.period_clauses(SG.raised_on),
            *scope.platform_clauses(SG.platform_id),
        ],
        [SG.due_on],
        today,
    )
    paragraph = (paragraph_override or "").strip() or draft_paragraph(figures)
    typical, chosen = typical_results(s, scope)
    return Summary(
        period=scope_text(s, scope),
        figures=figures,
        paragraph=paragraph,
        overdue=tuple(overdue),
        typical=tuple(typical),
        typical_chosen=chosen,
        research=tuple(research_lines(s, scope)),
        reports=tuple(report_lines(s, scope)),
    )


def research_lines(s: Session, scope: Scope) -> list[ResearchLine]:
    """The period's 调研报告 (written_on), oldest first, with their authors."""
    rows = s.execute(
        sa.select(RR.id, RR.title, RR.other_authors, RR.written_on, RR.adopted_by, RR.adopted_on)
        .where(
            RR.archived_at.is_(None),
            *scope.period_clauses(RR.written_on),
            *scope.platform_clauses(RR.platform_id),
        )
        .order_by(RR.written_on, RR.title)
    ).all()
    authors = member_links.linked_members(s, ReportAuthor, "report_id", [r.id for r in rows])
    return [
        ResearchLine(
            r.title,
            "、".join(
                [n for _id, n in authors.get(r.id, [])] + ([r.other_authors] if r.other_authors else [])
            ),
            r.written_on,
            r.adopted_by,
            r.adopted_on,
        )
        for r in rows
    ]


def report_lines(s: Session, scope: Scope) -> list[ReportLine]:
    """The period's 协商专报 (issued_on), in the order they were sent, with their 批示 件次."""
    instructions = sa.select(sa.func.count()).where(LI.results_report_id == RP.id).scalar_subquery()
    rows = s.execute(
        sa.select(RP.number, RP.title, RP.issued_on, RP.sent_to, instructions.label("n"))
        .where(
            RP.archived_at.is_(None),
            *scope.period_clauses(RP.issued_on),
            *scope.platform_clauses(RP.platform_id),
        )
        .order_by(RP.issued_on, RP.number)
    ).all()
    return [ReportLine(r.number, r.title, r.issued_on, r.sent_to, int(r.n or 0)) for r in rows]


def typical_results(s: Session, scope: Scope) -> tuple[list[TypicalResult], bool]:
    """The 典型成果 of a scope: those a clerk chose (any state), else by rule; and whether chosen.

    The rule: concluded suggestions raised in the period, those with leader instructions first, then by
    the proposer's evaluation (满意 before 基本满意), the number of instructions, the unit's quality
    rating, and the most recent conclusion.
    """
    where = [
        SG.archived_at.is_(None),
        *scope.period_clauses(SG.raised_on),
        *scope.platform_clauses(SG.platform_id),
    ]
    chosen = _rows(s, [*where, SG.typical.is_(True)])
    if chosen:
        return [_result(r, ins) for r, ins in _with_instructions(s, chosen)], True
    concluded = [*where, SG.state == SuggestionState.CONCLUDED.value]
    best = _rows(s, concluded, _RULE_ORDER, TYPICAL_DEFAULT)
    return [_result(r, ins) for r, ins in _with_instructions(s, best)], False


def _rank_of(column: Any, order: list[Any]) -> Any:
    return sa.case(*((column == m.value, i) for i, m in enumerate(order)), else_=len(order))


_INSTRUCTIONS = sa.select(sa.func.count()).where(LI.suggestion_id == SG.id).scalar_subquery()
_RULE_ORDER = [
    sa.case((_INSTRUCTIONS > 0, 0), else_=1),
    _rank_of(SG.eval_after, [Satisfaction.SATISFIED, Satisfaction.BASICALLY, Satisfaction.UNSATISFIED]),
    _INSTRUCTIONS.desc(),
    _rank_of(SG.quality_rating, list(QualityRating)),
    SG.concluded_on.desc(),
]


def _rows(
    s: Session, where: list[Any], order: list[Any] | None = None, limit: int | None = None
) -> list[Any]:
    stmt = (
        sa.select(
            SG.id,
            SG.title,
            PL.name.label("platform"),
            HU.name.label("lead_unit"),
            SG.concluded_on,
            SG.implementation,
            SG.reply,
            SG.eval_after,
            SG.quality_rating,
        )
        .select_from(table_of(Suggestion))
        .outerjoin(table_of(Platform), PL.id == SG.platform_id)
        .outerjoin(table_of(HandlingUnit), HU.id == SG.lead_unit_id)
        .where(*where)
        .order_by(*(order or [SG.concluded_on]), SG.title, SG.id)
        .limit(limit)
    )
    return list(s.execute(stmt).all())


def _with_instructions(s: Session, rows: list[Any]) -> list[tuple[Any, list[Instruction]]]:
    found: dict[Any, list[Instruction]] = defaultdict(list)
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        stmt = (
            sa.select(LI.suggestion_id, LI.leader, LI.given_on, LI.text)
            .where(LI.suggestion_id.in_(ids[start : start + 500]))
            .order_by(LI.given_on)
        )
        for r in s.execute(stmt).all():
            found[r.suggestion_id].append(Instruction(r.leader, r.given_on, r.text))
    return [(r, found.get(r.id, [])) for r in rows]


def _result(row: Any, instructions: list[Instruction]) -> TypicalResult:
    evaluation = as_enum(Satisfaction, row.eval_after)
    return TypicalResult(
        title=row.title,
        platform=row.platform,
        lead_unit=row.lead_unit,
        concluded_on=row.concluded_on,
        implementation=row.implementation,
        reply=row.reply,
        instructions=tuple(instructions),
        evaluation=evaluation.label if evaluation is not None else None,
    )
