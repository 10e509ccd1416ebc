"""All services for one database and one actor, handed to the UI and the command line."""

from __future__ import annotations

from app.db.session import Database
from app.services.activities import ActivityService
from app.services.activity_kinds import ActivityKindService
from app.services.actor import Actor
from app.services.attachments import AttachmentService
from app.services.audit_log import AuditLogService
from app.services.backups import BackupService
from app.services.duty import DutyService
from app.services.exchange import ExchangeService
from app.services.followup import FollowUpService
from app.services.getting_started import GettingStartedService
from app.services.handling import HandlingService
from app.services.instructions import InstructionService
from app.services.members import MemberService
from app.services.office_settings import OfficeSettingsService
from app.services.opinions import OpinionService
from app.services.outcomes import OutcomeService
from app.services.platforms import PlatformService
from app.services.research_reports import ResearchReportService
from app.services.results_reports import ResultsReportService
from app.services.rosters import RosterService
from app.services.row_export import RowExportService
from app.services.search import SearchService
from app.services.sessions import SessionService
from app.services.statistics import StatisticsService
from app.services.suggestions import SuggestionService
from app.services.topics import TopicService
from app.services.units import HandlingUnitService
from app.services.users import UserService


class Services:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self.platforms = PlatformService(db, actor)
        self.rosters = RosterService(db, actor)
        self.members = MemberService(db, actor)
        self.units = HandlingUnitService(db, actor)
        self.sessions = SessionService(db, actor)
        self.suggestions = SuggestionService(db, actor)
        self.users = UserService(db, actor)
        self.handling = HandlingService(db, actor)
        self.settings = OfficeSettingsService(db, actor)
        self.followup = FollowUpService(db, actor)
        self.attachments = AttachmentService(db, actor)
        self.backups = BackupService(db, actor)
        self.search = SearchService(db, actor)
        self.duty = DutyService(db, actor)
        self.statistics = StatisticsService(db, actor)
        self.audit_log = AuditLogService(db, actor)
        self.row_export = RowExportService(db, actor)
        self.getting_started = GettingStartedService(db, actor)
        # The consultation cycle and every kind of duty (issue 16).
        self.activity_kinds = ActivityKindService(db, actor)
        self.topics = TopicService(db, actor)
        self.activities = ActivityService(db, actor)
        self.opinions = OpinionService(db, actor)
        self.research_reports = ResearchReportService(db, actor)
        self.results_reports = ResultsReportService(db, actor)
        self.instructions = InstructionService(db, actor)
        self.outcomes = OutcomeService(db, actor)
        self.exchange = ExchangeService(db, actor)
