"""What the cycle's printed documents need, as plain data: the 年度协商计划, the 履职积分 ranking and a
协商专报. Services fill these in; the renderers never query."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.models.enums import PlanStatus


@dataclass(frozen=True)
class PlanLine:
    title: str
    source: str
    proposer: str | None
    place: str  # the 站室组, or 政协机关
    kind: str  # the planned form (协商议事, 专题协商 …)
    when: str  # 2026年3月, or 2026年 without a month
    status: PlanStatus
    held_on: date | None  # first held on it


@dataclass(frozen=True)
class PlanSheet:
    title: str  # 2026年度协商计划
    period: str
    lines: Sequence[PlanLine]
    as_of: date

    def count(self, status: PlanStatus) -> int:
        return sum(1 for line in self.lines if line.status is status)


@dataclass(frozen=True)
class RankLine:
    rank: int
    name: str
    sector: str | None
    attended: int  # 履职活动 of every kind attended
    by_group: dict[str, int]  # column group → points
    deducted: int
    points: int
    grade: str


@dataclass(frozen=True)
class DutyRanking:
    period: str
    groups: Sequence[tuple[str, str]]  # (key, heading) of the points columns
    lines: Sequence[RankLine]
    grades_note: str  # how many points each grade needs in this period
    grade_counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ResultsReportDoc:
    """协商专报 as printed: its number comes with the issue (版头)."""

    title: str
    issued_on: date
    sent_to: str
    about: str | None  # the session or activity it reports on
    text: str | None
    instructions: Sequence[tuple[str, date, str]] = ()  # (leader, given on, text)
    outcomes: Sequence[tuple[str, str]] = ()  # (kind, description)
