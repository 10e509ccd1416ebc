"""Audit trail: who changed what, when, with the record before and after.

Append-only: the database refuses UPDATE and DELETE on audit_entry (triggers, migration 0004), and
each entry carries `hash`, chained to the previous entry's (`prev_hash`, numbered by `seq`), so the
integrity check finds a missing or altered entry (services.audit_chain).
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models._base import TableBase, UTCDateTime, enum_type, utcnow
from app.models.enums import AuditAction


class AuditEntry(TableBase, table=True):
    __tablename__ = "audit_entry"
    __table_args__ = (sa.UniqueConstraint("seq", name="uq_audit_entry_seq"),)

    seq: int = Field(nullable=False)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)

    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    actor: str = Field(max_length=50)
    action: AuditAction = Field(sa_type=enum_type(AuditAction))
    entity: str = Field(max_length=50, index=True)
    entity_id: uuid.UUID | None = Field(default=None, index=True)
    before: str | None = Field(default=None, sa_type=sa.Text)
    after: str | None = Field(default=None, sa_type=sa.Text)
    note: str | None = None


class AuditHead(SQLModel, table=True):
    """The last entry of the chain (one row): writers lock it, and the check finds a cut-off tail."""

    __tablename__ = "audit_head"

    id: int = Field(default=1, primary_key=True)
    seq: int = Field(default=0, nullable=False)
    hash: str = Field(max_length=64)
