"""Printed documents (PDF): the data for each kind is read here and laid out by app.reports.pdf.

The kinds (`app.services.documents.kinds`) cost nothing to import; the service and the PDF layout
(reportlab) are loaded when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
