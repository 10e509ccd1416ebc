"""SQLModel tables, one module per aggregate. Importing this package registers every table."""

from app.models import revisions  # noqa: F401  (revision and tombstone listeners)
from app.models._base import utcnow
from app.models.activities import (
    ActivityAttendance,
    ActivityKind,
    DutyActivity,
    DutyActivityCreate,
    DutyActivityUpdate,
)
from app.models.attachments import Attachment, AttachmentChunk, AttachmentContent
from app.models.audit import AuditEntry, AuditHead
from app.models.exchange import (
    ExchangeBase,
    ExchangeConflict,
    ExchangeInstallation,
    ExchangePackage,
    ExchangePeer,
    Tombstone,
)
from app.models.members import Member, MemberCreate, MemberUpdate
from app.models.numbering import DocumentNumber
from app.models.office import ImportProfile, OfficeSetting
from app.models.opinions import (
    OpinionSubmitter,
    PublicOpinion,
    PublicOpinionCreate,
    PublicOpinionUpdate,
)
from app.models.platforms import Platform, PlatformCreate, PlatformMembership, PlatformUpdate
from app.models.reports import (
    ReportAuthor,
    ResearchReport,
    ResearchReportCreate,
    ResearchReportUpdate,
    ResultOutcome,
    ResultsReport,
    ResultsReportCreate,
    ResultsReportUpdate,
)
from app.models.sessions import (
    ConsultationSession,
    ConsultationSessionCreate,
    ConsultationSessionUpdate,
    SessionAttendance,
    SessionParticipant,
)
from app.models.suggestions import (
    FollowUpEvent,
    LeaderInstruction,
    Suggestion,
    SuggestionCreate,
    SuggestionUnit,
    SuggestionUpdate,
)
from app.models.topics import Topic, TopicCreate, TopicUpdate
from app.models.units import HandlingUnit, HandlingUnitCreate, HandlingUnitUpdate
from app.models.users import User, UserPlatform

__all__ = [
    "ActivityAttendance",
    "ActivityKind",
    "Attachment",
    "AttachmentChunk",
    "AttachmentContent",
    "AuditEntry",
    "AuditHead",
    "ConsultationSession",
    "ConsultationSessionCreate",
    "ConsultationSessionUpdate",
    "DocumentNumber",
    "DutyActivity",
    "DutyActivityCreate",
    "DutyActivityUpdate",
    "ExchangeBase",
    "ExchangeConflict",
    "ExchangeInstallation",
    "ExchangePackage",
    "ExchangePeer",
    "FollowUpEvent",
    "HandlingUnit",
    "HandlingUnitCreate",
    "HandlingUnitUpdate",
    "ImportProfile",
    "LeaderInstruction",
    "Member",
    "MemberCreate",
    "MemberUpdate",
    "OfficeSetting",
    "OpinionSubmitter",
    "Platform",
    "PlatformCreate",
    "PlatformMembership",
    "PlatformUpdate",
    "PublicOpinion",
    "PublicOpinionCreate",
    "PublicOpinionUpdate",
    "ReportAuthor",
    "ResearchReport",
    "ResearchReportCreate",
    "ResearchReportUpdate",
    "ResultOutcome",
    "ResultsReport",
    "ResultsReportCreate",
    "ResultsReportUpdate",
    "SessionAttendance",
    "SessionParticipant",
    "Suggestion",
    "SuggestionCreate",
    "SuggestionUnit",
    "SuggestionUpdate",
    "Tombstone",
    "Topic",
    "TopicCreate",
    "TopicUpdate",
    "User",
    "UserPlatform",
    "utcnow",
]
