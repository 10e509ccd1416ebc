"""议题 (topics) collected before sessions, and the 年度协商计划 they are confirmed into."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, enum_type
from app.models.enums import TopicChannel, TopicDecision, TopicSource


class TopicBase(SQLModel):
    title: str = Field(max_length=200)
    source: TopicSource = Field(sa_type=enum_type(TopicSource), index=True)
    proposer: str | None = Field(default=None, max_length=100)  # who proposed it (person, unit, group)
    channel: TopicChannel | None = Field(default=None, sa_type=enum_type(TopicChannel))
    collected_on: date = Field(index=True)
    description: str | None = None
    # 议题确定: decided by whom (e.g. 主席会议) and when; confirmed topics join a year's plan.
    decision: TopicDecision = Field(default=TopicDecision.COLLECTED, sa_type=enum_type(TopicDecision))
    decided_on: date | None = Field(default=None, index=True)
    decided_by: str | None = Field(default=None, max_length=100)
    decline_reason: str | None = None
    plan_year: int | None = Field(default=None, index=True)
    planned_month: int | None = Field(default=None, ge=1, le=12)
    # The platform meant to hold it; None: the office itself (e.g. a 专题协商).
    platform_id: uuid.UUID | None = Field(default=None, foreign_key="platform.id", index=True)
    activity_kind: str | None = Field(default=None, foreign_key="activity_kind.code", max_length=32)
    notes: str | None = None


class Topic(TopicBase, ArchivableBase, table=True):
    __tablename__ = "topic"
    __table_args__ = (sa.Index("ix_topic_plan", "plan_year", "planned_month"),)


class TopicCreate(TopicBase):
    pass


class TopicUpdate(SQLModel):
    title: str | None = None
    source: TopicSource | None = None
    proposer: str | None = None
    channel: TopicChannel | None = None
    collected_on: date | None = None
    description: str | None = None
    decision: TopicDecision | None = None
    decided_on: date | None = None
    decided_by: str | None = None
    decline_reason: str | None = None
    plan_year: int | None = None
    planned_month: int | None = None
    platform_id: uuid.UUID | None = None
    activity_kind: str | None = None
    notes: str | None = None
