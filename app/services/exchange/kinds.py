"""The kinds of record a data package carries: one table, one entry per kind, in foreign-key order.

A kind added later (topics, duty activities, public-opinion reports …) is one more `Kind(...)` line
here; exporting, merging, conflicts, permissions and the summary all read this table.

`belongs` says how a record finds its platform, which decides who may send and receive it:
- "platform": the record is a platform (站室组); "own": its `platform_id` column;
- "session" / "suggestion" / "session_or_suggestion": through the record it belongs to;
- "parents": through the first of `parents` (column, table) that is set (a 领导批示 may be on any of
  six records, an attendance row on its 履职活动);
- None: a reference list the office keeps for everybody (members, units, settings);
- "account": a coordinator's account (travels with the platforms it looks after).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement

from app.models._base import TableBase, table_of
from app.models.activities import ActivityAttendance, ActivityKind, DutyActivity
from app.models.attachments import Attachment
from app.models.enums import UserRole
from app.models.members import Member
from app.models.office import OfficeSetting
from app.models.opinions import OpinionSubmitter, PublicOpinion
from app.models.platforms import Platform, PlatformMembership
from app.models.reports import ReportAuthor, ResearchReport, ResultOutcome, ResultsReport
from app.models.sessions import ConsultationSession, SessionAttendance, SessionParticipant
from app.models.suggestions import FollowUpEvent, LeaderInstruction, Suggestion, SuggestionUnit
from app.models.topics import Topic
from app.models.units import HandlingUnit
from app.models.users import User, UserPlatform
from app.services.exchange.codec import Decoder, Encoder, codecs
from app.services.names import stroke_sort_text
from app.services.office_settings import HOLIDAY_PREFIX
from app.services.permissions import Area

# Columns every record has; they travel beside the fields (id, revision …), never merged as fields.
COMMON = ("id", "created_at", "updated_at", "version", "revision", "parent_revision")
HOLIDAY_LIKE = HOLIDAY_PREFIX.replace("_", "\\_") + "%"


@dataclass(frozen=True)
class Kind:
    key: str  # records/<key>.jsonl and the summary's key
    label: str  # Chinese name in summaries and the conflict list
    model: type[TableBase]
    area: Area  # which permission rule applies
    belongs: str | None
    label_field: str  # the field that names a record for people
    where: Callable[[], ColumnElement[bool]] | None = None  # the kind's rows when a table holds two kinds
    local: tuple[str, ...] = ()  # columns that stay in their database (sign-in counters …)
    derived: Mapping[str, Callable[[dict[str, Any]], Any]] = field(default_factory=dict)
    append_only: bool = False  # never changed once written: merged as a union
    deletable: bool = False  # rows are deleted, not archived: deletions travel as tombstones
    parents: tuple[tuple[str, type[TableBase]], ...] = ()  # belongs "parents": (column, parent table)

    @cached_property
    def table(self) -> sa.Table:
        return table_of(self.model)

    @property
    def entity(self) -> str:
        return self.table.name

    @property
    def reference(self) -> bool:
        """A list the office keeps (only packages from the office change it)."""
        return self.belongs in (None, "platform", "account")

    @cached_property
    def fields(self) -> tuple[str, ...]:
        skip = {*COMMON, *self.local, *self.derived}
        return tuple(c.name for c in self.table.columns if c.name not in skip)

    @cached_property
    def encoders(self) -> dict[str, Encoder]:
        return {c.name: codecs(c)[0] for c in self.table.columns}

    @cached_property
    def decoders(self) -> dict[str, Decoder]:
        return {c.name: codecs(c)[1] for c in self.table.columns}

    def platform_sql(self) -> ColumnElement[Any] | None:
        """The platform of a row, as SQL over this kind's table (None for the office's lists)."""
        t = self.table.c
        if self.belongs == "platform":
            return t.id
        if self.belongs == "own":
            return t.platform_id
        if self.belongs == "session":
            return _session_platform(t.session_id)
        if self.belongs == "suggestion":
            return _suggestion_platform(t.suggestion_id)
        if self.belongs == "session_or_suggestion":
            return sa.func.coalesce(_suggestion_platform(t.suggestion_id), _session_platform(t.session_id))
        if self.belongs == "parents":
            found = [_platform_of(model, t[column]) for column, model in self.parents]
            return found[0] if len(found) == 1 else sa.func.coalesce(*found)
        return None

    def scope_clause(self, platforms: frozenset[Any] | None) -> ColumnElement[bool] | None:
        """Rows a package for `platforms` (None: the whole office) carries of this kind."""
        clauses: list[ColumnElement[bool]] = []
        if self.where is not None:
            clauses.append(self.where())
        if self.belongs == "account":
            links = table_of(UserPlatform).c
            owned = sa.select(links.user_id)
            if platforms is not None:
                owned = owned.where(links.platform_id.in_(sorted(platforms)))
            if self.model is User:
                clauses += [self.table.c.role == UserRole.COORDINATOR.value, self.table.c.id.in_(owned)]
            else:
                users = table_of(User).c
                coordinators = sa.select(users.id).where(users.role == UserRole.COORDINATOR.value)
                clauses.append(self.table.c.user_id.in_(coordinators))
                if platforms is not None:
                    clauses.append(self.table.c.platform_id.in_(sorted(platforms)))
        elif platforms is not None:
            platform = self.platform_sql()
            if platform is not None:
                clauses.append(platform.in_(sorted(platforms)))
        return sa.and_(*clauses) if clauses else None


def _platform_of(model: type[TableBase], column: Any) -> Any:
    parent = table_of(model).c
    return sa.select(parent.platform_id).where(parent.id == column).scalar_subquery()


def _session_platform(column: Any) -> Any:
    return _platform_of(ConsultationSession, column)


def _suggestion_platform(column: Any) -> Any:
    return _platform_of(Suggestion, column)


def _settings() -> ColumnElement[bool]:
    return table_of(OfficeSetting).c.key.not_like(HOLIDAY_LIKE, escape="\\")


def _holidays() -> ColumnElement[bool]:
    return table_of(OfficeSetting).c.key.like(HOLIDAY_LIKE, escape="\\")


_USER_LOCAL = ("failed_sign_ins", "locked_until", "last_sign_in_at")
# A 领导批示 is on one of these (a suggestion first, as before); a 成果转化 and an attachment likewise.
_INSTRUCTED = (
    ("suggestion_id", Suggestion),
    ("session_id", ConsultationSession),
    ("activity_id", DutyActivity),
    ("results_report_id", ResultsReport),
    ("research_report_id", ResearchReport),
    ("opinion_id", PublicOpinion),
)
_OUTCOME_OF = (
    ("session_id", ConsultationSession),
    ("activity_id", DutyActivity),
    ("report_id", ResultsReport),
)
_ATTACHED_TO = (
    ("suggestion_id", Suggestion),
    ("session_id", ConsultationSession),
    ("results_report_id", ResultsReport),
)
# 建议数, kept by each database's own triggers from the suggestions it holds (migration 0011)
_COUNTED = ("suggestion_count",)

KINDS: tuple[Kind, ...] = (
    Kind("platform", "站室组", Platform, Area.PLATFORM, "platform", "name"),
    Kind(
        "member",
        "委员",
        Member,
        Area.MEMBER,
        None,
        "name",
        derived={"name_strokes": lambda v: stroke_sort_text(v["name"])},
    ),
    Kind("unit", "承办单位", HandlingUnit, Area.UNIT, None, "name", local=_COUNTED),
    Kind("setting", "单位设置", OfficeSetting, Area.SETTINGS, None, "key", where=_settings, deletable=True),
    Kind(
        "holiday_year",
        "节假日安排",
        OfficeSetting,
        Area.SETTINGS,
        None,
        "key",
        where=_holidays,
        deletable=True,
    ),
    Kind("activity_kind", "履职活动类型", ActivityKind, Area.ACTIVITY_KIND, None, "label"),
    Kind("account", "账户", User, Area.ACCOUNT, "account", "username", local=_USER_LOCAL),
    Kind(
        "account_platform",
        "账户负责的站室组",
        UserPlatform,
        Area.ACCOUNT,
        "account",
        "platform_id",
        deletable=True,
    ),
    Kind("membership", "站室组成员", PlatformMembership, Area.MEMBERSHIP, "own", "member_id", deletable=True),
    Kind("topic", "议题", Topic, Area.TOPIC, "own", "title"),
    Kind("activity", "履职活动", DutyActivity, Area.ACTIVITY, "own", "title"),
    Kind(
        "activity_attendance",
        "履职活动出席情况",
        ActivityAttendance,
        Area.ACTIVITY,
        "parents",
        "member_id",
        parents=(("activity_id", DutyActivity),),
        deletable=True,
    ),
    Kind("session", "协商议事活动", ConsultationSession, Area.SESSION, "own", "topic", local=_COUNTED),
    Kind("attendance", "出席情况", SessionAttendance, Area.SESSION, "session", "member_id", deletable=True),
    Kind("participant", "其他参会人员", SessionParticipant, Area.SESSION, "session", "name", deletable=True),
    Kind("results_report", "协商专报", ResultsReport, Area.RESULTS_REPORT, "own", "title"),
    Kind("research_report", "调研报告", ResearchReport, Area.RESEARCH_REPORT, "own", "title"),
    Kind(
        "research_report_author",
        "调研报告作者",
        ReportAuthor,
        Area.RESEARCH_REPORT,
        "parents",
        "member_id",
        parents=(("report_id", ResearchReport),),
        deletable=True,
    ),
    Kind("opinion", "社情民意信息", PublicOpinion, Area.OPINION, "own", "title"),
    Kind(
        "opinion_submitter",
        "社情民意信息报送人",
        OpinionSubmitter,
        Area.OPINION,
        "parents",
        "member_id",
        parents=(("opinion_id", PublicOpinion),),
        deletable=True,
    ),
    Kind("suggestion", "意见建议", Suggestion, Area.SUGGESTION, "own", "title"),
    Kind(
        "suggestion_unit",
        "承办分工",
        SuggestionUnit,
        Area.SUGGESTION,
        "suggestion",
        "unit_id",
        deletable=True,
    ),
    Kind(
        "instruction",
        "领导批示",
        LeaderInstruction,
        Area.SUGGESTION,
        "parents",
        "leader",
        parents=_INSTRUCTED,
        deletable=True,
    ),
    Kind(
        "outcome",
        "成果转化",
        ResultOutcome,
        Area.SESSION,
        "parents",
        "description",
        parents=_OUTCOME_OF,
        deletable=True,
    ),
    Kind(
        "event",
        "办理过程记录",
        FollowUpEvent,
        Area.SUGGESTION,
        "session_or_suggestion",
        "kind",
        append_only=True,
    ),
    Kind("attachment", "附件", Attachment, Area.ATTACHMENT, "parents", "filename", parents=_ATTACHED_TO),
)

BY_KEY: dict[str, Kind] = {k.key: k for k in KINDS}
# The kinds' names in English, for an interface shown in English (the packages themselves keep the Chinese).
KIND_ENGLISH: dict[str, str] = {
    "站室组": "Platform",
    "委员": "Member",
    "承办单位": "Handling unit",
    "单位设置": "Office settings",
    "节假日安排": "Holiday calendar",
    "履职活动类型": "Duty activity kind",
    "账户": "Account",
    "账户负责的站室组": "Account platforms",
    "站室组成员": "Platform member",
    "议题": "Topic",
    "履职活动": "Duty activity",
    "履职活动出席情况": "Duty activity attendance",
    "协商议事活动": "Consultation session",
    "出席情况": "Attendance",
    "其他参会人员": "Other participants",
    "协商专报": "Consultation brief",
    "调研报告": "Research report",
    "调研报告作者": "Research report author",
    "社情民意信息": "Public-opinion report",
    "社情民意信息报送人": "Public-opinion report submitter",
    "意见建议": "Suggestion",
    "承办分工": "Handling units",
    "领导批示": "Leader's instruction",
    "成果转化": "Outcome",
    "办理过程记录": "Handling record",
    "附件": "Attachment",
}


def kind_label(key: str) -> str:
    kind = BY_KEY.get(key)
    return kind.label if kind else key
