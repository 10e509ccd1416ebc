"""Rebuilding the whole search index from the stored records (search_index keeps it current record by
record): after bulk loads written with Core (demo data, the exchange's packages) and for repairs
(`python -m app search --reindex`).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.services.search_docs import (
    DAY_SHIFT,
    DOC_INDEXES,
    SESSION_ATTRS,
    SUGGESTION_ATTRS,
    Doc,
    session_doc,
    suggestion_doc,
)
from app.services.search_index import enabled

_BULK_HASH_BYTES = 64 * 1024 * 1024
_NORMAL_HASH_BYTES = 1024 * 1024
_BULK_CACHE_KIB = -256 * 1024  # negative: KiB, so 256 MB of page cache while rebuilding
_CHUNK = 5000  # rows read from the driver at a time


def _rows(driver: Any, sql: str) -> Iterator[tuple[Any, ...]]:
    cursor = driver.cursor()
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(_CHUNK):
            yield from batch
    finally:
        cursor.close()


def _bulk_docs(driver: Any) -> Iterator[Doc]:
    """Every session and suggestion, oldest first (ascending rowids keep FTS5's bulk path fast)."""
    sessions = (
        session_doc(dict(zip(("id", *SESSION_ATTRS), row, strict=True)))
        for row in _rows(
            driver,
            f"SELECT id, {', '.join(SESSION_ATTRS)} FROM consultation_session ORDER BY held_on",
        )
    )
    suggestions = (
        suggestion_doc(dict(zip(("id", *SUGGESTION_ATTRS), row, strict=True)))
        for row in _rows(
            driver,
            f"SELECT id, {', '.join(SUGGESTION_ATTRS)} FROM suggestion ORDER BY raised_on",
        )
    )
    return heapq.merge(sessions, suggestions, key=lambda d: d.day)


def reindex_all(bind: Session | sa.Connection) -> int:
    """Rebuild the whole index from the stored records, in the caller's transaction.

    Returns the number of records indexed (0 on PostgreSQL, which needs no index). Meant for bulk loads
    (demo data, imports written with Core) and repairs; about 20 seconds for 100,000 sessions with
    300,000 suggestions.
    """
    conn = bind.connection() if isinstance(bind, Session) else bind
    if not enabled(conn):
        return 0
    driver = conn.connection.driver_connection
    assert driver is not None
    run = conn.exec_driver_sql
    cache = int(run("PRAGMA cache_size").scalar() or -2000)
    run(f"PRAGMA cache_size = {_BULK_CACHE_KIB}")  # this connection only; restored below
    run("INSERT INTO search_fts(search_fts) VALUES('delete-all')")
    run("DELETE FROM search_doc")
    for name, _create in DOC_INDEXES:  # made again once at the end, faster than row by row
        run(f"DROP INDEX IF EXISTS {name}")
    run("INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 0)")
    run(f"INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', {_BULK_HASH_BYTES})")
    per_day: dict[int, int] = {}
    docs: list[tuple[int, str, bytes, int, str | None]] = []
    bodies: list[tuple[int, str]] = []
    total = 0

    def flush() -> None:
        driver.executemany(
            "INSERT INTO search_doc(fts_rowid, kind, doc_id, fingerprint, title) VALUES(?, ?, ?, ?, ?)", docs
        )
        driver.executemany("INSERT INTO search_fts(rowid, body) VALUES(?, ?)", bodies)
        docs.clear()
        bodies.clear()

    for doc in _bulk_docs(driver):
        seq = per_day.get(doc.day, 0) + 1
        per_day[doc.day] = seq
        rowid = (doc.day << DAY_SHIFT) | seq
        docs.append((rowid, doc.kind, doc.stored_id, doc.fingerprint, doc.title))
        bodies.append((rowid, doc.body))
        total += 1
        if len(docs) >= _CHUNK:
            flush()
    flush()
    for _name, create in DOC_INDEXES:
        run(create)
    run("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    run("INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 4)")
    run(f"INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', {_NORMAL_HASH_BYTES})")
    run(f"PRAGMA cache_size = {cache}")
    return total
