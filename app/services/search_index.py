"""The full-text index behind the search box (SQLite), kept in step with every ORM write.

Why this shape: Chinese has no spaces, and two-character words (交通, 监督) must match. SQLite's FTS5
trigram tokenizer only matches three characters or more, so each text is fed to it *interleaved* with a
filler character: 交通安全 becomes ␟交␟通␟安␟全␟, whose trigrams are exactly the text's bigrams (交␟通) and
single characters (␟交␟). A query word becomes the AND of its bigrams (or its single character), and
every candidate is checked against the stored text, so results are exact substring matches.

- Tables (created by migration 0002, SQLite only): `search_fts` (contentless FTS5, detail=none) and
  `search_doc` (rowid ↔ kind + record id, plus a fingerprint of what was indexed).
- The FTS rowid encodes the record's date (held_on / raised_on) in its high bits, so "newest first" is
  the index's own order and a LIMIT stops early; date ranges are rowid ranges.
- Filters the index can answer are appended as three-character private-use codes that can never collide
  with text trigrams (those always contain the filler): record kind, platform, state and lead unit.
- Mapper events keep the index current for every ORM insert, update and delete of sessions and
  suggestions, in the same transaction. Bulk loads with SQLAlchemy Core bypass them and must call
  `reindex_all` afterwards.
- On PostgreSQL nothing is indexed: the search service uses ILIKE there.
"""

from __future__ import annotations

import hashlib
import heapq
import uuid
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Mapper
from sqlmodel import Session

from app.models._base import table_of
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion

FILLER = "\x1f"
DAY_SHIFT = 20  # rowid = date ordinal << 20 | sequence within the day
KIND_SESSION = "s"
KIND_SUGGESTION = "g"
DEAD = "x"  # search_doc rows whose record is gone or unknown
KINDS = {"session": KIND_SESSION, "suggestion": KIND_SUGGESTION}

SESSION_FIELDS = ("topic", "minutes", "consensus", "location")
SUGGESTION_FIELDS = ("title", "content", "reply", "implementation")
_SESSION_ATTRS = ("held_on", "platform_id", "state", *SESSION_FIELDS)
_SUGGESTION_ATTRS = ("raised_on", "platform_id", "state", "lead_unit_id", *SUGGESTION_FIELDS)

# Tags of the private-use filter codes.
_TAG_KIND, _TAG_PLATFORM, _TAG_STATE, _TAG_UNIT = 1, 2, 3, 4
_PUA, _SPAN = 0xE000, 6400

CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c

search_doc = sa.Table(
    "search_doc",
    sa.MetaData(),
    sa.Column("fts_rowid", sa.BigInteger, primary_key=True),
    sa.Column("kind", sa.String(1), nullable=False),
    sa.Column("doc_id", sa.Uuid, nullable=False, unique=True),
    sa.Column("fingerprint", sa.BigInteger, nullable=False),
)
SD = search_doc.c


# -- documents ---------------------------------------------------------------------------------
def filter_code(tag: int, value: object) -> str:
    """Three private-use characters standing for one filter value (never part of any text trigram)."""
    if isinstance(value, uuid.UUID):
        text = value.hex
    elif isinstance(value, str):
        text = value.replace("-", "").lower() if tag in (_TAG_PLATFORM, _TAG_UNIT) else value
    else:
        text = str(getattr(value, "value", value))
    return _code(tag, text)


