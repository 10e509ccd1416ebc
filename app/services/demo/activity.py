"""协商议事活动: topic, place, who came, the record, and the suggestions each held session produced."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from typing import Any

from app.models.enums import (
    AttendanceStatus,
    ParticipantKind,
    PlatformKind,
    SessionForm,
    SessionState,
    SuggestionState,
    TopicSource,
)
from app.services.demo.catalogue import (
    HOSPITALS,
    MARKETS,
    ONLINE_PLACES,
    RIVERS,
    ROADS,
    SCHOOLS,
    SESSION_ROOMS,
    VENUES,
)
from app.services.demo.draw import Weighted
from app.services.demo.handling import SessionContext, SuggestionFactory
from app.services.demo.names import NameMaker
from app.services.demo.network import KIND_ACTIVITY, Network, PlatformInfo
from app.services.demo.themes import DIRECTIONS, THEMES, TOPIC_FORMS, Theme
from app.services.demo.writer import BulkWriter, Stamper

_SOURCES = Weighted(
    (TopicSource.RESIDENTS, TopicSource.PARTY_GOVERNMENT, TopicSource.MEMBERS, TopicSource.DEPARTMENTS),
    (40, 20, 25, 15),
)
_FORMS = Weighted((SessionForm.ON_SITE, SessionForm.ONLINE, SessionForm.INSPECTION), (70, 12, 18))
_ATTENDANCE = Weighted(
    (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT), (85, 10, 5)
)
_THEMES = Weighted(THEMES, (t.weight for t in THEMES))
_EXPERTS = ("青海大学", "青海师范大学", "市城市规划设计院", "市社会科学院", "市律师协会")
_CLOSED_SUGGESTION_STATES = {SuggestionState.CONCLUDED, SuggestionState.NOT_ADOPTED, SuggestionState.RETURNED}
_NUMERALS = "一二三四五六"
NO_FEEDBACK = {
    "feedback_on": None, "feedback_method": None, "feedback_note": None, "is_public": None,
    "not_public_reason": None,
}  # fmt: skip


class SessionFactory:
    def __init__(
        self, writer: BulkWriter, stamper: Stamper, names: NameMaker, network: Network, today: date
    ) -> None:
        self.writer, self.stamper, self.names, self.network, self.today = (
            writer, stamper, names, network, today
        )  # fmt: skip
        self.rng: random.Random = stamper.rng
        self.platforms = Weighted(network.platforms, (KIND_ACTIVITY[p.kind] for p in network.platforms))
        self.suggestions = SuggestionFactory(writer, stamper, network.units, today, names.name)
        self.session_states: dict[SessionState, int] = dict.fromkeys(SessionState, 0)
        self.cycle: Any = None  # a CycleFactory: topics and what came after each session
        self.suggestion_states: dict[SuggestionState, int] = dict.fromkeys(SuggestionState, 0)

    def held_on(self, window_start: date, future_days: int) -> date:
        """A date in the last two years (weekdays preferred), or now and then a planned future one.

        Activity grows over the period (density rising linearly to today), as platforms multiply.
        """
        rng = self.rng
        if rng.random() < 0.03:
            return self.today + timedelta(days=rng.randint(1, future_days))
        span = (self.today - window_start).days
        day = window_start + timedelta(days=min(span, int(span * math.sqrt(rng.random()) + 0.5)))
        if day.weekday() >= 5 and rng.random() < 0.8:
            day -= timedelta(days=day.weekday() - 4)  # to Friday
        return day

    def add(self, held_on: date) -> None:
        rng = self.rng
        platform = self.platforms.pick(rng)
        theme = _THEMES.pick(rng)
        slots = self.slots(platform)
        topic = rng.choice(TOPIC_FORMS).format(t=rng.choice(theme.topics).format(**slots))[:200]
        form = _FORMS.pick(rng)
        convener = platform.convener_id
        row = self.stamper.base(min(self.today, held_on - timedelta(days=rng.randint(5, 20))))
        sid = row["id"]
        source = _SOURCES.pick(rng).value
        topic_id = self.cycle.topic_for(platform, held_on, topic, source) if self.cycle else None
        row.update(
            archived_at=None, topic=topic,
            topic_source=source,
            held_on=held_on, location=self._location(platform, form, slots), platform_id=platform.id,
            form=form.value, convener_id=convener, notes=None,
            host=self.network.members.get(convener) if convener else None,
            resident_count=rng.randint(0, 12) if form is SessionForm.INSPECTION else rng.randint(3, 30),
            minutes=None, consensus=None, topic_id=topic_id, **NO_FEEDBACK,
        )  # fmt: skip
        if held_on > self.today:
            row["state"] = SessionState.PLANNED.value
            self.session_states[SessionState.PLANNED] += 1
            self.writer.add("consultation_session", row)
            return
        present = self._attendance(sid, platform, held_on)
        departments = self._participants(sid, theme, platform, slots, held_on, row["resident_count"])
        titles = rng.sample(theme.suggestions, rng.randint(2, min(4, len(theme.suggestions))))
        titles = [t.format(**slots)[:200] for t in titles]
        ctx = SessionContext(sid, platform.id, held_on, topic, theme, slots, platform.district.name, present)
        states = [self.suggestions.make(ctx, t) for t in titles]
        for st in states:
            self.suggestion_states[st] += 1
        state = self._session_state(states, held_on)
        self.session_states[state] += 1
        host = row["host"] or "平台联络员"
        row.update(
            state=state.value,
            minutes=(
                f"{held_on.year}年{held_on.month}月{held_on.day}日，{platform.name}围绕“{topic}”开展协商议事"
                f"活动，{host}主持。{len(present)}名委员、{departments}的代表和{row['resident_count']}名"
                "群众代表参加。与会人员察看了现场，听取了群众意见，围绕问题成因和解决办法深入交流。"
            ),
            consensus="与会人员一致认为，该问题事关群众切身利益，应尽快推动解决。形成共识："
            + "；".join(f"{_NUMERALS[i]}是{t}" for i, t in enumerate(titles))
            + "。",
        )
        if self.cycle is not None:
            self.cycle.follow_through(row, state, theme, slots)
        self.writer.add("consultation_session", row)

    def slots(self, platform: PlatformInfo) -> dict[str, Any]:
        rng = self.rng
        d = platform.district
        road, road2 = rng.sample(ROADS, 2)
        return {
            "district": d.name,
            "town": platform.township or rng.choice(d.townships),
            "community": rng.choice(d.communities),
            "road": road,
            "road2": road2,
            "venue": rng.choice(VENUES),
            "market": rng.choice(MARKETS),
            "hospital": rng.choice(HOSPITALS),
            "school": rng.choice(SCHOOLS),
            "river": rng.choice(RIVERS),
            "dir": rng.choice(DIRECTIONS),
        }

    def _location(self, platform: PlatformInfo, form: SessionForm, slots: dict[str, Any]) -> str:
        rng = self.rng
        if form is SessionForm.ONLINE:
            return rng.choice(ONLINE_PLACES)
        if form is SessionForm.INSPECTION:
            return rng.choice((f"{slots['road']}现场", f"{slots['community']}", f"{slots['town']}"))
        if platform.kind is PlatformKind.STATION and platform.township:
            return f"{platform.township}{rng.choice(SESSION_ROOMS)}"
        return platform.address or f"{platform.district.name}{rng.choice(SESSION_ROOMS)}"

    def _attendance(self, sid: Any, platform: PlatformInfo, held_on: date) -> list[Any]:
        rng = self.rng
        members = platform.members
        if len(members) > 10:
            members = rng.sample(members, min(len(members), rng.randint(6, 12)))
        present = []
        for member_id, _role in members:
            status = _ATTENDANCE.pick(rng)
            row = self.stamper.base(held_on)
            spoke = status is AttendanceStatus.PRESENT and rng.random() < 0.35
            row.update(session_id=sid, member_id=member_id, status=status.value, spoke=spoke)
            self.writer.add("session_attendance", row)
            if status is AttendanceStatus.PRESENT:
                present.append(member_id)
        return present

    def _participants(
        self,
        sid: Any,
        theme: Theme,
        platform: PlatformInfo,
        slots: dict[str, Any],
        held_on: date,
        residents: int,
    ) -> str:
        """Department, resident and expert participants; returns the departments' names for the minutes."""
        rng = self.rng
        units = rng.sample(
            theme.units + theme.co_units, min(len(theme.units) + len(theme.co_units), rng.randint(1, 2))
        )
        names = []
        rows: list[tuple[ParticipantKind, str, str | None, Any]] = []
        for unit in units:
            unit_id, unit_name = self.suggestions.unit_id(unit, platform.district.name)
            names.append(unit_name)
            rows.append((ParticipantKind.DEPARTMENT, self.names.name(), unit_name, unit_id))
        for _ in range(min(residents, rng.randint(0, 3))):
            rows.append((ParticipantKind.RESIDENT, self.names.name(), f"{slots['community']}居民", None))
        if rng.random() < 0.2:
            rows.append((ParticipantKind.EXPERT, self.names.name(), rng.choice(_EXPERTS), None))
        for kind, name, org, unit_id in rows:
            row = self.stamper.base(held_on)
            row.update(session_id=sid, kind=kind.value, name=name, organization=org, unit_id=unit_id)
            self.writer.add("session_participant", row)
        return "、".join(names)

    def _session_state(self, states: list[SuggestionState], held_on: date) -> SessionState:
        if all(s in _CLOSED_SUGGESTION_STATES for s in states):
            return SessionState.CLOSED
        if all(s is SuggestionState.PENDING for s in states):
            return SessionState.HELD
        return SessionState.FOLLOWING_UP
