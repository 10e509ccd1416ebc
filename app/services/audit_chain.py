"""The audit trail's hash chain: each entry's hash covers its content and the previous entry's hash.

Entries are numbered 1, 2, 3 … (`seq`); entry n stores the hash of entry n − 1 (`prev_hash`, the first
one stores GENESIS) and its own `hash`. The one-row table audit_head holds the last number and hash;
every writer locks it first (SELECT … FOR UPDATE on PostgreSQL; SQLite writers already hold the
database's write lock from BEGIN IMMEDIATE), so two clerks saving at once cannot fork the chain.

`verify` walks the chain and names every gap (a number missing), altered entry (hash does not match
the content) and broken link, and a tail cut off behind the head. The hash is not keyed: it shows
tampering by anyone who does not also rewrite every later entry and the head, which the database's
triggers refuse to let a plain UPDATE or DELETE do.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from app.db.engine import lock_writers
from app.messages import msg
from app.models._base import StoredUuid, UTCDateTime

GENESIS = "0" * 64
HASHED_FIELDS = ("id", "seq", "at", "actor", "action", "entity", "entity_id", "before", "after", "note")
_BATCH = 2000


def _text(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or value is None:  # most fields: as they are
        return value
    if isinstance(value, datetime):
        return _moment(value)
    if isinstance(value, uuid.UUID):
        return value.hex
    if hasattr(value, "value"):  # enum members are hashed by their stored code
        return str(value.value)
    return value if isinstance(value, int | str) else str(value)


def _moment(value: datetime) -> str:
    """A moment as hashed: UTC, to the microsecond, "%Y-%m-%dT%H:%M:%S.%fZ" (isoformat writes the same
    for four-digit years, several times faster than strftime)."""
    moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    utc = moment.astimezone(UTC)
    if utc.year < 1000:
        return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return utc.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


# json.dumps(…, ensure_ascii=False, sort_keys=True, separators=(",", ":")), its encoder made once.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, values: dict[str, Any]) -> str:
    """SHA-256 of the previous hash and the entry's fields in a canonical JSON form."""
    payload = _CANONICAL.encode({key: _text(values.get(key)) for key in HASHED_FIELDS})
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


