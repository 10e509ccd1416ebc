"""All services for one database and one actor, handed to the UI and the command line.

Each service is made (and its module imported) the first time it is asked for, so a command or a
window that needs three services does not load the other twelve and their libraries.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from app.db.session import Database
from app.services.actor import Actor

if TYPE_CHECKING:
    from app.services.activities import ActivityService
    from app.services.activity_kinds import ActivityKindService
    from app.services.attachments import AttachmentService
    from app.services.audit_log import AuditLogService
    from app.services.backups import BackupService
    from app.services.duty import DutyService
    from app.services.exchange import ExchangeService
    from app.services.figure_cache import FigureCacheService
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

    @cached_property
    def platforms(self) -> PlatformService:
        from app.services.platforms import PlatformService

        return PlatformService(self.db, self.actor)

    @cached_property
    def rosters(self) -> RosterService:
        from app.services.rosters import RosterService

        return RosterService(self.db, self.actor)

    @cached_property
    def members(self) -> MemberService:
        from app.services.members import MemberService

        return MemberService(self.db, self.actor)

    @cached_property
    def units(self) -> HandlingUnitService:
        from app.services.units import HandlingUnitService

        return HandlingUnitService(self.db, self.actor)

    @cached_property
    def sessions(self) -> SessionService:
        from app.services.sessions import SessionService

        return SessionService(self.db, self.actor)

    @cached_property
    def suggestions(self) -> SuggestionService:
        from app.services.suggestions import SuggestionService

        return SuggestionService(self.db, self.actor)

    @cached_property
    def users(self) -> UserService:
        from app.services.users import UserService

        return UserService(self.db, self.actor)

    @cached_property
    def handling(self) -> HandlingService:
        from app.services.handling import HandlingService

        return HandlingService(self.db, self.actor)

    @cached_property
    def settings(self) -> OfficeSettingsService:
        from app.services.office_settings import OfficeSettingsService

        return OfficeSettingsService(self.db, self.actor)

    @cached_property
    def followup(self) -> FollowUpService:
        from app.services.followup import FollowUpService

        return FollowUpService(self.db, self.actor)

    @cached_property
    def attachments(self) -> AttachmentService:
        from app.services.attachments import AttachmentService

        return AttachmentService(self.db, self.actor)

    @cached_property
    def backups(self) -> BackupService:
        from app.services.backups import BackupService

        return BackupService(self.db, self.actor)

    @cached_property
    def search(self) -> SearchService:
        from app.services.search import SearchService

        return SearchService(self.db, self.actor)

    @cached_property
    def duty(self) -> DutyService:
        from app.services.duty import DutyService

        return DutyService(self.db, self.actor)

    @cached_property
    def statistics(self) -> StatisticsService:
        from app.services.statistics import StatisticsService

        return StatisticsService(self.db, self.actor)

    @cached_property
    def figure_cache(self) -> FigureCacheService:
        from app.services.figure_cache import FigureCacheService

        return FigureCacheService(self.db, self.actor)

    @cached_property
    def audit_log(self) -> AuditLogService:
        from app.services.audit_log import AuditLogService

        return AuditLogService(self.db, self.actor)

    @cached_property
    def row_export(self) -> RowExportService:
        from app.services.row_export import RowExportService

        return RowExportService(self.db, self.actor)

    @cached_property
    def getting_started(self) -> GettingStartedService:
        from app.services.getting_started import GettingStartedService

        return GettingStartedService(self.db, self.actor)

    @cached_property
    def exchange(self) -> ExchangeService:
        from app.services.exchange import ExchangeService

        return ExchangeService(self.db, self.actor)

    # The consultation cycle and every kind of duty.
    @cached_property
    def activity_kinds(self) -> ActivityKindService:
        from app.services.activity_kinds import ActivityKindService

        return ActivityKindService(self.db, self.actor)

    @cached_property
    def topics(self) -> TopicService:
        from app.services.topics import TopicService

        return TopicService(self.db, self.actor)

    @cached_property
    def activities(self) -> ActivityService:
        from app.services.activities import ActivityService

        return ActivityService(self.db, self.actor)

    @cached_property
    def opinions(self) -> OpinionService:
        from app.services.opinions import OpinionService

        return OpinionService(self.db, self.actor)

    @cached_property
    def research_reports(self) -> ResearchReportService:
        from app.services.research_reports import ResearchReportService

        return ResearchReportService(self.db, self.actor)

    @cached_property
    def results_reports(self) -> ResultsReportService:
        from app.services.results_reports import ResultsReportService

        return ResultsReportService(self.db, self.actor)

    @cached_property
    def instructions(self) -> InstructionService:
        from app.services.instructions import InstructionService

        return InstructionService(self.db, self.actor)

    @cached_property
    def outcomes(self) -> OutcomeService:
        from app.services.outcomes import OutcomeService

        return OutcomeService(self.db, self.actor)
