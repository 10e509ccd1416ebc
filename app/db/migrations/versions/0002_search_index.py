"""search index and covering indexes for the period figures

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 22:00:00

SQLite gets the full-text search tables (an FTS5 trigram table fed with interleaved text, see
app/services/search_index.py) and indexes them for the records already stored. The indexing code is
copied here on purpose: a migration must keep doing what it did when it was written.
PostgreSQL searches with ILIKE and needs no extra tables.
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FILLER = "\x1f"
_SHIFT = 20
_PUA, _SPAN = 0xE000, 6400
_SESSION = ("held_on", "platform_id", "state", "topic", "minutes", "consensus", "location")
_SUGGESTION_FIGURES = (
    "archived_at",
    "platform_id",
    "raised_on",
    "state",
    "result_class",
    "category",
    "reflects_problem",
    "due_on",
    "replied_on",
    "concluded_on",
    "returned_on",
    "eval_before",
    "eval_during",
    "eval_after",
    "quality_rating",
    "lead_unit_id",
    "session_id",
    "proposer_id",
)
_SESSION_FIGURES = (
    "archived_at",
    "platform_id",
    "held_on",
    "state",
    "form",
    "topic_source",
    "convener_id",
    "id",
)
_SUGGESTION = (
    "raised_on",
    "platform_id",
    "state",
    "lead_unit_id",
    "title",
    "content",
    "reply",
    "implementation",
)


def upgrade() -> None:
    # Covering indexes: the period summary reads these columns for every record in scope, and the
    # indexes hold them, so the wide rows (long texts) are never read. Platform before date, so the
    # per-platform grouping streams in index order instead of sorting.
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.create_index("ix_suggestion_figures", list(_SUGGESTION_FIGURES), unique=False)
        batch_op.create_index("ix_suggestion_platform_ids", ["platform_id", "id"], unique=False)
    with op.batch_alter_table("consultation_session", schema=None) as batch_op:
        batch_op.create_index("ix_session_figures", list(_SESSION_FIGURES), unique=False)
    with op.batch_alter_table("session_attendance", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_session_status", ["session_id", "status", "member_id"], unique=False
        )
        batch_op.create_index(
            "ix_attendance_member_status", ["member_id", "status", "session_id"], unique=False
        )
    with op.batch_alter_table("follow_up_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_up_event_kind_day", ["kind", "happened_on", "suggestion_id"], unique=False
        )

    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "body, content='', detail=none, tokenize='trigram case_sensitive 1')"
    )
    op.execute(
        "CREATE TABLE search_doc ("
        "fts_rowid INTEGER PRIMARY KEY, "
        "kind VARCHAR(1) NOT NULL, "
        "doc_id CHAR(32) NOT NULL, "
        "fingerprint INTEGER NOT NULL)"
    )
    op.execute("CREATE UNIQUE INDEX ix_search_doc_doc_id ON search_doc (doc_id)")
    _index_existing(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_doc")
        op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table("follow_up_event", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_event_kind_day")
    with op.batch_alter_table("session_attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_member_status")
        batch_op.drop_index("ix_attendance_session_status")
    with op.batch_alter_table("consultation_session", schema=None) as batch_op:
        batch_op.drop_index("ix_session_figures")
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.drop_index("ix_suggestion_platform_ids")
        batch_op.drop_index("ix_suggestion_figures")


# -- the index format of this revision -------------------------------------------------------------
def _code(tag: int, text: str) -> str:
    n = zlib.crc32(text.encode("utf-8")) % (_SPAN * _SPAN)
    return chr(_PUA + tag) + chr(_PUA + n // _SPAN) + chr(_PUA + n % _SPAN)


def _body(
    kind: str, texts: list[str | None], platform: str | None, state: str | None, unit: str | None
) -> str:
    text = "\n".join(t for t in texts if t).lower()
    codes = [_code(1, kind)]
    if platform:
        codes.append(_code(2, platform))
    if state:
        codes.append(_code(3, state))
    if unit:
        codes.append(_code(4, unit))
    return _FILLER + _FILLER.join(text) + _FILLER + _FILLER.join(codes) + _FILLER


def _fingerprint(body: str) -> int:
    return int.from_bytes(hashlib.blake2b(body.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def _index_existing(bind: sa.Connection) -> None:
    rows: list[tuple[int, str, str, str]] = []
    for kind, table, columns in (("s", "consultation_session", _SESSION), ("g", "suggestion", _SUGGESTION)):
        result = bind.exec_driver_sql(f"SELECT id, {', '.join(columns)} FROM {table}")
        for row in result:
            values = dict(zip(("id", *columns), row, strict=True))
            if kind == "s":
                texts = [values[c] for c in _SESSION[3:]]
                body = _body("s", texts, values["platform_id"], values["state"], None)
                day = values["held_on"]
            else:
                texts = [values[c] for c in _SUGGESTION[4:]]
                body = _body("g", texts, values["platform_id"], values["state"], values["lead_unit_id"])
                day = values["raised_on"]
            ordinal = date.fromisoformat(str(day)[:10]).toordinal() if day else 1
            rows.append((ordinal, kind, str(values["id"]), body))
    rows.sort(key=lambda r: r[0])
    per_day: dict[int, int] = {}
    docs, bodies = [], []
    for ordinal, kind, doc_id, body in rows:
        per_day[ordinal] = per_day.get(ordinal, 0) + 1
        rowid = (ordinal << _SHIFT) | per_day[ordinal]
        docs.append((rowid, kind, doc_id, _fingerprint(body)))
        bodies.append((rowid, body))
    if not docs:
        return
    driver = bind.connection.driver_connection
    driver.execute("INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 0)")
    driver.execute("INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', 67108864)")
    driver.executemany(
        "INSERT INTO search_doc(fts_rowid, kind, doc_id, fingerprint) VALUES(?, ?, ?, ?)", docs
    )
    driver.executemany("INSERT INTO search_fts(rowid, body) VALUES(?, ?)", bodies)
    driver.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    driver.execute("INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 4)")
    driver.execute("INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', 1048576)")
