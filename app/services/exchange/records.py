"""Merging one kind's records from a package into this database (see merge.py for the field rules).

For each record, in order: refuse what cannot be read or may not be written (both sides' rights,
permissions.exchange_refusal; a missing referenced record; a value another row already holds), skip a
state older than one already received from the sender (packages arriving out of order, or twice), then
create, keep, take theirs (keeping their revision when mine was still the base), merge field by field,
or note conflicts. The state received becomes the base of the next merge with this sender.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from itertools import islice
from typing import Any

import sqlalchemy as sa

from app.messages import msg
from app.models._base import new_revision
from app.services import permissions
from app.services.exchange.codec import BadValue
from app.services.exchange.kinds import Kind
from app.services.exchange.lookups import Lookups, unique_columns
from app.services.exchange.merge import Base, choose_bases, merge, stored_base
from app.services.exchange.state import EB, TB, Sender, Written, insert_bases
from app.services.exchange.tombstones import deleted_here

_IDS = 500


class KindMerger:
    def __init__(
        self,
        conn: sa.Connection,
        kind: Kind,
        sender: Sender,
        me: uuid.UUID,
        clock: int,
        importer: Any,
        lookups: Lookups,
    ) -> None:
        self.conn = conn
        self.kind = kind
        self.sender = sender
        self.me = str(me)
        self.clock = clock
        self.importer = importer
        self.lookups = lookups
        self.out = Written()
        self.unique = unique_columns(kind)
        # (column, referenced column): a table's id, or another key (a 履职活动's kind by its code)
        self.fks = [
            (c.name, next(iter(c.foreign_keys)).column)
            for c in kind.table.columns
            if c.foreign_keys and c.name in kind.fields
        ]
        self.now = datetime.now(UTC)
        self.bases: list[dict[str, Any]] = []
        self.inserts: list[dict[str, Any]] = []
        # a further check of a record about to be written (attachments: their content must be at hand)
        self.extra: Callable[[dict[str, Any]], str | None] | None = None
        self.watch: frozenset[uuid.UUID] = frozenset()
        self.theirs: dict[uuid.UUID, dict[str, Any]] = {}

    # -- records --------------------------------------------------------------------------------------
    def run(self, lines: Iterable[dict[str, Any]], watch: frozenset[uuid.UUID] = frozenset()) -> Written:
        """Merge the lines batch by batch (a large package is never held whole); the values of the
        records in `watch` (those with open conflicts) are kept in `self.theirs`."""
        self.watch = watch
        source = iter(lines)
        while chunk := list(islice(source, _IDS)):
            self._chunk(chunk)
        self._flush()
        return self.out

    def _chunk(self, lines: list[dict[str, Any]]) -> None:
        kind = self.kind
        received = self.received([i for i in (_line_id(line) for line in lines) if i is not None])
        fresh = []
        for line in lines:
            base = received.get(_line_id(line))  # type: ignore[arg-type]
            if base is not None and self.sender.seq <= base.seq:
                self.out.outcomes.append("unchanged")  # this state or a later one came before
            else:
                fresh.append(line)
        parsed = []
        for line in fresh:
            try:
                parsed.append(self._parse(line))
            except (BadValue, ValueError, TypeError, KeyError) as exc:
                self.refuse(str(line.get("id", "?")), "?", msg("数据包中的记录格式有误（{exc}）", exc=exc))
        ids = [p[0] for p in parsed]
        mine = self._mine(ids)
        tombs = self._tombstones(ids) if kind.deletable else {}
        decoded_rows = [p[2] for p in parsed]
        for column, target in self.fks:
            values = (r[column] for r in decoded_rows if r.get(column) is not None)
            self.lookups.exists(target.table, values, target.name)
        self.lookups.prepare(kind, decoded_rows)
        for columns in self.unique:
            self.lookups.load_holders(kind, columns, decoded_rows)
        for record_id, line, decoded, theirs in parsed:
            if record_id in self.watch:
                self.theirs[record_id] = theirs
            tomb = (tombs[record_id],) if record_id in tombs else None
            self._one(record_id, line, decoded, theirs, mine.get(record_id), received.get(record_id), tomb)

    def _parse(
        self, line: dict[str, Any]
    ) -> tuple[uuid.UUID, dict[str, Any], dict[str, Any], dict[str, Any]]:
        record_id = uuid.UUID(str(line["id"]))
        values = line["v"]
        if not isinstance(values, dict):
            raise BadValue("v")
        theirs = {f: values[f] for f in self.kind.fields if f in values}
        decoded = {f: self.kind.decoders[f](v) for f, v in theirs.items()}
        decoded["id"] = record_id
        for name, v in theirs.items():
            limit = getattr(self.kind.table.c[name].type, "length", None)
            if limit and isinstance(v, str) and len(v) > limit:
                raise BadValue(msg("{name} 超过 {limit} 个字", name=name, limit=limit))
        return record_id, line, decoded, theirs

    def _mine(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        t = self.kind.table
        enc = self.kind.encoders
        rows = self.conn.execute(sa.select(t).where(t.c.id.in_(ids))).mappings()
        return {
            r["id"]: {**{f: enc[f](r[f]) for f in self.kind.fields}, "__rev": r["revision"], "__raw": dict(r)}
            for r in rows
        }

    def received(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, Base]:
        if self.kind.append_only:
            return {}
        rows = self.conn.execute(
            sa.select(EB.c.record_id, EB.c.revision, EB.c.fields, EB.c.seq, EB.c.acked, EB.c.clock).where(
                EB.c.peer_id == self.sender.installation_id,
                EB.c.entity == self.kind.entity,
                EB.c.record_id.in_(ids),
            )
        )
        return {r[0]: Base(r[1], json.loads(r[2]), r[3], r[4], r[5]) for r in rows}

    def _tombstones(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, str | None]:
        rows = self.conn.execute(
            sa.select(TB.c.record_id, TB.c.revision).where(
                TB.c.entity == self.kind.entity, TB.c.record_id.in_(ids)
            )
        )
        return {r[0]: r[1] for r in rows}

    def _one(
        self,
        record_id: uuid.UUID,
        line: dict[str, Any],
        decoded: dict[str, Any],
        theirs: dict[str, Any],
        mine: dict[str, Any] | None,
        received: Base | None,
        tomb: tuple[str | None] | None,
    ) -> None:
        kind = self.kind
        label = self.label(decoded if mine is None else mine["__raw"])
        rev = line.get("rev")
        offered_line = (line.get("bases") or {}).get(self.me)
        offered = None
        if isinstance(offered_line, dict):
            offered = Base(
                offered_line.get("rev"),
                {**theirs, **(offered_line.get("v") or {})},
                int(offered_line.get("seq", 0)),
            )
        held = frozenset(h for h in line.get("held", []) if isinstance(h, str))
        if mine is None:
            if tomb is not None:
                deleted_here(self, record_id, label, line, theirs, rev, received, tomb[0])
            else:
                self._create(record_id, label, line, decoded, theirs)
            return
        if kind.append_only or (rev is not None and rev == mine["__rev"]):
            self.out.outcomes.append("unchanged")
            self._keep_base(record_id, theirs, mine, held, rev, offered)
            return
        bases = choose_bases(received, offered)
        if rev is not None and any(b.revision == rev for b in bases):
            self.out.outcomes.append("unchanged")  # they have not changed it since the base
            self._keep_base(record_id, theirs, mine, held, rev, offered)
            return
        outcome = merge(kind.fields, mine, theirs, bases, held)
        if not outcome.changes and not outcome.conflicts:
            self.out.outcomes.append("unchanged")
            self._keep_base(record_id, theirs, mine, held, rev, offered)
            return
        wanted = {**outcome.changes, **{f: c[2] for f, c in outcome.conflicts.items()}}
        refusal = self.refusal(
            mine["__raw"], {**mine["__raw"], **{f: kind.decoders[f](v) for f, v in wanted.items()}}
        )
        if refusal is not None:
            self.refuse(str(record_id), label, refusal)
            return
        if outcome.changes:
            if outcome.fast_forward and rev is not None:
                self._update(record_id, mine, outcome.changes, rev, line.get("prev"))
            else:
                self._update(record_id, mine, outcome.changes, new_revision(), mine["__rev"])
        for name, (b, m, t) in outcome.conflicts.items():
            self.out.conflicts.append((record_id, label, name, b, m, t))
        self.out.outcomes.append("conflicts" if outcome.conflicts else "updated")
        self._keep_base(record_id, theirs, mine, held, rev, offered)

    # -- checks -------------------------------------------------------------------------------------
    def refusal(self, old: dict[str, Any] | None, new: dict[str, Any]) -> str | None:
        kind = self.kind
        platforms = [self.lookups.platform_of(kind, new)]
        if old is not None:
            before = self.lookups.platform_of(kind, old)
            if before != platforms[0]:
                platforms.append(before)
        if kind.belongs in (None, "platform", "account"):
            platforms = []
        refusal = permissions.exchange_refusal(
            self.importer,
            kind.area,
            platforms,
            sender_office=self.sender.office,
            sender_platforms=self.sender.platforms,
        )
        if refusal is not None:
            return refusal
        if (
            kind.key == "account"
            and new.get("role") is not None
            and str(getattr(new["role"], "value", new["role"])) != "coordinator"
        ):
            return msg("数据包只带来平台联络员的账户。")
        if self.extra is not None and (found := self.extra(new)) is not None:
            return found
        for column, target in self.fks:
            value = new.get(column)
            if value is not None and not self.lookups.has(target.table.name, value, target.name):
                return msg("引用的记录（{column}）在本机不存在，也不在数据包中。", column=column)
        for columns in self.unique:
            if old is not None and all(old.get(c) == new.get(c) for c in columns):
                continue
            if self.lookups.holder(kind, columns, new) is not None:
                return msg("本机已有另一条相同的记录（编号不同），未导入；请核对后在一方删除或改正。")
        return None

    def refuse(self, record_id: str, label: str, reason: str) -> None:
        self.out.refused.append((record_id, label, reason))
        self.out.outcomes.append("refused")

    def label(self, row: dict[str, Any]) -> str:
        value = row.get(self.kind.label_field)
        return str(getattr(value, "value", value) or "")[:200]

    # -- writes ---------------------------------------------------------------------------------------
    def _create(
        self,
        record_id: uuid.UUID,
        label: str,
        line: dict[str, Any],
        decoded: dict[str, Any],
        theirs: dict[str, Any],
    ) -> None:
        kind = self.kind
        missing = [
            f
            for f in kind.fields
            if f not in decoded
            and not kind.table.c[f].nullable
            and kind.table.c[f].default is None
            and kind.table.c[f].server_default is None
        ]
        if missing:
            self.refuse(str(record_id), label, msg("数据包中的记录缺少字段：{join}", join="、".join(missing)))
            return
        refusal = self.refusal(None, decoded)
        if refusal is not None:
            self.refuse(str(record_id), label, refusal)
            return
        created_at = kind.decoders["created_at"](line.get("created_at")) or self.now
        row = {
            **decoded,
            "created_at": created_at,
            "updated_at": self.now,
            "version": 1,
            "revision": line.get("rev") or new_revision(),
            "parent_revision": line.get("prev"),
        }
        for name, derive in kind.derived.items():
            row[name] = derive(row)
        self.inserts.append(row)
        self.lookups.created(kind.entity, record_id, self.lookups.platform_of(kind, decoded), decoded)
        self.out.created.append((record_id, theirs))
        self.out.outcomes.append("created")
        if not kind.append_only:
            self._keep_base(
                record_id,
                theirs,
                None,
                frozenset(line.get("held", [])),
                line.get("rev"),
                (line.get("bases") or {}).get(self.me),
            )
        for columns in self.unique:
            self.lookups.hold(kind, columns, decoded)

    def _update(
        self, record_id: uuid.UUID, mine: dict[str, Any], changes: dict[str, Any], rev: str, prev: str | None
    ) -> None:
        kind = self.kind
        t = kind.table
        values = {f: kind.decoders[f](v) for f, v in changes.items()}
        raw = {**mine["__raw"], **values}
        for name, derive in kind.derived.items():
            values[name] = derive(raw)
        self._flush()  # earlier creates first (an update may refer to them)
        self.conn.execute(
            sa.update(t)
            .where(t.c.id == record_id)
            .values(**values, revision=rev, parent_revision=prev, version=t.c.version + 1)
        )
        self.out.updated.append((record_id, {f: mine[f] for f in changes}, dict(changes)))
        for columns in self.unique:
            self.lookups.release(kind, columns, mine["__raw"])
            self.lookups.hold(kind, columns, raw)

    def _keep_base(
        self,
        record_id: uuid.UUID,
        theirs: dict[str, Any],
        mine: dict[str, Any] | None,
        held: frozenset[str],
        rev: str | None,
        offered: Any,
    ) -> None:
        acked = int(offered.get("seq", 0)) if isinstance(offered, dict) else (offered.seq if offered else 0)
        self.bases.append(
            {
                "peer_id": self.sender.installation_id,
                "entity": self.kind.entity,
                "record_id": record_id,
                "revision": rev,
                "seq": self.sender.seq,
                "acked": acked,
                "clock": self.clock,
                "fields": json.dumps(stored_base(theirs, mine, held), ensure_ascii=False, sort_keys=True),
            }
        )

    def _flush(self) -> None:
        if self.inserts:
            self.conn.execute(sa.insert(self.kind.table), self.inserts)
            self.inserts = []
        if self.bases:
            ids = [b["record_id"] for b in self.bases]
            for start in range(0, len(ids), _IDS):
                self.conn.execute(
                    sa.delete(EB).where(
                        EB.c.peer_id == self.sender.installation_id,
                        EB.c.entity == self.kind.entity,
                        EB.c.record_id.in_(ids[start : start + _IDS]),
                    )
                )
            insert_bases(self.conn, self.bases)
            self.bases = []


def _line_id(line: dict[str, Any]) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(line.get("id")))
    except ValueError:
        return None
