"""发文字号 stored once per document (交办单 numbers kept as printed); 典型成果 chosen by the clerk.

Every suggestion already assigned gets the 交办单 number earlier versions printed for it — its place
among the suggestions assigned in the same year, by 交办日期, then entry time — so a form printed before
the upgrade and one printed after show the same number.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01 22:10:00
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, date, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None

ASSIGNMENT_PREFIX = "交办"  # the prefix and form earlier versions printed


def upgrade() -> None:
    op.create_table(
        "document_number",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("record_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "record_key", name="uq_document_number_kind_record"),
        sa.UniqueConstraint("kind", "year", "number", name="uq_document_number_kind_year_number"),
    )
    # A plain ALTER TABLE (no batch copy): recreating the table would cascade-delete its children.
    op.add_column("suggestion", sa.Column("typical", sa.Boolean(), server_default=sa.false(), nullable=False))
    _number_assigned_suggestions()


def _number_assigned_suggestions() -> None:
    bind = op.get_bind()
    suggestion = sa.table(
        "suggestion",
        sa.column("id", sa.Uuid()),
        sa.column("assigned_on", sa.Date()),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    numbers = sa.table(
        "document_number",
        sa.column("id", sa.Uuid()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("version", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("record_key", sa.String()),
        sa.column("year", sa.Integer()),
        sa.column("number", sa.Integer()),
        sa.column("text", sa.String()),
        sa.column("issued_on", sa.Date()),
    )
    rows = bind.execute(
        sa.select(suggestion.c.id, suggestion.c.assigned_on)
        .where(suggestion.c.assigned_on.is_not(None))
        .order_by(suggestion.c.assigned_on, suggestion.c.created_at, suggestion.c.id)
    ).all()
    now = datetime.now(UTC)
    running: dict[int, int] = defaultdict(int)
    batch = []
    for suggestion_id, assigned_on in rows:
        day = assigned_on if isinstance(assigned_on, date) else date.fromisoformat(str(assigned_on)[:10])
        running[day.year] += 1
        n = running[day.year]
        batch.append(
            {
                "id": uuid.uuid4(),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "kind": "assignment",
                "record_key": str(uuid.UUID(str(suggestion_id))),
                "year": day.year,
                "number": n,
                "text": f"{ASSIGNMENT_PREFIX}〔{day.year}〕第{n}号",
                "issued_on": day,
            }
        )
        if len(batch) >= 1000:
            bind.execute(numbers.insert(), batch)
            batch = []
    if batch:
        bind.execute(numbers.insert(), batch)


def downgrade() -> None:
    op.drop_column("suggestion", "typical")  # SQLite 3.35+ drops a column in place
    op.drop_table("document_number")
