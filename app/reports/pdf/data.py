"""What each printed document needs, as plain data. Services fill these in; the renderers never query."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.models.enums import (
    EventKind,
    HandlingMode,
    ParticipantKind,
    PlatformKind,
    QualityRating,
    ResultClass,
    Satisfaction,
    SessionForm,
    SessionState,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
)


@dataclass(frozen=True)
class AttachedFile:
    """An attachment as the dossier carries it: photos are printed, PDFs' pages bound in, others embedded.

    `read` gives the content (None when the stored content is gone); it is called while the document is
    laid out, so a dossier holds one attachment in memory at a time.
    """

    filename: str
    caption: str
    mime_type: str | None
    read: Callable[[], bytes | None]

    @property
    def is_image(self) -> bool:
        return (self.mime_type or "").startswith("image/")

    @property
    def is_pdf(self) -> bool:
        return self.mime_type == "application/pdf" or self.filename.lower().endswith(".pdf")


@dataclass(frozen=True)
class Participant:
    kind: ParticipantKind
    name: str
    organization: str | None = None


@dataclass(frozen=True)
class SuggestionLine:
    """A suggestion as one row of a list."""

    id: uuid.UUID
    title: str
    category: SuggestionCategory
    state: SuggestionState
    proposer: str | None = None
    platform: str | None = None
    raised_on: date | None = None
    lead_unit: str | None = None
    co_units: Sequence[str] = ()
    assigned_on: date | None = None
    due_on: date | None = None
    replied_on: date | None = None
    result_class: ResultClass | None = None
    working_days_overdue: int = 0


@dataclass(frozen=True)
class SessionRecord:
    """协商议事纪要: everything about one session."""

    id: uuid.UUID
    topic: str
    topic_source: TopicSource
    held_on: date
    state: SessionState
    form: SessionForm
    platform: str
    platform_kind: PlatformKind
    district: str
    location: str | None = None
    convener: str | None = None
    host: str | None = None
    present: Sequence[str] = ()
    excused: Sequence[str] = ()
    absent: Sequence[str] = ()
    participants: Sequence[Participant] = ()
    resident_count: int | None = None
    minutes: str | None = None
    consensus: str | None = None
    notes: str | None = None
    suggestions: Sequence[SuggestionLine] = ()


@dataclass(frozen=True)
class Instruction:
    leader: str
    given_on: date
    text: str


@dataclass(frozen=True)
class TimelineEntry:
    happened_on: date
    kind: EventKind
    actor: str
    unit: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class SuggestionFile:
    """One suggestion's whole handling file (for 一事一档)."""

    line: SuggestionLine
    content: str | None = None
    handling_mode: HandlingMode | None = None
    returned_on: date | None = None
    return_reason: str | None = None
    reply: str | None = None
    concluded_on: date | None = None
    implementation: str | None = None
    eval_before: Satisfaction | None = None
    eval_during: Satisfaction | None = None
    eval_after: Satisfaction | None = None
    evaluated_on: date | None = None
    quality_rating: QualityRating | None = None
    quality_rated_on: date | None = None
    instructions: Sequence[Instruction] = ()
    timeline: Sequence[TimelineEntry] = ()
    attachments: Sequence[AttachedFile] = ()


@dataclass(frozen=True)
class Dossier:
    session: SessionRecord
    files: Sequence[SuggestionFile]
    attachments: Sequence[AttachedFile] = ()


@dataclass(frozen=True)
class Assignment:
    """交办单 for one suggestion (its number, the 发文字号, comes with the document's Issue)."""

    suggestion: SuggestionFile
    session_topic: str | None
    session_held_on: date | None
    platform: str | None
    lead_contact: str | None = None
    lead_phone: str | None = None
    return_window_days: int = 7


@dataclass(frozen=True)
class Reminder:
    """催办单 for one unit's overdue suggestions."""

    unit: str
    contact: str | None
    phone: str | None
    items: Sequence[SuggestionLine]
    as_of: date


@dataclass(frozen=True)
class SignInMember:
    name: str
    sector: str | None
    role: str | None
    workplace: str | None


@dataclass(frozen=True)
class SignInSheet:
    session: SessionRecord
    members: Sequence[SignInMember]
    blank_rows: int = 8


@dataclass(frozen=True)
class AttendedSession:
    held_on: date
    topic: str
    platform: str
    status: str  # 出席 / 请假 / 缺席, and 召集 when the member convened it


@dataclass(frozen=True)
class MemberDuty:
    """A member's 履职档案 for a period."""

    name: str
    gender: str | None
    sector: str | None
    party: str | None
    workplace: str | None
    platforms: Sequence[str]
    period: str
    sessions_attended: int
    sessions_excused: int
    sessions_absent: int
    suggestions_raised: int
    sessions_convened: int
    visits: int
    below_threshold: bool
    reasons: Sequence[str] = ()
    standard: str | None = None  # how the office's yearly thresholds apply to the period
    sessions: Sequence[AttendedSession] = ()
    suggestions: Sequence[SuggestionLine] = ()
    # Every kind of duty (履职活动, 社情民意信息, 调研报告) and the 履职积分 they earn.
    activities_attended: int = 0
    activities_absent: int = 0
    opinions_submitted: int = 0
    reports_written: int = 0
    points: int = 0
    grade: str = ""
    points_by_kind: Sequence[tuple[str, int]] = ()  # (kind, points), kinds with points only
    activities: Sequence[AttendedSession] = ()  # 履职活动 (topic = kind and title)
    point_items: Sequence[tuple[date, str, str, str, int, str]] = ()  # date, kind, record, role, points, note


@dataclass(frozen=True)
class TypicalResult:
    """One 典型成果: a concluded suggestion, what was done, and what leaders and proposers said."""

    title: str
    platform: str | None
    lead_unit: str | None
    concluded_on: date | None
    implementation: str | None
    reply: str | None
    instructions: Sequence[Instruction] = ()
    evaluation: str | None = None  # 办后答复评价 label


@dataclass(frozen=True)
class ResearchLine:
    """A 调研报告 as one row of the summary's list."""

    title: str
    authors: str
    written_on: date
    adopted_by: str | None
    adopted_on: date | None


@dataclass(frozen=True)
class ReportLine:
    """A 协商专报 as one row of the summary's list."""

    number: str | None
    title: str
    issued_on: date
    sent_to: str
    instructions: int


@dataclass(frozen=True)
class Summary:
    """工作综述: the figures of `StatisticsService.summary`, untouched, plus lists and the paragraph."""

    period: str
    figures: dict[str, Any]
    paragraph: str
    overdue: Sequence[SuggestionLine] = ()
    platform_names: dict[str, str] = field(default_factory=dict)
    typical: Sequence[TypicalResult] = ()
    typical_chosen: bool = False  # True: chosen by a clerk; False: picked by the default rule
    research: Sequence[ResearchLine] = ()  # the period's 调研报告
    reports: Sequence[ReportLine] = ()  # the period's 协商专报


@dataclass(frozen=True)
class SupervisionList:
    """督办清单: the open suggestions of a scope, with units and deadlines."""

    period: str
    as_of: date
    items: Sequence[SuggestionLine]
