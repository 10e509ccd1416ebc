"""反馈群众 and 是否公开: columns a 协商议事活动 and a 履职活动 share once they have taken place."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

from app.models._base import enum_type
from app.models.enums import FeedbackMethod


class FeedbackFields(SQLModel):
    """When and how residents were told the outcome, and whether the record may be made public.

    `is_public` None means nobody has said yet (records from before these fields existed)."""

    feedback_on: date | None = None
    feedback_method: FeedbackMethod | None = Field(default=None, sa_type=enum_type(FeedbackMethod))
    feedback_note: str | None = None
    is_public: bool | None = None
    not_public_reason: str | None = Field(default=None, max_length=200)


class FeedbackUpdate(SQLModel):
    feedback_on: date | None = None
    feedback_method: FeedbackMethod | None = None
    feedback_note: str | None = None
    is_public: bool | None = None
    not_public_reason: str | None = None
