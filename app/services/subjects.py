"""The records 领导批示 and 成果转化 can be about, and how to find one with its platform and date.

One table (SUBJECTS): the model, the permission area, the column naming it on leader_instruction and on
result_outcome, and the fields giving its date and title. Loading a subject checks that the reader may
see it (a coordinator: only their platforms' records).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, SQLModel

from app.messages import msg
from app.models.activities import DutyActivity
from app.models.enums import LabeledEnum
from app.models.opinions import PublicOpinion
from app.models.reports import ResearchReport, ResultsReport
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.services import permissions
from app.services.actor import Actor
from app.services.errors import NotFoundError


class SubjectKind(LabeledEnum):
    SUGGESTION = ("suggestion", "意见建议", "Suggestion")
    SESSION = ("session", "协商议事活动", "Consultation session")
    ACTIVITY = ("activity", "履职活动", "Duty activity")
    RESULTS_REPORT = ("results_report", "协商专报", "Consultation brief")
    RESEARCH_REPORT = ("research_report", "调研报告", "Research report")
    OPINION = ("public_opinion", "社情民意信息", "Public-opinion report")


@dataclass(frozen=True)
class SubjectSpec:
    model: type[SQLModel]
    area: permissions.Area
    instruction_column: str  # its column on leader_instruction
    outcome_column: str | None  # its column on result_outcome (None: no 成果转化 recorded on it)
    date_field: str
    title_field: str


SUBJECTS: dict[SubjectKind, SubjectSpec] = {
    SubjectKind.SUGGESTION: SubjectSpec(
        Suggestion, permissions.Area.SUGGESTION, "suggestion_id", None, "raised_on", "title"
    ),
    SubjectKind.SESSION: SubjectSpec(
        ConsultationSession, permissions.Area.SESSION, "session_id", "session_id", "held_on", "topic"
    ),
    SubjectKind.ACTIVITY: SubjectSpec(
        DutyActivity, permissions.Area.ACTIVITY, "activity_id", "activity_id", "held_on", "title"
    ),
    SubjectKind.RESULTS_REPORT: SubjectSpec(
        ResultsReport, permissions.Area.RESULTS_REPORT, "results_report_id", "report_id", "issued_on", "title"
    ),
    SubjectKind.RESEARCH_REPORT: SubjectSpec(
        ResearchReport, permissions.Area.RESEARCH_REPORT, "research_report_id", None, "written_on", "title"
    ),
    SubjectKind.OPINION: SubjectSpec(
        PublicOpinion, permissions.Area.OPINION, "opinion_id", None, "submitted_on", "title"
    ),
}


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    id: uuid.UUID

    @property
    def spec(self) -> SubjectSpec:
        return SUBJECTS[self.kind]


@dataclass(frozen=True)
class Loaded:
    record: Any
    platform_id: uuid.UUID | None
    on: date | None
    title: str


def load(s: Session, actor: Actor, subject: Subject) -> Loaded:
    """The subject's record, if it exists and `actor` may see it."""
    spec = subject.spec
    record = s.get(spec.model, subject.id)
    if record is None:
        raise NotFoundError(msg("找不到该{label}（可能已被删除）。", label=subject.kind.label))
    platform_id = getattr(record, "platform_id", None)
    permissions.require_read(actor, platform_id)
    return Loaded(record, platform_id, getattr(record, spec.date_field), getattr(record, spec.title_field))


def subject_of(row: Any) -> Subject | None:
    """The subject a leader_instruction or result_outcome row names (its one filled column)."""
    for kind, spec in SUBJECTS.items():
        for column in (spec.instruction_column, spec.outcome_column):
            if column and getattr(row, column, None) is not None:
                return Subject(kind, getattr(row, column))
    return None
