"""Files kept with a session, a suggestion or a 协商专报; their bytes live in the database, under their hash.

`Attachment` is the record (name, type, size, who added it). Its content is stored once per SHA-256 in
`AttachmentContent`, split into `AttachmentChunk` rows of 1 MiB (see app/db/attachment_store.py), so
the same scan attached twice is stored once and every clerk of a shared database can open it.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, UTCDateTime, utcnow


class Attachment(ArchivableBase, table=True):
    __tablename__ = "attachment"

    session_id: uuid.UUID | None = Field(
        default=None, foreign_key="consultation_session.id", index=True, ondelete="CASCADE"
    )
    suggestion_id: uuid.UUID | None = Field(
        default=None, foreign_key="suggestion.id", index=True, ondelete="CASCADE"
    )
    # A 协商专报's text filed as a document (the report itself keeps a summary or none). Reports are
    # archived, never deleted, so no cascade (a column added in place keeps SQLite's plain reference).
    results_report_id: uuid.UUID | None = Field(default=None, foreign_key="results_report.id", index=True)
    filename: str = Field(max_length=255)
    sha256: str = Field(max_length=64)
    size: int
    mime_type: str | None = Field(default=None, max_length=100)
    description: str | None = Field(default=None, max_length=200)
    added_by: str | None = Field(default=None, max_length=50)


class AttachmentContent(SQLModel, table=True):
    """One distinct content, by its SHA-256 (content never changes, so no version counter)."""

    __tablename__ = "attachment_content"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class AttachmentChunk(SQLModel, table=True):
    """The content's bytes in order: chunk `seq` holds bytes seq × 1 MiB onwards."""

    __tablename__ = "attachment_chunk"

    sha256: str = Field(
        primary_key=True, max_length=64, foreign_key="attachment_content.sha256", ondelete="CASCADE"
    )
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_type=sa.LargeBinary, nullable=False)
