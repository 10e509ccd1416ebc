"""意见建议 (协商成果) with its handling (办理), follow-up timeline and leaders' instructions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement
from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, TableBase, UTCDateTime, enum_type, sparse_index, utcnow
from app.models.enums import (
    EventKind,
    HandlingMode,
    QualityRating,
    ResultClass,
    Satisfaction,
    SuggestionCategory,
    SuggestionState,
    UnitRole,
)

# 催办, 督办 and 电话沟通: the follow-ups that chase a unit (counted by the figures, shown on reminders).
CHASE_KINDS = (EventKind.REMINDER, EventKind.SUPERVISION, EventKind.CALL)
CHASE_KINDS_SQL = "kind IN (" + ", ".join(f"'{k.value}'" for k in CHASE_KINDS) + ")"


def chase_kinds_clause(kind: Any) -> ColumnElement[bool]:
    """`kind IN ('reminder', 'supervision', 'call')` with the values written out, as the partial index
    ix_follow_up_event_kind_day is declared (bound parameters would hide from SQLite that it applies)."""
    values = [k.value for k in CHASE_KINDS]
    return kind.in_(sa.bindparam("chase_kinds", values, expanding=True, literal_execute=True))


PROPOSER = sa.text("proposer_id IS NOT NULL")
NO_PROPOSER = sa.text("proposer_id IS NULL")


class SuggestionBase(SQLModel):
    title: str = Field(max_length=200, index=True)
    content: str | None = None
    category: SuggestionCategory = Field(
        default=SuggestionCategory.LIVELIHOOD, sa_type=enum_type(SuggestionCategory), index=True
    )
    reflects_problem: bool = True
    raised_on: date | None = Field(default=None, index=True)
    session_id: uuid.UUID | None = Field(default=None, foreign_key="consultation_session.id", index=True)
    # Or the 履职活动 (视察, 调研 …) that produced it.
    activity_id: uuid.UUID | None = Field(default=None, foreign_key="duty_activity.id")  # sparse index
    # No index of its own: ix_suggestion_platform_ids begins with it (migration 0013).
    platform_id: uuid.UUID | None = Field(default=None, foreign_key="platform.id")
    # Both partial (migration 0015): the 委员's suggestions by proposer_id; the others by proposer_text.
    proposer_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")
    proposer_text: str | None = Field(default=None, max_length=100)
    notes: str | None = None


class SuggestionHandling(SQLModel):
    """办理 fields; their workflow lives in the follow-up service."""

    assigned_on: date | None = Field(default=None, index=True)
    lead_unit_id: uuid.UUID | None = Field(default=None, foreign_key="handling_unit.id", index=True)
    handling_mode: HandlingMode | None = Field(default=None, sa_type=enum_type(HandlingMode))
    due_on: date | None = Field(default=None, index=True)
    returned_on: date | None = None
    return_reason: str | None = None
    reply: str | None = None
    replied_on: date | None = Field(default=None, index=True)
    result_class: ResultClass | None = Field(default=None, sa_type=enum_type(ResultClass), index=True)
    concluded_on: date | None = None
    implementation: str | None = None
    eval_before: Satisfaction | None = Field(default=None, sa_type=enum_type(Satisfaction))
    eval_during: Satisfaction | None = Field(default=None, sa_type=enum_type(Satisfaction))
    eval_after: Satisfaction | None = Field(default=None, sa_type=enum_type(Satisfaction))
    evaluated_on: date | None = None
    quality_rating: QualityRating | None = Field(default=None, sa_type=enum_type(QualityRating))
    quality_rated_on: date | None = None


class Suggestion(SuggestionBase, SuggestionHandling, ArchivableBase, table=True):
    __tablename__ = "suggestion"
    __table_args__ = (
        sa.Index("ix_suggestion_state_due", "state", "due_on"),
        # Covers every column the period summary reads (migration 0002).
        sa.Index(
            "ix_suggestion_figures",
            "archived_at",
            "platform_id",
            "raised_on",
            "state",
            "result_class",
            "category",
            "reflects_problem",
            "due_on",
            "replied_on",
            "concluded_on",
            "returned_on",
            "eval_before",
            "eval_during",
            "eval_after",
            "quality_rating",
            "lead_unit_id",
            "session_id",
            "proposer_id",
        ),
        # Ids of a platform's suggestions without reading the rows (scoped instruction counts).
        sa.Index("ix_suggestion_platform_ids", "platform_id", "id"),
        sparse_index("ix_suggestion_activity_id", "activity_id"),
        # The sort by 提出人 reads the 委员's suggestions through the first (a 委员's own: proposer_id = ?),
        # the others' in proposer_text order through the second. Without the rows the other one holds,
        # `proposer_id IS NULL` cannot lead SQLite to the first and a sort of every such row after it.
        sa.Index(
            "ix_suggestion_proposer_id", "proposer_id", sqlite_where=PROPOSER, postgresql_where=PROPOSER
        ),
        sa.Index(
            "ix_suggestion_proposer_text",
            "proposer_text",
            sqlite_where=NO_PROPOSER,
            postgresql_where=NO_PROPOSER,
        ),
    )

    state: SuggestionState = Field(
        default=SuggestionState.PENDING, sa_type=enum_type(SuggestionState), index=True
    )
    # Chosen by a clerk as a 典型成果 for the period summary (otherwise the summary picks by rule).
    typical: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})


class SuggestionCreate(SuggestionBase):
    pass


class SuggestionUpdate(SQLModel):
    title: str | None = None
    content: str | None = None
    category: SuggestionCategory | None = None
    reflects_problem: bool | None = None
    raised_on: date | None = None
    session_id: uuid.UUID | None = None
    activity_id: uuid.UUID | None = None
    platform_id: uuid.UUID | None = None
    proposer_id: uuid.UUID | None = None
    proposer_text: str | None = None
    notes: str | None = None


class SuggestionUnit(TableBase, table=True):
    """Units a suggestion is handed to: one lead (主办) and any co-handling (会办/协办) units."""

    __tablename__ = "suggestion_unit"
    __table_args__ = (sa.UniqueConstraint("suggestion_id", "unit_id", name="uq_suggestion_unit"),)

    suggestion_id: uuid.UUID = Field(foreign_key="suggestion.id", ondelete="CASCADE")  # uq_suggestion_unit
    unit_id: uuid.UUID = Field(foreign_key="handling_unit.id", index=True)
    role: UnitRole = Field(default=UnitRole.CO, sa_type=enum_type(UnitRole))


class LeaderInstruction(TableBase, table=True):
    """领导批示: counted in 件次 in yearly figures. It is on exactly one record: a suggestion, a session,
    a 履职活动, a 协商专报, a 调研报告 or a 社情民意信息 (app.services.instructions checks which)."""

    __tablename__ = "leader_instruction"

    suggestion_id: uuid.UUID | None = Field(
        default=None, foreign_key="suggestion.id", index=True, ondelete="CASCADE"
    )
    session_id: uuid.UUID | None = Field(
        default=None, foreign_key="consultation_session.id", index=True, ondelete="CASCADE"
    )
    activity_id: uuid.UUID | None = Field(
        default=None, foreign_key="duty_activity.id", index=True, ondelete="CASCADE"
    )
    results_report_id: uuid.UUID | None = Field(
        default=None, foreign_key="results_report.id", index=True, ondelete="CASCADE"
    )
    research_report_id: uuid.UUID | None = Field(
        default=None, foreign_key="research_report.id", index=True, ondelete="CASCADE"
    )
    opinion_id: uuid.UUID | None = Field(
        default=None, foreign_key="public_opinion.id", index=True, ondelete="CASCADE"
    )
    leader: str = Field(max_length=50)
    given_on: date = Field(index=True)
    text: str


class FollowUpEvent(TableBase, table=True):
    """One dated step on a suggestion's (or session's) timeline, with who did it."""

    __tablename__ = "follow_up_event"
    __table_args__ = (
        # Only the chasing kinds (催办, 督办, 电话沟通: a tenth of the events), which the figures count
        # by day; queries name them as literals (`chase_kinds_clause`) so that SQLite sees they match.
        sa.Index(
            "ix_follow_up_event_kind_day",
            "kind",
            "happened_on",
            "suggestion_id",
            sqlite_where=sa.text(CHASE_KINDS_SQL),
            postgresql_where=sa.text(CHASE_KINDS_SQL),
        ),
        sparse_index("ix_follow_up_event_session_id", "session_id"),  # most events are a suggestion's
    )

    suggestion_id: uuid.UUID | None = Field(
        default=None, foreign_key="suggestion.id", index=True, ondelete="CASCADE"
    )
    session_id: uuid.UUID | None = Field(
        default=None, foreign_key="consultation_session.id", ondelete="CASCADE"
    )
    kind: EventKind = Field(sa_type=enum_type(EventKind))
    happened_on: date
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    actor: str = Field(max_length=50)
    unit_id: uuid.UUID | None = Field(default=None, foreign_key="handling_unit.id")
    text: str | None = None
