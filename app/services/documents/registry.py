"""Which data each document kind reads and which renderer lays it out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from app.db.session import Database
from app.models.enums import SessionState
from app.reports.pdf.documents import (
    assignment,
    member_record,
    reminder,
    session_record,
    signin,
    summary,
    supervision,
)
from app.reports.pdf.documents import dossier as dossier_doc
from app.reports.pdf.render import Composer
from app.reports.pdf.typesetter import Typesetter
from app.services.documents import handling_data, member_data, session_data, summary_data
from app.services.documents.kinds import DocumentKind
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
    DocumentKind.DOSSIER: lambda db, s, r, t: (session_data.dossier(s, _record_id(r), t), []),
    DocumentKind.SIGNIN: _signin,
    DocumentKind.ASSIGNMENT: lambda db, s, r, t: (handling_data.assignment(s, _record_id(r), t), []),
    DocumentKind.REMINDER: lambda db, s, r, t: (handling_data.reminder(s, _record_id(r), r.scope, t), []),
    DocumentKind.SUPERVISION: lambda db, s, r, t: (handling_data.supervision(s, r.scope, t), []),
    DocumentKind.SUMMARY: lambda db, s, r, t: (summary_data.summary(s, r.scope, t, r.paragraph_override), []),
    DocumentKind.MEMBER: lambda db, s, r, t: (
        member_data.member_duty(db, r.actor, s, _record_id(r), r.scope, t),
        [],
    ),
}

# Renderers take (data, typesetter, office name); those that print no seal ignore the name.
_COMPOSE: dict[DocumentKind, Callable[[Any, Typesetter, str], Any]] = {
    DocumentKind.SESSION: lambda d, ts, office: session_record.compose(d, ts),
    DocumentKind.DOSSIER: lambda d, ts, office: dossier_doc.compose(d, ts),
    DocumentKind.SIGNIN: lambda d, ts, office: signin.compose(d, ts),
    DocumentKind.ASSIGNMENT: assignment.compose,
    DocumentKind.REMINDER: reminder.compose,
    DocumentKind.SUPERVISION: lambda d, ts, office: supervision.compose(d, ts),
    DocumentKind.SUMMARY: lambda d, ts, office: summary.compose(d, ts),
    DocumentKind.MEMBER: lambda d, ts, office: member_record.compose(d, ts),
}


def gather(db: Database, s: Session, request: Request, today: date) -> Gathered:
    return _GATHER[request.kind](db, s, request, today)


def composer(kind: DocumentKind, data: Any, office: str) -> Composer:
    compose = _COMPOSE[kind]
    return lambda ts: compose(data, ts, office)


def office_name(db: Database) -> str:
    """单位名称 from the office settings (the header of every page and the seal area)."""
    with db.session(write=False) as s:
        return load_settings(s).office_name
