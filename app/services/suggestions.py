"""意见建议: recording, listing and the state table. The 办理 steps live in services.handling."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.glossary import OFFICE_LEVEL, TYPICAL_RESULTS
from app.messages import msg
from app.models._base import table_of
from app.models.activities import DutyActivity
from app.models.enums import (
    AuditAction,
    EventKind,
    PlatformKind,
    SuggestionCategory,
    SuggestionState,
)
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.models.suggestions import FollowUpEvent, Suggestion, SuggestionCreate, SuggestionUpdate
from app.models.units import HandlingUnit
from app.services import audit, open_work, permissions, search_docs
from app.services.crud import CrudService
from app.services.deadlines import Deadlines, deadlines_for
from app.services.errors import ConflictError, PermissionDenied
from app.services.list_text import Coded, Named
from app.services.listing import Joined, ListSpec, Part, Sort, TextIndex, by_column, wide
from app.services.transitions import SUGGESTION_TRANSITIONS, check_move
from app.services.validation import clean_text, clean_texts, raise_if

SG = table_of(Suggestion).c
CS = table_of(ConsultationSession).c
DA = table_of(DutyActivity).c
PL = table_of(Platform).c
HU = table_of(HandlingUnit).c
ME = table_of(Member).c


def _decorate(rows: list[dict[str, Any]], rules: Deadlines) -> None:
    for row in rows:
        if row.get("platform_name") is None:
            row["platform_name"] = OFFICE_LEVEL  # raised at an office-level 履职活动
        if row.get("session_topic") is None:
            row["session_topic"] = row.get("activity_title")  # sorted with the rows without a session
    _add_overdue_days(rows, rules)


def _add_overdue_days(rows: list[dict[str, Any]], rules: Deadlines) -> None:
    """Each listed row's working days past its deadline (0 unless 超期未答复) and, while it is open and
    not yet overdue, the working days left (else None), from the one rule."""
    overdue: dict[tuple[Any, Any, Any], int] = {}  # a page's rows share few deadlines: each counted once
    left: dict[Any, int | None] = {}
    for row in rows:
        state, due, replied = row["state"], row["due_on"], row["replied_on"]
        late = overdue.get((state, due, replied))
        if late is None:
            late = overdue[(state, due, replied)] = rules.working_days_overdue(state, due, replied)
        row["working_days_overdue"] = late
        still_open = replied is None and str(getattr(state, "value", state)) in _OPEN
        if still_open and not late and due:
            if due not in left:
                left[due] = rules.working_days_left(due)
            row["working_days_left"] = left[due]
        else:
            row["working_days_left"] = None


_OPEN = (SuggestionState.ASSIGNED.value, SuggestionState.IN_PROGRESS.value)


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


class SuggestionService(CrudService[Suggestion, SuggestionCreate, SuggestionUpdate]):
    model = Suggestion
    entity = "suggestion"
    noun = msg("意见建议")
    area = permissions.Area.SUGGESTION
    # A session's suggestions take its platform (validate): saved on every update, so moving a
    # suggestion to another session moves it to that session's platform too.
    derived = ("platform_id",)

    def validate(
        self, session: Session, values: dict[str, Any], existing: Suggestion | None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        clean_texts(errors, "suggestion", values, required=("title",))
        for key in ("content", "notes"):
            values[key] = clean_text(values.get(key))
        if values.get("category") is None:
            values["category"] = SuggestionCategory.OTHER
        office_level = False
        if values.get("session_id") is not None and values.get("activity_id") is not None:
            errors["activity_id"] = msg("一条意见建议只能属于一次协商议事活动或一项履职活动")
        elif values.get("activity_id") is not None:
            activity = session.get(DutyActivity, values["activity_id"])
            if activity is None:
                errors["activity_id"] = msg("所属履职活动不存在")
            elif not permissions.can_see(self.actor, activity.platform_id):
                errors["activity_id"] = permissions.NOT_VISIBLE
            else:  # the activity's platform, or none for the office's own activities
                values["platform_id"] = activity.platform_id
                values["raised_on"] = values.get("raised_on") or activity.held_on
                office_level = activity.platform_id is None
        if values.get("session_id") is not None:
            parent = session.get(ConsultationSession, values["session_id"])
            if parent is None:
                errors["session_id"] = msg("所属协商议事活动不存在")
            elif not permissions.can_see(self.actor, parent.platform_id):
                errors["session_id"] = permissions.NOT_VISIBLE
            else:
                # A session's suggestions belong to its platform, whatever platform the caller sent;
                # the date defaults to the session's.
                values["platform_id"] = parent.platform_id
                values["raised_on"] = values.get("raised_on") or parent.held_on
        if values.get("platform_id") is None and not office_level and "session_id" not in errors:
            anything = session.execute(sa.select(PL.id).where(PL.archived_at.is_(None)).limit(1)).first()
            errors["platform_id"] = (
                msg("请选择所属活动或站室组")
                if anything is not None
                else msg("请先登记站室组，再登记意见建议")
            )
        elif values.get("platform_id") is not None and session.get(Platform, values["platform_id"]) is None:
            errors["platform_id"] = msg("所选站室组不存在")
        if values.get("proposer_id") is not None and session.get(Member, values["proposer_id"]) is None:
            errors["proposer_id"] = msg("所选提出人不存在")
        values["raised_on"] = values.get("raised_on") or date.today()
        raise_if(errors)
        return values

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        return values.get("platform_id")

    def after_save(self, session: Session, obj: Suggestion, *, created: bool) -> None:
        if created:
            session.add(FollowUpEvent(**self.created_event(obj)))

    def created_event(self, obj: Suggestion) -> dict[str, Any]:
        """The timeline's first entry of a new suggestion (its 提出), as values of a FollowUpEvent."""
        return {
            "suggestion_id": obj.id,
            "kind": EventKind.CREATED,
            "happened_on": obj.raised_on or date.today(),
            "actor": self.actor.display_name,
            "text": obj.title,
        }

    def open_work(self, session: Session, obj: Suggestion) -> list[str]:
        return open_work.suggestion(obj.state)

    def list_spec(self) -> ListSpec:
        """The list's spec, built again only when the deadline rules (settings, today) have changed."""
        with self.db.session(write=False) as s:
            rules = deadlines_for(s)
        built: tuple[Deadlines, ListSpec] | None = getattr(self, "_list_spec", None)
        if built is not None and built[0] == rules:
            return built[1]
        spec = self._build_list_spec(rules)
        self._list_spec = (rules, spec)
        return spec

    def _build_list_spec(self, rules: Deadlines) -> ListSpec:
        overdue = rules.overdue_clause()
        columns = {
            "raised_on": SG.raised_on,
            "title": SG.title,
            "category": SG.category,
            "state": SG.state,
            "platform_name": PL.name,  # None: the office's own (shown as OFFICE_LEVEL)
            "district": PL.district,
            "session_topic": CS.topic,  # None: raised at a 履职活动, whose title is shown (activity_title)
            "lead_unit_name": HU.name,
            "assigned_on": SG.assigned_on,
            "due_on": SG.due_on,
            "replied_on": SG.replied_on,
            "result_class": SG.result_class,
            "proposer_name": sa.func.coalesce(ME.name, SG.proposer_text),
            "overdue": sa.case((overdue, True), else_=False),
            # Sorted as the deadline (the earlier, the more working days past it); shown in working days.
            "working_days_overdue": sa.case((overdue, SG.due_on), else_=None),
        }
        platform, session, unit, member = (
            table_of(Platform),
            table_of(ConsultationSession),
            table_of(HandlingUnit),
            table_of(Member),
        )
        return ListSpec(
            table=table_of(Suggestion),
            fields=[
                SG.id,
                SG.version,
                SG.archived_at,
                SG.session_id,
                SG.activity_id,
                SG.platform_id,
                DA.title.label("activity_title"),
                *(c.label(k) for k, c in columns.items()),
            ],
            joins=[
                Joined(platform, PL.id == SG.platform_id),
                Joined(session, CS.id == SG.session_id),
                Joined(table_of(DutyActivity), DA.id == SG.activity_id),
                Joined(unit, HU.id == SG.lead_unit_id),
                Joined(member, ME.id == SG.proposer_id),
            ],
            columns=columns,
            search=[SG.title, SG.content, SG.reply, HU.name],
            text=TextIndex(
                search_docs.KIND_SUGGESTION,
                tuple(SG[f] for f in search_docs.SUGGESTION_FIELDS),
                SG.raised_on,
                (Named(HU.name, HU.id, SG.lead_unit_id, search_docs.unit_code),),
                codes=(
                    Coded(SG.platform_id, search_docs.platform_code),
                    Coded(SG.lead_unit_id, search_docs.unit_code, walk=True),  # ix_suggestion_lead_unit_id
                    Coded(SG.state, search_docs.state_code, walk=True),  # ix_suggestion_state
                    Coded(SG.category, search_docs.category_code, walk=True),  # ix_suggestion_category
                    # ix_suggestion_result_class (a suggestion not yet classed has a code for that too)
                    Coded(SG.result_class, search_docs.result_code, walk=True, empty=True),
                ),
                title=SG.title,  # search_doc.title
            ),
            filters={
                "state": lambda v: wide(SG.state) == SuggestionState(v).value,
                "category": lambda v: wide(SG.category) == SuggestionCategory(v).value,
                "platform_id": lambda v: SG.platform_id == _uuid(v),
                "session_id": lambda v: SG.session_id == _uuid(v),
                "activity_id": lambda v: SG.activity_id == _uuid(v),
                "lead_unit_id": lambda v: SG.lead_unit_id == _uuid(v),
                "district": lambda v: wide(PL.district) == v,
                "platform_kind": lambda v: wide(PL.kind) == PlatformKind(v).value,
                "overdue": lambda v: overdue if v else sa.not_(overdue),
                "due_soon": lambda v: rules.due_soon_clause() if v else sa.not_(rules.due_soon_clause()),
                "date_from": lambda v: SG.raised_on >= _date(v),
                "date_to": lambda v: SG.raised_on <= _date(v),
            },
            sorts={
                "title": by_column(SG.title, nullable=False),
                "category": by_column(SG.category, nullable=False),
                "state": by_column(SG.state, nullable=False),
                "platform_name": by_column(PL.name, lead=platform, fk=SG.platform_id),
                "district": by_column(PL.district, lead=platform, fk=SG.platform_id),
                "session_topic": by_column(CS.topic, lead=session, fk=SG.session_id),
                "lead_unit_name": by_column(HU.name, lead=unit, fk=SG.lead_unit_id),
                # 委员 by name first, then the other proposers by what the ledger says, then none.
                "proposer_name": (
                    Part(None, (ME.name,), member),
                    Part(
                        sa.and_(SG.proposer_id.is_(None), SG.proposer_text.is_not(None)), (SG.proposer_text,)
                    ),
                    Part(sa.and_(SG.proposer_id.is_(None), SG.proposer_text.is_(None)), last=True),
                ),
                # The overdue ones by their deadline, then the others.
                "working_days_overdue": (Part(overdue, (SG.due_on,)), Part(sa.not_(overdue), last=True)),
                "overdue": (Part(sa.not_(overdue)), Part(overdue)),
            },
            default=Sort(by_column(SG.raised_on), descending=True),
            platform=SG.platform_id,
            archived=SG.archived_at,
            few=frozenset({"overdue"}),  # 督办: the overdue ones, from ix_suggestion_state_due
            decorate=lambda rows: _decorate(rows, rules),
        )

    def transition(
        self,
        suggestion_id: uuid.UUID,
        target: SuggestionState,
        *,
        on: date | None = None,
        note: str | None = None,
        expected_version: int | None = None,
        session: Session | None = None,
    ) -> Suggestion:
        """Move a suggestion along the state table, recording a dated event on its timeline."""
        with self.unit_of_work(session) as s:
            obj = self._load(s, suggestion_id)
            permissions.require_change(self.actor, self.area, obj.platform_id)
            if expected_version is not None and obj.version != expected_version:
                raise ConflictError(msg("该意见建议已被他人修改，请刷新后重试。"))
            check_move(SUGGESTION_TRANSITIONS, obj.state, target, msg("意见建议"))
            before = audit.snapshot(obj)
            obj.state = target
            s.add(
                FollowUpEvent(
                    suggestion_id=obj.id,
                    kind=EventKind.STATE_CHANGE,
                    happened_on=on or date.today(),
                    actor=self.actor.display_name,
                    text=clean_text(note) or f"{SuggestionState(before['state']).label} → {target.label}",  # type: ignore[index]
                )
            )
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

    def set_typical(
        self, suggestion_id: uuid.UUID, typical: bool, *, expected_version: int | None = None
    ) -> Suggestion:
        """列为（或取消）典型成果: what the period summary shows under 典型成果 (office staff only)."""
        with self.unit_of_work(None) as s:
            obj = self._load(s, suggestion_id)
            if self.actor.role not in permissions.OFFICE_ROLES:
                raise PermissionDenied(msg("只有办公室工作人员可以选定典型成果。"))
            if expected_version is not None and obj.version != expected_version:
                raise ConflictError(msg("该意见建议已被他人修改，请刷新后重试。"))
            if obj.typical == typical:
                return obj
            before = audit.snapshot(obj)
            obj.typical = typical
            s.flush()
            note = f"{'列为' if typical else '取消'}{TYPICAL_RESULTS}"
            after = audit.snapshot(obj)
            audit.record(
                s, self.actor, AuditAction.UPDATE, self.entity, obj.id, before=before, after=after, note=note
            )
            return obj