@lru_cache(maxsize=65536)
def _code(tag: int, text: str) -> str:
    n = zlib.crc32(text.encode("utf-8")) % (_SPAN * _SPAN)
    return chr(_PUA + tag) + chr(_PUA + n // _SPAN) + chr(_PUA + n % _SPAN)


def kind_code(kind: str) -> str:
    return filter_code(_TAG_KIND, kind)


def platform_code(platform_id: uuid.UUID) -> str:
    return filter_code(_TAG_PLATFORM, platform_id)


def state_code(state: str) -> str:
    return filter_code(_TAG_STATE, state)


def unit_code(unit_id: uuid.UUID) -> str:
    return filter_code(_TAG_UNIT, unit_id)


def word_terms(word: str) -> list[str]:
    """The index terms a query word needs: its bigrams, or its single character."""
    w = word.lower()
    if len(w) == 1:
        return [FILLER + w + FILLER]
    return list(dict.fromkeys(a + FILLER + b for a, b in pairwise(w)))


@dataclass(frozen=True)
class Doc:
    kind: str
    doc_id: uuid.UUID | str  # a UUID, or its 32 hex digits as SQLite stores it (bulk path)
    day: int  # date ordinal (1 when the record has no date)
    body: str

    @property
    def fingerprint(self) -> int:
        digest = hashlib.blake2b(self.body.encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "big", signed=True)

    @property
    def hex_id(self) -> str:
        return self.doc_id.hex if isinstance(self.doc_id, uuid.UUID) else self.doc_id


def _ordinal(value: Any) -> int:
    if value is None:
        return 1
    if isinstance(value, str):
        return _ordinal_of_text(value[:10])
    return int(value.toordinal())


@lru_cache(maxsize=8192)
def _ordinal_of_text(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def make_doc(
    kind: str,
    doc_id: Any,
    day: Any,
    texts: Iterable[str | None],
    *,
    platform_id: Any = None,
    state: Any = None,
    lead_unit_id: Any = None,
) -> Doc:
    text = "\n".join(t for t in texts if t).lower()
    codes = [kind_code(kind)]
    if platform_id is not None:
        codes.append(filter_code(_TAG_PLATFORM, platform_id))
    if state is not None:
        codes.append(filter_code(_TAG_STATE, state))
    if lead_unit_id is not None:
        codes.append(filter_code(_TAG_UNIT, lead_unit_id))
    body = FILLER + FILLER.join(text) + FILLER + FILLER.join(codes) + FILLER
    return Doc(kind, doc_id, _ordinal(day), body)


def session_doc(row: Mapping[str, Any]) -> Doc:
    return make_doc(
        KIND_SESSION,
        row["id"],
        row["held_on"],
        (row[f] for f in SESSION_FIELDS),
        platform_id=row["platform_id"],
        state=row["state"],
    )


def suggestion_doc(row: Mapping[str, Any]) -> Doc:
    return make_doc(
        KIND_SUGGESTION,
        row["id"],
        row["raised_on"],
        (row[f] for f in SUGGESTION_FIELDS),
        platform_id=row["platform_id"],
        state=row["state"],
        lead_unit_id=row["lead_unit_id"],
    )


def day_range(first: date | None, last: date | None) -> tuple[int | None, int | None]:
    """The rowid bounds of documents dated within [first, last]."""
    low = first.toordinal() << DAY_SHIFT if first else None
    high = ((last.toordinal() + 1) << DAY_SHIFT) - 1 if last else None
    return low, high


# -- maintenance -------------------------------------------------------------------------------
def enabled(conn: sa.Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _read(conn: sa.Connection, kind: str, doc_id: uuid.UUID) -> Doc | None:
    if kind == KIND_SESSION:
        cols = [CS.id, *(CS[a] for a in _SESSION_ATTRS)]
        row = conn.execute(sa.select(*cols).where(CS.id == doc_id)).mappings().first()
        return session_doc(dict(row)) if row is not None else None
    cols = [SG.id, *(SG[a] for a in _SUGGESTION_ATTRS)]
    row = conn.execute(sa.select(*cols).where(SG.id == doc_id)).mappings().first()
    return suggestion_doc(dict(row)) if row is not None else None


def _next_rowid(conn: sa.Connection, day: int) -> int:
    low = day << DAY_SHIFT
    high = ((day + 1) << DAY_SHIFT) - 1
    top = conn.execute(sa.select(sa.func.max(SD.fts_rowid)).where(SD.fts_rowid.between(low, high))).scalar()
    return int(top) + 1 if top is not None else low + 1


def _fts_delete(conn: sa.Connection, rowid: int, body: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO search_fts(search_fts, rowid, body) VALUES('delete', ?, ?)", (rowid, body)
    )


def _bury(conn: sa.Connection, rowid: int) -> None:
    """Orphan an entry whose indexed text is unknown (the record was written behind the index's back).

    Its postings stay in the index, but the row now points at no record, so searches never return it;
    the rowid stays taken so no later record inherits those postings. `reindex_all` clears them.
    """
    conn.execute(sa.update(search_doc).where(SD.fts_rowid == rowid).values(kind=DEAD, doc_id=uuid.uuid4()))


def put(conn: sa.Connection, doc: Doc, *, old: Doc | None = None) -> None:
    """Index `doc`, replacing what was indexed for the same record (`old`: its text before the change)."""
    current = conn.execute(sa.select(SD.fts_rowid, SD.fingerprint).where(SD.doc_id == doc.doc_id)).first()
    if current is not None:
        same_day = current.fts_rowid >> DAY_SHIFT == doc.day
        if current.fingerprint == doc.fingerprint and same_day:
            return
        if old is not None and old.fingerprint == current.fingerprint:
            _fts_delete(conn, current.fts_rowid, old.body)
            if same_day:
                conn.execute(
                    sa.update(search_doc)
                    .where(SD.fts_rowid == current.fts_rowid)
                    .values(fingerprint=doc.fingerprint)
                )
                _fts_insert(conn, current.fts_rowid, doc.body)
                return
            conn.execute(sa.delete(search_doc).where(SD.fts_rowid == current.fts_rowid))
        else:
            _bury(conn, current.fts_rowid)
    rowid = _next_rowid(conn, doc.day)
    conn.execute(
        sa.insert(search_doc).values(
            fts_rowid=rowid, kind=doc.kind, doc_id=doc.doc_id, fingerprint=doc.fingerprint
        )
    )
    _fts_insert(conn, rowid, doc.body)


def _fts_insert(conn: sa.Connection, rowid: int, body: str) -> None:
    conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES(?, ?)", (rowid, body))


def remove(conn: sa.Connection, kind: str, doc_id: uuid.UUID, old: Doc | None) -> None:
    current = conn.execute(sa.select(SD.fts_rowid, SD.fingerprint).where(SD.doc_id == doc_id)).first()
    if current is None:
        return
    if old is not None and old.fingerprint == current.fingerprint:
        _fts_delete(conn, current.fts_rowid, old.body)
        conn.execute(sa.delete(search_doc).where(SD.fts_rowid == current.fts_rowid))
    else:
        _bury(conn, current.fts_rowid)


def index_record(conn: sa.Connection, kind: str, doc_id: uuid.UUID) -> None:
    """(Re)index one record from what is stored now (for callers that wrote it with Core)."""
    if not enabled(conn):
        return
    doc = _read(conn, kind, doc_id)
    if doc is None:
        remove(conn, kind, doc_id, None)
    else:
        put(conn, doc)


# -- bulk --------------------------------------------------------------------------------------
_BULK_HASH_BYTES = 64 * 1024 * 1024
_NORMAL_HASH_BYTES = 1024 * 1024
_BULK_CACHE_KIB = -256 * 1024  # negative: KiB, so 256 MB of page cache while rebuilding
_CHUNK = 5000


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
        session_doc(dict(zip(("id", *_SESSION_ATTRS), row, strict=True)))
        for row in _rows(
            driver,
            f"SELECT id, {', '.join(_SESSION_ATTRS)} FROM consultation_session ORDER BY held_on",
        )
    )
    suggestions = (
        suggestion_doc(dict(zip(("id", *_SUGGESTION_ATTRS), row, strict=True)))
        for row in _rows(
            driver,
            f"SELECT id, {', '.join(_SUGGESTION_ATTRS)} FROM suggestion ORDER BY raised_on",
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
    run("DROP INDEX IF EXISTS ix_search_doc_doc_id")  # rebuilt once at the end, faster than per row
    run("INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 0)")
    run(f"INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', {_BULK_HASH_BYTES})")
    per_day: dict[int, int] = {}
    docs: list[tuple[int, str, str, int]] = []
    bodies: list[tuple[int, str]] = []
    total = 0

    def flush() -> None:
        driver.executemany(
            "INSERT INTO search_doc(fts_rowid, kind, doc_id, fingerprint) VALUES(?, ?, ?, ?)", docs
        )
        driver.executemany("INSERT INTO search_fts(rowid, body) VALUES(?, ?)", bodies)
        docs.clear()
        bodies.clear()

    for doc in _bulk_docs(driver):
        seq = per_day.get(doc.day, 0) + 1
        per_day[doc.day] = seq
        rowid = (doc.day << DAY_SHIFT) | seq
        docs.append((rowid, doc.kind, doc.hex_id, doc.fingerprint))
        bodies.append((rowid, doc.body))
        total += 1
        if len(docs) >= _CHUNK:
            flush()
    flush()
    run("CREATE UNIQUE INDEX ix_search_doc_doc_id ON search_doc (doc_id)")
    run("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    run("INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 4)")
    run(f"INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', {_NORMAL_HASH_BYTES})")
    run(f"PRAGMA cache_size = {cache}")
    return total


# -- keeping the index current on ORM writes ---------------------------------------------------
_PENDING_KEY = "search_index_old_docs"
_WATCHED: dict[type, tuple[str, tuple[str, ...]]] = {
    ConsultationSession: (KIND_SESSION, _SESSION_ATTRS),
    Suggestion: (KIND_SUGGESTION, _SUGGESTION_ATTRS),
}


def _changed(target: Any, attrs: tuple[str, ...]) -> bool:
    state = sa.inspect(target)
    return any(state.attrs[a].history.has_changes() for a in attrs)


def _before_update(mapper: Mapper[Any], conn: sa.Connection, target: Any) -> None:
    kind, attrs = _WATCHED[mapper.class_]
    if enabled(conn) and _changed(target, attrs):
        conn.info.setdefault(_PENDING_KEY, {})[target.id] = _read(conn, kind, target.id)


def _after_update(mapper: Mapper[Any], conn: sa.Connection, target: Any) -> None:
    pending = conn.info.get(_PENDING_KEY)
    if not pending or target.id not in pending:
        return
    old = pending.pop(target.id)
    kind, _ = _WATCHED[mapper.class_]
    new = _read(conn, kind, target.id)
    if new is not None:
        put(conn, new, old=old)


def _after_insert(mapper: Mapper[Any], conn: sa.Connection, target: Any) -> None:
    if enabled(conn):
        kind, _ = _WATCHED[mapper.class_]
        doc = _read(conn, kind, target.id)
        if doc is not None:
            put(conn, doc)


def _before_delete(mapper: Mapper[Any], conn: sa.Connection, target: Any) -> None:
    if enabled(conn):
        kind, _ = _WATCHED[mapper.class_]
        remove(conn, kind, target.id, _read(conn, kind, target.id))


for _model in _WATCHED:
    event.listen(_model, "before_update", _before_update)
    event.listen(_model, "after_update", _after_update)
    event.listen(_model, "after_insert", _after_insert)
    event.listen(_model, "before_delete", _before_delete)
