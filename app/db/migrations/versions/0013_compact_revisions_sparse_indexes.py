"""A smaller database again: revisions as 16 bytes on SQLite; indexes of what is rare hold only those rows.

- SQLite: every record's `revision` and `parent_revision` (and the exchange's remembered revisions),
  32 hex digits of text, becomes the 16 bytes they spell (app/models/_base.py StoredRevision: the same
  text to the app). The columns keep their declared type: SQLite stores a BLOB as given in any column,
  so the rows are updated in place and no table is rebuilt. Text that is not 32 lowercase hex digits
  stays text (it would not come back the same).
- Both backends: indexes whose rows are mostly NULL or mostly not asked for become partial —
  follow_up_event(session_id) and suggestion(activity_id) hold only the rows that have one, and
  ix_follow_up_event_kind_day only the chasing kinds (催办, 督办, 电话沟通) the figures count by day.
- Both: indexes that a wider index begins with are dropped (ix_consultation_session_platform_id:
  ix_session_platform_held; ix_suggestion_platform_id: ix_suggestion_platform_ids), and
  ix_attendance_session_status, whose queries read a session's rows through uq_attendance.
  tests/integration/test_index_use.py shows which index each query uses.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 08:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

REVISION_COLUMNS = ("revision", "parent_revision")
CHASE_KINDS_SQL = "kind IN ('reminder', 'supervision', 'call')"

# (name, table, columns, the partial index's condition): as they are at 0012 without the condition.
PARTIAL = (
    ("ix_follow_up_event_kind_day", "follow_up_event", ["kind", "happened_on", "suggestion_id"], CHASE_KINDS_SQL),
    ("ix_follow_up_event_session_id", "follow_up_event", ["session_id"], "session_id IS NOT NULL"),
    ("ix_suggestion_activity_id", "suggestion", ["activity_id"], "activity_id IS NOT NULL"),
)  # fmt: skip
DROPPED = (
    ("ix_consultation_session_platform_id", "consultation_session", ["platform_id"]),
    ("ix_suggestion_platform_id", "suggestion", ["platform_id"]),
    ("ix_attendance_session_status", "session_attendance", ["session_id", "status", "member_id"]),
)


def _revision_bytes(value: Any) -> Any:
    """32 lowercase hex digits → their 16 bytes; anything else as it is."""
    if not isinstance(value, str) or len(value) != 32:
        return value
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        return value
    return raw if raw.hex() == value else value


def _revision_columns(driver: Any) -> list[tuple[str, str]]:
    tables = driver.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' ORDER BY name"
    ).fetchall()
    out = []
    for (table,) in tables:
        for column in driver.execute(f'PRAGMA table_info("{table}")').fetchall():
            if column[1] in REVISION_COLUMNS:
                out.append((table, column[1]))
    return out


def _convert_revisions(*, upgrade: bool) -> None:
    driver = op.get_bind().connection.driver_connection
    driver.create_function("ledger_revision_bytes", 1, _revision_bytes, deterministic=True)
    for table, column in _revision_columns(driver):
        c = f'"{column}"'
        if upgrade:
            driver.execute(
                f'UPDATE "{table}" SET {c} = ledger_revision_bytes({c}) '
                f"WHERE typeof({c}) = 'text' AND length({c}) = 32"
            )
        else:
            driver.execute(f"UPDATE \"{table}\" SET {c} = lower(hex({c})) WHERE typeof({c}) = 'blob'")


def upgrade() -> None:
    for name, table, _columns in DROPPED:
        op.drop_index(name, table_name=table)
    for name, table, columns, where in PARTIAL:
        op.drop_index(name, table_name=table)
        condition = sa.text(where)
        op.create_index(name, table, columns, sqlite_where=condition, postgresql_where=condition)
    if op.get_bind().dialect.name == "sqlite":
        _convert_revisions(upgrade=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _convert_revisions(upgrade=False)
    for name, table, columns, _where in PARTIAL:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns)
    for name, table, columns in DROPPED:
        op.create_index(name, table, columns)
