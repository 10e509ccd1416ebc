"""Members sort by 姓氏笔画 in SQL; drop the archived_at indexes that slowed every list.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:40:43
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from app.services.names import stroke_sort_text

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ARCHIVABLE = (
    "app_user",
    "attachment",
    "consultation_session",
    "handling_unit",
    "member",
    "platform",
    "suggestion",
)


def upgrade() -> None:
    for table in ARCHIVABLE:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_archived_at")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_strokes", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True)
        )
        batch_op.create_index("ix_member_name_strokes", ["name_strokes"], unique=False)
    bind = op.get_bind()
    member = sa.table("member", sa.column("id"), sa.column("name"), sa.column("name_strokes"))
    rows = bind.execute(sa.select(member.c.id, member.c.name)).all()
    for member_id, name in rows:
        bind.execute(
            member.update().where(member.c.id == member_id).values(name_strokes=stroke_sort_text(name))
        )


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_name_strokes")
        batch_op.drop_column("name_strokes")
    for table in ARCHIVABLE:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f"ix_{table}_archived_at", ["archived_at"], unique=False)
