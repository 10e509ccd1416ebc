"""发文字号 issued to printed documents: assigned once, stored, never recomputed."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field

from app.models._base import TableBase


class DocumentNumber(TableBase, table=True):
    """One number of one kind of document for one record (a suggestion's 交办单, a session's 纪要 …).

    `text` is the number as printed (西政协交〔2026〕12号); it is kept as issued, so a later change of the
    office's prefix does not alter a number already on paper.
    """

    __tablename__ = "document_number"
    __table_args__ = (
        sa.UniqueConstraint("kind", "year", "number", name="uq_document_number_kind_year_number"),
        sa.UniqueConstraint("kind", "record_key", name="uq_document_number_kind_record"),
    )

    kind: str = Field(max_length=32)
    record_key: str = Field(max_length=200)
    year: int
    number: int
    text: str = Field(max_length=100)
    issued_on: date
