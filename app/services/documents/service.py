"""Printed documents: gather the data in one read transaction, then hand it to the PDF renderers.

Qt-free and safe to run on a worker thread: `progress(fraction, stage)` reports, `is_cancelled()` stops
(raising `RenderCancelled`, and no file is left behind).
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from app.db.session import Database
from app.messages import msg
from app.models.reports import ResultsReport
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.reports.pdf.fonts import FontSet, default_fonts
from app.reports.pdf.layout import IsCancelled, Progress, Target
from app.reports.pdf.render import RenderResult, render
from app.services import permissions
from app.services.actor import Actor
from app.services.documents import registry
from app.services.documents.kinds import DocumentKind, parse_kind
from app.services.errors import ValidationError
from app.services.office_settings import load_settings
from app.services.scope import Scope
from app.services.statistics import compute, draft_paragraph


@dataclass(frozen=True)
class Request:
    kind: DocumentKind
    record_id: uuid.UUID | None
    scope: Scope  # already narrowed to what the actor may see
    paragraph_override: str | None
    actor: Actor


# Documents about one session or suggestion: who may print them is who may see that record.
_SESSION_KINDS = (DocumentKind.SESSION, DocumentKind.DOSSIER, DocumentKind.SIGNIN)


class DocumentService:
    """A coordinator's documents show only their platforms' records (scope-wide documents are narrowed,
    a session's or suggestion's document is refused for another platform's record)."""

    def __init__(
        self, db: Database, actor: Actor, *, today: date | None = None, fonts: FontSet | None = None
    ) -> None:
        self.db = db
        self.actor = actor
        self.today = today
        self.fonts = fonts

    def render(
        self,
        kind: str | DocumentKind,
        out: Target,
        *,
        id: uuid.UUID | str | None = None,
        scope: Scope | None = None,
        paragraph_override: str | None = None,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
    ) -> RenderResult:
        """Write the document `kind` to `out` (a path, written atomically, or a binary stream)."""
        request = self.request(kind, id, scope, paragraph_override)
        if progress is not None:
            progress(0.0, "正在读取数据…")
        data, notes = self.gather(request)
        if progress is not None:
            progress(0.05, "正在排版…")
        today = self.today or date.today()
        issue = registry.issue(self.db, request, today)
        composer = registry.composer(request.kind, data, issue)
        result = render(
            composer,
            out,
            office_name=issue.office,
            fonts=self.fonts or default_fonts(registry.font_files(self.db)),
            progress=_scaled(progress),
            is_cancelled=is_cancelled,
        )
        return RenderResult(pages=result.pages, notes=[*notes, *result.notes])

    def render_bytes(
        self,
        kind: str | DocumentKind,
        *,
        id: uuid.UUID | str | None = None,
        scope: Scope | None = None,
        paragraph_override: str | None = None,
        progress: Progress | None = None,
        is_cancelled: IsCancelled | None = None,
    ) -> tuple[bytes, RenderResult]:
        """The same document in memory (for a preview): the PDF bytes and the result."""
        buffer = io.BytesIO()
        result = self.render(
            kind, buffer, id=id, scope=scope, paragraph_override=paragraph_override,
            progress=progress, is_cancelled=is_cancelled,
        )  # fmt: skip
        return buffer.getvalue(), result

    def draft_paragraph(self, scope: Scope | None = None) -> str:
        """The statistics paragraph the summary would print, for the clerk to edit before printing."""
        today = self.today or date.today()
        with self.db.session(write=False) as s:
            return draft_paragraph(compute(s, permissions.restrict(self.actor, scope), today))

    def request(
        self,
        kind: str | DocumentKind,
        record_id: uuid.UUID | str | None,
        scope: Scope | None,
        paragraph_override: str | None,
    ) -> Request:
        k = parse_kind(kind)
        parsed = _parse_id(record_id)
        if k.id_noun and parsed is None:
            raise ValidationError(
                {"id": msg("生成{label}需要指定{id_noun}的编号。", label=k.label, id_noun=k.id_noun)}
            )
        return Request(k, parsed, permissions.restrict(self.actor, scope), paragraph_override, self.actor)

    def gather(self, request: Request) -> tuple[Any, list[str]]:
        """The document's data and any notes for the clerk, read in one transaction."""
        today = self.today or date.today()
        with self.db.session(write=False) as s:
            self._check_record(s, request)
            return registry.gather(self.db, s, request, today)

    def _check_record(self, s: Session, request: Request) -> None:
        if request.record_id is None:
            return
        model: Any = None
        if request.kind in _SESSION_KINDS:
            model = ConsultationSession
        elif request.kind is DocumentKind.ASSIGNMENT:
            model = Suggestion
        elif request.kind is DocumentKind.RESULTS_REPORT:
            model = ResultsReport
        record = s.get(model, request.record_id) if model is not None else None
        if record is not None:
            permissions.require_read(self.actor, record.platform_id)

    def office_name(self) -> str:
        with self.db.session(write=False) as s:
            return load_settings(s).office_name


def _parse_id(value: uuid.UUID | str | None) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(
            {"id": msg("编号“{text}”格式不正确，应为 32 位十六进制的记录编号。", text=text)}
        ) from None


def _scaled(progress: Progress | None) -> Progress | None:
    """Layout takes the last 95 % of the bar (reading the data took the first 5 %)."""
    if progress is None:
        return None
    return lambda fraction, stage: progress(0.05 + 0.95 * fraction, stage)
