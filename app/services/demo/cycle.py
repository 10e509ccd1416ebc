"""The demo's wider year: topics and the plan around the sessions, what came after them (反馈群众, 是否公开,
协商专报, 批示, 成果转化), and the office's own duties each year — 专题协商, 联动民主监督, 视察, 调研 with
their 调研报告, 委员讲堂, 走访, plenary and standing-committee meetings, 社情民意信息.

Rows go through the demo's BulkWriter like the sessions'. Each calendar year of the window gets about
the seed's figures (民主监督 17 次, 视察 3 次, 调研报告 6 篇 …); sessions take a planned topic now and then.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from app.models.enums import (
    AttendanceStatus,
    InspectionKind,
    SessionState,
    SuggestionState,
)
from app.services.demo import cycle_texts as texts
from app.services.demo.cycle_records import CycleRecords, rng_topic
from app.services.demo.handling import SessionContext, SuggestionFactory
from app.services.demo.network import Network, PlatformInfo
from app.services.demo.themes import THEMES, Theme
from app.services.demo.writer import BulkWriter, Stamper

# Per calendar year: (kind, how many, suggestions each (low, high), members attending (low, high)).
OFFICE_YEAR = (
    ("special_consultation", 4, (2, 4), (12, 25)),
    ("democratic_supervision", 17, (1, 3), (6, 12)),
    ("inspection", 3, (7, 8), (10, 20)),
    ("research", 6, (0, 1), (5, 10)),
    ("lecture", 5, (0, 0), (3, 6)),
    ("plenary", 1, (0, 0), (0, 0)),
    ("standing_committee", 4, (0, 0), (25, 40)),
)
VISITS_PER_PLATFORM = 2  # 走访（四下基层）a year, at each platform
OPINIONS_PER_YEAR = 60
MINUTES = "与会委员围绕主题深入交流，提出意见建议。"
NO_FEEDBACK = dict.fromkeys(
    ("feedback_on", "feedback_method", "feedback_note", "is_public", "not_public_reason")
)
_ATTEND = (
    (AttendanceStatus.PRESENT, 0.86),
    (AttendanceStatus.EXCUSED, 0.10),
    (AttendanceStatus.ABSENT, 0.04),
)


class CycleFactory:
    def __init__(
        self,
        conn: sa.Connection,
        writer: BulkWriter,
        stamper: Stamper,
        network: Network,
        today: date,
        suggestions: SuggestionFactory,
        slots: Any,
        states: dict[SuggestionState, int],
    ) -> None:
        self.writer, self.stamper, self.network, self.today = writer, stamper, network, today
        self.suggestions, self.slots, self.states = suggestions, slots, states
        self.rng: random.Random = stamper.rng
        self.member_ids = list(network.members)
        self.records = CycleRecords(conn, writer, stamper, today, network)
        self.records.slots = slots

    # -- around a session ------------------------------------------------------------------------
    def topic_for(self, platform: PlatformInfo, held_on: date, title: str, source: str) -> uuid.UUID | None:
        """Now and then the session takes up a planned topic; a few more topics stay collected or planned."""
        rng = self.rng
        if rng.random() < 0.06:
            month = held_on + timedelta(days=rng.randint(30, 120))
            self.records.topic(
                f"{title}（续）", source, platform.id, held_on - timedelta(days=20), "consultation", month
            )
        if rng.random() < 0.05:
            self.records.topic(
                title,
                source,
                platform.id,
                held_on - timedelta(days=30),
                "consultation",
                None,
                declined=rng.random() < 0.6,
            )
        if rng.random() >= 0.35:
            return None
        return self.records.topic(
            title, source, platform.id, held_on - timedelta(days=rng.randint(40, 90)), "consultation", held_on
        )

    def follow_through(
        self, row: dict[str, Any], state: SessionState, theme: Theme, slots: dict[str, Any]
    ) -> None:
        """反馈群众, 是否公开, and sometimes a 专报, a 批示 or a 成果转化 for a session that took place."""
        row.update(NO_FEEDBACK)
        if state is SessionState.PLANNED:
            return
        self.records.feedback(row, row["held_on"])
        subject = ("session_id", row["id"])
        if self.rng.random() < 0.06:
            self.records.results_report(row["topic"], row["held_on"], row["platform_id"], subject)
        if self.rng.random() < 0.015:
            self.records.instruction(subject, row["held_on"], "相关部门")
        if state is SessionState.CLOSED and self.rng.random() < 0.12:
            self.records.outcome(subject, row["held_on"], rng_topic(self.rng, theme, slots))

    # -- the office's own year -------------------------------------------------------------------
    def office_years(self, window_start: date, future_days: int) -> None:
        for year in range(window_start.year, self.today.year + 1):
            start = max(window_start, date(year, 1, 1))
            end = min(date(year, 12, 31), self.today + timedelta(days=future_days))
            if start > end:
                continue
            share = ((end - start).days + 1) / 365
            for kind, n, made, present in OFFICE_YEAR:
                count = round(n * share) if kind != "plenary" else int(share > 0.5)
                for i in range(count):
                    self._activity(kind, self._day(start, end), None, made, present, i + 1)
            for platform in self.network.platforms:
                for _ in range(round(VISITS_PER_PLATFORM * share)):
                    self._activity("visit", self._day(start, end), platform, (0, 1), (2, 4), 0)
            for _ in range(round(OPINIONS_PER_YEAR * share)):
                self.records.opinion(self._day(start, min(end, self.today)))

    def _day(self, start: date, end: date) -> date:
        """A working day from `start` to `end` (a weekend moves to the Friday before or the Monday after)."""
        day = start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))
        if day.weekday() < 5:
            return day
        friday = day - timedelta(days=day.weekday() - 4)
        monday = day + timedelta(days=7 - day.weekday())
        return friday if friday >= start else monday if monday <= end else day

    def _activity(
        self,
        kind: str,
        held_on: date,
        platform: PlatformInfo | None,
        made: tuple[int, int],
        present: tuple[int, int],
        n: int,
    ) -> None:
        rng = self.rng
        theme = rng.choice(THEMES)
        place = platform or rng.choice(self.network.platforms)
        slots = self.slots(place)
        topic = rng_topic(rng, theme, slots)
        if kind in texts.MEETINGS:
            title = rng.choice(texts.MEETINGS[kind]).format(n=n)
        else:
            title = rng.choice(texts.ACTIVITY_TITLES[kind]).format(t=topic, n=n)[:200]
        planned = held_on > self.today
        topic_id = None
        if kind == "special_consultation":
            topic_id = self.records.topic(
                topic,
                "party_government",
                None,
                held_on - timedelta(days=90),
                kind,
                held_on if rng.random() < 0.85 else held_on + timedelta(days=60),
            )
        row = self.stamper.base(min(held_on, self.today))
        aid = row["id"]
        row.update(
            archived_at=None,
            kind=kind,
            title=title,
            held_on=held_on,
            platform_id=platform.id if platform else None,
            inspection_kind=(
                InspectionKind.SUPERVISORY if rng.random() < 0.6 else InspectionKind.RESEARCH
            ).value
            if kind == "inspection"
            else None,
            location=platform.address if platform else rng.choice(texts.MEETING_PLACES),
            organiser=rng.choice(texts.ORGANISERS[kind]),
            topic_id=topic_id,
            notes=None,
            convener_id=platform.convener_id if platform else rng.choice(self.member_ids),
            other_participants="市直有关部门负责人、专家学者"
            if kind in ("special_consultation", "inspection")
            else None,
            minutes=None if planned else f"{held_on.isoformat()}，{title}。{MINUTES}",
            state="planned" if planned else "held",
            **NO_FEEDBACK,
        )
        self.writer.add("duty_activity", row)
        if planned:
            return
        self.records.feedback(row, held_on)
        who = self._attendance(aid, held_on, platform, kind, present)
        ctx = SessionContext(
            None, row["platform_id"], held_on, title, theme, slots, place.district.name, who, aid
        )
        extra = rng.choice(THEMES).suggestions if made[1] > len(theme.suggestions) else ()
        pool = theme.suggestions + extra
        titles = list(dict.fromkeys(t.format(**slots)[:200] for t in pool))
        for title_text in rng.sample(titles, min(len(titles), rng.randint(*made))) if made[1] else []:
            self.states[self.suggestions.make(ctx, title_text)] += 1
        if kind == "research" or (kind == "inspection" and rng.random() < 0.4):
            self.records.research_report(aid, held_on, row["platform_id"], topic, who)
        subject = ("activity_id", aid)
        if kind in ("special_consultation", "democratic_supervision") and rng.random() < 0.5:
            self.records.results_report(title, held_on, row["platform_id"], subject)
        if kind in ("special_consultation", "inspection") and rng.random() < 0.5:
            self.records.outcome(subject, held_on, topic)
        if kind in ("special_consultation", "democratic_supervision", "inspection") and rng.random() < 0.2:
            self.records.instruction(subject, held_on, "相关部门")

    def _attendance(
        self,
        activity_id: uuid.UUID,
        held_on: date,
        platform: PlatformInfo | None,
        kind: str,
        present: tuple[int, int],
    ) -> list[uuid.UUID]:
        rng = self.rng
        if kind == "plenary":
            members = self.member_ids
        elif platform is not None:
            members = [m for m, _r in platform.members][: rng.randint(*present)]
        else:
            members = rng.sample(self.member_ids, min(len(self.member_ids), rng.randint(*present)))
        came = []
        for member_id in members:
            roll, status = rng.random(), AttendanceStatus.PRESENT
            if roll > _ATTEND[0][1]:
                status = (
                    AttendanceStatus.EXCUSED
                    if roll < _ATTEND[0][1] + _ATTEND[1][1]
                    else AttendanceStatus.ABSENT
                )
            spoke = status is AttendanceStatus.PRESENT and rng.random() < (0.05 if kind == "plenary" else 0.3)
            row = self.stamper.base(held_on)
            row.update(activity_id=activity_id, member_id=member_id, status=status.value, spoke=spoke)
            self.writer.add("activity_attendance", row)
            if status is AttendanceStatus.PRESENT:
                came.append(member_id)
        return came
