"""Ledgers laid out differently from ours: other column names and order, dates and states as clerks write."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import select

from app.db.session import Database
from app.models import HandlingUnit, Platform, Suggestion, SuggestionUnit
from app.models.enums import PlatformKind, ResultClass, Satisfaction, SuggestionState, UnitRole
from app.services.actor import Actor
from app.services.hub import Services
from app.services.ledger_import import LedgerImportService, OperationCancelled, issue_lines
from tests.fixtures.excel.builders import small_office, snapshot, write_workbook

TODAY = date(2025, 3, 1)
HEADER = [
    "序号",
    "承办单位",
    "意见建议",
    "提出时间",
    "平台",
    "状态",
    "答复时间",
    "答复类别",
    "满意度",
    "办理期限",
    "协办单位",
]


@pytest.fixture
def service(db: Database, actor: Actor) -> LedgerImportService:
    return LedgerImportService(db, actor, today=TODAY)


def test_a_suggestions_ledger_with_its_own_columns(
    service: LedgerImportService, services: Services, db: Database, tmp_path: Path
) -> None:
    office = small_office(services)
    rows = [
        ["城西区政协意见建议办理情况登记表"],
        ["填报人：马晓明　　填报时间：2024年12月20日"],
        HEADER,
        [
            1,
            "市水务局",
            "湟水河沿岸增设垃圾桶",
            "2024年8月20日",
            "城西区胜利路委员驿站",
            "已办结",
            "2024.9.30",
            "A类",
            "满意",
            45600,
            "市城市管理局、市交通运输局",
        ],
        [
            2,
            "市民政局",
            "引入专业养老运营机构",
            datetime(2024, 5, 23),
            "城东区教育委员工作室",
            "办理中",
            None,
            None,
            None,
            "2024/07/31",
            None,
        ],
        [
            3,
            None,
            "规范摊位经营",
            "2024-08-01",
            "城西区胜利路委员驿站",
            "待交办",
            None,
            None,
            None,
            None,
            None,
        ],
        ["合计", None, "=COUNTA(C4:C6)", None, None, None, None, None, None, None, None],
    ]
    path = write_workbook(tmp_path / "办理台账.xlsx", rows[1:], title=rows[0][0])
    preview = service.read(path)
    (sheet,) = preview.sheets
    assert (sheet.target, sheet.header_row) == ("suggestion", 3)
    mapped = {c.header: preview.mapping.sheets[sheet.name].columns[c.index] for c in sheet.columns}
    assert (
        mapped["承办单位"] == "lead_unit"
        and mapped["意见建议"] == "title"
        and mapped["满意度"] == "satisfaction"
    )
    assert (
        mapped["协办单位"] == "co_units" and mapped["办理期限"] == "due_on" and mapped["平台"] == "platform"
    )
    assert "须填写交办日期" in service.validate(preview).errors[0].message
    mapping = preview.mapping.copy()
    mapping.fill_dates = True  # the ledger has no 交办/办结/评价 dates: the clerk lets them be filled
    plan = service.validate(preview, mapping)
    assert plan.ok, issue_lines(plan.errors)
    assert [i.text() for i in plan.skipped] == ["第7行：合计行，已跳过"]
    service.apply(plan)
    with db.session(write=False) as s:
        found = {x.title: x for x in s.exec(select(Suggestion).where(Suggestion.session_id.is_(None))).all()}  # type: ignore[union-attr]
        water = found["湟水河沿岸增设垃圾桶"]
        assert (water.raised_on, water.replied_on, water.due_on) == (
            date(2024, 8, 20),
            date(2024, 9, 30),
            date(2024, 11, 4),
        )
        assert (water.state, water.result_class, water.eval_after, water.eval_before) == (
            SuggestionState.CONCLUDED,
            ResultClass.A,
            Satisfaction.SATISFIED,
            Satisfaction.SATISFIED,
        )
        assert (water.assigned_on, water.concluded_on) == (date(2024, 8, 20), date(2024, 9, 30))
        assert water.platform_id == office["west"]
        units = s.exec(
            select(HandlingUnit.name, SuggestionUnit.role)
            .join(SuggestionUnit, SuggestionUnit.unit_id == HandlingUnit.id)  # type: ignore[arg-type]
            .where(SuggestionUnit.suggestion_id == water.id)
        ).all()
        assert sorted(units) == [
            ("市交通运输局", UnitRole.CO),
            ("市城市管理局", UnitRole.CO),
            ("市水务局", UnitRole.LEAD),
        ]
        assert found["引入专业养老运营机构"].raised_on == date(2024, 5, 23)
        assert (
            found["规范摊位经营"].state is SuggestionState.PENDING
            and found["规范摊位经营"].lead_unit_id is None
        )


def test_unknown_platform_needs_kind_and_district(
    service: LedgerImportService, db: Database, tmp_path: Path
) -> None:
    rows = [
        ["活动时间", "协商议题", "议题来源", "站室组"],
        ["2024.3.1", "背街小巷路灯维修", "群众出题", "胜利路驿站"],
    ]
    plan = service.validate(service.read(write_workbook(tmp_path / "a.xlsx", rows)))
    assert [i.text() for i in plan.errors] == [
        "第2行「站室组」：找不到站室组“胜利路驿站”。如需新建，请填写县区"
        "（在本行的列中，或导入时指定县区；名称也可写明，如“城西区胜利路委员驿站”）"
    ]
    rows = [
        ["活动时间", "协商议题", "议题来源", "站室组", "平台类型", "县区"],
        ["2024.3.1", "背街小巷路灯维修", "群众出题", "胜利路驿站", "委员驿站", "城西区"],
    ]
    plan = service.validate(service.read(write_workbook(tmp_path / "b.xlsx", rows)))
    assert plan.ok and plan.warnings[0].message == "将新建站室组 1 个：胜利路驿站（委员驿站，城西区）"
    service.apply(plan)
    with db.session(write=False) as s:
        platform = s.exec(select(Platform)).one()
        assert (platform.kind, platform.district) == (PlatformKind.STATION, "城西区")


def test_formulas_in_data_cells_are_refused(service: LedgerImportService, tmp_path: Path) -> None:
    rows = [
        ["活动时间", "协商议题", "议题来源", "群众代表", "站室组", "平台类型", "县区"],
        ["2024.3.1", "路灯维修", "群众出题", "=3*4", "胜利路驿站", "委员驿站", "城西区"],
    ]
    plan = service.validate(service.read(write_workbook(tmp_path / "f.xlsx", rows)))
    assert [i.text() for i in plan.errors] == ["第2行「群众代表」：单元格是公式（=3*4），请改为数值或文字"]


def big_ledger(path: Path, rows: int) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append(["活动时间", "协商议题", "议题来源", "站室组", "平台类型", "县区", "形成意见建议", "办理情况"])
    for i in range(rows):
        ws.append(
            [
                f"2024.{i % 12 + 1}.{i % 28 + 1}",
                f"议题{i:05d}",
                "群众出题",
                f"城西区{i % 7}号委员驿站",
                "委员驿站",
                "城西区",
                f"1.建议甲{i}；2.建议乙{i}",
                "市水务局办理中",
            ]
        )
    wb.save(path)
    return path


def test_a_long_import_reports_progress_and_cancels_cleanly(
    service: LedgerImportService, db: Database, tmp_path: Path
) -> None:
    path = big_ledger(tmp_path / "big.xlsx", 600)
    checks: list[int] = []
    with pytest.raises(OperationCancelled):
        service.validate(service.read(path), is_cancelled=lambda: len(checks.append(1) or checks) > 2)
    calls: list[tuple[int, int, str]] = []
    preview = service.read(path)
    mapping = preview.mapping.copy()
    mapping.fill_dates = True  # 办理中 without a 交办 date: the session's date, as the clerk chose
    plan = service.validate(preview, mapping, progress=lambda d, t, m: calls.append((d, t, m)))
    # 7 platforms and 1 unit created from names, 600 sessions, 1,200 suggestions
    assert plan.ok and len(plan.records) == 7 + 1 + 600 + 1200
    checked = [c for c in calls if "正在检查工作表" in c[2]]
    assert len(checked) >= 3 and checked[-1][1] == 600
    before = snapshot(db)
    written: list[tuple[int, int, str]] = []
    with pytest.raises(OperationCancelled):
        service.apply(
            plan, progress=lambda d, t, m: written.append((d, t, m)), is_cancelled=lambda: len(written) > 10
        )
    assert written[-1][0] > 500  # well into the run, and still nothing kept
    assert snapshot(db) == before
