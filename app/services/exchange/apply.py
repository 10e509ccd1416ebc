"""Importing a package: check it whole, then merge every kind in one transaction (or roll back a trial).

Order: the file is checked (zip, signature, checksums) before the database is opened for writing; then
the sender is looked up (a changed key is refused; a new one is trusted on first use when the caller
says so); then kinds are merged in foreign-key order, deletions applied, attachment contents kept,
conflicts stored for review, every change audited, the search index updated and the package written
into the history. A trial run (`dry_run`) does all of it and rolls back, so its summary is exact.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.models._base import table_of
from app.models.enums import AuditAction
from app.models.exchange import ExchangePackage
from app.models.users import User, UserPlatform
from app.services import audit_chain, permissions, search_index, search_rebuild
from app.services.actor import Actor
from app.services.audit_text import Describer
from app.services.exchange import blobs, identity
from app.services.exchange.checked import NewSender, PackageInfo, open_checked
from app.services.exchange.conflict_store import close_agreed, store_conflicts
from app.services.exchange.kinds import KINDS, Kind
from app.services.exchange.lookups import Lookups
from app.services.exchange.package import TOMBSTONES, Package, records_member
from app.services.exchange.records import KindMerger
from app.services.exchange.state import EC, Sender, Written
from app.services.exchange.summary import ImportSummary, RefusalNote
from app.services.exchange.tombstones import delete as apply_tombstone

Progress = Callable[[int, int, str], None]
_REINDEX_ALL = 2000


class _RollBack(Exception):
    pass


class Importer:
    def __init__(self, db: Database, actor: Actor, *, installation_name: str | None = None) -> None:
        self.db = db
        self.actor = actor
        self.installation_name = installation_name

    def run(
        self,
        path: str | Path,
        *,
        dry_run: bool = False,
        accept_new: bool = True,
        progress: Progress | None = None,
    ) -> ImportSummary:
        if not self.actor.can_write:
            raise permissions.PermissionDenied(permissions.EXCHANGE_READ_ONLY)
        package, info = open_checked(path)
        with package:
            summary = ImportSummary(info.as_json(), dry_run, False)
            try:
                with self.db.session() as s:
                    self._run(s, package, info, summary, accept_new, progress)
                    if dry_run:
                        raise _RollBack
            except _RollBack:
                pass
        return summary

    def _run(
        self,
        s: Session,
        package: Package,
        info: PackageInfo,
        summary: ImportSummary,
        accept_new: bool,
        progress: Progress | None,
    ) -> None:
        trust = identity.check_sender(
            s, info.sender_id, info.sender_name, info.public_key, office=info.office
        )
        if trust.new and not accept_new:
            raise NewSender(trust)
        summary.new_sender = trust.new
        from app.services.exchange.export import default_name

        inst = identity.installation(s, self.installation_name or default_name(self.db))
        clock = identity.tick(s, inst)
        conn = s.connection()
        sender = Sender(
            info.sender_id,
            trust.name,
            info.seq,
            trust.office,
            self._sender_platforms(conn, info, trust),
            info.package_id,
            info.created_at,
            f"{info.exported_by.get('display_name', '')}（{trust.name}）",
        )
        lookups = Lookups(conn)
        written: dict[str, tuple[Kind, Written, dict[uuid.UUID, dict[str, Any]]]] = {}
        watched = self._open_conflicts(conn, sender)
        for n, kind in enumerate(KINDS):
            if records_member(kind.key) not in package.manifest["files"]:
                continue
            if progress is not None:
                progress(n, len(KINDS) + 2, f"正在合并{kind.label}……")
            merger = KindMerger(conn, kind, sender, inst.installation_id, clock, self.actor, lookups)
            if kind.key == "attachment":
                merger.extra = lambda row: _content_refusal(conn, package, row)
            out = merger.run(package.lines(records_member(kind.key)), watched.get(kind.entity, frozenset()))
            for outcome in out.outcomes:
                summary.add(kind.key, outcome)
            self._audit_changes(conn, sender, kind, out)
            written[kind.key] = (kind, out, merger.theirs)
        self._tombstones(conn, package, sender, inst.installation_id, clock, lookups, summary, written)
        if progress is not None:
            progress(len(KINDS), len(KINDS) + 2, "正在保存附件内容与冲突……")
        self._contents(conn, package, written)
        describer = Describer(s, mask=False)
        for kind, out, theirs in written.values():
            store_conflicts(conn, kind, out, sender, describer, summary)
            close_agreed(self.actor, conn, kind, sender, theirs)
            summary.refused += [RefusalNote(kind.key, rid, label, why) for rid, label, why in out.refused]
        self._audit(conn, sender, written, summary, package.name)
        self._index(conn, written)
        s.add(
            ExchangePackage(
                package_id=info.package_id,
                direction="received",
                seq=info.seq,
                peer_installation_id=info.sender_id,
                peer_name=trust.name,
                packaged_at=info.created_at,
                username=self.actor.username,
                file_name=package.name[:255],
                coverage=json.dumps(info.coverage, ensure_ascii=False),
                summary=json.dumps({"kinds": summary.counts, "total": summary.total}, ensure_ascii=False),
            )
        )
        identity.remember_sender(s, trust, info.public_key, self.actor.username)
        s.flush()

    @staticmethod
    def _open_conflicts(conn: sa.Connection, sender: Sender) -> dict[str, frozenset[uuid.UUID]]:
        """The records with conflicts still open with this sender, per record kind."""
        rows = conn.execute(
            sa.select(EC.c.entity, EC.c.record_id).where(
                EC.c.resolved_at.is_(None), EC.c.peer_installation_id == sender.installation_id
            )
        )
        found: dict[str, set[uuid.UUID]] = {}
        for entity, record_id in rows:
            found.setdefault(entity, set()).add(record_id)
        return {entity: frozenset(ids) for entity, ids in found.items()}

    def _sender_platforms(
        self, conn: sa.Connection, info: PackageInfo, trust: identity.SenderTrust
    ) -> frozenset[uuid.UUID] | None:
        """A station's package may change only the platforms it covers — and, when this database knows the
        coordinator who exported it, only theirs."""
        if trust.office:
            return None
        covered = info.platform_ids or frozenset()
        users, links = table_of(User).c, table_of(UserPlatform).c
        user = conn.execute(
            sa.select(users.id, users.role).where(users.username == info.exported_by.get("username"))
        ).first()
        if user is not None and str(getattr(user[1], "value", user[1])) == "coordinator":
            own = {r[0] for r in conn.execute(sa.select(links.platform_id).where(links.user_id == user[0]))}
            covered = covered & frozenset(own)
        return covered

    def _tombstones(
        self,
        conn: sa.Connection,
        package: Package,
        sender: Sender,
        me: uuid.UUID,
        clock: int,
        importer_lookups: Lookups,
        summary: ImportSummary,
        written: dict[str, tuple[Kind, Written, dict[uuid.UUID, dict[str, Any]]]],
    ) -> None:
        by_entity = {k.entity: k for k in KINDS if k.deletable}
        lines = list(package.lines(TOMBSTONES))
        order = {k.key: i for i, k in enumerate(KINDS)}
        mergers: dict[str, KindMerger] = {}
        for line in sorted(
            lines, key=lambda t: -order.get(by_entity.get(str(t.get("entity")), KINDS[0]).key, 0)
        ):
            kind = by_entity.get(str(line.get("entity")))
            if kind is None:
                continue
            try:
                record_id = uuid.UUID(str(line.get("id")))
            except ValueError:
                continue
            merger = mergers.get(kind.key)
            if merger is None:
                merger = mergers[kind.key] = KindMerger(
                    conn, kind, sender, me, clock, self.actor, importer_lookups
                )
            outcome = apply_tombstone(
                merger, record_id, line.get("rev") if isinstance(line.get("rev"), str) else None
            )
            if outcome is not None:
                summary.add(kind.key, outcome)
        for key, merger in mergers.items():
            kind, out, theirs = written.get(key, (merger.kind, Written(), {}))
            out.deleted += merger.out.deleted
            out.conflicts += merger.out.conflicts
            out.refused += merger.out.refused
            written[key] = (kind, out, theirs)

    @staticmethod
    def _contents(
        conn: sa.Connection,
        package: Package,
        written: dict[str, tuple[Kind, Written, dict[uuid.UUID, dict[str, Any]]]],
    ) -> None:
        entry = written.get("attachment")
        if entry is None:
            return
        for _record_id, values in entry[1].created:
            sha = str(values.get("sha256"))
            if blobs.has_content(conn, sha):
                continue
            source = package.blob(sha)
            if source is not None:
                with source:
                    blobs.store_content(conn, sha, source)

    def _audit_changes(self, conn: sa.Connection, sender: Sender, kind: Kind, out: Written) -> None:
        """One audit entry per record created or changed, written as soon as the kind is merged; the
        values are dropped afterwards (a large package is not held in memory twice)."""
        base = {"actor": self.actor.username, "note": f"数据交换：来自“{sender.name}”的数据包"}
        entries = [
            {
                **base,
                "action": AuditAction.CREATE,
                "entity": kind.entity,
                "entity_id": rid,
                "after": _json(values),
            }
            for rid, values in out.created
        ]
        entries += [
            {
                **base,
                "action": AuditAction.UPDATE,
                "entity": kind.entity,
                "entity_id": rid,
                "before": _json(before),
                "after": _json(after),
            }
            for rid, before, after in out.updated
        ]
        audit_chain.append_many(conn, entries)
        keep = ("sha256",) if kind.key == "attachment" else ()
        out.created = [(rid, {k: values.get(k) for k in keep}) for rid, values in out.created]
        out.updated = [(rid, {}, {}) for rid, _before, _after in out.updated]

    def _audit(
        self,
        conn: sa.Connection,
        sender: Sender,
        written: dict[str, tuple[Kind, Written, dict[uuid.UUID, dict[str, Any]]]],
        summary: ImportSummary,
        file_name: str,
    ) -> None:
        base = {"actor": self.actor.username, "note": f"数据交换：来自“{sender.name}”的数据包"}
        entries = [
            {
                **base,
                "action": AuditAction.DELETE,
                "entity": kind.entity,
                "entity_id": rid,
                "before": _json(values),
            }
            for kind, out, _theirs in written.values()
            for rid, values in out.deleted
        ]
        total = summary.total
        words = "，".join(
            f"{w} {total[k]}"
            for k, w in (
                ("created", "新增"),
                ("updated", "修改"),
                ("unchanged", "无变化"),
                ("conflicts", "冲突"),
                ("refused", "拒绝"),
            )
        )
        entries.append(
            {
                **base,
                "action": AuditAction.IMPORT,
                "entity": "exchange_package",
                "entity_id": sender.package_id,
                "after": _json({"file": file_name, **total}),
                "note": f"导入来自“{sender.name}”的数据包“{file_name}”：{words}",
            }
        )
        audit_chain.append_many(conn, entries)

    @staticmethod
    def _index(
        conn: sa.Connection, written: dict[str, tuple[Kind, Written, dict[uuid.UUID, dict[str, Any]]]]
    ) -> None:
        touched: list[tuple[str, uuid.UUID]] = []
        for key, doc_kind in (
            ("session", search_index.KIND_SESSION),
            ("suggestion", search_index.KIND_SUGGESTION),
        ):
            entry = written.get(key)
            if entry is not None:
                out = entry[1]
                touched += [(doc_kind, rid) for rid, _v in out.created] + [
                    (doc_kind, r[0]) for r in out.updated
                ]
        if len(touched) > _REINDEX_ALL:
            search_rebuild.reindex_all(conn)
            return
        for doc_kind, record_id in touched:
            search_index.index_record(conn, doc_kind, record_id)


def _content_refusal(conn: sa.Connection, package: Package, row: dict[str, Any]) -> str | None:
    sha = str(row.get("sha256") or "")
    if blobs.has_content(conn, sha) or f"blobs/{sha}" in package.manifest["files"]:
        return None
    return "数据包中没有这个附件的文件内容，本机也没有，未导入。"


def _json(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


__all__ = ["Importer"]
