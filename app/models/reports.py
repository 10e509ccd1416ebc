"""What consultation and duty work produce on paper: 协商专报 (results reported to the party committee and
government), 调研报告 (the report a 调研 ends in) and 成果转化 (what the results became)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field, SQLModel

from app.models._base import ArchivableBase, TableBase, enum_type
from app.models.enums import OutcomeKind


class ResultsReportBase(SQLModel):
    """协商专报: reports on one session or 履职活动 (or on none, e.g. a yearly digest)."""

    title: str = Field(max_length=200)
    issued_on: date = Field(index=True)
    sent_to: str = Field(max_length=200)  # 报送对象, e.g. 市委、市政府
    session_id: uuid.UUID | None = Field(default=None, foreign_key="consultation_session.id", index=True)
    activity_id: uuid.UUID | None = Field(default=None, foreign_key="duty_activity.id", index=True)
    platform_id: uuid.UUID | None = Field(default=None, foreign_key="platform.id", index=True)
    text: str | None = None
    notes: str | None = None


class ResultsReport(ResultsReportBase, ArchivableBase, table=True):
    __tablename__ = "results_report"

    # 发文字号, given once by app.services.numbering when the report is first saved.
    number: str | None = Field(default=None, max_length=100)


class ResultsReportCreate(ResultsReportBase):
    pass


class ResultsReportUpdate(SQLModel):
    title: str | None = None
    issued_on: date | None = None
    sent_to: str | None = None
    session_id: uuid.UUID | None = None
    activity_id: uuid.UUID | None = None
    platform_id: uuid.UUID | None = None
    text: str | None = None
    notes: str | None = None


class ResearchReportBase(SQLModel):
    """调研报告: title, authors (members and others), date, and whether and by whom it was adopted."""

    title: str = Field(max_length=200)
    written_on: date = Field(index=True)
    activity_id: uuid.UUID | None = Field(default=None, foreign_key="duty_activity.id", index=True)
    platform_id: uuid.UUID | None = Field(default=None, foreign_key="platform.id", index=True)
    other_authors: str | None = Field(default=None, max_length=200)  # authors who are not members
    summary: str | None = None
    adopted_on: date | None = None
    adopted_by: str | None = Field(default=None, max_length=100)
    notes: str | None = None


class ResearchReport(ResearchReportBase, ArchivableBase, table=True):
    __tablename__ = "research_report"


class ResearchReportCreate(ResearchReportBase):
    pass


class ResearchReportUpdate(SQLModel):
    title: str | None = None
    written_on: date | None = None
    activity_id: uuid.UUID | None = None
    platform_id: uuid.UUID | None = None
    other_authors: str | None = None
    summary: str | None = None
    adopted_on: date | None = None
    adopted_by: str | None = None
    notes: str | None = None


class ReportAuthor(TableBase, table=True):
    __tablename__ = "research_report_author"

    report_id: uuid.UUID = Field(foreign_key="research_report.id", index=True, ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True)


class ResultOutcome(TableBase, table=True):
    """成果转化: one thing a session's, activity's or 专报's results became."""

    __tablename__ = "result_outcome"

    session_id: uuid.UUID | None = Field(
        default=None, foreign_key="consultation_session.id", index=True, ondelete="CASCADE"
    )
    activity_id: uuid.UUID | None = Field(
        default=None, foreign_key="duty_activity.id", index=True, ondelete="CASCADE"
    )
    report_id: uuid.UUID | None = Field(
        default=None, foreign_key="results_report.id", index=True, ondelete="CASCADE"
    )
    kind: OutcomeKind = Field(sa_type=enum_type(OutcomeKind))
    description: str = Field(max_length=500)
    achieved_on: date | None = None
    reference: str | None = Field(default=None, max_length=200)  # 文件文号, project name, amount …
