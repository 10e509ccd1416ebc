"""Data of the period summary (工作综述): the statistics figures, the overdue list and the paragraph."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from app.models._base import table_of
from app.models.suggestions import Suggestion
from app.reports.pdf.data import Summary
from app.services.deadlines import deadlines_for
from app.services.documents.scope_text import period_text
from app.services.documents.suggestion_rows import suggestion_lines
from app.services.scope import Scope
from app.services.statistics import compute, draft_paragraph

SG = table_of(Suggestion).c


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
    return Summary(period=period_text(s, scope), figures=figures, paragraph=paragraph, overdue=tuple(overdue))
