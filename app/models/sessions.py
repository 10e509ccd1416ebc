"""协商议事活动 and who took part."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, TableBase, enum_type
from app.models.enums import AttendanceStatus, ParticipantKind, SessionForm, SessionState, TopicSource
from app.models.feedback import FeedbackFields


class ConsultationSessionBase(SQLModel):
    topic: str = Field(max_length=200, index=True)
    topic_source: TopicSource = Field(sa_type=enum_type(TopicSource), index=True)
    held_on: date = Field(index=True)
    location: str | None = Field(default=None, max_length=200, index=True)
    # No index of its own: ix_session_platform_held begins with it (migration 0013).
    platform_id: uuid.UUID = Field(foreign_key="platform.id")
    form: SessionForm = Field(default=SessionForm.ON_SITE, sa_type=enum_type(SessionForm), index=True)
    convener_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", index=True)
    host: str | None = Field(default=None, max_length=50)
    resident_count: int | None = Field(default=None, ge=0)
    minutes: str | None = None
    consensus: str | None = None
    notes: str | None = None
    # The 议题 (topic record) this session takes up, when it came from the 年度协商计划.
    topic_id: uuid.UUID | None = Field(default=None, foreign_key="topic.id", index=True)


class ConsultationSession(ConsultationSessionBase, FeedbackFields, ArchivableBase, table=True):
    __tablename__ = "consultation_session"
    __table_args__ = (
        sa.Index("ix_session_platform_held", "platform_id", "held_on"),
        # Covers every column the period summary reads (migration 0002).
        sa.Index(
            "ix_session_figures",
            "archived_at",
            "platform_id",
            "held_on",
            "state",
            "form",
            "topic_source",
            "convener_id",
            "id",
        ),
    )

    state: SessionState = Field(default=SessionState.PLANNED, sa_type=enum_type(SessionState), index=True)
    # 建议数, a sort key of the session list: the session's unarchived suggestions, kept by database
    # triggers in the same transaction as every insert, move, archive or delete of a suggestion
    # (migration 0011). Derived, so never in audit snapshots or exports (exclude).
    suggestion_count: int = Field(
        default=0,
        exclude=True,
        sa_column=sa.Column(sa.Integer, nullable=False, server_default=sa.text("0"), index=True),
    )


class ConsultationSessionCreate(ConsultationSessionBase):
    state: SessionState = SessionState.PLANNED


class ConsultationSessionUpdate(SQLModel):
    topic: str | None = None
    topic_source: TopicSource | None = None
    held_on: date | None = None
    location: str | None = None
    platform_id: uuid.UUID | None = None
    form: SessionForm | None = None
    convener_id: uuid.UUID | None = None
    host: str | None = None
    resident_count: int | None = None
    minutes: str | None = None
    consensus: str | None = None
    notes: str | None = None
    topic_id: uuid.UUID | None = None


class SessionAttendance(TableBase, table=True):
    """A member's attendance at a session: 出席 / 请假 / 缺席."""

    __tablename__ = "session_attendance"
    __table_args__ = (
        sa.UniqueConstraint("session_id", "member_id", name="uq_attendance"),
        sa.Index("ix_attendance_member_status", "member_id", "status", "session_id"),
    )

    # No index of their own: uq_attendance and ix_attendance_member_status begin with them (migration 0012);
    # a session's rows are read through uq_attendance (migration 0013 dropped ix_attendance_session_status).
    session_id: uuid.UUID = Field(foreign_key="consultation_session.id", ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id")
    status: AttendanceStatus = Field(default=AttendanceStatus.PRESENT, sa_type=enum_type(AttendanceStatus))
    spoke: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})  # 发言


class SessionParticipant(TableBase, table=True):
    """Other participants: department and resident representatives, experts."""

    __tablename__ = "session_participant"

    session_id: uuid.UUID = Field(foreign_key="consultation_session.id", index=True, ondelete="CASCADE")
    kind: ParticipantKind = Field(sa_type=enum_type(ParticipantKind))
    name: str = Field(max_length=50)
    organization: str | None = Field(default=None, max_length=100)
    unit_id: uuid.UUID | None = Field(default=None, foreign_key="handling_unit.id")
