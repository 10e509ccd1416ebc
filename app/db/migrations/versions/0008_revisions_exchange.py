"""Revisions on every record, and the tables of the station ↔ office data exchange.

Every table with a version counter gets `revision` and `parent_revision`. They are added empty: a
plain ADD COLUMN without a default rewrites no row on SQLite or PostgreSQL, so the upgrade takes the same
moment on a database of any size and keeps every row as it is. A row's first write afterwards gives it a
revision (app/models/_base.py); until then the exchange and the ledger import compare its fields.

Revision ID: 0008
Revises: 0005
Create Date: 2027-01-10 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision", _TEXT(length=32), nullable=True),
        sa.Column("parent_revision", _TEXT(length=32), nullable=True),
    ]


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for table in sorted(inspector.get_table_names()):
        columns = {c["name"] for c in inspector.get_columns(table)}
        if "version" in columns and "revision" not in columns:
            op.add_column(table, sa.Column("revision", _TEXT(length=32), nullable=True))
            op.add_column(table, sa.Column("parent_revision", _TEXT(length=32), nullable=True))

    op.create_table(
        "exchange_installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("installation_id", sa.Uuid(), nullable=False),
        sa.Column("name", _TEXT(length=100), nullable=False),
        sa.Column("private_key", sa.Text(), nullable=False),
        sa.Column("public_key", _TEXT(length=64), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "exchange_peer",
        *_stamps(),
        sa.Column("installation_id", sa.Uuid(), nullable=False),
        sa.Column("name", _TEXT(length=100), nullable=False),
        sa.Column("public_key", _TEXT(length=64), nullable=False),
        sa.Column("fingerprint", _TEXT(length=80), nullable=False),
        sa.Column("office", sa.Boolean(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_by", _TEXT(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("installation_id", name="uq_exchange_peer_installation"),
    )
    op.create_table(
        "exchange_package",
        *_stamps(),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("direction", _TEXT(length=10), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("peer_installation_id", sa.Uuid(), nullable=True),
        sa.Column("peer_name", _TEXT(length=100), nullable=True),
        sa.Column("packaged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", _TEXT(length=50), nullable=False),
        sa.Column("file_name", _TEXT(length=255), nullable=False),
        sa.Column("coverage", sa.Text(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_exchange_package_package_id", "exchange_package", ["package_id"])
    op.create_index("ix_exchange_package_processed_at", "exchange_package", ["processed_at"])
    op.create_table(
        "exchange_base",
        sa.Column("peer_id", sa.Uuid(), nullable=False),
        sa.Column("entity", _TEXT(length=50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("revision", _TEXT(length=32), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("acked", sa.Integer(), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "entity", "record_id"),
    )
    op.create_table(
        "exchange_conflict",
        *_stamps(),
        sa.Column("peer_installation_id", sa.Uuid(), nullable=False),
        sa.Column("peer_name", _TEXT(length=100), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("entity", _TEXT(length=50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("platform_id", sa.Uuid(), nullable=True),
        sa.Column("record_label", _TEXT(length=200), nullable=False),
        sa.Column("field", _TEXT(length=50), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("mine_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("theirs_by", _TEXT(length=100), nullable=False),
        sa.Column("theirs_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", _TEXT(length=50), nullable=True),
        sa.Column("resolution", _TEXT(length=10), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_exchange_conflict_open", "exchange_conflict", ["resolved_at", "entity", "record_id"])
    op.create_table(
        "exchange_tombstone",
        sa.Column("entity", _TEXT(length=50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("revision", _TEXT(length=32), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id"),
    )
    op.create_index("ix_exchange_tombstone_deleted_at", "exchange_tombstone", ["deleted_at"])


def downgrade() -> None:
    for name in ("exchange_tombstone", "exchange_conflict", "exchange_base", "exchange_package",
                 "exchange_peer", "exchange_installation"):  # fmt: skip
        op.drop_table(name)
