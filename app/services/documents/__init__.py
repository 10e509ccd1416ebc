"""Printed documents (PDF): the data for each kind is read here and laid out by app.reports.pdf."""

from app.reports.pdf.layout import RenderCancelled
from app.reports.pdf.render import RenderResult
from app.services.documents.kinds import DocumentKind, kinds_text, parse_kind
from app.services.documents.service import DocumentService

__all__ = ["DocumentKind", "DocumentService", "RenderCancelled", "RenderResult", "kinds_text", "parse_kind"]
