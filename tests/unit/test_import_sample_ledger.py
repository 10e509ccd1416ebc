"""The real sample ledger (城西区委员驿站2024年协商议事台账.xlsx) imports, and says what it cannot read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from app.db.session import Database
from app.models import (
    ConsultationSession,
    FollowUpEvent,
    HandlingUnit,
    Member,
    Platform,
    SessionAttendance,
    SessionParticipant,
    Suggestion,
)
from app.models.enums import EventKind, PlatformKind, SessionState, SuggestionState, TopicSource
from app.services.actor import Actor
from app.services.ledger_import import LedgerImportService, issue_lines
from tests.fixtures.excel.builders import copy_sample, snapshot, table_counts

TODAY = date(2025, 3, 1)


@pytest.fixture
def service(db: Database, actor: Actor) -> LedgerImportService:
    return LedgerImportService(db, actor, today=TODAY)


def test_sample_is_understood_as_a_session_ledger(service: LedgerImportService, tmp_path: Path) -> None:
    preview = service.read(copy_sample(tmp_path))
    (sheet,) = preview.sheets
    assert (sheet.name, sheet.target, sheet.header_row) == ("2024年台账", "session", 3)
    assert sheet.title is not None and sheet.title.startswith("城西区胜利路委员驿站2024年")
    mapping = preview.mapping.sheets["2024年台账"]
    by_header = {c.header: mapping.columns[c.index] for c in sheet.columns}
    assert by_header == {
        "序号": "seq",
        "活动时间": "held_on",
        "活动地点": "location",
        "协商议题": "topic",
        "议题来源": "topic_source",
        "参加委员": "present",
        "参加部门": "departments",
        "群众代表（人）": "resident_count",
        "形成意见建议": "suggestions",
        "办理情况": "handling",
        "备注": "notes",
    }
    assert (preview.mapping.platform, preview.mapping.district) == ("城西区胜利路委员驿站", "城西区")


def test_sample_imports_after_mapping(service: LedgerImportService, db: Database, tmp_path: Path) -> None:
    preview = service.read(copy_sample(tmp_path))
    mapping = preview.mapping.copy()
    # The sample writes only unit and state: without dates and classes the app's 办理 steps refuse
    # 已交办 / 已答复, until the clerk chooses how to fill them (and the report says so).
    refused = service.validate(preview, mapping)
    assert not refused.ok
    assert "须填写交办日期" in refused.errors[0].message
    mapping.fill_dates, mapping.default_result = True, "B"
    plan = service.validate(preview, mapping)
    assert plan.ok, issue_lines(plan.errors)
    notes = [i.message for i in plan.warnings]
    assert any(n.endswith("没有交办日期，按所选取提出（活动）日期") for n in notes)
    assert any(n.endswith("没有答复类别，按所选记为默认答复类别") for n in notes)
    assert [i.text() for i in plan.skipped] == ["第19行：合计行，已跳过"]
    shown = plan.for_display()  # what the wizard's window receives from its child
    assert shown.records == [] and shown.counts() == plan.counts() and shown.issues == plan.issues
    with pytest.raises(ValueError):
        service.apply(shown)  # nothing to write: never mistaken for an empty import
    result = service.apply(plan)
    assert result.created == {"platform": 1, "unit": 13, "member": 12, "session": 15, "suggestion": 25}
    with db.session(write=False) as s:
        (platform,) = s.exec(select(Platform)).all()
        assert (platform.name, platform.kind, platform.district) == (
            "城西区胜利路委员驿站",
            PlatformKind.STATION,
            "城西区",
        )
        sessions = {x.topic: x for x in s.exec(select(ConsultationSession)).all()}
        # the four ways the sample writes dates
        assert sessions["海晏路与五四大街交叉口加装红绿灯"].held_on == date(2024, 2, 8)  # 2024.2.8
        assert sessions["海湖路地下通道东南出口道路修缮"].held_on == date(2024, 3, 4)  # 2024/03/04
        assert sessions["恢复西宁体育馆及附属场地健身功能"].held_on == date(2024, 3, 29)  # a real date
        assert sessions["老旧小区加装电梯资金分摊"].held_on == date(2024, 4, 27)  # 2024年4月27日
        lift = sessions["老旧小区加装电梯资金分摊"]
        assert (lift.topic_source, lift.resident_count, lift.state) == (
            TopicSource.PARTY_GOVERNMENT,
            28,
            SessionState.HELD,
        )
        # numbered suggestions in one cell, unit and state run together in 办理情况
        items = s.exec(
            select(Suggestion).where(Suggestion.session_id == lift.id).order_by(Suggestion.title)
        ).all()
        assert sorted(i.title for i in items) == ["出台加装电梯补贴细则", "明确低层住户补偿办法"]
        unit = s.exec(select(HandlingUnit).where(HandlingUnit.name == "市住房和城乡建设局")).one()
        assert {(i.state, i.lead_unit_id, i.raised_on, i.platform_id) for i in items} == {
            (SuggestionState.REPLIED, unit.id, date(2024, 4, 27), platform.id)
        }
        # the handling is the app's own dated timeline, not a state change on the import day
        events = s.exec(select(FollowUpEvent).where(FollowUpEvent.suggestion_id == items[0].id)).all()
        assert sorted((e.kind, e.happened_on) for e in events) == sorted(
            [
                (EventKind.CREATED, date(2024, 4, 27)),
                (EventKind.ASSIGNED, date(2024, 4, 27)),
                (EventKind.REPLIED, date(2024, 4, 27)),
            ]
        )
        # members named in 参加委员 and departments in 参加部门
        attendees = s.exec(
            select(Member.name)
            .join(SessionAttendance, SessionAttendance.member_id == Member.id)  # type: ignore[arg-type]
            .where(SessionAttendance.session_id == lift.id)
        ).all()
        assert sorted(attendees) == sorted(["孙志强", "李秀英", "刘洋"])
        departments = s.exec(
            select(SessionParticipant.name).where(SessionParticipant.session_id == lift.id)
        ).all()
        assert departments == ["市住房和城乡建设局"]


def test_importing_the_sample_twice_changes_nothing(
    service: LedgerImportService, db: Database, tmp_path: Path
) -> None:
    path = copy_sample(tmp_path)
    preview = service.read(path)
    mapping = preview.mapping.copy()
    mapping.fill_dates, mapping.default_result = True, "B"
    service.apply(service.validate(preview, mapping))
    before = snapshot(db)
    again = service.validate(service.read(path))
    assert again.ok and again.records == []
    assert again.unchanged == {"session": 15, "suggestion": 25}
    assert snapshot(db) == before


def test_rows_it_cannot_read_are_reported_by_row_and_column(
    service: LedgerImportService, db: Database, tmp_path: Path
) -> None:
    path = copy_sample(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["B7"] = "2024年13月5日"
    ws["J9"] = "市民政局正在协调"
    ws["E10"] = "领导交办"
    wb.save(path)
    before = table_counts(db)
    preview = service.read(path)
    mapping = preview.mapping.copy()
    mapping.fill_dates, mapping.default_result = True, "B"
    plan = service.validate(preview, mapping)
    assert not plan.ok
    assert [i.text() for i in plan.errors] == [
        "第7行「活动时间」：无法识别的日期“2024年13月5日”",
        "第9行「办理情况」：无法从“市民政局正在协调”中识别办理状态（例如：市交通运输局已办结）",
        "第10行「议题来源」：无法识别的取值“领导交办”（可填：党政点题、群众出题、委员荐题、部门荐题）",
    ]
    assert table_counts(db) == before

    report = service.write_error_report(plan, tmp_path / "错误.xlsx")
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames == ["错误汇总", "2024年台账"]
    sheet = wb["2024年台账"]
    assert sheet["B7"].value == "2024年13月5日" and sheet["B7"].fill.fgColor.rgb.endswith("FFC7CE")
    assert sheet["L3"].value == "错误说明"
    assert sheet["L7"].value == "「活动时间」无法识别的日期“2024年13月5日”"
    assert sheet["L19"].value == "提示：合计行，已跳过"
    assert sheet["H19"].value == "=SUM(H4:H18)" and sheet["H19"].data_type == "s"  # never a live formula
    first = next(wb["错误汇总"].iter_rows(min_row=2, values_only=True))
    assert first[:4] == ("2024年台账", 7, "活动时间", "无法识别的日期“2024年13月5日”")


def test_a_ledger_with_unknown_headers_imports_once_mapped(
    service: LedgerImportService, db: Database, tmp_path: Path
) -> None:
    path = copy_sample(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["B3"], ws["D3"] = "开会那天", "商量的事"
    wb.save(path)
    preview = service.read(path)
    assert not service.validate(preview).ok  # the guess from the remaining headers does not fit
    mapping = preview.mapping.copy()
    mapping.sheets["2024年台账"] = service.remap_sheet(preview, "2024年台账", target="session")
    assert (
        service.validate(preview, mapping).errors[0].message
        == "没有对应“活动时间”“协商议题”的列，无法导入此工作表"
    )
    columns = mapping.sheets["2024年台账"].columns
    columns[1], columns[3] = "held_on", "topic"  # what the wizard's column-mapping screen does
    mapping.fill_dates, mapping.default_result = True, "B"
    plan = service.validate(preview, mapping)
    assert plan.ok, issue_lines(plan.errors)
    assert service.apply(plan).created["session"] == 15
