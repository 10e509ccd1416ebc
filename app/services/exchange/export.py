"""Writing a package: the records a sender may send, each with what the receiver needs to merge it.

Each record line: {"id", "rev", "prev", "created_at", "v": {field: value}} plus, where they apply,
"held" (fields this side holds in an open conflict: not a decision yet) and "bases" (per peer, the
state last received from that peer: our package number `seq`, its revision and the fields where it
differs from the values sent) — see FORMAT.md.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from app import __version__
from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.enums import AuditAction
from app.models.exchange import ExchangeBase, ExchangeConflict, ExchangePackage, Tombstone
from app.models.platforms import Platform
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.exchange import blobs, identity
from app.services.exchange.kinds import KINDS, Kind
from app.services.exchange.package import (
    FORMAT,
    FORMAT_VERSION,
    TOMBSTONES,
    PackageWriter,
    blob_member,
    jsonl,
    records_member,
)

Progress = Callable[[int, int, str], None]
_IDS = 500


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: uuid.UUID
    seq: int
    counts: dict[str, int]
    tombstones: int
    blobs: int
    since: datetime | None
    coverage: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "package_id": str(self.package_id),
            "seq": self.seq,
            "kinds": self.counts,
            "total": sum(self.counts.values()),
            "tombstones": self.tombstones,
            "attachments_content": self.blobs,
            "since": self.since.isoformat() if self.since else None,
            "coverage": self.coverage,
        }


def default_name(db: Database) -> str:
    from app.services.office_settings import load_settings

    with db.session(write=False) as s:
        return load_settings(s).office_name


class Exporter:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def run(
        self,
        target: str | Path,
        platforms: frozenset[uuid.UUID] | None = None,
        *,
        since_last: bool = False,
        progress: Progress | None = None,
    ) -> ExportResult:
        covered, lists = permissions.exchange_export_scope(self.actor, platforms or None)
        path = Path(target)
        if path.suffix.lower() != ".zip":
            raise ServiceError(msg("数据包文件的扩展名应为 .zip。"))
        started = datetime.now(UTC)
        with self.db.session() as s:
            inst = identity.installation(s, default_name(self.db))
            seq = identity.tick(s, inst)
            names = self._platform_names(s.connection(), covered)
            since = self._last_sent(s.connection(), covered) if since_last else None
            sender = {
                "installation_id": str(inst.installation_id),
                "name": inst.name,
                "public_key": inst.public_key,
                "fingerprint": identity.fingerprint(inst.public_key),
            }
        coverage = {
            "platforms": None if covered is None else [{"id": str(i), "name": n} for i, n in names],
            "reference": lists,
            "since": since.isoformat() if since else None,
        }
        package_id = uuid.uuid4()
        writer = PackageWriter(path)
        try:
            with self.db.session(write=False) as s:
                conn = s.connection()
                counts, shas = self._write_records(conn, writer, covered, lists, since, progress)
                tombs = self._write_tombstones(conn, writer, lists, since)
                for sha in sorted(shas):
                    content = blobs.chunks(conn, sha)
                    if content is not None:
                        writer.add_lines(blob_member(sha), content)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "package_id": str(package_id),
                "seq": seq,
                "created_at": started.isoformat(),
                "sender": sender,
                "coverage": coverage,
                "kinds": counts,
                "tombstones": tombs,
                "exported_by": {
                    "username": self.actor.username,
                    "display_name": self.actor.display_name,
                    "role": self.actor.role.value,
                },
            }
            with self.db.session() as s:
                inst = identity.installation(s, default_name(self.db))
                writer.finish(manifest, lambda data: identity.sign(inst, data))
                self._log(s, package_id, seq, started, since, coverage, counts, path)
        except BaseException:
            writer.discard()
            raise
        blob_count = sum(1 for name in writer.files if name.startswith("blobs/"))
        return ExportResult(path, package_id, seq, counts, tombs, blob_count, since, coverage)

    # -- what goes in ---------------------------------------------------------------------------------
    @staticmethod
    def _platform_names(
        conn: sa.Connection, covered: frozenset[uuid.UUID] | None
    ) -> list[tuple[uuid.UUID, str]]:
        if covered is None:
            return []
        pl = table_of(Platform).c
        rows = conn.execute(
            sa.select(pl.id, pl.name).where(pl.id.in_(sorted(covered))).order_by(pl.name)
        ).all()
        if len(rows) != len(covered):
            raise ServiceError(msg("所选站室组有的不存在。"))
        return [(r[0], r[1]) for r in rows]

    @staticmethod
    def _last_sent(conn: sa.Connection, covered: frozenset[uuid.UUID] | None) -> datetime | None:
        """When reading began for the last package sent that covered at least these platforms."""
        pk = table_of(ExchangePackage).c
        rows = conn.execute(
            sa.select(pk.started_at, pk.coverage).where(pk.direction == "sent").order_by(pk.started_at.desc())
        )
        wanted = None if covered is None else {str(p) for p in covered}
        for started, text in rows:
            platforms = json.loads(text).get("platforms")
            sent = None if platforms is None else {p["id"] for p in platforms}
            if sent is None or (wanted is not None and wanted <= sent):
                return started  # type: ignore[no-any-return]
        return None

    def _write_records(
        self,
        conn: sa.Connection,
        writer: PackageWriter,
        covered: frozenset[uuid.UUID] | None,
        lists: bool,
        since: datetime | None,
        progress: Progress | None,
    ) -> tuple[dict[str, int], dict[str, str]]:
        counts: dict[str, int] = {}
        shas: dict[str, str] = {}
        held = self._held(conn)
        for n, kind in enumerate(KINDS):
            if kind.reference and not lists:
                continue
            if progress is not None:
                progress(n, len(KINDS), msg("正在导出{label}……", label=kind.label))
            rows = self._rows(conn, kind, covered, since)
            if kind.key == "attachment":
                for row in rows:
                    shas.setdefault(row["sha256"], row["filename"])
            lines = self._lines(conn, kind, rows, held.get(kind.entity, {}))
            counts[kind.key] = writer.add_lines(records_member(kind.key), jsonl(lines))
        return counts, shas

    @staticmethod
    def _rows(
        conn: sa.Connection, kind: Kind, covered: frozenset[uuid.UUID] | None, since: datetime | None
    ) -> list[dict[str, Any]]:
        t = kind.table
        query = sa.select(t).order_by(t.c.created_at, t.c.id)
        clause = kind.scope_clause(covered)
        if clause is not None:
            query = query.where(clause)
        if since is not None:
            query = query.where(t.c.updated_at >= since)
        return [dict(r) for r in conn.execute(query).mappings()]

    def _lines(
        self, conn: sa.Connection, kind: Kind, rows: list[dict[str, Any]], held: dict[uuid.UUID, list[str]]
    ) -> Iterator[dict[str, Any]]:
        enc = kind.encoders
        fields = kind.fields
        bases = {} if kind.append_only else self._bases(conn, kind, [r["id"] for r in rows])
        encode_moment = enc["created_at"]
        for row in rows:
            values = {f: enc[f](row[f]) for f in fields}
            line: dict[str, Any] = {
                "id": str(row["id"]),
                "rev": row["revision"],
                "prev": row["parent_revision"],
                "created_at": encode_moment(row["created_at"]),
                "v": values,
            }
            if row["id"] in held:
                line["held"] = held[row["id"]]
            mine = bases.get(row["id"])
            if mine:
                line["bases"] = {
                    peer: {"seq": seq, "rev": rev, "v": {f: v for f, v in base.items() if values.get(f) != v}}
                    for peer, (seq, rev, base) in mine.items()
                }
            yield line

    @staticmethod
    def _bases(
        conn: sa.Connection, kind: Kind, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, dict[str, tuple[int, str | None, dict[str, Any]]]]:
        eb = table_of(ExchangeBase).c
        found: dict[uuid.UUID, dict[str, tuple[int, str | None, dict[str, Any]]]] = defaultdict(dict)
        for start in range(0, len(ids), _IDS):
            query = sa.select(eb.peer_id, eb.record_id, eb.seq, eb.revision, eb.fields).where(
                eb.entity == kind.entity, eb.record_id.in_(ids[start : start + _IDS])
            )
            for peer, record, seq, rev, fields in conn.execute(query):
                found[record][str(peer)] = (seq, rev, json.loads(fields))
        return found

    @staticmethod
    def _held(conn: sa.Connection) -> dict[str, dict[uuid.UUID, list[str]]]:
        """Fields in open conflicts here, per record kind and record."""
        ec = table_of(ExchangeConflict).c
        held: dict[str, dict[uuid.UUID, list[str]]] = defaultdict(lambda: defaultdict(list))
        query = sa.select(ec.entity, ec.record_id, ec.field).where(ec.resolved_at.is_(None))
        for entity, record, name in conn.execute(query):
            held[entity][record].append(name)
        return held

    @staticmethod
    def _write_tombstones(
        conn: sa.Connection, writer: PackageWriter, lists: bool, since: datetime | None
    ) -> int:
        by_entity = {k.entity: k for k in KINDS if k.deletable and (lists or not k.reference)}
        tb = table_of(Tombstone).c
        query = sa.select(tb.entity, tb.record_id, tb.revision, tb.deleted_at).where(
            tb.entity.in_(sorted(by_entity))
        )
        if since is not None:
            query = query.where(tb.deleted_at >= since)
        rows = [
            {"entity": e, "id": str(i), "rev": r, "deleted_at": d.isoformat()}
            for e, i, r, d in conn.execute(query.order_by(tb.deleted_at))
        ]
        writer.add_lines(TOMBSTONES, jsonl(rows))
        return len(rows)

    def _log(
        self,
        s: Any,
        package_id: uuid.UUID,
        seq: int,
        started: datetime,
        since: datetime | None,
        coverage: dict[str, Any],
        counts: dict[str, int],
        path: Path,
    ) -> None:
        s.add(
            ExchangePackage(
                package_id=package_id,
                direction="sent",
                seq=seq,
                packaged_at=started,
                started_at=started,
                username=self.actor.username,
                file_name=path.name[:255],
                since=since,
                coverage=json.dumps(coverage, ensure_ascii=False),
                summary=json.dumps({"kinds": counts}),
            )
        )
        total = sum(counts.values())
        names = "、".join(p["name"] for p in coverage["platforms"] or []) or msg("全部站室组")
        audit.record(
            s,
            self.actor,
            AuditAction.EXPORT,
            "exchange_package",
            package_id,
            after={"file": path.name, "scope": names, "rows": total},
            note=f"导出数据包“{path.name}”（{names}，{total} 条记录）",
        )
