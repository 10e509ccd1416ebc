"""履职活动: every kind of duty a member performs besides the 站室组 协商议事 sessions.

The kinds are one table the office can extend (activity_kind); the built-in ones are seeded by the
migration. The kind `consultation` stands for the 协商议事 sessions themselves (consultation_session):
it has rules and figures like any other kind, but no 履职活动 record uses it.
"""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, TableBase, enum_type
from app.models.enums import ActivityState, AttendanceStatus, InspectionKind
from app.models.feedback import FeedbackFields


class ActivityKind(ArchivableBase, table=True):
    __tablename__ = "activity_kind"

    code: str = Field(max_length=32, unique=True)  # stable English key (figures, rules, exchange)
    label: str = Field(max_length=50)
    builtin: bool = False
    sort_order: int = 100


class DutyActivityBase(SQLModel):
    kind: str = Field(foreign_key="activity_kind.code", max_length=32, index=True)
    inspection_kind: InspectionKind | None = Field(default=None, sa_type=enum_type(InspectionKind))
    title: str = Field(max_length=200)
    held_on: date = Field(index=True)
    location: str | None = Field(default=None, max_length=200)
    # None: held by the office itself (市政协); otherwise the 站室组 that held it.
    platform_id: uuid.UUID | None = Field(default=None, foreign_key="platform.id", index=True)
    organiser: str | None = Field(default=None, max_length=100)
    convener_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", index=True)
    topic_id: uuid.UUID | None = Field(default=None, foreign_key="topic.id", index=True)
    other_participants: str | None = None
    minutes: str | None = None
    notes: str | None = None


class DutyActivity(DutyActivityBase, FeedbackFields, ArchivableBase, table=True):
    __tablename__ = "duty_activity"
    __table_args__ = (sa.Index("ix_activity_kind_held", "kind", "held_on"),)

    state: ActivityState = Field(default=ActivityState.HELD, sa_type=enum_type(ActivityState))


class DutyActivityCreate(DutyActivityBase):
    state: ActivityState = ActivityState.HELD


class DutyActivityUpdate(SQLModel):
    kind: str | None = None
    inspection_kind: InspectionKind | None = None
    title: str | None = None
    held_on: date | None = None
    location: str | None = None
    platform_id: uuid.UUID | None = None
    organiser: str | None = None
    convener_id: uuid.UUID | None = None
    topic_id: uuid.UUID | None = None
    other_participants: str | None = None
    minutes: str | None = None
    notes: str | None = None
    state: ActivityState | None = None


class ActivityAttendance(TableBase, table=True):
    """A member at a 履职活动: 出席 / 请假 / 缺席, and whether they spoke (发言)."""

    __tablename__ = "activity_attendance"
    __table_args__ = (
        sa.UniqueConstraint("activity_id", "member_id", name="uq_activity_attendance"),
        sa.Index("ix_activity_attendance_member", "member_id", "status", "activity_id"),
    )

    activity_id: uuid.UUID = Field(
        foreign_key="duty_activity.id", ondelete="CASCADE"
    )  # uq_activity_attendance
    member_id: uuid.UUID = Field(foreign_key="member.id")
    status: AttendanceStatus = Field(default=AttendanceStatus.PRESENT, sa_type=enum_type(AttendanceStatus))
    spoke: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
