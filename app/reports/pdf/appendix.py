"""What a dossier carries besides its typeset pages: attached PDFs' own pages, and embedded files.

After reportlab has laid out the story, `bind` (pypdf) appends the pages of each attached PDF — each
labelled "附件 2：签到表.pdf　第 1 页 / 共 2 页" at its head and numbered "— 8 —" at its foot like the
pages before it — and embeds any other file (a recording, a spreadsheet) as a file attachment of the PDF,
so that the one file is the whole record.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import TextStringObject
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.pdf.font_roles import BODY
from app.reports.pdf.fonts import FontSet, draw_font, plain_safe
from app.reports.pdf.styles import GREY, INK, SIZE_4, SIZE_S5

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BoundPdf:
    """An attached PDF whose pages follow the dossier's own."""

    label: str  # 附件 2：签到表.pdf
    data: bytes
    pages: int


@dataclass(frozen=True)
class EmbeddedFile:
    filename: str
    data: bytes
    description: str = ""


def pdf_pages(data: bytes) -> int | None:
    """Pages of a PDF that can be bound in, or None (damaged, encrypted, not a PDF)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        return len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        log.warning("attached PDF cannot be bound in: %s", exc)
        return None


def _label_page(fonts: FontSet, width: float, height: float, label: str, number: int) -> bytes:
    """A transparent page with the attachment's label at the head and the page number at the foot."""
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(width, height))
    text = plain_safe(fonts, label, BODY)
    canv.setFillColor(GREY)
    canv.setFont(draw_font(fonts, text, BODY), SIZE_S5)
    canv.drawString(12 * mm, height - 9 * mm, text)
    canv.setFillColor(INK)
    canv.setFont(fonts.body, SIZE_4)
    canv.drawCentredString(width / 2, 12 * mm, f"— {number} —")
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def bind(
    typeset: bytes, bound: Sequence[BoundPdf], embedded: Sequence[EmbeddedFile], fonts: FontSet
) -> tuple[bytes, int]:
    """The typeset PDF with the attached PDFs' pages appended and the other files embedded; and pages."""
    writer = PdfWriter(clone_from=io.BytesIO(typeset))
    number = len(writer.pages)
    for item in bound:
        reader = PdfReader(io.BytesIO(item.data))
        if reader.is_encrypted:
            reader.decrypt("")
        for index, page in enumerate(reader.pages, 1):
            number += 1
            added = writer.add_page(page)
            box = added.mediabox
            label = f"{item.label}　第 {index} 页 / 共 {item.pages} 页"
            overlay = PdfReader(
                io.BytesIO(_label_page(fonts, float(box.width), float(box.height), label, number))
            )
            added.merge_translated_page(overlay.pages[0], float(box.left), float(box.bottom), over=True)
    for extra in embedded:
        attachment = writer.add_attachment(extra.filename, extra.data)
        if extra.description:
            attachment.description = TextStringObject(extra.description)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), number
