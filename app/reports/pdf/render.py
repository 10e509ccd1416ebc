"""Turn a composed document into a PDF: the reports layer's one entry point, Qt-free."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from reportlab.platypus import Flowable

from app.reports.pdf.appendix import BoundPdf, EmbeddedFile, bind
from app.reports.pdf.fonts import FontSet, default_fonts
from app.reports.pdf.layout import DocumentMeta, IsCancelled, Progress, Target, write_pdf
from app.reports.pdf.typesetter import Typesetter

DEFAULT_OFFICE = "××市政协办公室"


@dataclass
class Composed:
    """A document ready to lay out: its story and what the pages show around it."""

    title: str
    short_name: str
    story: list[Flowable]
    landscape: bool = False
    notes: list[str] = field(default_factory=list)
    # Issued documents (with a 版头) carry no running header, only the page number.
    running_header: bool = True
    bound: list[BoundPdf] = field(default_factory=list)  # attached PDFs whose pages follow
    embedded: list[EmbeddedFile] = field(default_factory=list)  # other attached files


@dataclass(frozen=True)
class RenderResult:
    pages: int
    notes: list[str]


Composer = Callable[[Typesetter], Composed]


def render(
    compose: Composer,
    target: Target,
    *,
    office_name: str | None = None,
    fonts: FontSet | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> RenderResult:
    """Compose with a fresh typesetter, lay out and write; notes tell the clerk what to check."""
    fonts = fonts or default_fonts()
    ts = Typesetter.create(fonts)
    doc = compose(ts)
    meta = DocumentMeta(
        title=doc.title,
        office_name=office_name or DEFAULT_OFFICE,
        short_name=doc.short_name,
        landscape=doc.landscape,
        running_header=doc.running_header,
    )
    finish = None
    if doc.bound or doc.embedded:
        finish = partial(bind, bound=doc.bound, embedded=doc.embedded, fonts=fonts)
    pages = write_pdf(
        doc.story, target, meta, fonts, progress=progress, is_cancelled=is_cancelled, finish=finish
    )
    notes = [*fonts.notes, *doc.notes]
    missing = ts.missing_note()
    if missing:
        notes.append(missing)
    return RenderResult(pages=pages, notes=notes)
