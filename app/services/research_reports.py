"""调研报告: the report a 调研 (or a 视察) ends in — title, authors (members, and others by name), date, and
whether and by whom it was adopted (采用); 批示 on it go through app.services.instructions."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.glossary import OFFICE_LEVEL
from app.messages import msg
from app.models._base import table_of
from app.models.activities import DutyActivity
from app.models.platforms import Platform
from app.models.reports import ReportAuthor, ResearchReport, ResearchReportCreate, ResearchReportUpdate
from app.models.suggestions import LeaderInstruction
from app.services import member_links, permissions, record_checks
from app.services.crud import CrudService
from app.services.listing import ListSpec
from app.services.paging import Joined, Sort, by_column
from app.services.validation import raise_if

RR = table_of(ResearchReport).c
PL = table_of(Platform).c
DA = table_of(DutyActivity).c
LI = table_of(LeaderInstruction).c


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class ResearchReportService(CrudService[ResearchReport, ResearchReportCreate, ResearchReportUpdate]):
    model = ResearchReport
    entity = "research_report"
    noun = msg("调研报告")
    area = permissions.Area.RESEARCH_REPORT
    derived = ("platform_id",)  # a report of an activity belongs where the activity was held

    def validate(
        self, session: Session, values: dict[str, Any], existing: ResearchReport | None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        check = record_checks
        values["title"] = check.text(
            errors, "title", values.get("title"), 200, msg("报告标题"), required=True
        )
        values["other_authors"] = check.text(
            errors, "other_authors", values.get("other_authors"), 200, msg("其他执笔人")
        )
        values["adopted_by"] = check.text(
            errors, "adopted_by", values.get("adopted_by"), 100, msg("采用单位")
        )
        for key in ("summary", "notes"):
            values[key] = check.text(errors, key, values.get(key), 20000, msg("内容"))
        written = check.day(
            errors, "written_on", values.get("written_on"), msg("成文日期"), required=True, not_future=True
        )
        check.day(
            errors,
            "adopted_on",
            values.get("adopted_on"),
            msg("采用日期"),
            not_future=True,
            after=(written, msg("成文日期")),
        )
        if values.get("adopted_by") and values.get("adopted_on") is None:
            errors["adopted_on"] = msg("填写了采用单位，请同时填写采用日期")
        activity_id = values.get("activity_id")
        if activity_id is not None:
            activity = session.get(DutyActivity, activity_id)
            if activity is None:
                errors["activity_id"] = msg("所选履职活动不存在")
            elif not permissions.can_see(self.actor, activity.platform_id):
                errors["activity_id"] = permissions.NOT_VISIBLE
            else:
                values["platform_id"] = activity.platform_id
        check.platform(session, errors, values.get("platform_id"))
        raise_if(errors)
        return values

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        return values.get("platform_id")

    def list_spec(self) -> ListSpec:
        instructions = sa.select(sa.func.count()).where(LI.research_report_id == RR.id).scalar_subquery()
        columns = {
            "written_on": RR.written_on,
            "title": RR.title,
            "platform_name": sa.func.coalesce(PL.name, OFFICE_LEVEL),
            "activity_title": DA.title,
            "adopted_on": RR.adopted_on,
            "adopted_by": RR.adopted_by,
            "instruction_count": instructions,
        }
        return ListSpec(
            table=table_of(ResearchReport),
            fields=[
                RR.id,
                RR.version,
                RR.archived_at,
                RR.platform_id,
                RR.other_authors,
                RR.activity_id,
                *(c.label(k) for k, c in columns.items()),
            ],
            joins=[
                Joined(table_of(Platform), PL.id == RR.platform_id),
                Joined(table_of(DutyActivity), DA.id == RR.activity_id),
            ],
            columns=columns,
            search=[RR.title, RR.summary, RR.other_authors, RR.adopted_by],
            filters={
                "platform_id": lambda v: RR.platform_id == _uuid(v),
                "activity_id": lambda v: RR.activity_id == _uuid(v),
                "adopted": lambda v: RR.adopted_on.is_not(None) if v else RR.adopted_on.is_(None),
                "date_from": lambda v: RR.written_on >= v,
                "date_to": lambda v: RR.written_on <= v,
            },
            default=Sort(by_column(RR.written_on), descending=True),
            platform=RR.platform_id,
            archived=RR.archived_at,
            decorate=self._add_authors,
        )

    def _add_authors(self, rows: list[dict[str, Any]]) -> None:
        with self.db.session(write=False) as s:
            member_links.name_people(
                s, ReportAuthor, "report_id", rows, "other_authors", "authors", nobody=""
            )

    def set_authors(self, report_id: uuid.UUID, member_ids: list[uuid.UUID]) -> None:
        with self.unit_of_work(None) as s:
            obj = self._load(s, report_id)
            permissions.require_change(self.actor, self.area, obj.platform_id)
            member_links.replace_links(
                s, self.actor, ReportAuthor, "report_id", report_id, member_ids, "research_report_author"
            )

    def authors(self, report_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        with self.unit_of_work(None, write=False) as s:
            self._load(s, report_id)
            return member_links.linked_members(s, ReportAuthor, "report_id", [report_id]).get(report_id, [])
