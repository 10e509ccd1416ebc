"""SQLModel tables, one module per aggregate.

Every table is registered (SQLModel.metadata) before any database is opened: `app.db.session.Database`
calls `load_all()`, and so does taking any name from this package (`from app.models import Suggestion`).
Importing only `app.models.enums` loads no table and no SQLAlchemy, so the command line can describe
its options without them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# name → the module defining it
_HOMES = {
    "utcnow": "_base",
    "Attachment": "attachments",
    "AttachmentChunk": "attachments",
    "AttachmentContent": "attachments",
    "AuditEntry": "audit",
    "AuditHead": "audit",
    "Member": "members",
    "MemberCreate": "members",
    "MemberUpdate": "members",
    "DocumentNumber": "numbering",
    "ExchangeBase": "exchange",
    "ExchangeConflict": "exchange",
    "ExchangeInstallation": "exchange",
    "ExchangePackage": "exchange",
    "ExchangePeer": "exchange",
    "Tombstone": "exchange",
    "FigureCache": "figures",
    "ImportProfile": "office",
    "OfficeSetting": "office",
    "Platform": "platforms",
    "PlatformCreate": "platforms",
    "PlatformMembership": "platforms",
    "PlatformUpdate": "platforms",
    "ConsultationSession": "sessions",
    "ConsultationSessionCreate": "sessions",
    "ConsultationSessionUpdate": "sessions",
    "SessionAttendance": "sessions",
    "SessionParticipant": "sessions",
    "FollowUpEvent": "suggestions",
    "LeaderInstruction": "suggestions",
    "Suggestion": "suggestions",
    "SuggestionCreate": "suggestions",
    "SuggestionUnit": "suggestions",
    "SuggestionUpdate": "suggestions",
    "HandlingUnit": "units",
    "HandlingUnitCreate": "units",
    "HandlingUnitUpdate": "units",
    "User": "users",
    "UserPlatform": "users",
    "ActivityAttendance": "activities",
    "ActivityKind": "activities",
    "DutyActivity": "activities",
    "DutyActivityCreate": "activities",
    "DutyActivityUpdate": "activities",
    "OpinionSubmitter": "opinions",
    "PublicOpinion": "opinions",
    "PublicOpinionCreate": "opinions",
    "PublicOpinionUpdate": "opinions",
    "ReportAuthor": "reports",
    "ResearchReport": "reports",
    "ResearchReportCreate": "reports",
    "ResearchReportUpdate": "reports",
    "ResultOutcome": "reports",
    "ResultsReport": "reports",
    "ResultsReportCreate": "reports",
    "ResultsReportUpdate": "reports",
    "Topic": "topics",
    "TopicCreate": "topics",
    "TopicUpdate": "topics",
}


def load_all() -> None:
    """Import every table module (registers every table; idempotent and cheap once done), and the
    listeners keeping revisions and tombstones in step with every ORM write (app.models.revisions)."""
    for module in (*dict.fromkeys(_HOMES.values()), "revisions"):
        importlib.import_module(f"{__name__}.{module}")


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_all()
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
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
    from app.models.figures import FigureCache
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
    from app.models.topics import (
        Topic,
        TopicCreate,
        TopicUpdate,
    )
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
    "FigureCache",
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
