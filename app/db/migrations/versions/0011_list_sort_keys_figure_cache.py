"""Lists that stay fast: stored 建议数, an index for every column a list sorts by, the 工作台's cache.

- consultation_session.suggestion_count: the session's unarchived suggestions, counted once here and
  kept by triggers in the same transaction as every insert, move, archive, restore or delete of a
  suggestion, whoever writes it (services, imports, bulk loads).
- handling_unit.suggestion_count: the suggestions the unit leads (主办建议数), kept the same way.
- Indexes on the columns the session and suggestion lists sort by that had none (议题, 地点, 状态,
  建议数; 建议标题, 状态, 答复日期, 办理结果, 提出人). With SQLite's rowid as the last column of every
  index, each sort is read from its index a page at a time.
- figure_cache: the last computed figures of each scope, shown while fresh ones are computed.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-02 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_consultation_session_topic", "consultation_session", "topic"),
    ("ix_consultation_session_location", "consultation_session", "location"),
    ("ix_consultation_session_state", "consultation_session", "state"),
    ("ix_consultation_session_suggestion_count", "consultation_session", "suggestion_count"),
    ("ix_suggestion_title", "suggestion", "title"),
    ("ix_suggestion_state", "suggestion", "state"),
    ("ix_suggestion_replied_on", "suggestion", "replied_on"),
    ("ix_suggestion_result_class", "suggestion", "result_class"),
    ("ix_suggestion_proposer_text", "suggestion", "proposer_text"),
)

_MINUS = "UPDATE consultation_session SET suggestion_count = suggestion_count - 1 WHERE id = OLD.session_id"
_PLUS = "UPDATE consultation_session SET suggestion_count = suggestion_count + 1 WHERE id = NEW.session_id"
_MOVED = "OLD.session_id IS NOT NEW.session_id OR (OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL)"

_UNIT_MINUS = "UPDATE handling_unit SET suggestion_count = suggestion_count - 1 WHERE id = OLD.lead_unit_id"
_UNIT_PLUS = "UPDATE handling_unit SET suggestion_count = suggestion_count + 1 WHERE id = NEW.lead_unit_id"

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER suggestion_count_insert AFTER INSERT ON suggestion
    WHEN NEW.session_id IS NOT NULL AND NEW.archived_at IS NULL BEGIN {_PLUS}; END""",
    f"""CREATE TRIGGER suggestion_count_delete AFTER DELETE ON suggestion
    WHEN OLD.session_id IS NOT NULL AND OLD.archived_at IS NULL BEGIN {_MINUS}; END""",
    f"""CREATE TRIGGER suggestion_count_update AFTER UPDATE OF session_id, archived_at ON suggestion
    WHEN {_MOVED} BEGIN
    {_MINUS} AND OLD.archived_at IS NULL;
    {_PLUS} AND NEW.archived_at IS NULL;
    END""",
    f"""CREATE TRIGGER unit_suggestion_count_insert AFTER INSERT ON suggestion
    WHEN NEW.lead_unit_id IS NOT NULL BEGIN {_UNIT_PLUS}; END""",
    f"""CREATE TRIGGER unit_suggestion_count_delete AFTER DELETE ON suggestion
    WHEN OLD.lead_unit_id IS NOT NULL BEGIN {_UNIT_MINUS}; END""",
    f"""CREATE TRIGGER unit_suggestion_count_update AFTER UPDATE OF lead_unit_id ON suggestion
    WHEN OLD.lead_unit_id IS NOT NEW.lead_unit_id BEGIN {_UNIT_MINUS}; {_UNIT_PLUS}; END""",
)

POSTGRES_TRIGGERS = (
    f"""CREATE FUNCTION suggestion_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' AND OLD.session_id IS NOT NULL AND OLD.archived_at IS NULL THEN
        {_MINUS};
      END IF;
      IF TG_OP <> 'DELETE' AND NEW.session_id IS NOT NULL AND NEW.archived_at IS NULL THEN
        {_PLUS};
      END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER suggestion_count_insert AFTER INSERT ON suggestion
    FOR EACH ROW EXECUTE FUNCTION suggestion_count_sync()""",
    """CREATE TRIGGER suggestion_count_delete AFTER DELETE ON suggestion
    FOR EACH ROW EXECUTE FUNCTION suggestion_count_sync()""",
    f"""CREATE TRIGGER suggestion_count_update AFTER UPDATE OF session_id, archived_at ON suggestion
    FOR EACH ROW WHEN ({_MOVED.replace(" IS NOT ", " IS DISTINCT FROM ")})
    EXECUTE FUNCTION suggestion_count_sync()""",
    f"""CREATE FUNCTION unit_suggestion_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' AND OLD.lead_unit_id IS NOT NULL THEN {_UNIT_MINUS}; END IF;
      IF TG_OP <> 'DELETE' AND NEW.lead_unit_id IS NOT NULL THEN {_UNIT_PLUS}; END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER unit_suggestion_count_insert AFTER INSERT ON suggestion
    FOR EACH ROW EXECUTE FUNCTION unit_suggestion_count_sync()""",
    """CREATE TRIGGER unit_suggestion_count_delete AFTER DELETE ON suggestion
    FOR EACH ROW EXECUTE FUNCTION unit_suggestion_count_sync()""",
    """CREATE TRIGGER unit_suggestion_count_update AFTER UPDATE OF lead_unit_id ON suggestion
    FOR EACH ROW WHEN (OLD.lead_unit_id IS DISTINCT FROM NEW.lead_unit_id)
    EXECUTE FUNCTION unit_suggestion_count_sync()""",
)
TRIGGERS = (
    "suggestion_count_insert",
    "suggestion_count_delete",
    "suggestion_count_update",
    "unit_suggestion_count_insert",
    "unit_suggestion_count_delete",
    "unit_suggestion_count_update",
)


def upgrade() -> None:
    bind = op.get_bind()
    # A plain ALTER TABLE (no batch copy): recreating the table would cascade-delete its children.
    op.add_column(
        "consultation_session",
        sa.Column("suggestion_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column(
        "handling_unit",
        sa.Column("suggestion_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.execute(
        "UPDATE consultation_session SET suggestion_count = (SELECT count(*) FROM suggestion s "
        "WHERE s.session_id = consultation_session.id AND s.archived_at IS NULL)"
    )
    op.execute(
        "UPDATE handling_unit SET suggestion_count = "
        "(SELECT count(*) FROM suggestion s WHERE s.lead_unit_id = handling_unit.id)"
    )
    for statement in SQLITE_TRIGGERS if bind.dialect.name == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False)
    op.create_table(
        "figure_cache",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("parent_revision", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("figures", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_table("figure_cache")
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table)
    for trigger in TRIGGERS:
        on = "" if bind.dialect.name == "sqlite" else " ON suggestion"
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}{on}")
    if bind.dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS suggestion_count_sync()")
        op.execute("DROP FUNCTION IF EXISTS unit_suggestion_count_sync()")
    op.execute("ALTER TABLE consultation_session DROP COLUMN suggestion_count")
    op.execute("ALTER TABLE handling_unit DROP COLUMN suggestion_count")
