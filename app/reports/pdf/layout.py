"""Page layout after GB/T 9704-2012 and the one place a document is written to a file.

A4 portrait: text area 156 × 225 mm with 37 mm above and 28 mm on the binding (left) side, so 26 mm
right and 35 mm below. Wide lists use A4 landscape with the same 225 × 156 mm area turned sideways.
The office name sits in the header; the page number "— 1 —" (四号) is centred 7 mm below the text area.
"""

from __future__ import annotations

import contextlib
import io
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app import APP_NAME, __version__
from app.reports.pdf.fonts import FontSet, plain_safe
from app.reports.pdf.styles import GREY, INK, RULE, SIZE_4, SIZE_S5

Progress = Callable[[float, str], None]
IsCancelled = Callable[[], bool]
Finish = Callable[[bytes], tuple[bytes, int]]
Target = str | os.PathLike[str] | BinaryIO


class RenderCancelled(Exception):
    """The user stopped the rendering; no file was written."""


@dataclass(frozen=True)
class Geometry:
    page: tuple[float, float]
    left: float
    bottom: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.bottom + self.height


PORTRAIT = Geometry(A4, 28 * mm, 35 * mm, 156 * mm, 225 * mm)
LANDSCAPE = Geometry(landscape(A4), 37 * mm, 26 * mm, 225 * mm, 156 * mm)


@dataclass(frozen=True)
class DocumentMeta:
    """What every page shows besides the body: the office in the header, the document name, metadata."""

    title: str
    office_name: str
    short_name: str
    landscape: bool = False
    running_header: bool = True

    @property
    def geometry(self) -> Geometry:
        return LANDSCAPE if self.landscape else PORTRAIT


def progress_weight(flowable: Flowable) -> int:
    """Rows for tables (they dominate the work), one for everything else."""
    return int(getattr(flowable, "progress_weight", 1))


class LedgerDocTemplate(BaseDocTemplate):
    def __init__(
        self,
        target: Any,
        meta: DocumentMeta,
        fonts: FontSet,
        *,
        total_weight: int,
        progress: Progress | None,
        is_cancelled: IsCancelled | None,
    ) -> None:
        geo = meta.geometry
        page_w, page_h = geo.page
        super().__init__(
            target,
            pagesize=geo.page,
            leftMargin=geo.left,
            rightMargin=page_w - geo.left - geo.width,
            bottomMargin=geo.bottom,
            topMargin=page_h - geo.top,
            title=meta.title,
            author=meta.office_name,
            subject=meta.short_name,
            creator=f"{APP_NAME} {__version__}",
            lang="zh-CN",
            initialFontName=fonts.body,
        )
        frame = Frame(
            geo.left, geo.bottom, geo.width, geo.height, leftPadding=0, rightPadding=0,
            topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        self.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._decorate)])
        self.meta = meta
        self.fonts = fonts
        self._total = max(total_weight, 1)
        self._done = 0
        self._progress = progress
        self._is_cancelled = is_cancelled

    def _check_cancelled(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise RenderCancelled

    def handle_pageBegin(self) -> None:
        self._check_cancelled()
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        self._done += progress_weight(flowable)
        if self._progress is not None:
            page = self.canv.getPageNumber()
            self._progress(min(self._done / self._total, 1.0), f"正在排版（第 {page} 页）…")
        self._check_cancelled()

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        geo = self.meta.geometry
        page_w = geo.page[0]
        fonts = self.fonts
        canv.saveState()
        if self.meta.running_header:
            rule_y = geo.top + 9 * mm
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.6)
            canv.line(geo.left, rule_y, geo.left + geo.width, rule_y)
            canv.setFont(fonts.fallback, SIZE_S5)
            canv.setFillColor(GREY)
            canv.drawString(geo.left, rule_y + 2.2 * mm, plain_safe(self.fonts, self.meta.office_name))
            canv.drawRightString(
                geo.left + geo.width, rule_y + 2.2 * mm, plain_safe(self.fonts, self.meta.short_name)
            )
        canv.setFont(fonts.body, SIZE_4)
        canv.setFillColor(INK)
        canv.drawCentredString(page_w / 2, geo.bottom - 7 * mm - SIZE_4 * 0.8, f"— {doc.page} —")
        canv.restoreState()


def write_pdf(
    flowables: Sequence[Flowable],
    target: Target,
    meta: DocumentMeta,
    fonts: FontSet,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    finish: Finish | None = None,
) -> int:
    """Lay out `flowables` and write the PDF to a path (atomically) or a binary stream; returns pages.

    `finish` gets the laid-out PDF and returns the PDF to write and its pages (pages bound in after it).
    """
    story = list(flowables)
    total = sum(progress_weight(f) for f in story)
    if finish is not None:
        laid_out = io.BytesIO()
        _build(story, laid_out, meta, fonts, total, None if progress is None else _before_finish(progress),
               is_cancelled)  # fmt: skip
        data, pages = finish(laid_out.getvalue())
        write_bytes(target, data)
        if progress is not None:
            progress(1.0, "已完成")
        return pages
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        # Written next to the target under a hidden name, then renamed: never a half-written PDF.
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
        try:
            with open(tmp, "xb") as handle:
                pages = _build(story, handle, meta, fonts, total, progress, is_cancelled)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        return pages
    buffer = io.BytesIO()
    pages = _build(story, buffer, meta, fonts, total, progress, is_cancelled)
    target.write(buffer.getvalue())
    return pages


def _before_finish(progress: Progress) -> Progress:
    """Layout takes 90 % of the bar when pages are bound in afterwards."""
    return lambda fraction, stage: progress(0.9 * fraction, stage if fraction < 1.0 else "正在装订附件…")


def write_bytes(target: Target, data: bytes) -> None:
    """Write finished PDF bytes to a path (atomically, like `write_pdf`) or a binary stream."""
    if not isinstance(target, (str, os.PathLike)):
        target.write(data)
        return
    path = Path(target)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _build(
    story: list[Flowable],
    target: Any,
    meta: DocumentMeta,
    fonts: FontSet,
    total: int,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> int:
    doc = LedgerDocTemplate(
        target, meta, fonts, total_weight=total, progress=progress, is_cancelled=is_cancelled
    )
    doc.build(story)
    if progress is not None:
        progress(1.0, "已完成")
    return int(doc.page)
