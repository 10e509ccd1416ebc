"""Printed documents (PDF): the data for each kind is read here and laid out by app.reports.pdf.

The kinds (`app.services.documents.kinds`) cost nothing to import; the service and the PDF layout
(reportlab) are loaded when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy import lazy_names
from app.services.documents.kinds import DocumentKind, kinds_text, parse_kind

if TYPE_CHECKING:
    from app.reports.pdf.layout import RenderCancelled
    from app.reports.pdf.render import RenderResult
    from app.services.documents.service import DocumentService

__all__ = ["DocumentKind", "DocumentService", "RenderCancelled", "RenderResult", "kinds_text", "parse_kind"]

_LAZY = {
    "RenderCancelled": "app.reports.pdf.layout",
    "RenderResult": "app.reports.pdf.render",
    "DocumentService": "app.services.documents.service",
}


__getattr__ = lazy_names(__name__, _LAZY)
