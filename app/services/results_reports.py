"""协商成果报送: 协商专报 sent to the party committee and government, each on a session or a 履职活动 (or on
neither, e.g. a digest of several), numbered once by app.services.numbering when first saved."""

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
from app.models.reports import ResultOutcome, ResultsReport, ResultsReportCreate, ResultsReportUpdate
from app.models.sessions import ConsultationSession
from app.models.suggestions import LeaderInstruction
from app.services import numbering, permissions, record_checks
from app.services.crud import CrudService
from app.services.listing import ListSpec
from app.services.paging import Joined, Sort, by_column
from app.services.validation import raise_if

RP = table_of(ResultsReport).c
PL = table_of(Platform).c
CS = table_of(ConsultationSession).c
DA = table_of(DutyActivity).c
LI = table_of(LeaderInstruction).c
RO = table_of(ResultOutcome).c


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class ResultsReportService(CrudService[ResultsReport, ResultsReportCreate, ResultsReportUpdate]):
    model = ResultsReport
    entity = "results_report"
    noun = msg("协商专报")
    area = permissions.Area.RESULTS_REPORT
    derived = ("platform_id",)  # a report on a session or activity belongs where it was held

    def validate(
        self, session: Session, values: dict[str, Any], existing: ResultsReport | None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        check = record_checks
        values["title"] = check.text(
            errors, "title", values.get("title"), 200, msg("专报标题"), required=True
        )
        values["sent_to"] = check.text(
            errors, "sent_to", values.get("sent_to"), 200, msg("报送对象"), required=True
        )
        values["text"] = check.text(errors, "text", values.get("text"), 50000, msg("专报正文"))
        values["notes"] = check.text(errors, "notes", values.get("notes"), 5000, msg("备注"))
        check.day(
            errors, "issued_on", values.get("issued_on"), msg("报送日期"), required=True, not_future=True
        )
        moved_year = existing is not None and values.get("issued_on") and existing.number
        if moved_year and existing is not None and values["issued_on"].year != existing.issued_on.year:
            errors["issued_on"] = msg("专报已编号“{number}”，报送日期不能改到另一年", number=existing.number)
        session_id, activity_id = values.get("session_id"), values.get("activity_id")
        if session_id is not None and activity_id is not None:
            errors["activity_id"] = msg("一期专报只报送一次协商议事活动或一项履职活动，请只选一项")
        parent: Any = None
        if session_id is not None:
            parent = session.get(ConsultationSession, session_id)
            if parent is None:
                errors["session_id"] = msg("所选协商议事活动不存在")
        elif activity_id is not None:
            parent = session.get(DutyActivity, activity_id)
            if parent is None:
                errors["activity_id"] = msg("所选履职活动不存在")
        if parent is not None:
            if not permissions.can_see(self.actor, parent.platform_id):
                errors["session_id" if session_id else "activity_id"] = permissions.NOT_VISIBLE
            values["platform_id"] = parent.platform_id
        check.platform(session, errors, values.get("platform_id"))
        raise_if(errors)
        return values

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        return values.get("platform_id")

    def after_save(self, session: Session, obj: ResultsReport, *, created: bool) -> None:
        """The first save gives the report its 发文字号 (kept from then on)."""
        if obj.number:
            return
        issued = numbering.issue(session, numbering.RESULTS_REPORT, str(obj.id), obj.issued_on)
        if issued is not None:
            obj.number = issued.text
            session.flush()

    def list_spec(self) -> ListSpec:
        instructions = sa.select(sa.func.count()).where(LI.results_report_id == RP.id).scalar_subquery()
        outcomes = sa.select(sa.func.count()).where(RO.report_id == RP.id).scalar_subquery()
        columns = {
            "issued_on": RP.issued_on,
            "number": RP.number,
            "title": RP.title,
            "sent_to": RP.sent_to,
            "platform_name": sa.func.coalesce(PL.name, OFFICE_LEVEL),
            "about": sa.func.coalesce(CS.topic, DA.title),
            "instruction_count": instructions,
            "outcome_count": outcomes,
        }
        return ListSpec(
            table=table_of(ResultsReport),
            fields=[
                RP.id,
                RP.version,
                RP.archived_at,
                RP.platform_id,
                RP.session_id,
                RP.activity_id,
                *(c.label(k) for k, c in columns.items()),
            ],
            joins=[
                Joined(table_of(Platform), PL.id == RP.platform_id),
                Joined(table_of(ConsultationSession), CS.id == RP.session_id),
                Joined(table_of(DutyActivity), DA.id == RP.activity_id),
            ],
            columns=columns,
            search=[RP.title, RP.number, RP.sent_to, RP.text],
            filters={
                "platform_id": lambda v: RP.platform_id == _uuid(v),
                "session_id": lambda v: RP.session_id == _uuid(v),
                "activity_id": lambda v: RP.activity_id == _uuid(v),
                "instructed": lambda v: (instructions > 0) if v else (instructions == 0),
                "date_from": lambda v: RP.issued_on >= v,
                "date_to": lambda v: RP.issued_on <= v,
            },
            default=Sort(by_column(RP.issued_on), descending=True),
            platform=RP.platform_id,
            archived=RP.archived_at,
        )
