"""Which data each document kind reads and which renderer lays it out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from app.db.session import Database
from app.models.enums import SessionState
from app.reports.pdf.documents import dossier as dossier_doc
from app.reports.pdf.documents import session_record, signin
from app.reports.pdf.render import Composer
from app.services.documents import session_data
from app.services.documents.kinds import DocumentKind

if TYPE_CHECKING:
    from app.services.documents.service import Request

Gathered = tuple[Any, list[str]]


def _session(s: Session, request: Request, today: date) -> Gathered:
    assert request.record_id is not None
    return session_data.session_record(s, request.record_id, today), []


def _dossier(s: Session, request: Request, today: date) -> Gathered:
    assert request.record_id is not None
    return session_data.dossier(s, request.record_id, today), []


def _signin(s: Session, request: Request, today: date) -> Gathered:
    assert request.record_id is not None
    sheet = session_data.sign_in_sheet(s, request.record_id, today)
    notes = []
    if sheet.session.state is not SessionState.PLANNED:
        notes.append(
            f"注意：该活动当前状态为“{sheet.session.state.label}”，不是“筹备中”；签到表按现有成员名单照常生成。"
        )
    return sheet, notes


_GATHER: dict[DocumentKind, Callable[[Session, Request, date], Gathered]] = {
    DocumentKind.SESSION: _session,
    DocumentKind.DOSSIER: _dossier,
    DocumentKind.SIGNIN: _signin,
}

_COMPOSE: dict[DocumentKind, Callable[..., Any]] = {
    DocumentKind.SESSION: session_record.compose,
    DocumentKind.DOSSIER: dossier_doc.compose,
    DocumentKind.SIGNIN: signin.compose,
}


def gather(s: Session, request: Request, today: date) -> Gathered:
    return _GATHER[request.kind](s, request, today)


def composer(kind: DocumentKind, data: Any) -> Composer:
    return partial(_COMPOSE[kind], data)


def office_name(db: Database) -> str | None:
    return None
