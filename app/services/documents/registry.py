"""Which data each document kind reads and which renderer lays it out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.models._base import table_of
from app.models.enums import SessionState
from app.models.reports import ResultsReport
from app.models.suggestions import Suggestion
from app.reports.pdf.documents import (
    assignment,
    member_record,
    plan,
    ranking,
    reminder,
    results_report,
    session_record,
    signin,
    summary,
    supervision,
)
from app.reports.pdf.documents import dossier as dossier_doc
from app.reports.pdf.official import Issue
from app.reports.pdf.render import Composer
from app.reports.pdf.typesetter import Typesetter
from app.services import numbering
from app.services.documents import cycle_data, handling_data, member_data, session_data, summary_data
from app.services.documents.kinds import DocumentKind
from app.services.documents.suggestion_rows import attachment_reader
from app.services.office_settings import load_settings

if TYPE_CHECKING:
    from app.services.documents.service import Request

Gathered = tuple[Any, list[str]]


def _record_id(request: Request) -> Any:
    assert request.record_id is not None  # checked when the request was made
    return request.record_id


def _signin(db: Database, s: Session, request: Request, today: date) -> Gathered:
    sheet = session_data.sign_in_sheet(s, _record_id(request), today)
    notes = []
    if sheet.session.state is not SessionState.PLANNED:
        notes.append(
            f"注意：该活动当前状态为“{sheet.session.state.label}”，不是“筹备中”；签到表按现有成员名单照常生成。"
        )
    return sheet, notes


_GATHER: dict[DocumentKind, Callable[[Database, Session, Request, date], Gathered]] = {
    DocumentKind.SESSION: lambda db, s, r, t: (session_data.session_record(s, _record_id(r), t), []),
    DocumentKind.DOSSIER: lambda db, s, r, t: (
        session_data.dossier(s, _record_id(r), t, attachment_reader(db, r.actor)),
        [],
    ),
    DocumentKind.SIGNIN: _signin,
    DocumentKind.ASSIGNMENT: lambda db, s, r, t: (handling_data.assignment(s, _record_id(r), t), []),
    DocumentKind.REMINDER: lambda db, s, r, t: (handling_data.reminder(s, _record_id(r), r.scope, t), []),
    DocumentKind.SUPERVISION: lambda db, s, r, t: (handling_data.supervision(s, r.scope, t), []),
    DocumentKind.SUMMARY: lambda db, s, r, t: (summary_data.summary(s, r.scope, t, r.paragraph_override), []),
    DocumentKind.MEMBER: lambda db, s, r, t: (
        member_data.member_duty(db, r.actor, s, _record_id(r), r.scope, t),
        [],
    ),
    DocumentKind.PLAN: lambda db, s, r, t: (cycle_data.plan_sheet(s, r.scope, t), []),
    DocumentKind.RANKING: lambda db, s, r, t: (cycle_data.ranking(db, r.actor, s, r.scope), []),
    DocumentKind.RESULTS_REPORT: lambda db, s, r, t: (cycle_data.results_report(s, _record_id(r)), []),
}

# Renderers take (data, typesetter, issue); those without a 版头 or seal ignore the issue.
_COMPOSE: dict[DocumentKind, Callable[[Any, Typesetter, Issue], Any]] = {
    DocumentKind.SESSION: session_record.compose,
    DocumentKind.DOSSIER: lambda d, ts, issue: dossier_doc.compose(d, ts),
    DocumentKind.SIGNIN: lambda d, ts, issue: signin.compose(d, ts),
    DocumentKind.ASSIGNMENT: assignment.compose,
    DocumentKind.REMINDER: reminder.compose,
    DocumentKind.SUPERVISION: lambda d, ts, issue: supervision.compose(d, ts),
    DocumentKind.SUMMARY: summary.compose,
    DocumentKind.MEMBER: lambda d, ts, issue: member_record.compose(d, ts),
    DocumentKind.PLAN: plan.compose,
    DocumentKind.RANKING: lambda d, ts, issue: ranking.compose(d, ts),
    DocumentKind.RESULTS_REPORT: results_report.compose,
}

# The kinds with a 发文字号: the numbering kind and the record each number belongs to.
_NUMBERED: dict[DocumentKind, str] = {
    DocumentKind.SESSION: numbering.SESSION_RECORD,
    DocumentKind.ASSIGNMENT: numbering.ASSIGNMENT,
    DocumentKind.REMINDER: numbering.REMINDER,
    DocumentKind.SUMMARY: numbering.SUMMARY,
    DocumentKind.RESULTS_REPORT: numbering.RESULTS_REPORT,
}
SG = table_of(Suggestion).c
RP = table_of(ResultsReport).c
# Kinds whose 版记 carries the office's 抄送 line.
_COPIED = (DocumentKind.SESSION, DocumentKind.SUMMARY)


def gather(db: Database, s: Session, request: Request, today: date) -> Gathered:
    return _GATHER[request.kind](db, s, request, today)


def composer(kind: DocumentKind, data: Any, issue: Issue) -> Composer:
    compose = _COMPOSE[kind]
    return lambda ts: compose(data, ts, issue)


def _number_key(request: Request, today: date) -> str:
    if request.kind is DocumentKind.REMINDER:
        return f"{_record_id(request)}:{today.isoformat()}"
    if request.kind is DocumentKind.SUMMARY:
        sc = request.scope
        return f"{sc.date_from}|{sc.date_to}|{sc.platform_id}|{sc.district}|{today.isoformat()}"
    return str(_record_id(request))


def issue(db: Database, request: Request, today: date) -> Issue:
    """Office, 发文字号 (given now if this is its first issue) and 版记 of a document.

    A write transaction is opened only when a number has to be given.
    """
    kind = _NUMBERED.get(request.kind)
    with db.session(write=False) as s:
        settings = load_settings(s)
        number = None
        issued_on: date | None = today
        if kind is not None:
            number = numbering.find(s, kind, _number_key(request, today))
            if kind == numbering.ASSIGNMENT:
                issued_on = s.execute(sa.select(SG.assigned_on).where(SG.id == _record_id(request))).scalar()
            elif kind == numbering.RESULTS_REPORT:
                issued_on = s.execute(sa.select(RP.issued_on).where(RP.id == _record_id(request))).scalar()
    wanted = kind in numbering.ALWAYS_NUMBERED or bool(kind and numbering.prefix_for(settings, kind))
    if kind is not None and number is None and issued_on is not None and wanted:
        with db.session() as s:
            number = numbering.issue(s, kind, _number_key(request, today), issued_on)
    return Issue(
        office=settings.office_name,
        number=number.text if number else None,
        cc=settings.printing.cc if request.kind in _COPIED else "",
        printed_on=today,
    )


def font_files(db: Database) -> dict[str, str]:
    """The print fonts the office chose in the settings (role → file)."""
    with db.session(write=False) as s:
        return dict(load_settings(s).printing.font_files)
