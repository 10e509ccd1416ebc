"""The search index holds a filter code for every enumerated column a list sorts by.

SQLite only. Besides the record kind, 站室组, 状态 and 主办单位, each indexed document now carries the
code of its session's 形式 and 议题来源, or its suggestion's 类别 and 办理结果 (app/services/search_docs.py),
so that a list with words in its filter box, sorted by one of them, reads one value at a time
(app/services/list_values.py). Codes are three private-use characters, as before; a record without a
value has no code for it, except that a suggestion not yet classed A/B/C has the 办理结果 code for
"none", so that the list can read those by code too.

The index also stops keeping each document's length (FTS5 `columnsize=0`: its `search_fts_docsize`
table), which only ranking reads, and nothing ranks: the codes cost less room than that table did.

Every session and suggestion is indexed again, oldest first, a chunk at a time: the index is made
anew, its entries written in date order (rowids from the date, as app/services/search_index.py
`reindex_all` gives them) and merged once at the end. The downgrade does the same in 0013's format
(and table). No record changes. The document format of each side is copied here on purpose: a
migration must keep doing what it did when it was written. PostgreSQL has no index: nothing to do.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 16:00:00
"""

from __future__ import annotations

import hashlib
import heapq
import zlib
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_FILLER = "\x1f"
_SHIFT = 20
_PUA, _SPAN = 0xE000, 6400
_CHUNK = 5000
_IDS = (2, 4)  # the tags whose values are record ids (站室组, 主办单位)
_SESSION_TEXTS = ("topic", "minutes", "consensus", "location")
_SUGGESTION_TEXTS = ("title", "content", "reply", "implementation")
# (column, tag) of each filter code after the kind's (tag 1), in the order they are written.
_SESSION_CODES = {
    "0013": (("platform_id", 2), ("state", 3)),
    "0014": (("platform_id", 2), ("state", 3), ("form", 7), ("topic_source", 8)),
}
# The tags with a code for no value too (a suggestion not yet classed A/B/C).
_EMPTY_CODED: dict[str, frozenset[int]] = {"0013": frozenset(), "0014": frozenset({6})}
_TABLE = {
    "0013": "body, content='', detail=none, tokenize='trigram case_sensitive 1'",
    "0014": "body, content='', detail=none, columnsize=0, tokenize='trigram case_sensitive 1'",
}
_SUGGESTION_CODES = {
    "0013": (("platform_id", 2), ("state", 3), ("lead_unit_id", 4)),
    "0014": (("platform_id", 2), ("state", 3), ("lead_unit_id", 4), ("category", 5), ("result_class", 6)),
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _reindex(op.get_bind(), "0014")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _reindex(op.get_bind(), "0013")


# -- the index format of each side ----------------------------------------------------------------
@lru_cache(maxsize=65536)
def _code(tag: int, value: Any) -> str:
    if value is None:  # the code for no value (办理结果 only)
        text = ""
    elif isinstance(value, bytes):  # an id as stored (16 bytes)
        text = value.hex()
    elif tag in _IDS:
        text = str(value).replace("-", "").lower()
    else:
        text = str(value)
    n = zlib.crc32(text.encode("utf-8")) % (_SPAN * _SPAN)
    return chr(_PUA + tag) + chr(_PUA + n // _SPAN) + chr(_PUA + n % _SPAN)


def _body(kind: str, texts: list[Any], codes: list[tuple[int, Any]], empty: frozenset[int]) -> str:
    text = "\n".join(t for t in texts if t).lower()
    marks = [
        _code(1, kind),
        *(_code(tag, value) for tag, value in codes if value is not None or tag in empty),
    ]
    return _FILLER + _FILLER.join(text) + _FILLER + _FILLER.join(marks) + _FILLER


def _fingerprint(body: str) -> int:
    return int.from_bytes(hashlib.blake2b(body.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def _ordinal(day: Any) -> int:
    return date.fromisoformat(str(day)[:10]).toordinal() if day else 1


def _docs(driver: Any, kind: str, table: str, day: str, texts: tuple[str, ...],
          codes: tuple[tuple[str, int], ...], empty: frozenset[int]) -> Iterator[tuple[int, str, bytes, str]]:  # fmt: skip
    """(day, kind, id, body) of every record of `table`, oldest first, read a chunk at a time."""
    columns = [day, *(c for c, _ in codes), *texts]
    cursor = driver.cursor()
    try:
        cursor.execute(f"SELECT id, {', '.join(columns)} FROM {table} ORDER BY {day}")
        while batch := cursor.fetchmany(_CHUNK):
            for row in batch:
                coded = [(tag, row[2 + i]) for i, (_c, tag) in enumerate(codes)]
                body = _body(kind, list(row[2 + len(codes) :]), coded, empty)
                yield _ordinal(row[1]), kind, row[0], body
    finally:
        cursor.close()


def _reindex(bind: sa.Connection, side: str) -> None:
    driver = bind.connection.driver_connection
    assert driver is not None
    run = driver.execute
    cache = run("PRAGMA cache_size").fetchone()[0]
    run("PRAGMA cache_size = -262144")  # 256 MB of page cache while rebuilding; restored below
    run("DROP TABLE search_fts")
    run(f"CREATE VIRTUAL TABLE search_fts USING fts5({_TABLE[side]})")
    run("DELETE FROM search_doc")
    run("DROP INDEX IF EXISTS ix_search_doc_doc_id")  # rebuilt once at the end, faster than per row
    run("INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 0)")
    run("INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', 67108864)")
    empty = _EMPTY_CODED[side]
    sessions = _docs(
        driver, "s", "consultation_session", "held_on", _SESSION_TEXTS, _SESSION_CODES[side], empty
    )
    suggestions = _docs(
        driver, "g", "suggestion", "raised_on", _SUGGESTION_TEXTS, _SUGGESTION_CODES[side], empty
    )
    per_day: dict[int, int] = {}
    docs: list[tuple[int, str, bytes, int]] = []
    bodies: list[tuple[int, str]] = []

    def flush() -> None:
        driver.executemany(
            "INSERT INTO search_doc(fts_rowid, kind, doc_id, fingerprint) VALUES(?, ?, ?, ?)", docs
        )
        driver.executemany("INSERT INTO search_fts(rowid, body) VALUES(?, ?)", bodies)
        docs.clear()
        bodies.clear()

    for day, kind, doc_id, body in heapq.merge(sessions, suggestions, key=lambda d: d[0]):
        per_day[day] = seq = per_day.get(day, 0) + 1
        rowid = (day << _SHIFT) | seq
        docs.append((rowid, kind, doc_id, _fingerprint(body)))
        bodies.append((rowid, body))
        if len(docs) >= _CHUNK:
            flush()
    flush()
    run("CREATE UNIQUE INDEX ix_search_doc_doc_id ON search_doc (doc_id)")
    run("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    run("INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 4)")
    run("INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', 1048576)")
    run(f"PRAGMA cache_size = {int(cache)}")
