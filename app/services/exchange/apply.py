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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.models._base import table_of
from app.models.enums import AuditAction
from app.models.exchange import ExchangePackage
from app.models.users import User, UserPlatform
from app.services import audit_chain, permissions, search_index
from app.services.actor import Actor
from app.services.audit_text import Describer, field_label
from app.services.errors import ServiceError
from app.services.exchange import blobs, identity
from app.services.exchange.kinds import BY_KEY, KINDS, Kind
from app.services.exchange.lookups import Lookups
from app.services.exchange.merge import MISSING
from app.services.exchange.package import TOMBSTONES, Package, PackageRefused, records_member
from app.services.exchange.records import DELETED, EC, KindMerger, Sender, Written
from app.services.exchange.summary import ConflictNote, ImportSummary, RefusalNote

Progress = Callable[[int, int, str], None]
_REINDEX_ALL = 2000
OFFICE = frozenset({"admin", "clerk"})


class NewSender(ServiceError):
    """The sender is not known yet; the caller must show the fingerprint and ask before trusting it."""

    def __init__(self, trust: identity.SenderTrust) -> None:
        super().__init__(
            f"首次收到来自“{trust.name}”的数据包。请与对方核对密钥指纹 {trust.fingerprint} 后再导入。"
        )
        self.trust = trust


class _RollBack(Exception):
    pass


@dataclass(frozen=True)
class PackageInfo:
    """A checked package's manifest, as the preview shows it."""

    sender_id: uuid.UUID
    sender_name: str
    public_key: str
    fingerprint: str
    seq: int
    package_id: uuid.UUID
    created_at: datetime
    exported_by: dict[str, str]
    coverage: dict[str, Any]
    kinds: dict[str, int]

    @property
    def office(self) -> bool:
        return str(self.exported_by.get("role")) in OFFICE

    @property
    def platform_ids(self) -> frozenset[uuid.UUID] | None:
        platforms = self.coverage.get("platforms")
        return None if platforms is None else frozenset(uuid.UUID(p["id"]) for p in platforms)

    def as_json(self) -> dict[str, Any]:
        return {
            "package_id": str(self.package_id),
            "seq": self.seq,
            "created_at": self.created_at.isoformat(),
            "sender": {
                "installation_id": str(self.sender_id),
                "name": self.sender_name,
                "fingerprint": self.fingerprint,
            },
            "exported_by": self.exported_by,
            "coverage": self.coverage,
            "kinds": self.kinds,
        }


