"""The kinds of 履职活动: one table (activity_kind) the office extends; the built-in ones never go away.

`consultation` is the 站室组 协商议事 session itself (recorded as a ConsultationSession, never as a 履职活动);
the other built-in kinds are recorded as 履职活动. Codes are stable English keys (figures, point rules,
exchange packages); the office chooses the Chinese label of its own kinds and may rename or archive
them (an archived kind keeps its records but is not offered for new ones).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.activities import ActivityKind
from app.models.enums import AuditAction
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.errors import NotFoundError
from app.services.validation import raise_if

CONSULTATION = "consultation"
SPECIAL_CONSULTATION = "special_consultation"
DEMOCRATIC_SUPERVISION = "democratic_supervision"
INSPECTION = "inspection"
RESEARCH = "research"
LECTURE = "lecture"
VISIT = "visit"
PLENARY = "plenary"
STANDING_COMMITTEE = "standing_committee"
# (code, label) in the order the migration seeds them (0009 keeps its own copy).
BUILTIN: tuple[tuple[str, str], ...] = (
    (CONSULTATION, "协商议事"),
    (SPECIAL_CONSULTATION, "专题协商"),
    (DEMOCRATIC_SUPERVISION, "联动民主监督"),
    (INSPECTION, "视察"),
    (RESEARCH, "调研"),
    (LECTURE, "委员讲堂"),
    (VISIT, "走访（四下基层）"),
    (PLENARY, "全体会议"),
    (STANDING_COMMITTEE, "常委会议"),
)
BUILTIN_LABELS = dict(BUILTIN)
# The shipped labels in English (app.services.language); a kind the office named or renamed shows as typed.
KIND_ENGLISH: dict[str, str] = {
    "协商议事": "Consultation session",
    "专题协商": "Thematic consultation",
    "联动民主监督": "Joint democratic supervision",
    "视察": "Inspection",
    "调研": "Research",
    "委员讲堂": "Member lectures",
    "走访（四下基层）": "Grassroots visits",
    "全体会议": "Plenary session",
    "常委会议": "Standing committee meeting",
}
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
AK = table_of(ActivityKind).c


@dataclass(frozen=True)
class KindInfo:
    code: str
    label: str
    builtin: bool
    archived: bool

    @property
    def is_session(self) -> bool:
        """Recorded as a 协商议事活动 (ConsultationSession), not as a 履职活动."""
        return self.code == CONSULTATION


def load_kinds(s: Session | sa.Connection, *, include_archived: bool = True) -> list[KindInfo]:
    """Every kind, in the office's order (built-in first as seeded, then the office's own)."""
    stmt = sa.select(AK.code, AK.label, AK.builtin, AK.archived_at).order_by(AK.sort_order, AK.label)
    if not include_archived:
        stmt = stmt.where(AK.archived_at.is_(None))
    return [KindInfo(r.code, r.label, bool(r.builtin), r.archived_at is not None) for r in s.execute(stmt)]


def kind_labels(s: Session | sa.Connection) -> dict[str, str]:
    return {k.code: k.label for k in load_kinds(s)}


def check_kind(
    s: Session, errors: dict[str, str], field: str, code: str | None, kept: str | None, *, sessions: bool
) -> None:
    """`code` names a kind offered for new records (`kept`: the record's kind so far, allowed even if
    archived since); 协商议事 only where `sessions` (it is recorded as a session, not a 履职活动)."""
    if not code:
        errors[field] = msg("请选择履职活动类型")
        return
    row = s.execute(sa.select(AK.label, AK.archived_at).where(AK.code == code)).first()
    if row is None:
        errors[field] = msg("没有代码为“{code}”的履职活动类型", code=code)
    elif row.archived_at is not None and code != kept:
        errors[field] = msg("履职活动类型“{label}”已停用", label=row.label)
    elif code == CONSULTATION and not sessions:
        errors[field] = msg("站室组的协商议事请在“协商议事”中登记")


class ActivityKindService:
    """Reading is open to everyone; adding, renaming and archiving kinds is the office's."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def kinds(self, *, include_archived: bool = False) -> list[KindInfo]:
        with self.db.session(write=False) as s:
            return load_kinds(s, include_archived=include_archived)

    def labels(self) -> dict[str, str]:
        with self.db.session(write=False) as s:
            return kind_labels(s)

    def choices(self, *, with_sessions: bool = False) -> list[tuple[str, str]]:
        """(code, label) of the kinds offered for a new record (协商议事 only when `with_sessions`)."""
        return [(k.code, k.label) for k in self.kinds() if with_sessions or not k.is_session]

    def change_refusal(self) -> str | None:
        return permissions.change_refusal(self.actor, permissions.Area.ACTIVITY_KIND)

    def add(self, label: str, code: str | None = None) -> KindInfo:
        permissions.require_change(self.actor, permissions.Area.ACTIVITY_KIND)
        with self.db.session() as s:
            label = self._check_label(s, label, None)
            code = (code or "").strip() or self._next_code(s)
            errors: dict[str, str] = {}
            if not _CODE.match(code):
                errors["code"] = msg("类型代码只能由小写英文字母、数字和下划线组成，以字母开头（2 到 32 位）")
            elif s.exec(select(ActivityKind).where(ActivityKind.code == code)).first() is not None:
                errors["code"] = msg("类型代码“{code}”已被使用", code=code)
            raise_if(errors)
            highest = s.execute(sa.select(sa.func.max(AK.sort_order))).scalar_one() or 0
            kind = ActivityKind(code=code, label=label, builtin=False, sort_order=int(highest) + 10)
            s.add(kind)
            s.flush()
            audit.record(
                s, self.actor, AuditAction.CREATE, "activity_kind", kind.id, after=audit.snapshot(kind)
            )
            return KindInfo(kind.code, kind.label, False, False)

    def rename(self, code: str, label: str) -> KindInfo:
        permissions.require_change(self.actor, permissions.Area.ACTIVITY_KIND)
        with self.db.session() as s:
            kind = self._load(s, code)
            label = self._check_label(s, label, kind)
            if kind.label == label:
                return _info(kind)
            before = audit.snapshot(kind)
            kind.label = label
            s.flush()
            audit.record(
                s,
                self.actor,
                AuditAction.UPDATE,
                "activity_kind",
                kind.id,
                before=before,
                after=audit.snapshot(kind),
            )
            return _info(kind)

    def set_archived(self, code: str, archived: bool) -> KindInfo:
        """Stop (or resume) offering a kind for new records; its records and figures stay."""
        permissions.require_change(self.actor, permissions.Area.ACTIVITY_KIND)
        with self.db.session() as s:
            kind = self._load(s, code)
            if kind.builtin:
                raise_if({"code": msg("“{label}”是程序内置的活动类型，不能停用", label=kind.label)})
            if (kind.archived_at is not None) == archived:
                return _info(kind)
            before = audit.snapshot(kind)
            kind.archived_at = datetime.now(UTC) if archived else None
            s.flush()
            action = AuditAction.ARCHIVE if archived else AuditAction.RESTORE
            audit.record(
                s, self.actor, action, "activity_kind", kind.id, before=before, after=audit.snapshot(kind)
            )
            return _info(kind)

    # -- plumbing -----------------------------------------------------------------------------
    @staticmethod
    def _load(s: Session, code: str) -> ActivityKind:
        kind = s.exec(select(ActivityKind).where(ActivityKind.code == code)).first()
        if kind is None:
            raise NotFoundError(msg("没有代码为“{code}”的履职活动类型。", code=code))
        return kind

    @staticmethod
    def _check_label(s: Session, label: str, existing: ActivityKind | None) -> str:
        label = (label or "").strip()
        errors: dict[str, str] = {}
        if not label:
            errors["label"] = msg("类型名称不能为空")
        elif len(label) > 50:
            errors["label"] = msg("类型名称过长（最多 50 个字）")
        else:
            same = s.exec(select(ActivityKind).where(ActivityKind.label == label)).first()
            if same is not None and (existing is None or same.id != existing.id):
                errors["label"] = msg("已有名为“{label}”的履职活动类型", label=label)
        raise_if(errors)
        return label

    @staticmethod
    def _next_code(s: Session) -> str:
        taken = set(s.execute(sa.select(AK.code)).scalars())
        n = 1
        while f"custom_{n}" in taken:
            n += 1
        return f"custom_{n}"


def _info(kind: ActivityKind) -> KindInfo:
    return KindInfo(kind.code, kind.label, kind.builtin, kind.archived_at is not None)
