"""协商议事活动: record, attendance, participants and the session's state."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.messages import msg
from app.models._base import table_of
from app.models.enums import (
    AttendanceStatus,
    AuditAction,
    ParticipantKind,
    PlatformKind,
    SessionForm,
    SessionState,
    TopicSource,
)
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import (
    ConsultationSession,
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
    SessionAttendance,
    SessionParticipant,
)
from app.models.suggestions import Suggestion
from app.models.topics import Topic
from app.services import audit, open_work, permissions, record_checks, search_docs
from app.services.batch import BatchReport, Progress, run_batch
from app.services.crud import CrudService
from app.services.errors import ConflictError
from app.services.list_text import Coded, Named
from app.services.listing import Joined, ListSpec, Sort, TextIndex, by_column, wide
from app.services.transitions import SESSION_TRANSITIONS, check_move
from app.services.validation import check_number, clean_text, clean_texts, max_length, raise_if

CS = table_of(ConsultationSession).c
PL = table_of(Platform).c
ME = table_of(Member).c
SG = table_of(Suggestion).c


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _any_platform(session: Session) -> bool:
    return session.execute(sa.select(PL.id).where(PL.archived_at.is_(None)).limit(1)).first() is not None


def participant_errors(participants: list[tuple[ParticipantKind, str, str | None]]) -> dict[str, str]:
    """What is wrong with a list of other participants (kind, name, organisation), by row."""
    errors: dict[str, str] = {}
    name_limit = max_length("session_participant", "name") or 0
    org_limit = max_length("session_participant", "organization") or 0
    for i, (_kind, name, org) in enumerate(participants, 1):
        name = (name or "").strip()
        if not name:
            errors[f"participant_{i}"] = msg("第 {i} 位参会人员的姓名不能为空", i=i)
        elif len(name) > name_limit:
            errors[f"participant_{i}"] = msg(
                "第 {i} 位参会人员的姓名过长（最多 {name_limit} 个字）", i=i, name_limit=name_limit
            )
        elif len((org or "").strip()) > org_limit:
            errors[f"participant_{i}"] = msg(
                "第 {i} 位参会人员的单位或职务过长（最多 {org_limit} 个字）", i=i, org_limit=org_limit
            )
    return errors


class SessionService(CrudService[ConsultationSession, ConsultationSessionCreate, ConsultationSessionUpdate]):
    model = ConsultationSession
    entity = "consultation_session"
    noun = msg("协商议事活动")
    area = permissions.Area.SESSION

    def validate(
        self, session: Session, values: dict[str, Any], existing: ConsultationSession | None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        clean_texts(errors, "consultation_session", values, required=("topic",))
        check_number(errors, "consultation_session", "resident_count", values.get("resident_count"))
        for key in ("minutes", "consensus", "notes"):
            values[key] = clean_text(values.get(key))
        if values.get("topic_source") is None:
            errors["topic_source"] = msg("请选择议题来源")
        if values.get("held_on") is None:
            errors["held_on"] = msg("请填写活动时间")
        elif values["held_on"] < date(2000, 1, 1) or values["held_on"] > date.today() + timedelta(
            days=366 * 2
        ):
            errors["held_on"] = msg("活动时间不在合理范围内（2000年至两年后）")
        if values.get("platform_id") is None:
            errors["platform_id"] = (
                msg("请选择举办活动的站室组")
                if _any_platform(session)
                else msg("请先登记站室组，再登记协商议事活动")
            )
        elif session.get(Platform, values["platform_id"]) is None:
            errors["platform_id"] = msg("所选站室组不存在")
        if values.get("convener_id") is not None and session.get(Member, values["convener_id"]) is None:
            errors["convener_id"] = msg("所选召集人不存在")
        if values.get("topic_id") is not None:
            topic = session.get(Topic, values["topic_id"])
            if topic is None:
                errors["topic_id"] = msg("所选议题不存在")
            elif not permissions.can_see(self.actor, topic.platform_id):
                errors["topic_id"] = permissions.NOT_VISIBLE
            elif values.get("platform_id") is not None:
                record_checks.topic_platform(errors, topic.platform_id, values["platform_id"])
        if (
            existing is None
            and values.get("state") not in (None, SessionState.PLANNED)
            and values.get("held_on")
            and values["held_on"] > date.today()
        ):
            errors["state"] = msg("尚未到活动时间的活动只能是“筹备中”")
        raise_if(errors)
        return values

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        return values.get("platform_id")

    def after_save(self, session: Session, obj: ConsultationSession, *, created: bool) -> None:
        """A session moved to another platform takes its suggestions along (their platform is its)."""
        if created:
            return
        moved = session.exec(
            select(Suggestion).where(
                Suggestion.session_id == obj.id,
                sa.or_(SG.platform_id.is_(None), SG.platform_id != obj.platform_id),
            )
        ).all()
        for suggestion in moved:
            before = audit.snapshot(suggestion)
            suggestion.platform_id = obj.platform_id
            session.flush()
            audit.record(
                session,
                self.actor,
                AuditAction.UPDATE,
                "suggestion",
                suggestion.id,
                before=before,
                after=audit.snapshot(suggestion),
                note="随所属活动改到另一站室组",
            )

    def open_work(self, session: Session, obj: ConsultationSession) -> list[str]:
        return open_work.session(session, obj.id)

    def list_spec(self) -> ListSpec:
        """The list's spec (the same every time: built once per service)."""
        spec: ListSpec | None = getattr(self, "_list_spec", None)
        if spec is None:
            spec = self._list_spec = self._build_list_spec()
        return spec

    def _build_list_spec(self) -> ListSpec:
        columns = {
            "held_on": CS.held_on,
            "topic": CS.topic,
            "topic_source": CS.topic_source,
            "form": CS.form,
            "platform_name": PL.name,
            "platform_kind": PL.kind,
            "district": PL.district,
            "convener_name": ME.name,
            "location": CS.location,
            "state": CS.state,
            "suggestion_count": CS.suggestion_count,  # kept by triggers (migration 0011)
        }
        platform, member = table_of(Platform), table_of(Member)
        return ListSpec(
            table=table_of(ConsultationSession),
            fields=[
                CS.id,
                CS.version,
                CS.archived_at,
                CS.platform_id,
                *(c.label(k) for k, c in columns.items()),
            ],
            joins=[
                Joined(platform, PL.id == CS.platform_id, outer=False),
                Joined(member, ME.id == CS.convener_id),
            ],
            columns=columns,
            search=[CS.topic, CS.location, PL.name],
            text=TextIndex(
                search_docs.KIND_SESSION,
                tuple(CS[f] for f in search_docs.SESSION_FIELDS),
                CS.held_on,
                (Named(PL.name, PL.id, CS.platform_id, search_docs.platform_code),),
                codes=(
                    Coded(CS.platform_id, search_docs.platform_code),
                    Coded(CS.state, search_docs.state_code, walk=True),  # ix_consultation_session_state
                    Coded(CS.form, search_docs.form_code, walk=True),  # ix_consultation_session_form
                    Coded(CS.topic_source, search_docs.source_code, walk=True),  # …_topic_source
                ),
            ),
            filters={
                "platform_id": lambda v: CS.platform_id == _uuid(v),
                "district": lambda v: wide(PL.district) == v,
                "platform_kind": lambda v: wide(PL.kind) == PlatformKind(v).value,
                "state": lambda v: wide(CS.state) == SessionState(v).value,
                "form": lambda v: wide(CS.form) == SessionForm(v).value,
                "topic_source": lambda v: wide(CS.topic_source) == TopicSource(v).value,
                "date_from": lambda v: CS.held_on >= _date(v),
                "date_to": lambda v: CS.held_on <= _date(v),
            },
            sorts={
                "held_on": by_column(CS.held_on, nullable=False),
                "topic": by_column(CS.topic, nullable=False),
                "suggestion_count": by_column(CS.suggestion_count, nullable=False),
                "state": by_column(CS.state, nullable=False),
                "form": by_column(CS.form, nullable=False),
                "topic_source": by_column(CS.topic_source, nullable=False),
                "platform_name": by_column(PL.name, lead=platform, fk=CS.platform_id),
                "platform_kind": by_column(PL.kind, lead=platform, fk=CS.platform_id),
                "district": by_column(PL.district, lead=platform, fk=CS.platform_id),
                "convener_name": by_column(ME.name, lead=member, fk=CS.convener_id),
            },
            default=Sort(by_column(CS.held_on, nullable=False), descending=True),
            platform=CS.platform_id,
            platform_date=CS.held_on,  # ix_session_platform_held
            archived=CS.archived_at,
        )

    # -- state ------------------------------------------------------------------
    def transition(
        self,
        session_id: uuid.UUID,
        target: SessionState,
        *,
        expected_version: int | None = None,
        session: Session | None = None,
    ) -> ConsultationSession:
        with self.unit_of_work(session) as s:
            obj = self._load(s, session_id)
            permissions.require_change(self.actor, self.area, obj.platform_id)
            if expected_version is not None and obj.version != expected_version:
                raise ConflictError(msg("该协商议事活动已被他人修改，请刷新后重试。"))
            check_move(SESSION_TRANSITIONS, obj.state, target, msg("协商议事活动"))
            if target is not SessionState.PLANNED and obj.held_on > date.today():
                raise_if({"state": msg("活动日期尚未到来，不能标记为已召开")})
            before = audit.snapshot(obj)
            obj.state = target
            s.flush()
            audit.record(
                s,
                self.actor,
                AuditAction.TRANSITION,
                self.entity,
                obj.id,
                before=before,
                after=audit.snapshot(obj),
            )
            return obj

    def transition_many(
        self,
        sessions: Sequence[tuple[uuid.UUID, str]],
        target: SessionState,
        progress: Progress | None = None,
    ) -> BatchReport:
        """Move several (id, topic) sessions to `target` in one transaction; refused ones are named."""
        return run_batch(
            self.db,
            sessions,
            lambda s, session_id: self.transition(session_id, target, session=s),
            progress,
        )

    # -- attendance and participants -------------------------------------------
    def set_attendance(
        self,
        session_id: uuid.UUID,
        attendance: dict[uuid.UUID, AttendanceStatus],
        speakers: set[uuid.UUID] | None = None,
    ) -> None:
        """Replace the member attendance of a session with `attendance`; `speakers` (those who spoke, 发言)
        replaces the speakers too, None keeps who spoke as recorded."""
        with self.unit_of_work(None) as s:
            obj = self._load(s, session_id)
            permissions.require_change(self.actor, self.area, obj.platform_id)
            missing = [m for m in attendance if s.get(Member, m) is None]
            if missing:
                raise_if({"attendance": msg("有 {count} 名委员不存在", count=len(missing))})
            existing = {
                a.member_id: a
                for a in s.exec(select(SessionAttendance).where(SessionAttendance.session_id == session_id))
            }
            before = {str(k): v.status.value for k, v in existing.items()}
            spoke_before = sorted(str(k) for k, v in existing.items() if v.spoke)
            for member_id, row in existing.items():
                if member_id not in attendance:
                    s.delete(row)
            spoke_after: list[str] = []
            for member_id, status in attendance.items():
                current = existing.get(member_id)
                kept = current is not None and current.spoke
                spoke = status is AttendanceStatus.PRESENT and (
                    member_id in speakers if speakers is not None else kept
                )
                if spoke:
                    spoke_after.append(str(member_id))
                if current is None:
                    s.add(
                        SessionAttendance(
                            session_id=session_id, member_id=member_id, status=status, spoke=spoke
                        )
                    )
                elif (current.status, current.spoke) != (status, spoke):
                    current.status, current.spoke = status, spoke
            after = {str(k): v.value for k, v in attendance.items()}
            if spoke_before != sorted(spoke_after):
                before = {**before, "spoke": spoke_before}  # type: ignore[dict-item]
                after = {**after, "spoke": sorted(spoke_after)}  # type: ignore[dict-item]
            if before != after:
                audit.record(
                    s,
                    self.actor,
                    AuditAction.UPDATE,
                    "session_attendance",
                    session_id,
                    before=before,
                    after=after,
                )

    def attendance(self, session_id: uuid.UUID) -> list[tuple[Member, AttendanceStatus]]:
        with self.unit_of_work(None, write=False) as s:
            self._load(s, session_id)  # the reader may see this session
            rows = s.exec(
                select(Member, SessionAttendance.status)
                .join(SessionAttendance, SessionAttendance.member_id == Member.id)  # type: ignore[arg-type]
                .where(SessionAttendance.session_id == session_id)
                .order_by(Member.name_strokes, Member.name)  # type: ignore[arg-type]
            ).all()
            return [(m, AttendanceStatus(st)) for m, st in rows]

    def speakers(self, session_id: uuid.UUID) -> set[uuid.UUID]:
        """Members who spoke (发言) at the session."""
        with self.unit_of_work(None, write=False) as s:
            self._load(s, session_id)
            return set(
                s.exec(
                    select(SessionAttendance.member_id).where(
                        SessionAttendance.session_id == session_id,
                        SessionAttendance.spoke.is_(True),  # type: ignore[attr-defined]
                    )
                ).all()
            )

    def set_participants(
        self, session_id: uuid.UUID, participants: list[tuple[ParticipantKind, str, str | None]]
    ) -> None:
        """Replace the other participants (kind, name, organisation) of a session."""
        with self.unit_of_work(None) as s:
            obj = self._load(s, session_id)
            permissions.require_change(self.actor, self.area, obj.platform_id)
            raise_if(participant_errors(participants))
            old = s.exec(select(SessionParticipant).where(SessionParticipant.session_id == session_id)).all()
            before = [[p.kind.value, p.name, p.organization] for p in old]
            for p in old:
                s.delete(p)
            for kind, name, org in participants:
                s.add(
                    SessionParticipant(
                        session_id=session_id, kind=kind, name=name.strip(), organization=clean_text(org)
                    )
                )
            after = [[k.value, n.strip(), clean_text(o)] for k, n, o in participants]
            if before != after:
                audit.record(
                    s,
                    self.actor,
                    AuditAction.UPDATE,
                    "session_participant",
                    session_id,
                    before={"participants": before},
                    after={"participants": after},
                )

    def participants(self, session_id: uuid.UUID) -> list[SessionParticipant]:
        with self.unit_of_work(None, write=False) as s:
            self._load(s, session_id)  # the reader may see this session
            return list(
                s.exec(
                    select(SessionParticipant)
                    .where(SessionParticipant.session_id == session_id)
                    .order_by(SessionParticipant.kind, SessionParticipant.name)  # type: ignore[arg-type]
                ).all()
            )
