"""社情民意信息: who submitted it (members, and others by name), when, what it is about, whether it
reflects a problem, and its 采用 (adopted, by whom), 签发 (issued, in which issue) and 批示
(app.services.instructions)."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.glossary import OFFICE_LEVEL
from app.messages import msg
from app.models._base import table_of
from app.models.opinions import OpinionSubmitter, PublicOpinion, PublicOpinionCreate, PublicOpinionUpdate
from app.models.platforms import Platform
from app.models.suggestions import LeaderInstruction
from app.services import member_links, permissions, record_checks
from app.services.crud import CrudService
from app.services.listing import ListSpec
from app.services.paging import Joined, Sort, by_column
from app.services.validation import raise_if

PO = table_of(PublicOpinion).c
PL = table_of(Platform).c
LI = table_of(LeaderInstruction).c


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class OpinionService(CrudService[PublicOpinion, PublicOpinionCreate, PublicOpinionUpdate]):
    model = PublicOpinion
    entity = "public_opinion"
    noun = msg("社情民意信息")
    area = permissions.Area.OPINION

    def validate(
        self, session: Session, values: dict[str, Any], existing: PublicOpinion | None
    ) -> dict[str, Any]:
        errors: dict[str, str] = {}
        check = record_checks
        values["title"] = check.text(
            errors, "title", values.get("title"), 200, msg("信息标题"), required=True
        )
        values["content"] = check.text(errors, "content", values.get("content"), 20000, msg("信息内容"))
        values["other_submitters"] = check.text(
            errors, "other_submitters", values.get("other_submitters"), 200, msg("其他报送人")
        )
        values["adopted_by"] = check.text(
            errors, "adopted_by", values.get("adopted_by"), 100, msg("采用单位")
        )
        values["issue_ref"] = check.text(errors, "issue_ref", values.get("issue_ref"), 100, msg("签发期号"))
        values["notes"] = check.text(errors, "notes", values.get("notes"), 5000, msg("备注"))
        submitted = check.day(
            errors,
            "submitted_on",
            values.get("submitted_on"),
            msg("报送日期"),
            required=True,
            not_future=True,
        )
        after = (submitted, msg("报送日期"))
        check.day(
            errors, "adopted_on", values.get("adopted_on"), msg("采用日期"), not_future=True, after=after
        )
        check.day(errors, "issued_on", values.get("issued_on"), msg("签发日期"), not_future=True, after=after)
        if values.get("adopted_by") and values.get("adopted_on") is None:
            errors["adopted_on"] = msg("填写了采用单位，请同时填写采用日期")
        if values.get("issue_ref") and values.get("issued_on") is None:
            errors["issued_on"] = msg("填写了签发期号，请同时填写签发日期")
        check.platform(session, errors, values.get("platform_id"))
        raise_if(errors)
        return values

    def platform_of(self, values: dict[str, Any]) -> uuid.UUID | None:
        return values.get("platform_id")

    def list_spec(self) -> ListSpec:
        instructions = sa.select(sa.func.count()).where(LI.opinion_id == PO.id).scalar_subquery()
        columns = {
            "submitted_on": PO.submitted_on,
            "title": PO.title,
            "category": PO.category,
            "reflects_problem": PO.reflects_problem,
            "platform_name": sa.func.coalesce(PL.name, OFFICE_LEVEL),
            "adopted_on": PO.adopted_on,
            "adopted_by": PO.adopted_by,
            "issued_on": PO.issued_on,
            "issue_ref": PO.issue_ref,
            "instruction_count": instructions,
        }
        return ListSpec(
            table=table_of(PublicOpinion),
            fields=[
                PO.id,
                PO.version,
                PO.archived_at,
                PO.platform_id,
                PO.other_submitters,
                *(c.label(k) for k, c in columns.items()),
            ],
            joins=[
                Joined(table_of(Platform), PL.id == PO.platform_id),
            ],
            columns=columns,
            search=[PO.title, PO.content, PO.other_submitters, PO.issue_ref],
            filters={
                "platform_id": lambda v: PO.platform_id == _uuid(v),
                "adopted": lambda v: PO.adopted_on.is_not(None) if v else PO.adopted_on.is_(None),
                "issued": lambda v: PO.issued_on.is_not(None) if v else PO.issued_on.is_(None),
                "instructed": lambda v: (instructions > 0) if v else (instructions == 0),
                "reflects_problem": lambda v: PO.reflects_problem.is_(bool(v)),
                "date_from": lambda v: PO.submitted_on >= v,
                "date_to": lambda v: PO.submitted_on <= v,
            },
            default=Sort(by_column(PO.submitted_on), descending=True),
            platform=PO.platform_id,
            archived=PO.archived_at,
            decorate=self._add_submitters,
        )

    def _add_submitters(self, rows: list[dict[str, Any]]) -> None:
        with self.db.session(write=False) as s:
            member_links.name_people(
                s, OpinionSubmitter, "opinion_id", rows, "other_submitters", "submitters", nobody=""
            )

    # -- submitters ---------------------------------------------------------------------------
    def set_submitters(self, opinion_id: uuid.UUID, member_ids: list[uuid.UUID]) -> None:
        with self.unit_of_work(None) as s:
            obj = self._load(s, opinion_id)
            permissions.require_change(self.actor, self.area, obj.platform_id)
            member_links.replace_links(
                s,
                self.actor,
                OpinionSubmitter,
                "opinion_id",
                opinion_id,
                member_ids,
                "public_opinion_submitter",
            )

    def submitters(self, opinion_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        with self.unit_of_work(None, write=False) as s:
            self._load(s, opinion_id)
            return member_links.linked_members(s, OpinionSubmitter, "opinion_id", [opinion_id]).get(
                opinion_id, []
            )