def open_checked(path: str | Path) -> tuple[Package, PackageInfo]:
    """Open a package and check it whole (signature, checksums) before anything is read from it."""
    package = Package(path)
    try:
        package.verify(identity.signature_valid)
        m = package.manifest
        sender = m["sender"]
        info = PackageInfo(
            uuid.UUID(str(sender["installation_id"])),
            str(sender.get("name") or "")[:100],
            str(sender["public_key"]),
            identity.fingerprint(str(sender["public_key"])),
            int(m["seq"]),
            uuid.UUID(str(m["package_id"])),
            datetime.fromisoformat(str(m["created_at"])).astimezone(UTC),
            {k: str(v) for k, v in dict(m["exported_by"]).items()},
            dict(m["coverage"]),
            {str(k): int(v) for k, v in dict(m["kinds"]).items()},
        )
        _ = info.platform_ids  # the platform ids must be readable
    except PackageRefused:
        package.close()
        raise
    except (KeyError, TypeError, ValueError) as exc:
        package.close()
        raise PackageRefused(
            f"数据包“{package.name}”的清单格式有误（{exc}），已拒绝导入，数据库未作任何改动。"
        ) from None
    return package, info


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
        for n, kind in enumerate(KINDS):
            lines = list(package.lines(records_member(kind.key)))
            if progress is not None:
                progress(n, len(KINDS) + 2, f"正在合并{kind.label}……")
            if not lines:
                continue
            merger = KindMerger(conn, kind, sender, inst.installation_id, clock, self.actor, lookups)
            if kind.key == "attachment":
                merger.extra = lambda row: _content_refusal(conn, package, row)
            out = merger.run(lines)
            for outcome in out.outcomes:
                summary.add(kind.key, outcome)
            theirs = {uuid.UUID(str(line["id"])): line.get("v") or {} for line in lines if "id" in line}
            written[kind.key] = (kind, out, theirs)
        self._tombstones(conn, package, sender, inst.installation_id, clock, lookups, summary, written)
        if progress is not None:
            progress(len(KINDS), len(KINDS) + 2, "正在保存附件内容与冲突……")
        self._contents(conn, package, written)
        describer = Describer(s, mask=False)
        for kind, out, theirs in written.values():
            self._conflicts(conn, kind, out, sender, describer, summary)
            self._close_agreed(conn, kind, sender, theirs)
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
            outcome = merger.delete(record_id, line.get("rev") if isinstance(line.get("rev"), str) else None)
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

    def _conflicts(
        self,
        conn: sa.Connection,
        kind: Kind,
        out: Written,
        sender: Sender,
        describer: Describer,
        summary: ImportSummary,
    ) -> None:
        now = datetime.now(UTC)
        platform_sql = kind.platform_sql()
        for record_id, label, name, base, mine, theirs in out.conflicts:
            platform = None
            if platform_sql is not None:
                platform = conn.execute(sa.select(platform_sql).where(kind.table.c.id == record_id)).scalar()
            values = {
                "base": None if base is MISSING else json.dumps(base, ensure_ascii=False),
                "mine": json.dumps(mine, ensure_ascii=False),
                "theirs": json.dumps(theirs, ensure_ascii=False),
                "package_id": sender.package_id,
                "theirs_by": sender.by[:100],
                "theirs_at": sender.packaged_at,
                "peer_name": sender.name[:100],
                "record_label": label[:200],
                "platform_id": platform,
                "updated_at": now,
            }
            open_id = conn.execute(
                sa.select(EC.c.id).where(
                    EC.c.resolved_at.is_(None),
                    EC.c.peer_installation_id == sender.installation_id,
                    EC.c.entity == kind.entity,
                    EC.c.record_id == record_id,
                    EC.c.field == name,
                )
            ).scalar()
            if open_id is not None:
                conn.execute(
                    sa.update(EC).where(EC.c.id == open_id).values(**values, version=EC.c.version + 1)
                )
            else:
                conn.execute(
                    sa.insert(EC).values(
                        id=uuid.uuid4(),
                        created_at=now,
                        version=1,
                        peer_installation_id=sender.installation_id,
                        entity=kind.entity,
                        record_id=record_id,
                        field=name,
                        **values,
                    )
                )
            summary.conflicts.append(
                conflict_note(describer, kind, str(record_id), label, name, base, mine, theirs)
            )

    def _close_agreed(
        self, conn: sa.Connection, kind: Kind, sender: Sender, theirs: dict[uuid.UUID, dict[str, Any]]
    ) -> None:
        """Open conflicts with this sender that its package no longer disagrees with are closed."""
        rows = conn.execute(
            sa.select(EC.c.id, EC.c.record_id, EC.c.field).where(
                EC.c.resolved_at.is_(None),
                EC.c.peer_installation_id == sender.installation_id,
                EC.c.entity == kind.entity,
                EC.c.field != DELETED,
            )
        ).all()
        now = datetime.now(UTC)
        for conflict_id, record_id, name in rows:
            if record_id not in theirs or name not in theirs[record_id] or name not in kind.table.c:
                continue
            value = conn.execute(sa.select(kind.table.c[name]).where(kind.table.c.id == record_id)).scalar()
            if kind.encoders[name](value) == theirs[record_id][name]:
                conn.execute(
                    sa.update(EC)
                    .where(EC.c.id == conflict_id)
                    .values(
                        resolved_at=now,
                        resolved_by=self.actor.username,
                        resolution="same",
                        version=EC.c.version + 1,
                    )
                )

    def _audit(
        self,
        conn: sa.Connection,
        sender: Sender,
        written: dict[str, tuple[Kind, Written, dict[uuid.UUID, dict[str, Any]]]],
        summary: ImportSummary,
        file_name: str,
    ) -> None:
        note = f"数据交换：来自“{sender.name}”的数据包"
        entries: list[dict[str, Any]] = []
        base = {"actor": self.actor.username, "note": note}
        for kind, out, _theirs in written.values():
            entries += [
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
            entries += [
                {
                    **base,
                    "action": AuditAction.DELETE,
                    "entity": kind.entity,
                    "entity_id": rid,
                    "before": _json(values),
                }
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
            search_index.reindex_all(conn)
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


def conflict_note(
    describer: Describer, kind: Kind, record_id: str, label: str, name: str, base: Any, mine: Any, theirs: Any
) -> ConflictNote:
    if name == DELETED:
        words = {"deleted": "已删除", "kept": "保留"}
        return ConflictNote(
            kind.key,
            record_id,
            label,
            name,
            "删除",
            "（空）",
            words.get(str(mine), "保留"),
            words.get(str(theirs), "保留（已修改）"),
        )
    show = lambda v: describer.value(kind.entity, name, v)  # noqa: E731
    return ConflictNote(
        kind.key,
        record_id,
        describe_record(describer, kind, label),
        name,
        field_label(name, kind.entity),
        "（不详）" if base is MISSING else show(base),
        show(mine),
        show(theirs),
    )


def describe_record(describer: Describer, kind: Kind, label: str) -> str:
    return describer.value(kind.entity, kind.label_field, label) if label else str(kind.label)


__all__ = ["BY_KEY", "Importer", "NewSender", "PackageInfo", "open_checked"]
