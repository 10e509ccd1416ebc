"""议题征集 and 议题确定: topics recorded before any session, confirmed into the 年度协商计划 or not adopted,
with the sessions and 履职活动 held on them. Where a topic stands is app.services.plan's rule."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.glossary import OFFICE_LEVEL
from app.messages import msg
from app.models._base import table_of
from app.models.activities import ActivityKind, DutyActivity
from app.models.enums import ActivityState, PlanStatus, SessionState, TopicChannel, TopicDecision, TopicSource
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.topics import Topic, TopicCreate, TopicUpdate
from app.services import activity_kinds, permissions, plan, record_checks
from app.services.crud import CrudService
from app.services.listing import ListSpec
from app.services.paging import Joined, Part, Sort
from app.services.validation import raise_if

TP = table_of(Topic).c
PL = table_of(Platform).c
AK = table_of(ActivityKind).c
CS = table_of(ConsultationSession).c
DA = table_of(DutyActivity).c


@dataclass(frozen=True)
class HeldOn:
    """A session or 履职活动 held on a topic (its history)."""

    record_kind: str  # "session" or "activity"
    record_id: uuid.UUID
    held_on: date
    title: str
    kind_label: str
    place: str  # the 站室组, or 政协机关
    state_label: str
    held: bool


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class TopicService(CrudService[Topic, TopicCreate, TopicUpdate]):
    model = Topic
    entity = "topic"
    noun = msg("议题")
    area = permissions.Area.TOPIC

    def validate(self, session: Session, values: dict[str, Any], existing: Topic | None) -> dict[str, Any]:
        errors: dict[str, str] = {}
        check = record_checks
        values["title"] = check.text(errors, "title", values.get("title"), 200, msg("议题"), required=True)
        values["proposer"] = check.text(errors, "proposer", values.get("proposer"), 100, msg("提出者"))
        values["decided_by"] = check.text(
            errors, "decided_by", values.get("decided_by"), 100, msg("确定机关")
        )
        for key in ("description", "decline_reason", "notes"):
            values[key] = check.text(errors, key, values.get(key), 5000, msg("内容"))
        if values.get("source") is None:
            errors["source"] = msg("请选择议题来源")
        collected = check.day(
            errors,
            "collected_on",
            values.get("collected_on"),
            msg("征集日期"),
            required=True,
            not_future=True,
        )
        decision = values.get("decision") or TopicDecision.COLLECTED
        values["decision"] = decision
        check.platform(session, errors, values.get("platform_id"))
        kind = values.get("activity_kind") or (
            activity_kinds.CONSULTATION if values.get("platform_id") else activity_kinds.SPECIAL_CONSULTATION
        )
        values["activity_kind"] = kind
        kept = existing.activity_kind if existing is not None else None
        activity_kinds.check_kind(session, errors, "activity_kind", kind, kept, sessions=True)
        if kind == activity_kinds.CONSULTATION and values.get("platform_id") is None:
            errors["platform_id"] = msg("协商议事由站室组举办：请选择站室组，或把活动形式改为专题协商等")
        if decision is TopicDecision.COLLECTED:
            values.update(decided_on=None, decline_reason=None)
        else:
            what = msg("确定日期") if decision is TopicDecision.CONFIRMED else msg("决定日期")
            check.day(
                errors,
                "decided_on",
                values.get("decided_on"),
                what,
                required=True,
                not_future=True,
                after=(collected, msg("征集日期")),
            )
        if decision is TopicDecision.CONFIRMED:
            year = values.get("plan_year") or (
                values["decided_on"].year if values.get("decided_on") else None
            )
            values["plan_year"] = year
            if year is None or not 2000 <= int(year) <= 2100:
                errors["plan_year"] = msg("请填写计划年度（2000 至 2100 年）")
            month = values.get("planned_month")
            if month is not None and not 1 <= int(month) <= 12:
                errors["planned_month"] = msg("计划月份应为 1 到 12")
            values["decline_reason"] = None
        else:
            values.update(plan_year=None, planned_month=None)
        if decision is TopicDecision.DECLINED and not values.get("decline_reason"):
            errors["decline_reason"] = msg("未采用的议题请写明理由")
        raise_if(errors)
        return values

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        return values.get("platform_id")

    def list_spec(self) -> ListSpec:
        today = date.today()
        held_count = (
            sa.select(sa.func.count())
            .select_from(table_of(ConsultationSession))
            .where(CS.topic_id == TP.id, CS.archived_at.is_(None), CS.state != SessionState.PLANNED.value)
            .scalar_subquery()
            + sa.select(sa.func.count())
            .select_from(table_of(DutyActivity))
            .where(DA.topic_id == TP.id, DA.archived_at.is_(None), DA.state == ActivityState.HELD.value)
            .scalar_subquery()
        )
        columns = {
            "collected_on": TP.collected_on,
            "title": TP.title,
            "source": TP.source,
            "proposer": TP.proposer,
            "channel": TP.channel,
            "decision": TP.decision,
            "decided_on": TP.decided_on,
            "plan_year": TP.plan_year,
            "planned_month": TP.planned_month,
            "platform_name": sa.func.coalesce(PL.name, OFFICE_LEVEL),
            "kind_label": AK.label,
            "status": plan.status_clause(today),
            "held_count": held_count,
            # Shown in red, like an overdue suggestion: planned, its month over, nothing held on it.
            "overdue": sa.case((plan.status_is(PlanStatus.OVERDUE, today), True), else_=False),
        }
        return ListSpec(
            table=table_of(Topic),
            fields=[
                TP.id,
                TP.version,
                TP.archived_at,
                TP.platform_id,
                TP.activity_kind,
                *(c.label(k) for k, c in columns.items()),
            ],
            joins=[
                Joined(table_of(Platform), PL.id == TP.platform_id),
                Joined(table_of(ActivityKind), AK.code == TP.activity_kind),
            ],
            columns=columns,
            search=[TP.title, TP.proposer, TP.description],
            filters={
                "plan_year": lambda v: TP.plan_year == int(v),
                "decision": lambda v: TP.decision == TopicDecision(v).value,
                "status": lambda v: plan.status_is(PlanStatus(v), today),
                "source": lambda v: TP.source == TopicSource(v).value,
                "channel": lambda v: TP.channel == TopicChannel(v).value,
                "platform_id": lambda v: TP.platform_id == _uuid(v),
                "office_level": lambda v: TP.platform_id.is_(None) if v else TP.platform_id.is_not(None),
                "date_from": lambda v: TP.collected_on >= v,
                "date_to": lambda v: TP.collected_on <= v,
            },
            # The latest plan year first, month by month within it (a topic without a month after the
            # others), then the topics not (yet) in a plan, the latest collected first.
            default=Sort(
                (
                    Part(
                        TP.plan_year.is_not(None),
                        (TP.plan_year * 100 + (13 - sa.func.coalesce(TP.planned_month, 13)), TP.collected_on),
                    ),
                    Part(TP.plan_year.is_(None), (TP.collected_on,), last=True),
                ),
                descending=True,
            ),
            platform=TP.platform_id,
            archived=TP.archived_at,
        )

    # -- the plan and a topic's history ----------------------------------------------------------
    def plan_years(self) -> list[int]:
        """Years with planned topics the reader may see, newest first."""
        with self.unit_of_work(None, write=False) as s:
            stmt = (
                sa.select(TP.plan_year)
                .distinct()
                .where(
                    TP.plan_year.is_not(None),
                    TP.archived_at.is_(None),
                    *permissions.restrict(self.actor).platform_clauses(TP.platform_id),
                )
            )
            return sorted((int(y) for y in s.execute(stmt).scalars()), reverse=True)

    def plan_counts(self, year: int) -> dict[PlanStatus, int]:
        """How the reader's topics planned for `year` stand: 计划中, 已开展, 逾期未开展."""
        scope = permissions.restrict(self.actor, plan.year_scope(year))
        status = plan.status_clause(date.today())
        with self.unit_of_work(None, write=False) as s:
            rows = s.execute(
                sa.select(status, sa.func.count())
                .where(
                    TP.archived_at.is_(None), *scope.platform_clauses(TP.platform_id), *plan.planned_in(scope)
                )
                .group_by(status)
            ).all()
        counts = dict.fromkeys((PlanStatus.PLANNED, PlanStatus.HELD, PlanStatus.OVERDUE), 0)
        counts.update({PlanStatus(k): int(n) for k, n in rows})
        return counts

    def status(self, topic: Topic, *, today: date | None = None) -> PlanStatus:
        with self.unit_of_work(None, write=False) as s:
            held = bool(s.execute(sa.select(plan.held_clause(topic.id))).scalar())
        return plan.plan_status(
            topic.decision, topic.plan_year, topic.planned_month, held, today or date.today()
        )

    def history(self, topic_id: uuid.UUID) -> list[HeldOn]:
        """The sessions and 履职活动 recorded on the topic (planned ones too), oldest first."""
        with self.unit_of_work(None, write=False) as s:
            self._load(s, topic_id)
            return history_of(s, [topic_id]).get(topic_id, [])

    def session_draft(self, topic_id: uuid.UUID) -> dict[str, Any]:
        """Values for a new session or 履职活动 on the topic: its title, source, platform and kind, and the
        first day of its planned month (today when none or already past)."""
        topic = self.get(topic_id)
        today = date.today()
        held_on = today
        if topic.plan_year and topic.planned_month:
            first = date(topic.plan_year, topic.planned_month, 1)
            held_on = max(first, today) if first.year == today.year else first
        return {
            "topic_id": topic.id,
            "topic": topic.title,
            "title": topic.title,
            "topic_source": topic.source,
            "platform_id": topic.platform_id,
            "kind": topic.activity_kind or activity_kinds.CONSULTATION,
            "held_on": held_on,
        }


