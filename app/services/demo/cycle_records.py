"""The demo's records of the wider cycle, one writer each: topics, 反馈群众 and 是否公开, 调研报告,
社情民意信息, 协商专报 (with their stored numbers), 领导批示 and 成果转化."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from app.models import DocumentNumber
from app.models._base import table_of
from app.models.enums import FeedbackMethod, OutcomeKind
from app.services import numbering
from app.services.demo import cycle_texts as texts
from app.services.demo.catalogue import INSTRUCTION_TEXTS, LEADERS
from app.services.demo.handling import NO_SUBJECT
from app.services.demo.network import Network
from app.services.demo.themes import THEMES, Theme
from app.services.demo.writer import BulkWriter, Stamper


def rng_topic(rng: random.Random, theme: Theme, slots: dict[str, Any]) -> str:
    return str(rng.choice(theme.topics).format(**slots))[:120]


class CycleRecords:
    def __init__(
        self, conn: sa.Connection, writer: BulkWriter, stamper: Stamper, today: date, network: Network
    ) -> None:
        self.writer, self.stamper, self.today, self.network = writer, stamper, today, network
        self.rng: random.Random = stamper.rng
        self.member_ids = list(network.members)
        dn = table_of(DocumentNumber).c
        self.numbers: dict[int, int] = defaultdict(int)
        self.numbers.update(
            conn.execute(
                sa.select(dn.year, sa.func.max(dn.number))
                .where(dn.kind == numbering.RESULTS_REPORT)
                .group_by(dn.year)
            ).all()
        )
        self.slots: Any = None  # set by CycleFactory: a platform's place names

    def topic(
        self,
        title: str,
        source: str,
        platform_id: uuid.UUID | None,
        collected: date,
        kind: str,
        planned: date | None,
        *,
        declined: bool = False,
    ) -> uuid.UUID:
        rng = self.rng
        collected = min(collected, self.today)
        decided = min(collected + timedelta(days=rng.randint(5, 20)), self.today)
        confirmed = planned is not None and not declined
        row = self.stamper.base(collected)
        row.update(
            archived_at=None,
            title=title[:200],
            source=source,
            proposer=rng.choice(texts.TOPIC_PROPOSERS[source]),
            channel=rng.choice(("online", "forum", "member", "letter", "box")),
            collected_on=collected,
            description=None,
            notes=None,
            platform_id=platform_id,
            activity_kind=kind,
            decision="confirmed" if confirmed else "declined" if declined else "collected",
            decided_on=decided if (confirmed or declined) else None,
            decided_by="市政协主席会议" if (confirmed or declined) else None,
            decline_reason=rng.choice(texts.DECLINE_REASONS) if declined else None,
            plan_year=planned.year if confirmed and planned else None,
            planned_month=planned.month if confirmed and planned else None,
        )
        self.writer.add("topic", row)
        return row["id"]  # type: ignore[no-any-return]

    def feedback(self, row: dict[str, Any], held_on: date) -> None:
        rng = self.rng
        told = held_on + timedelta(days=rng.randint(7, 30))
        if told <= self.today and rng.random() < 0.55:
            row.update(
                feedback_on=told,
                feedback_method=rng.choice(list(FeedbackMethod)[:4]).value,
                feedback_note=rng.choice(texts.FEEDBACK_NOTES),
            )
        roll = rng.random()
        row["is_public"] = True if roll < 0.88 else False if roll < 0.91 else None
        row["not_public_reason"] = rng.choice(texts.NOT_PUBLIC_REASONS) if row["is_public"] is False else None

    def research_report(
        self, activity_id: uuid.UUID, held_on: date, platform_id: Any, topic: str, who: list[Any]
    ) -> None:
        rng = self.rng
        written = held_on + timedelta(days=rng.randint(10, 40))
        if written > self.today:
            return
        adopted = written + timedelta(days=rng.randint(10, 60)) if rng.random() < 0.65 else None
        adopted = adopted if adopted and adopted <= self.today else None
        row = self.stamper.base(written)
        rid = row["id"]
        row.update(
            archived_at=None,
            title=rng.choice(texts.REPORT_TITLES).format(t=topic)[:200],
            written_on=written,
            activity_id=activity_id,
            platform_id=platform_id,
            other_authors=None if who else "市政协研究室",
            summary=f"围绕{topic}，调研组深入实地察看、座谈交流，梳理问题并提出对策建议。",
            adopted_on=adopted,
            adopted_by=rng.choice(texts.REPORT_ADOPTERS) if adopted else None,
            notes=None,
        )
        self.writer.add("research_report", row)
        for member_id in who[: rng.randint(1, 3)]:
            link = self.stamper.base(written)
            link.update(report_id=rid, member_id=member_id)
            self.writer.add("research_report_author", link)
        if rng.random() < 0.15:
            self.instruction(("research_report_id", rid), written, "有关部门")

    def opinion(self, submitted: date) -> None:
        rng = self.rng
        theme = rng.choice(THEMES)
        platform = rng.choice(self.network.platforms)
        topic = rng_topic(rng, theme, self.slots(platform))
        adopted = submitted + timedelta(days=rng.randint(3, 30)) if rng.random() < 0.35 else None
        adopted = adopted if adopted and adopted <= self.today else None
        issued = adopted + timedelta(days=rng.randint(1, 10)) if adopted and rng.random() < 0.6 else None
        issued = issued if issued and issued <= self.today else None
        row = self.stamper.base(submitted)
        oid = row["id"]
        row.update(
            archived_at=None,
            title=rng.choice(texts.OPINION_TITLES).format(t=topic)[:200],
            content=f"近期群众反映{topic}，建议有关部门加强调研、统筹解决。",
            submitted_on=submitted,
            platform_id=platform.id if rng.random() < 0.4 else None,
            other_submitters=None,
            category=theme.category.value,
            reflects_problem=rng.random() < 0.817,
            adopted_on=adopted,
            adopted_by=rng.choice(texts.ADOPTERS) if adopted else None,
            issued_on=issued,
            issue_ref=f"《社情民意》{issued.year}年第{rng.randint(1, 60)}期" if issued else None,
            notes=None,
        )
        self.writer.add("public_opinion", row)
        for member_id in rng.sample(self.member_ids, rng.choice((1, 1, 1, 2))):
            link = self.stamper.base(submitted)
            link.update(opinion_id=oid, member_id=member_id)
            self.writer.add("public_opinion_submitter", link)
        if adopted and rng.random() < 0.25:
            self.instruction(("opinion_id", oid), adopted, "有关部门")

    def results_report(self, about: str, held_on: date, platform_id: Any, subject: tuple[str, Any]) -> None:
        rng = self.rng
        issued = held_on + timedelta(days=rng.randint(5, 25))
        if issued > self.today:
            return
        self.numbers[issued.year] += 1
        number = numbering.number_text(
            numbering.RESULTS_REPORT, "协商专报", issued.year, self.numbers[issued.year]
        )
        row = self.stamper.base(issued)
        rid = row["id"]
        row.update(
            archived_at=None,
            title=rng.choice(texts.RESULTS_TITLES).format(t=texts.subject_of(about))[:200],
            issued_on=issued,
            sent_to=rng.choice(texts.SENT_TO),
            session_id=None,
            activity_id=None,
            platform_id=platform_id,
            text=texts.RESULTS_TEXT.format(t=about),
            notes=None,
            number=number,
        )
        row[subject[0]] = subject[1]
        self.writer.add("results_report", row)
        stamp = self.stamper.base(issued)
        stamp.update(
            kind=numbering.RESULTS_REPORT,
            record_key=str(rid),
            year=issued.year,
            number=self.numbers[issued.year],
            text=number,
            issued_on=issued,
        )
        self.writer.add("document_number", stamp)
        if rng.random() < 0.35:
            self.instruction(("results_report_id", rid), issued, "有关部门")
        if rng.random() < 0.3:
            self.outcome(("report_id", rid), issued, about)

    def instruction(self, subject: tuple[str, Any], after: date, unit: str) -> None:
        given = min(after + timedelta(days=self.rng.randint(2, 20)), self.today)
        title, leader = self.rng.choice(LEADERS)
        row = self.stamper.base(given)
        row.update(
            NO_SUBJECT,
            suggestion_id=None,
            leader=f"{leader}（{title}）",
            given_on=given,
            text=self.rng.choice(INSTRUCTION_TEXTS).format(unit=unit),
        )
        row[subject[0]] = subject[1]
        self.writer.add("leader_instruction", row)

    def outcome(self, subject: tuple[str, Any], after: date, topic: str) -> None:
        rng = self.rng
        kind = rng.choice(list(texts.OUTCOMES))
        achieved = after + timedelta(days=rng.randint(20, 120))
        row = self.stamper.base(min(after, self.today))
        row.update(
            session_id=None,
            activity_id=None,
            report_id=None,
            kind=OutcomeKind(kind).value,
            description=rng.choice(texts.OUTCOMES[kind]).format(t=topic, n=rng.randint(20, 500))[:500],
            achieved_on=achieved if achieved <= self.today else None,
            reference=None,
        )
        row[subject[0]] = subject[1]
        self.writer.add("result_outcome", row)