# -- tables, as Core (usable from migrations and from the services) ---------------------------------
def audit_table(*, before_0012: bool = False) -> sa.TableClause:
    """The log's table; `before_0012`: as stored before migration 0012 (ids and moments as text)."""
    ids: Any = sa.Uuid() if before_0012 else StoredUuid()
    moments: Any = sa.DateTime() if before_0012 else UTCDateTime()
    return sa.table(
        "audit_entry",
        sa.column("id", ids),
        sa.column("created_at", moments),
        sa.column("updated_at", moments),
        sa.column("version", sa.Integer()),
        sa.column("seq", sa.Integer()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
        sa.column("at", moments),
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("entity", sa.String()),
        sa.column("entity_id", ids),
        sa.column("before", sa.Text()),
        sa.column("after", sa.Text()),
        sa.column("note", sa.String()),
    )


HEAD = sa.table("audit_head", sa.column("id", sa.Integer()), sa.column("seq", sa.Integer()),
                sa.column("hash", sa.String()))  # fmt: skip


def append(conn: sa.Connection, values: dict[str, Any]) -> dict[str, Any]:
    """Insert one entry at the end of the chain, in the caller's transaction; returns the row written.

    `values` holds the entry's content (at, actor, action, entity, entity_id, before, after, note and,
    optionally, id); numbering, hashes and the head are filled in here.
    """
    return append_many(conn, [values])[0]


def append_many(conn: sa.Connection, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Insert entries at the end of the chain in this order (one insert per batch, one head update).

    Inside `buffered(conn)` the entries are numbered and hashed at once but written when the block ends.
    """
    if not entries:
        return []
    buffer: _Buffer | None = conn.info.get(_BUFFER_KEY)
    if buffer is not None:
        rows = _chain(entries, buffer.seq, buffer.prev)
        buffer.rows.extend(rows)
        buffer.seq, buffer.prev = rows[-1]["seq"], rows[-1]["hash"]
        return rows
    seq, prev = _head(conn)
    rows = _chain(entries, seq, prev)
    _insert_rows(conn, rows)
    return rows


@dataclass
class _Buffer:
    seq: int
    prev: str
    rows: list[dict[str, Any]] = field(default_factory=list)


_BUFFER_KEY = "audit_chain_buffer"


@contextmanager
def buffered(conn: sa.Connection) -> Iterator[None]:
    """Entries appended in the block are written together when it ends (one insert per batch, one head
    update), in the caller's transaction; an exception discards them with the block's other writes.

    For bulk writers (an import) that append thousands of entries: nothing in the block may read the
    audit trail back, and no other connection can append meanwhile (the writer holds the lock)."""
    if conn.info.get(_BUFFER_KEY) is not None:  # nested: the outer block writes them
        yield
        return
    seq, prev = _head(conn)
    buffer = conn.info[_BUFFER_KEY] = _Buffer(seq, prev)
    try:
        yield
    finally:
        conn.info.pop(_BUFFER_KEY, None)
    _insert_rows(conn, buffer.rows)


def _head(conn: sa.Connection) -> tuple[int, str]:
    lock_writers(conn)
    stmt = sa.select(HEAD.c.seq, HEAD.c.hash).where(HEAD.c.id == 1)
    if conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    head = conn.execute(stmt).first()
    if head is None:  # a database made before the head row existed cannot happen after migration 0004
        raise RuntimeError("audit_head row is missing")
    return int(head.seq), str(head.hash)


def _insert_rows(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    for start in range(0, len(rows), _BATCH):
        conn.execute(sa.insert(audit_table()), rows[start : start + _BATCH])
    conn.execute(sa.update(HEAD).where(HEAD.c.id == 1).values(seq=rows[-1]["seq"], hash=rows[-1]["hash"]))


def _chain(entries: list[dict[str, Any]], seq: int, prev: str) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    rows = []
    for values in entries:
        seq += 1
        row = {
            "id": values.get("id") or uuid.uuid4(),
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "at": values.get("at") or now,
            "actor": values["actor"],
            "action": _text(values["action"]),
            "entity": values["entity"],
            "entity_id": values.get("entity_id"),
            "before": values.get("before"),
            "after": values.get("after"),
            "note": values.get("note"),
            "seq": seq,
            "prev_hash": prev,
        }
        row["hash"] = prev = entry_hash(prev, row)
        rows.append(row)
    return rows


# -- checking ---------------------------------------------------------------------------------------
@dataclass
class ChainReport:
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _rows(conn: sa.Connection) -> Iterator[Any]:
    table = audit_table()
    last = 0
    while True:
        batch = conn.execute(
            sa.select(table).where(table.c.seq > last).order_by(table.c.seq).limit(_BATCH)
        ).all()
        if not batch:
            return
        yield from batch
        last = batch[-1].seq


def verify(conn: sa.Connection, *, limit: int = 20) -> ChainReport:
    """Walk the whole chain; describe up to `limit` problems in Chinese."""
    report = ChainReport()
    problems: list[str] = []
    expected_seq, expected_prev = 1, GENESIS
    for row in _rows(conn):
        report.entries += 1
        if row.seq != expected_seq:
            missing = row.seq - expected_seq
            problems.append(
                msg("操作日志缺少第 {expected_seq} 条", expected_seq=expected_seq)
                + (
                    msg("至第 {value} 条（共 {missing} 条）", value=row.seq - 1, missing=missing)
                    if missing > 1
                    else ""
                )
                + msg("，可能被删除")
            )
        elif row.prev_hash != expected_prev:
            problems.append(msg("操作日志第 {seq} 条与前一条的链接不符", seq=row.seq))
        if entry_hash(row.prev_hash, row._mapping) != row.hash:
            problems.append(msg("操作日志第 {seq} 条的内容被改动过（校验值不符）", seq=row.seq))
        expected_seq, expected_prev = row.seq + 1, row.hash
    head = conn.execute(sa.select(HEAD.c.seq, HEAD.c.hash).where(HEAD.c.id == 1)).first()
    if head is None:
        problems.append(msg("操作日志缺少链尾记录（audit_head）"))
    elif head.seq != expected_seq - 1 or head.hash != expected_prev:
        if head.seq > expected_seq - 1:
            problems.append(
                msg(
                    "操作日志应有 {seq} 条，现只到第 {value} 条：最后 {value2} 条可能被删除",
                    seq=head.seq,
                    value=expected_seq - 1,
                    value2=head.seq - expected_seq + 1,
                )
            )
        else:
            problems.append(msg("操作日志的链尾记录与最后一条日志不符"))
    report.problems = problems[:limit] + (
        [msg("……另有 {value} 处问题", value=len(problems) - limit)] if len(problems) > limit else []
    )
    return report


def rechain(conn: sa.Connection, rows: Iterable[Any], table: sa.TableClause) -> tuple[int, str]:
    """Number and hash `rows` (oldest first) as a fresh chain; returns the head (migration 0004)."""
    seq, prev = 0, GENESIS
    pending: list[dict[str, Any]] = []
    for row in rows:
        seq += 1
        values = {**row._mapping, "seq": seq}
        digest = entry_hash(prev, values)
        pending.append({"b_id": row.id, "b_seq": seq, "b_prev": prev, "b_hash": digest})
        prev = digest
        if len(pending) >= _BATCH:
            _write(conn, table, pending)
    _write(conn, table, pending)
    return seq, prev


def _write(conn: sa.Connection, table: sa.TableClause, pending: list[dict[str, Any]]) -> None:
    if not pending:
        return
    conn.execute(
        sa.update(table)
        .where(table.c.id == sa.bindparam("b_id"))
        .values(seq=sa.bindparam("b_seq"), prev_hash=sa.bindparam("b_prev"), hash=sa.bindparam("b_hash")),
        pending,
    )
    pending.clear()
