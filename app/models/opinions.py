"""社情民意信息: public-opinion reports members submit, then 采用 (adopted), 签发 (issued), sometimes 批示."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, TableBase, enum_type
from app.models.enums import SuggestionCategory


class PublicOpinionBase(SQLModel):
    title: str = Field(max_length=200)
    content: str | None = None
    submitted_on: date = Field(index=True)
    platform_id: uuid.UUID | None = Field(default=None, foreign_key="platform.id", index=True)
    other_submitters: str | None = Field(default=None, max_length=200)  # submitters who are not members
    category: SuggestionCategory = Field(
        default=SuggestionCategory.LIVELIHOOD, sa_type=enum_type(SuggestionCategory)
    )
    reflects_problem: bool = True
    adopted_on: date | None = None
    adopted_by: str | None = Field(default=None, max_length=100)  # e.g. 省政协、全国政协
    issued_on: date | None = None
    issue_ref: str | None = Field(default=None, max_length=100)  # 签发期号, e.g. 《社情民意》第12期
    notes: str | None = None


class PublicOpinion(PublicOpinionBase, ArchivableBase, table=True):
    __tablename__ = "public_opinion"


class PublicOpinionCreate(PublicOpinionBase):
    pass


class PublicOpinionUpdate(SQLModel):
    title: str | None = None
    content: str | None = None
    submitted_on: date | None = None
    platform_id: uuid.UUID | None = None
    other_submitters: str | None = None
    category: SuggestionCategory | None = None
    reflects_problem: bool | None = None
    adopted_on: date | None = None
    adopted_by: str | None = None
    issued_on: date | None = None
    issue_ref: str | None = None
    notes: str | None = None


class OpinionSubmitter(TableBase, table=True):
    __tablename__ = "public_opinion_submitter"

    opinion_id: uuid.UUID = Field(foreign_key="public_opinion.id", index=True, ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True)
