"""A smaller database: ids as 16 bytes and moments as integers on SQLite; indexes no query needs dropped.

- SQLite: every UUID column (CHAR(32), 32 hex digits) becomes BLOB holding the UUID's 16 bytes, and
  every moment (DATETIME, 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC) becomes BIGINT holding microseconds
  since 1970-01-01 UTC — the same values to the app (app/models/_base.py StoredUuid, UTCDateTime), in
  a third of the room, in the same order. Each table is rebuilt the way SQLite prescribes (new table,
  copy, drop, rename; its indexes and every trigger recreated as they were), with foreign keys off for
  the copy (app/db/migrate.py) and checked before the change is committed.
- PostgreSQL already stores native `uuid` and `timestamptz`: nothing to convert there.
- Both: single-column indexes that a unique constraint or a wider index begins with are dropped; the
  queries they served use the wider one (tests/integration/test_index_use.py).

Dates stay 'YYYY-MM-DD' text: the statistics' SQL reads them as text.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# (index, table, columns): first those a unique constraint or a wider index of their table begins with.
DROPPED_INDEXES = (
    ("ix_session_attendance_session_id", "session_attendance", ["session_id"]),  # uq_attendance
    ("ix_session_attendance_member_id", "session_attendance", ["member_id"]),  # ix_attendance_member_status
    ("ix_suggestion_unit_suggestion_id", "suggestion_unit", ["suggestion_id"]),  # uq_suggestion_unit
    ("ix_follow_up_event_kind", "follow_up_event", ["kind"]),  # ix_follow_up_event_kind_day
    ("ix_handling_unit_name", "handling_unit", ["name"]),  # uq_handling_unit_name
    ("ix_platform_name", "platform", ["name"]),  # uq_platform_name
    ("ix_activity_attendance_activity_id", "activity_attendance", ["activity_id"]),  # uq_activity_attendance
    ("ix_user_platform_user_id", "user_platform", ["user_id"]),  # uq_user_platform
    # No query the app makes reads them (a name's search key is matched inside, which no index serves;
    # the planner prefers other indexes for the rest).
    ("ix_follow_up_event_happened_on", "follow_up_event", ["happened_on"]),
    ("ix_session_state_held", "consultation_session", ["state", "held_on"]),
    ("ix_member_name_key", "member", ["name_key"]),
    ("ix_handling_unit_name_key", "handling_unit", ["name_key"]),
    ("ix_platform_name_key", "platform", ["name_key"]),
    ("ix_result_outcome_achieved_on", "result_outcome", ["achieved_on"]),
    ("ix_attachment_sha256", "attachment", ["sha256"]),
    ("ix_exchange_package_package_id", "exchange_package", ["package_id"]),
    ("ix_exchange_tombstone_deleted_at", "exchange_tombstone", ["deleted_at"]),
)

# Declared types: (as of 0011, as of 0012). SQLAlchemy's Uuid is the only CHAR(32) and UTCDateTime
# the only DATETIME at 0011; BLOB and BIGINT columns that existed at 0011 are kept out of the downgrade.
_ID, _MOMENT = ("CHAR(32)", "BLOB"), ("DATETIME", "BIGINT")
BLOB_AT_0011 = {("attachment_chunk", "data")}
BIGINT_AT_0011: set[tuple[str, str]] = set()

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


# -- value conversions (SQL functions on the migration's connection) --------------------------------
def _id_bytes(value: Any) -> Any:
    if value is None or isinstance(value, bytes):
        return value
    return uuid.UUID(str(value)).bytes


def _id_text(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    return uuid.UUID(bytes=bytes(value)).hex


def _micros(value: Any) -> Any:
    if value is None or isinstance(value, int):
        return value
    moment = datetime.fromisoformat(str(value))
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return (moment - _EPOCH) // _MICROSECOND


def _moment_text(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    moment = _EPOCH + timedelta(microseconds=int(value))
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


# -- the table rebuild -----------------------------------------------------------------------------
def _driver() -> Any:
    driver = op.get_bind().connection.driver_connection
    for name, fn in (("ledger_id_bytes", _id_bytes), ("ledger_id_text", _id_text),
                     ("ledger_micros", _micros), ("ledger_moment_text", _moment_text)):  # fmt: skip
        driver.create_function(name, 1, fn, deterministic=True)
    if driver.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError("migration 0012 rebuilds tables: run it through app.db.migrate (foreign keys off)")
    return driver


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _retype(sql: str, old: str, new: str) -> str:
    return re.sub(rf"(?<![A-Za-z_]){re.escape(old)}(?![A-Za-z_(])", new, sql)


# SQLAlchemy's layout of a moment, converted by SQLite itself (the function handles any other form).
_MICROS_SQL = (
    "CASE WHEN typeof({c}) = 'text' AND length({c}) = 26 AND substr({c}, 20, 1) = '.' "
    "THEN unixepoch(substr({c}, 1, 19)) * 1000000 + CAST(substr({c}, 21, 6) AS INTEGER) "
    "ELSE ledger_micros({c}) END"
)


def _converted(function: str | None, column: str) -> str:
    if function is None:
        return column
    if function == "ledger_micros":
        return _MICROS_SQL.format(c=column)
    return f"{function}({column})"


def _rebuild(driver: Any, *, upgrade: bool) -> None:
    schema = driver.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    triggers = [(name, sql) for kind, name, _t, sql in schema if kind == "trigger"]
    for name, _sql in triggers:
        driver.execute(f"DROP TRIGGER {_quoted(name)}")
    broken_before = len(driver.execute("PRAGMA foreign_key_check").fetchall())
    for kind, table, _t, sql in schema:
        if kind != "table" or sql.upper().startswith("CREATE VIRTUAL") or table.startswith("search_fts"):
            continue
        columns = driver.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
        converted: dict[str, str] = {}
        for column in columns:
            name, declared = column[1], str(column[2]).upper()
            if upgrade and declared == _ID[0]:
                converted[name] = "ledger_id_bytes"
            elif upgrade and declared == _MOMENT[0]:
                converted[name] = "ledger_micros"
            elif not upgrade and declared == _ID[1] and (table, name) not in BLOB_AT_0011:
                converted[name] = "ledger_id_text"
            elif not upgrade and declared == _MOMENT[1] and (table, name) not in BIGINT_AT_0011:
                converted[name] = "ledger_moment_text"
        if not converted:
            continue
        new_sql = sql
        for old, new in (_ID, _MOMENT):
            new_sql = _retype(new_sql, old, new) if upgrade else _retype(new_sql, new, old)
        temporary = f"_new_{table}"
        head = re.match(r"\s*CREATE\s+TABLE\s+(\"[^\"]+\"|'[^']+'|`[^`]+`|\S+)", new_sql, re.IGNORECASE)
        assert head is not None, sql
        new_sql = new_sql[: head.start(1)] + _quoted(temporary) + new_sql[head.end(1) :]
        indexes = [s for k, _n, t, s in schema if k == "index" and t == table]
        names = [_quoted(c[1]) for c in columns]
        values = [_converted(converted.get(c[1]), _quoted(c[1])) for c in columns]
        keys = [c for c in columns if c[5]]
        if not (len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER"):  # no column is the rowid
            names.insert(0, "rowid")  # kept: the lists page by it (app/services/paging.py)
            values.insert(0, "rowid")
        driver.execute(new_sql)
        driver.execute(
            f"INSERT INTO {_quoted(temporary)} ({', '.join(names)}) "
            f"SELECT {', '.join(values)} FROM {_quoted(table)} ORDER BY rowid"
        )
        driver.execute(f"DROP TABLE {_quoted(table)}")
        driver.execute(f"ALTER TABLE {_quoted(temporary)} RENAME TO {_quoted(table)}")
        for index_sql in indexes:
            driver.execute(index_sql)
    for _name, sql in triggers:
        driver.execute(sql)
    broken = driver.execute("PRAGMA foreign_key_check").fetchall()
    if len(broken) > broken_before:
        raise RuntimeError(
            f"migration 0012 would break {len(broken) - broken_before} references: {broken[:5]}"
        )


def upgrade() -> None:
    bind = op.get_bind()
    for name, table, _columns in DROPPED_INDEXES:
        op.drop_index(name, table_name=table)
    if bind.dialect.name == "sqlite":
        _rebuild(_driver(), upgrade=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _rebuild(_driver(), upgrade=False)
    for name, table, columns in DROPPED_INDEXES:
        op.create_index(name, table, columns, unique=False)
