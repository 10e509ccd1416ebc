"""SQLModel tables, one module per aggregate. Importing this package registers every table."""

from app.models import revisions  # noqa: F401  (revision and tombstone listeners)
from app.models._base import utcnow
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
from app.models.platforms import Platform, PlatformCreate, PlatformMembership, PlatformUpdate
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
from app.models.units import HandlingUnit, HandlingUnitCreate, HandlingUnitUpdate
from app.models.users import User, UserPlatform

__all__ = [
    "Attachment",
    "AttachmentChunk",
    "AttachmentContent",
    "AuditEntry",
    "AuditHead",
    "ConsultationSession",
    "ConsultationSessionCreate",
    "ConsultationSessionUpdate",
    "DocumentNumber",
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
    "Platform",
    "PlatformCreate",
    "PlatformMembership",
    "PlatformUpdate",
    "SessionAttendance",
    "SessionParticipant",
    "Suggestion",
    "SuggestionCreate",
    "SuggestionUnit",
    "SuggestionUpdate",
    "Tombstone",
    "User",
    "UserPlatform",
    "utcnow",
]
