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
  with text trigrams (those always contain the filler): record kind, platform, state, lead unit, and
  the enumerated columns a list sorts by (search_docs.SESSION_CODES / SUGGESTION_CODES, migration 0014).
- Mapper events keep the index current for every ORM insert, update and delete of sessions and
  suggestions, in the same transaction. Bulk loads with SQLAlchemy Core bypass them and must call
  `index_records` for what they wrote, or `search_rebuild.reindex_all` afterwards.
- On PostgreSQL nothing is indexed: the search service uses ILIKE there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Mapper

from app.models._base import table_of
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.services.search_docs import (
    DAY_SHIFT,
    DEAD,
    KIND_SESSION,
    KIND_SUGGESTION,
    KINDS,
    SD,
    SESSION_ATTRS,
    SESSION_FIELDS,
    SUGGESTION_ATTRS,
    SUGGESTION_FIELDS,
    Doc,
    day_range,
    kind_code,
    make_doc,
    platform_code,
    search_doc,
    session_doc,
    state_code,
    suggestion_doc,
    unit_code,
    word_terms,
)

__all__ = [
    "DAY_SHIFT",
    "KINDS",
    "KIND_SESSION",
    "KIND_SUGGESTION",
    "SD",
    "SESSION_FIELDS",
    "SUGGESTION_FIELDS",
    "Doc",
    "day_range",
    "deferred",
    "index_record",
    "index_records",
    "kind_code",
    "make_doc",
    "platform_code",
    "search_doc",
    "state_code",
    "unit_code",
    "word_terms",
]

CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c


# -- maintenance -------------------------------------------------------------------------------
_DEFERRED_KEY = "search_index_deferred"


def enabled(conn: sa.Connection) -> bool:
    return conn.dialect.name == "sqlite" and not conn.info.get(_DEFERRED_KEY)


@contextmanager
def deferred(conn: sa.Connection) -> Iterator[None]:
    """For bulk writers (an import): the ORM events leave the index alone while the block runs; the
    writer indexes each record it wrote once at the end (`index_record`), or nothing when it rolls back."""
    conn.info[_DEFERRED_KEY] = True
    try:
        yield
    finally:
        conn.info.pop(_DEFERRED_KEY, None)


def _read(conn: sa.Connection, kind: str, doc_id: uuid.UUID) -> Doc | None:
    if kind == KIND_SESSION:
        cols = [CS.id, *(CS[a] for a in SESSION_ATTRS)]
        row = conn.execute(sa.select(*cols).where(CS.id == doc_id)).mappings().first()
        return session_doc(dict(row)) if row is not None else None
    cols = [SG.id, *(SG[a] for a in SUGGESTION_ATTRS)]
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
    the rowid stays taken so no later record inherits those postings (`search_rebuild.reindex_all` clears
    them).
    """
    buried = sa.update(search_doc).where(SD.fts_rowid == rowid)
    conn.execute(buried.values(kind=DEAD, doc_id=uuid.uuid4(), title=None))


def put(conn: sa.Connection, doc: Doc, *, old: Doc | None = None) -> None:
    """Index `doc`, replacing what was indexed for the same record (`old`: its text before the change)."""
    found = sa.select(SD.fts_rowid, SD.fingerprint, SD.title).where(SD.doc_id == doc.doc_id)
    current = conn.execute(found).first()
    if current is not None:
        same_day = current.fts_rowid >> DAY_SHIFT == doc.day
        if current.fingerprint == doc.fingerprint and same_day:
            if current.title != doc.title:  # the text is indexed in lower case: "Road" → "road"
                conn.execute(
                    sa.update(search_doc).where(SD.fts_rowid == current.fts_rowid).values(title=doc.title)
                )
            return
        if old is not None and old.fingerprint == current.fingerprint:
            _fts_delete(conn, current.fts_rowid, old.body)
            if same_day:
                conn.execute(
                    sa.update(search_doc)
                    .where(SD.fts_rowid == current.fts_rowid)
                    .values(fingerprint=doc.fingerprint, title=doc.title)
                )
                _fts_insert(conn, current.fts_rowid, doc.body)
                return
            conn.execute(sa.delete(search_doc).where(SD.fts_rowid == current.fts_rowid))
        else:
            _bury(conn, current.fts_rowid)
    rowid = _next_rowid(conn, doc.day)
    conn.execute(
        sa.insert(search_doc).values(
            fts_rowid=rowid, kind=doc.kind, doc_id=doc.doc_id, fingerprint=doc.fingerprint, title=doc.title
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


_CHUNK = 5000  # records read and added at a time


def index_records(conn: sa.Connection, kind: str, doc_ids: list[uuid.UUID]) -> None:
    """`index_record` for many records at once (an import): records not in the index yet are read and
    added a chunk at a time, with one rowid query per day; the others go through `index_record`."""
    if not enabled(conn):
        return
    table, attrs, make = (
        (CS, SESSION_ATTRS, session_doc) if kind == KIND_SESSION else (SG, SUGGESTION_ATTRS, suggestion_doc)
    )
    next_of_day: dict[int, int] = {}
    for start in range(0, len(doc_ids), _CHUNK):
        chunk = doc_ids[start : start + _CHUNK]
        known = set(conn.execute(sa.select(SD.doc_id).where(SD.doc_id.in_(chunk))).scalars())
        rows = conn.execute(sa.select(table.id, *(table[a] for a in attrs)).where(table.id.in_(chunk)))
        docs = {row.id: make(dict(row._mapping)) for row in rows}
        entries, bodies, others = [], [], []
        for doc_id in chunk:
            doc = docs.get(doc_id)
            if doc_id in known or doc is None:
                others.append(doc_id)
                continue
            rowid = next_of_day.get(doc.day) or _next_rowid(conn, doc.day)
            next_of_day[doc.day] = rowid + 1
            entries.append({"fts_rowid": rowid, "kind": doc.kind, "doc_id": doc.doc_id,
                            "fingerprint": doc.fingerprint, "title": doc.title})  # fmt: skip
            bodies.append((rowid, doc.body))
        if entries:
            conn.execute(sa.insert(search_doc), entries)
            conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES(?, ?)", bodies)
        for doc_id in others:  # after the chunk's rows: they take the next free rowids themselves
            index_record(conn, kind, doc_id)
        if others:
            next_of_day.clear()


# -- keeping the index current on ORM writes ---------------------------------------------------
_PENDING_KEY = "search_index_old_docs"
_WATCHED: dict[type, tuple[str, tuple[str, ...]]] = {
    ConsultationSession: (KIND_SESSION, SESSION_ATTRS),
    Suggestion: (KIND_SUGGESTION, SUGGESTION_ATTRS),
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
