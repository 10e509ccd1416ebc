"""Audit trail: who changed what, when, with the record before and after."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field

from app.models._base import TableBase, UTCDateTime, enum_type, utcnow
from app.models.enums import AuditAction


class AuditEntry(TableBase, table=True):
    __tablename__ = "audit_entry"

    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    actor: str = Field(max_length=50)
    action: AuditAction = Field(sa_type=enum_type(AuditAction))
    entity: str = Field(max_length=50, index=True)
    entity_id: uuid.UUID | None = Field(default=None, index=True)
    before: str | None = Field(default=None, sa_type=sa.Text)
    after: str | None = Field(default=None, sa_type=sa.Text)
    note: str | None = None