def history_of(s: Session, topic_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[HeldOn]]:
    """{topic: [sessions and activities on it]} for a batch of topics (one query each)."""
    out: dict[uuid.UUID, list[HeldOn]] = {}
    if not topic_ids:
        return out
    labels = activity_kinds.kind_labels(s)
    sessions = s.execute(
        sa.select(CS.topic_id, CS.id, CS.held_on, CS.topic, CS.state, PL.name)
        .join(table_of(Platform), PL.id == CS.platform_id)
        .where(CS.topic_id.in_(topic_ids), CS.archived_at.is_(None))
    ).all()
    for r in sessions:
        state = SessionState(r.state)
        out.setdefault(r.topic_id, []).append(
            HeldOn(
                "session",
                r.id,
                r.held_on,
                r.topic,
                labels.get(activity_kinds.CONSULTATION, "协商议事"),
                r.name,
                state.label,
                state is not SessionState.PLANNED,
            )
        )
    activities = s.execute(
        sa.select(DA.topic_id, DA.id, DA.held_on, DA.title, DA.state, DA.kind, PL.name)
        .outerjoin(table_of(Platform), PL.id == DA.platform_id)
        .where(DA.topic_id.in_(topic_ids), DA.archived_at.is_(None))
    ).all()
    for r in activities:
        activity_state = ActivityState(r.state)
        out.setdefault(r.topic_id, []).append(
            HeldOn(
                "activity",
                r.id,
                r.held_on,
                r.title,
                labels.get(r.kind, r.kind),
                r.name or OFFICE_LEVEL,
                activity_state.label,
                activity_state is ActivityState.HELD,
            )
        )
    for items in out.values():
        items.sort(key=lambda h: (h.held_on, h.title))
    return out
