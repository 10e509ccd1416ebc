"""履职活动: 专题协商, 联动民主监督, 视察, 调研, 委员讲堂, 走访, plenary and standing-committee meetings
and the office's own kinds — at the office (政协机关) or a 站室组 — with who attended, minutes and what
came of it.

The 站室组 协商议事 sessions are not recorded here (app.services.sessions); they are the kind
`consultation` in every figure and point rule.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from app.glossary import OFFICE_LEVEL
from app.messages import msg
from app.models._base import table_of
from app.models.activities import (
    ActivityAttendance,
    ActivityKind,
    DutyActivity,
    DutyActivityCreate,
    DutyActivityUpdate,
)
from app.models.enums import ActivityState, AttendanceStatus, AuditAction, InspectionKind
from app.models.members import Member
from app.models.platforms import Platform
from app.models.reports import ResearchReport
from app.models.suggestions import Suggestion
from app.models.topics import Topic
from app.services import activity_kinds, audit, permissions, record_checks
from app.services.crud import CrudService
from app.services.listing import ListSpec
from app.services.paging import Joined, Sort, by_column
from app.services.validation import raise_if

DA = table_of(DutyActivity).c
AA = table_of(ActivityAttendance).c
AK = table_of(ActivityKind).c
PL = table_of(Platform).c
ME = table_of(Member).c
SG = table_of(Suggestion).c
RR = table_of(ResearchReport).c

Attendance = dict[uuid.UUID, AttendanceStatus]


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class ActivityService(CrudService[DutyActivity, DutyActivityCreate, DutyActivityUpdate]):
    model = DutyActivity
    entity = "duty_activity"
    noun = msg("履职活动")
    area = permissions.Area.ACTIVITY

    def validate(
        self, session: Session, values: dict[str, Any], existing: DutyActivity | None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        check = record_checks
        kept = existing.kind if existing is not None else None
        activity_kinds.check_kind(session, errors, "kind", values.get("kind"), kept, sessions=False)
        values["title"] = check.text(
            errors, "title", values.get("title"), 200, msg("活动主题"), required=True
        )
        values["location"] = check.text(errors, "location", values.get("location"), 200, msg("地点"))
        values["organiser"] = check.text(errors, "organiser", values.get("organiser"), 100, msg("组织单位"))
        for key in ("other_participants", "minutes", "notes"):
            values[key] = check.text(errors, key, values.get(key), 20000, msg("内容"))
        held_on = check.day(errors, "held_on", values.get("held_on"), msg("活动时间"), required=True)
        if values.get("kind") != activity_kinds.INSPECTION:
            values["inspection_kind"] = None
        elif values.get("inspection_kind") is None:
            values["inspection_kind"] = InspectionKind.SUPERVISORY
        check.platform(session, errors, values.get("platform_id"))
        check.member(session, errors, "convener_id", values.get("convener_id"), msg("牵头委员"))
        topic_id = values.get("topic_id")
        if topic_id is not None:
            topic = session.get(Topic, topic_id)
            if topic is None:
                errors["topic_id"] = msg("所选议题不存在")
            elif not permissions.can_see(self.actor, topic.platform_id):
                errors["topic_id"] = permissions.NOT_VISIBLE
            else:
                check.topic_platform(errors, topic.platform_id, values.get("platform_id"))
        state = values.get("state") or ActivityState.HELD
        values["state"] = state
        if state is ActivityState.HELD and held_on is not None and held_on > date.today():
            errors["state"] = msg("尚未到活动时间的活动只能是“筹备中”")
        raise_if(errors)
        return values

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        return values.get("platform_id")

    def after_save(self, session: Session, obj: DutyActivity, *, created: bool) -> None:
        """An activity moved to another platform (or to the office) takes its suggestions along."""
        if created:
            return
        moved = session.exec(
            select(Suggestion).where(
                Suggestion.activity_id == obj.id,
                SG.platform_id.is_distinct_from(obj.platform_id),
            )
        ).all()
        for suggestion in moved:
            before = audit.snapshot(suggestion)
            suggestion.platform_id = obj.platform_id
            session.flush()
            audit.record(
                session, self.actor, AuditAction.UPDATE, "suggestion", suggestion.id,
                before=before, after=audit.snapshot(suggestion), note="随所属履职活动改到另一站室组",
            )  # fmt: skip

    def list_spec(self) -> ListSpec:
        present = (
            sa.select(sa.func.count())
            .where(AA.activity_id == DA.id, AA.status == AttendanceStatus.PRESENT.value)
            .scalar_subquery()
        )
        suggestions = (
            sa.select(sa.func.count())
            .where(SG.activity_id == DA.id, SG.archived_at.is_(None))
            .scalar_subquery()
        )
        reports = (
            sa.select(sa.func.count())
            .where(RR.activity_id == DA.id, RR.archived_at.is_(None))
            .scalar_subquery()
        )
        columns = {
            "held_on": DA.held_on,
            "kind_label": AK.label,
            "inspection_kind": DA.inspection_kind,
            "title": DA.title,
            "platform_name": sa.func.coalesce(PL.name, OFFICE_LEVEL),
            "district": PL.district,
            "organiser": DA.organiser,
            "convener_name": ME.name,
            "location": DA.location,
            "state": DA.state,
            "present_count": present,
            "suggestion_count": suggestions,
            "report_count": reports,
        }
        return ListSpec(
            table=table_of(DutyActivity),
            fields=[
                DA.id,
                DA.version,
                DA.archived_at,
                DA.platform_id,
                DA.kind,
                *(c.label(k) for k, c in columns.items()),
            ],
            joins=[
                Joined(table_of(ActivityKind), AK.code == DA.kind, outer=False),
                Joined(table_of(Platform), PL.id == DA.platform_id),
                Joined(table_of(Member), ME.id == DA.convener_id),
            ],
            columns=columns,
            search=[DA.title, DA.location, DA.organiser, PL.name],
            filters={
                "kind": lambda v: DA.kind == str(v),
                "platform_id": lambda v: DA.platform_id == _uuid(v),
                "office_level": lambda v: DA.platform_id.is_(None) if v else DA.platform_id.is_not(None),
                "district": lambda v: PL.district == v,
                "state": lambda v: DA.state == ActivityState(v).value,
                "topic_id": lambda v: DA.topic_id == _uuid(v),
                "date_from": lambda v: DA.held_on >= v,
                "date_to": lambda v: DA.held_on <= v,
            },
            default=Sort(by_column(DA.held_on), descending=True),
            platform=DA.platform_id,
            archived=DA.archived_at,
        )

    def choices(self, *, kind: str | None = None) -> list[tuple[uuid.UUID, str]]:
        """(id, "2026-05-12 视察：…") of the activities the reader may see, newest first (for pickers)."""
        labels = self.kind_labels()
        with self.unit_of_work(None, write=False) as s:
            stmt = (
                sa.select(DA.id, DA.held_on, DA.kind, DA.title)
                .where(
                    DA.archived_at.is_(None),
                    *permissions.restrict(self.actor).platform_clauses(DA.platform_id),
                )
                .order_by(DA.held_on.desc(), DA.title)
            )
            if kind is not None:
                stmt = stmt.where(DA.kind == kind)
            return [
                (r.id, f"{r.held_on.isoformat()} {labels.get(r.kind, r.kind)}：{r.title}")
                for r in s.execute(stmt)
            ]

    def kind_labels(self) -> dict[str, str]:
        with self.unit_of_work(None, write=False) as s:
            return activity_kinds.kind_labels(s)

    # -- attendance ---------------------------------------------------------------------------
    def set_attendance(
        self, activity_id: uuid.UUID, attendance: Attendance, speakers: set[uuid.UUID] | None = None
    ) -> None:
        """Replace who attended (出席/请假/缺席) and who spoke (发言, among those present)."""
        speakers = speakers or set()
        with self.unit_of_work(None) as s:
            obj = self._load(s, activity_id)
            permissions.require_change(self.actor, self.area, obj.platform_id)
            missing = record_checks.missing_members(s, list(attendance))
            if missing:
                raise_if({"attendance": msg("有 {missing} 名委员不存在", missing=missing)})
            existing = {
                a.member_id: a
                for a in s.exec(
                    select(ActivityAttendance).where(ActivityAttendance.activity_id == activity_id)
                )
            }
            before = {str(k): [v.status.value, v.spoke] for k, v in existing.items()}
            for member_id, row in existing.items():
                if member_id not in attendance:
                    s.delete(row)
            after: dict[str, list[Any]] = {}
            for member_id, status in attendance.items():
                spoke = member_id in speakers and status is AttendanceStatus.PRESENT
                after[str(member_id)] = [status.value, spoke]
                current = existing.get(member_id)
                if current is None:
                    s.add(
                        ActivityAttendance(
                            activity_id=activity_id, member_id=member_id, status=status, spoke=spoke
                        )
                    )
                elif (current.status, current.spoke) != (status, spoke):
                    current.status, current.spoke = status, spoke
            if before != after:
                audit.record(
                    s, self.actor, AuditAction.UPDATE, "activity_attendance", activity_id,
                    before=before, after=after,
                )  # fmt: skip

    def attendance(self, activity_id: uuid.UUID) -> list[tuple[Member, AttendanceStatus, bool]]:
        with self.unit_of_work(None, write=False) as s:
            self._load(s, activity_id)
            rows = s.exec(
                select(Member, ActivityAttendance.status, ActivityAttendance.spoke)
                .join(ActivityAttendance, ActivityAttendance.member_id == Member.id)  # type: ignore[arg-type]
                .where(ActivityAttendance.activity_id == activity_id)
                .order_by(Member.name_strokes, Member.name)  # 姓氏笔画
            ).all()
            return [(m, AttendanceStatus(st), bool(spoke)) for m, st, spoke in rows]
