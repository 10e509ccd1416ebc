"""The whole cycle's records travel in data packages: topics and the plan, 履职活动 (of the office's own
kinds) with attendance, 社情民意信息, 调研报告, 协商专报 with their attachment, 领导批示 and 成果转化 on any
record; a station's changes come back, removed attendance rows included."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.db import Database
from app.models import (
    ConsultationSessionCreate,
    DutyActivityCreate,
    PublicOpinionCreate,
    ResearchReportCreate,
    ResultsReportCreate,
    TopicCreate,
)
from app.models.enums import AttendanceStatus, OutcomeKind
from app.services.exchange import ExchangeService
from app.services.hub import Services
from app.services.subjects import Subject, SubjectKind
from app.services.validation import build
from tests.exchange_support import CLERK, Office, export, make_db, records, seed_office, sign_in

CYCLE = (
    "activity_kind", "topic", "activity", "activity_attendance", "session", "results_report",
    "research_report", "research_report_author", "opinion", "opinion_submitter", "instruction", "outcome",
    "attachment",
)  # fmt: skip
P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


def _record_the_cycle(office: Office, tmp_path: Path) -> dict[str, Any]:
    s = Services(office.db, CLERK)
    own, members = office.platforms[0], office.members
    kind = s.activity_kinds.add("界别协商")
    topic = s.topics.create(
        build(
            TopicCreate,
            title="老旧小区加装电梯",
            source="residents",
            collected_on=date(2026, 1, 5),
            decision="confirmed",
            decided_on=date(2026, 2, 1),
            platform_id=own,
            plan_year=2026,
            planned_month=3,
        )
    )
    session = s.sessions.create(
        build(
            ConsultationSessionCreate,
            topic=topic.title,
            topic_source="residents",
            held_on=date(2026, 3, 2),
            platform_id=own,
            topic_id=topic.id,
        )
    )
    activity = s.activities.create(
        build(
            DutyActivityCreate,
            kind=kind.code,
            title="界别委员座谈",
            held_on=date(2026, 3, 5),
            platform_id=own,
        )
    )
    s.activities.set_attendance(activity.id, {members[0]: P, members[1]: E}, speakers={members[0]})
    office_level = s.activities.create(
        build(DutyActivityCreate, kind="plenary", title="全体会议", held_on=date(2026, 1, 10))
    )
    opinion = s.opinions.create(
        build(PublicOpinionCreate, title="夜市噪音扰民", submitted_on=date(2026, 3, 6), platform_id=own)
    )
    s.opinions.set_submitters(opinion.id, [members[1], members[2]])
    research = s.research_reports.create(
        build(ResearchReportCreate, title="加装电梯调研报告", written_on=date(2026, 3, 8), platform_id=own)
    )
    s.research_reports.set_authors(research.id, [members[0]])
    report = s.results_reports.create(
        build(
            ResultsReportCreate,
            title="加装电梯协商专报",
            issued_on=date(2026, 3, 10),
            sent_to="市委",
            session_id=session.id,
        )
    )
    text = tmp_path / "专报正文.txt"
    text.write_text("协商专报正文", encoding="utf-8")
    s.attachments.add(text, results_report_id=report.id)
    for subject in (Subject(SubjectKind.SESSION, session.id), Subject(SubjectKind.RESULTS_REPORT, report.id)):
        s.instructions.add(subject, leader="市长", given_on=date(2026, 3, 20), text="请抓紧落实")
    s.outcomes.add(
        Subject(SubjectKind.SESSION, session.id),
        kind=OutcomeKind.LIVELIHOOD_PROJECT,
        description="列入民生实事",
    )
    return {"activity": activity.id, "office_level": office_level.id, "report": report.id}


def _cycle(db: Database, platforms: list[Any] | None = None) -> dict[str, Any]:
    found = records(db, platforms)
    return {key: found[key] for key in CYCLE if key in found}


def test_the_cycle_travels_to_a_station_and_its_changes_come_back(
    migrated_template: Path, tmp_path: Path
) -> None:
    office = seed_office(make_db(migrated_template, tmp_path, "office"))
    made = _record_the_cycle(office, tmp_path)
    station = make_db(migrated_template, tmp_path, "station")
    setup = ExchangeService.set_up_station(
        station, export(office.db, CLERK, tmp_path / "setup.zip", [office.platforms[0]])
    )
    assert setup.total["refused"] == 0, setup.refused
    assert (
        records(station)["activity_kind"] == records(office.db)["activity_kind"]
    )  # the office's own kind too
    mine, theirs = _cycle(station), _cycle(office.db, [office.platforms[0]])
    assert {k: v for k, v in mine.items() if k != "activity_kind"} == theirs
    assert all(theirs[key] for key in theirs), [k for k, v in theirs.items() if not v]
    assert len(theirs["instruction"]) == 2 and len(theirs["activity_attendance"]) == 2
    assert str(made["office_level"]) not in mine["activity"]  # the office's own 全体会议 stays there
    report = Services(station, sign_in(station, "station1")).results_reports.get(made["report"])
    assert report.number == "协商专报〔2026〕第1期"

    # The station marks one attendee absent and drops the other; the office gets both.
    coordinator = sign_in(station, "station1")
    Services(station, coordinator).activities.set_attendance(made["activity"], {office.members[0]: A})
    back = ExchangeService(office.db, CLERK).import_package(
        export(station, coordinator, tmp_path / "back.zip")
    )
    assert back.total["refused"] == 0, back.refused
    attendance = Services(office.db, CLERK).activities.attendance(made["activity"])
    assert [(m.id, status) for m, status, _spoke in attendance] == [(office.members[0], A)]
    assert _cycle(office.db, [office.platforms[0]]) == {
        k: v for k, v in _cycle(station).items() if k != "activity_kind"
    }
