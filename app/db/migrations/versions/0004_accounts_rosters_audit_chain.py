"""Accounts that sign in, platforms per coordinator, roster history, and an append-only hash-chained log.

- app_user: password hash (none yet: such an account cannot sign in until an administrator sets a
  password), disabled flag, lockout counters; its platform_id moves to the new link table
  user_platform (a coordinator may look after several platforms).
- platform_membership: a left date; leaving keeps the row, so the one-row-per-pair constraint becomes
  a unique index over current memberships only.
- audit_entry: numbered and hash-chained (the existing entries in the order they were written), with
  the head in audit_head; triggers refuse UPDATE and DELETE (SQLite and PostgreSQL).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
import sqlmodel
from alembic import op

from app.services import audit_chain

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

APPEND_ONLY_MESSAGE = "audit_entry is append-only"

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END""",
    f"""CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END""",
)

POSTGRES_TRIGGERS = (
    f"""CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; END $$""",
    """CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()""",
)


def upgrade() -> None:
    _accounts()
    _rosters()
    _audit_chain()


def _accounts() -> None:
    # Read each user's platform first: app_user is rebuilt below (SQLite), and rebuilding a parent table
    # would cascade into user_platform rows already written.
    bind = op.get_bind()
    users = sa.table(
        "app_user",
        sa.column("id", sa.Uuid()),
        sa.column("platform_id", sa.Uuid()),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    rows = bind.execute(
        sa.select(users.c.id, users.c.platform_id, users.c.created_at).where(users.c.platform_id.is_not(None))
    ).all()
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True)
        )
        batch_op.add_column(sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.drop_column("platform_id")

    op.create_table(
        "user_platform",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("platform_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["platform_id"], ["platform.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "platform_id", name="uq_user_platform"),
    )
    op.create_index("ix_user_platform_user_id", "user_platform", ["user_id"], unique=False)
    op.create_index("ix_user_platform_platform_id", "user_platform", ["platform_id"], unique=False)
    links = sa.table(
        "user_platform",
        *(sa.column(c, t) for c, t in (("id", sa.Uuid()), ("created_at", sa.DateTime(timezone=True)),
                                        ("updated_at", sa.DateTime(timezone=True)), ("version", sa.Integer()),
                                        ("user_id", sa.Uuid()), ("platform_id", sa.Uuid()))),
    )  # fmt: skip
    if rows:
        bind.execute(
            sa.insert(links),
            [
                {"id": uuid.uuid4(), "created_at": at, "updated_at": at, "version": 1, "user_id": uid,
                 "platform_id": pid}
                for uid, pid, at in rows
            ],
        )  # fmt: skip


def _rosters() -> None:
    with op.batch_alter_table("platform_membership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("left_on", sa.Date(), nullable=True))
        batch_op.drop_constraint("uq_membership", type_="unique")
        batch_op.create_index(
            "uq_membership_current",
            ["platform_id", "member_id"],
            unique=True,
            sqlite_where=sa.text("left_on IS NULL"),
            postgresql_where=sa.text("left_on IS NULL"),
        )


def _audit_chain() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.add_column(sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
    bind = op.get_bind()
    table = audit_chain.audit_table(before_0012=True)
    existing = bind.execute(sa.select(table).order_by(table.c.at, table.c.id)).all()
    head_seq, head_hash = audit_chain.rechain(bind, existing, table)
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column(
            "prev_hash", existing_type=sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False
        )
        batch_op.alter_column(
            "hash", existing_type=sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False
        )
        batch_op.create_unique_constraint("uq_audit_entry_seq", ["seq"])

    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    bind.execute(sa.insert(audit_chain.HEAD).values(id=1, seq=head_seq, hash=head_hash))
    for statement in SQLITE_TRIGGERS if bind.dialect.name == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_append_only()")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_entry_seq", type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
    with op.batch_alter_table("platform_membership", schema=None) as batch_op:
        batch_op.drop_index("uq_membership_current")
        batch_op.drop_column("left_on")
        batch_op.create_unique_constraint("uq_membership", ["platform_id", "member_id"])
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("platform_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key("fk_app_user_platform_id", "platform", ["platform_id"], ["id"])
        for column in ("password_changed_at", "last_sign_in_at", "locked_until", "failed_sign_ins",
                       "disabled", "password_hash"):  # fmt: skip
            batch_op.drop_column(column)
    op.drop_index("ix_user_platform_platform_id", table_name="user_platform")
    op.drop_index("ix_user_platform_user_id", table_name="user_platform")
    op.drop_table("user_platform")
