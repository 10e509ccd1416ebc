"""Files kept with a session or a suggestion; the bytes live in the data folder under their hash."""

from __future__ import annotations

import uuid

from sqlmodel import Field

from app.models._base import ArchivableBase


class Attachment(ArchivableBase, table=True):
    __tablename__ = "attachment"

    session_id: uuid.UUID | None = Field(
        default=None, foreign_key="consultation_session.id", index=True, ondelete="CASCADE"
    )
    suggestion_id: uuid.UUID | None = Field(
        default=None, foreign_key="suggestion.id", index=True, ondelete="CASCADE"
    )
    filename: str = Field(max_length=255)
    sha256: str = Field(max_length=64, index=True)
    size: int
    mime_type: str | None = Field(default=None, max_length=100)
    description: str | None = Field(default=None, max_length=200)
    added_by: str | None = Field(default=None, max_length=50)
