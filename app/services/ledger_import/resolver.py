"""Platforms, members, units and sessions named by text, resolved to records (or planned as new ones).

Rules (documented for users in the import report):
* 承办单位 are matched by name and created when new.
* 委员 are matched by name; a name that is not yet in the database is created as a new member
  (name only), a name shared by several members is an error (we cannot tell them apart).
* 站室组 are matched by name. A new one is created only when the file says enough: its kind
  (a 平台类型 column, or the name ending in 委员驿站/委员工作室/委员联络组) and its 县区 (a 县区
  column, the district given with the import, or the name starting with it, e.g. 城西区…).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.messages import msg
from app.models._base import table_of
from app.models.enums import PlatformKind
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.models.units import HandlingUnit
from app.services.ledger_import.headers import district_of
from app.services.ledger_import.model import CREATE, ImportMapping, PlannedRecord
from app.services.ledger_import.parsers import match_enum
from app.services.value_words import SHIPPED, Vocabulary

PL = table_of(Platform).c
ME = table_of(Member).c
HU = table_of(HandlingUnit).c
CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c
_KIND_SUFFIXES = (
    (PlatformKind.STATION, "驿站"),
    (PlatformKind.STUDIO, "工作室"),
    (PlatformKind.LIAISON_GROUP, "联络组"),
)


class Unresolved(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class SessionRef:
    id: uuid.UUID
    platform_id: uuid.UUID
    held_on: date
    topic: str
    pending: bool = False


@dataclass
class Resolver:
    s: Session
    mapping: ImportMapping
    words: Vocabulary = SHIPPED
    created: dict[str, list[PlannedRecord]] = field(default_factory=lambda: defaultdict(list))
    notices: list[tuple[str, str]] = field(default_factory=list)  # (entity, name and details) of new records
    pending: set[uuid.UUID] = field(default_factory=set)  # ids of records this import creates

    def __post_init__(self) -> None:
        self.platforms: dict[str, uuid.UUID] = {n: i for i, n in self.s.execute(sa.select(PL.id, PL.name))}
        self.units: dict[str, uuid.UUID] = {n: i for i, n in self.s.execute(sa.select(HU.id, HU.name))}
        # Archived members are still the people named in old ledgers; active ones win a shared name.
        self.members: dict[str, list[uuid.UUID]] = defaultdict(list)
        archived: dict[str, list[uuid.UUID]] = defaultdict(list)
        for mid, name, gone in self.s.execute(sa.select(ME.id, ME.name, ME.archived_at)):
            (archived if gone is not None else self.members)[name].append(mid)
        for name, ids in archived.items():
            self.members.setdefault(name, ids)
        self._sessions: dict[uuid.UUID, SessionRef] | None = None
        self._session_keys: dict[tuple[uuid.UUID, date, str], uuid.UUID] = {}
        self._by_topic: dict[str, list[SessionRef]] = defaultdict(list)
        self._suggestion_keys: dict[tuple[Any, ...], uuid.UUID] | None = None

    # -- 站室组 ----------------------------------------------------------------------------------
    def platform(
        self,
        name: str | None,
        *,
        kind: PlatformKind | None = None,
        district: str | None = None,
        default: str | None = None,
    ) -> uuid.UUID:
        """A platform by name (`default`: the sheet's own, from its title; then the import's)."""
        name = (name or default or self.mapping.platform or "").strip()
        if not name:
            raise Unresolved(msg("没有填写站室组（本表也没有“站室组”列，请在导入时指定站室组）"))
        if name in self.platforms:
            return self.platforms[name]
        # A new platform: its kind from the row or its name, its 县区 from the row, the district
        # chosen for this import, or the start of its name.
        kind = kind or self.kind_from_name(name)
        district = district or self.mapping.district or district_of(name)
        if kind is None or not district:
            missing = "、".join(
                w for w, gone in ((msg("平台类型"), kind is None), (msg("县区"), not district)) if gone
            )
            raise Unresolved(
                msg(
                    "找不到站室组“{name}”。如需新建，请填写{missing}（在本行的列中，"
                    "或导入时指定县区；名称也可写明，如“城西区胜利路委员驿站”）",
                    name=name,
                    missing=missing,
                )
            )
        record = PlannedRecord(
            "platform", CREATE, uuid.uuid4(), "", 0, {"name": name, "kind": kind, "district": district}
        )
        self.register_platform(name, record.record_id)
        self.created["platform"].append(record)
        self.notices.append(
            ("platform", msg("{name}（{label}，{district}）", name=name, label=kind.label, district=district))
        )
        return record.record_id

    def register_platform(self, name: str, record_id: uuid.UUID) -> None:
        self.platforms[name] = record_id
        self.pending.add(record_id)

    def kind_from_name(self, name: str) -> PlatformKind | None:
        for kind, suffix in _KIND_SUFFIXES:
            if name.endswith(suffix):
                return kind
        found = match_enum(name, PlatformKind, self.words)
        return PlatformKind(found.value) if found else None

    # -- 承办单位 --------------------------------------------------------------------------------
    def unit(self, name: str) -> uuid.UUID:
        name = name.strip()
        if name not in self.units:
            record = PlannedRecord("unit", CREATE, uuid.uuid4(), "", 0, {"name": name})
            self.units[name] = record.record_id
            self.pending.add(record.record_id)
            self.created["unit"].append(record)
            self.notices.append(("unit", name))
        return self.units[name]

    # -- 委员 ------------------------------------------------------------------------------------
    def member(self, name: str, *, create: bool = True) -> uuid.UUID | None:
        found = self.members.get(name.strip(), [])
        if len(found) > 1:
            raise Unresolved(
                msg(
                    "有 {count} 位名为“{name}”的委员，无法区分，请先在委员名册中区分重名委员",
                    count=len(found),
                    name=name,
                )
            )
        if found:
            return found[0]
        if not create:
            return None
        record = PlannedRecord("member", CREATE, uuid.uuid4(), "", 0, {"name": name.strip()})
        self.register_member(name.strip(), record.record_id)
        self.created["member"].append(record)
        self.notices.append(("member", name.strip()))
        return record.record_id

    def register_member(self, name: str, record_id: uuid.UUID) -> None:
        if record_id not in self.members[name]:
            self.members[name].append(record_id)
        self.pending.add(record_id)

    def proposer(self, text: str) -> tuple[uuid.UUID | None, str | None]:
        """A proposer is a member when the name is one member's; otherwise the text is kept as written."""
        found = self.members.get(text.strip(), [])
        return (found[0], None) if len(found) == 1 else (None, text)

    # -- 协商议事活动 ----------------------------------------------------------------------------
    def sessions(self) -> dict[uuid.UUID, SessionRef]:
        if self._sessions is None:
            self._sessions = {}
            for sid, pid, held_on, topic in self.s.execute(
                sa.select(CS.id, CS.platform_id, CS.held_on, CS.topic)
            ):
                self._sessions[sid] = SessionRef(sid, pid, held_on, topic)
                self._session_keys[(pid, held_on, topic)] = sid
                self._by_topic[topic].append(self._sessions[sid])
        return self._sessions

    def session_by_key(self, platform_id: uuid.UUID, held_on: date, topic: str) -> uuid.UUID | None:
        self.sessions()
        return self._session_keys.get((platform_id, held_on, topic))

    def register_session(self, ref: SessionRef) -> None:
        known = self.sessions().get(ref.id)
        if known is not None and known in self._by_topic.get(known.topic, []):
            self._by_topic[known.topic].remove(known)
        self.sessions()[ref.id] = ref
        self._by_topic[ref.topic].append(ref)
        self._session_keys[(ref.platform_id, ref.held_on, ref.topic)] = ref.id
        if ref.pending:
            self.pending.add(ref.id)

    def session_by_topic(self, topic: str, platform_id: uuid.UUID | None) -> SessionRef:
        self.sessions()
        matches = [r for r in self._by_topic.get(topic, []) if platform_id in (None, r.platform_id)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise Unresolved(msg("找不到议题为“{topic}”的协商议事活动", topic=topic))
        raise Unresolved(
            msg(
                "议题为“{topic}”的协商议事活动有 {count} 次，无法确定是哪一次，请填写站室组",
                topic=topic,
                count=len(matches),
            )
        )

    # -- 意见建议 (natural key for rows without a record id) -------------------------------------
    def suggestion_by_key(
        self, session_id: uuid.UUID | None, platform_id: uuid.UUID | None, raised_on: date | None, title: str
    ) -> uuid.UUID | None:
        if self._suggestion_keys is None:
            self._suggestion_keys = {}
            for sid, session_id_, pid, raised, t in self.s.execute(
                sa.select(SG.id, SG.session_id, SG.platform_id, SG.raised_on, SG.title).where(
                    SG.archived_at.is_(None)
                )
            ):
                key = ("s", session_id_, t) if session_id_ else ("p", pid, raised, t)
                self._suggestion_keys[key] = sid
        key = ("s", session_id, title) if session_id else ("p", platform_id, raised_on, title)
        return self._suggestion_keys.get(key)

    def register_suggestion(
        self,
        record_id: uuid.UUID,
        session_id: uuid.UUID | None,
        platform_id: uuid.UUID | None,
        raised_on: date | None,
        title: str,
    ) -> None:
        self.suggestion_by_key(session_id, platform_id, raised_on, title)
        assert self._suggestion_keys is not None
        key = ("s", session_id, title) if session_id else ("p", platform_id, raised_on, title)
        self._suggestion_keys[key] = record_id


NOTICE_TEMPLATES: dict[str, Callable[[int, str], str]] = {
    "platform": lambda n, names: msg("将新建站室组 {n} 个：{names}", n=n, names=names),
    "unit": lambda n, names: msg("将新建承办单位 {n} 个：{names}", n=n, names=names),
    "member": lambda n, names: msg(
        "将新建委员 {n} 名（只有姓名，其他信息请在委员名册中补充）：{names}", n=n, names=names
    ),
}


def notice_lines(notices: list[tuple[str, str]]) -> list[str]:
    """One line per kind of record the import creates from names."""
    lines = []
    for entity, template in NOTICE_TEMPLATES.items():
        names = [text for kind, text in notices if kind == entity]
        if names:
            lines.append(template(len(names), "、".join(names)))
    return lines
