"""导出台账: the workbook a clerk hands in — sheets, titles, header, dates, print set-up, masking, audit."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import select

from app.models import AuditEntry
from app.models.enums import AuditAction, UserRole
from app.reports.excel import layouts
from app.reports.excel.stats_sheet import figure_rows
from app.services.actor import Actor
from app.services.errors import PermissionDenied
from app.services.hub import Services
from app.services.ledger_export import LedgerExportService, OperationCancelled
from app.services.scope import Scope
from tests.fixtures.excel.builders import small_office

TODAY = date(2025, 1, 10)


@pytest.fixture
def office(services: Services) -> dict[str, Any]:
    return small_office(services)


def export(services: Services, path: Path, **kwargs: Any) -> Any:
    return LedgerExportService(services.db, services.actor, today=TODAY).export(path, **kwargs)


def test_workbook_has_the_ledgers_with_title_date_line_and_header(
    services: Services, office: dict, tmp_path: Path
) -> None:
    result = export(
        services, tmp_path / "台账.xlsx", scope=Scope(date(2024, 1, 1), date(2024, 12, 31), district="城西区")
    )
    wb = openpyxl.load_workbook(tmp_path / "台账.xlsx")
    assert wb.sheetnames == [
        "协商议事台账", "意见建议办理台账", "站室组名册", "委员名册", "办理过程",
        "履职活动台账", "议题与年度计划", "社情民意信息", "调研报告", "协商专报", "统计",
    ]  # fmt: skip
    assert result.counts == {
        "协商议事台账": 1,
        "意见建议办理台账": 1,
        "站室组名册": 1,
        "委员名册": 2,
        "办理过程": 1,  # the 王副市长 instruction on the one suggestion in scope
        "履职活动台账": 0,
        "议题与年度计划": 0,
        "社情民意信息": 0,
        "调研报告": 0,
        "协商专报": 0,
        "统计": result.counts["统计"],
    }
    events = [r for r in wb["办理过程"].iter_rows(min_row=4, values_only=True) if r[0] is not None]
    assert [(r[2], r[5], r[6]) for r in events] == [("领导批示", "王副市长", "抓紧办理")]
    ws = wb["意见建议办理台账"]
    assert ws["A1"].value == "意见建议办理台账（2024年1月1日至2024年12月31日 · 城西区）"
    assert ws["A1"].font.b and ws["A1"].font.sz == 16
    assert any(str(r).startswith("A1:") for r in ws.merged_cells.ranges)
    assert ws["A2"].value.startswith("制表日期：2025年1月10日")
    header = [c.value for c in ws[3]]
    assert header == [c.header for c in layouts.SUGGESTION_COLUMNS]
    printed = [c for c, col in zip(ws[3], layouts.SUGGESTION_COLUMNS, strict=True) if col.printed]
    assert all(c.font.b for c in printed) and ws["A3"].fill.fgColor.rgb.endswith("DDEBF7")
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == f"A3:{openpyxl.utils.get_column_letter(len(header))}4"


def test_dates_are_real_excel_dates(services: Services, office: dict, tmp_path: Path) -> None:
    export(services, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["协商议事台账"]
    held = ws.cell(row=4, column=2)
    assert isinstance(held.value, datetime) and held.value.date() == date(2024, 2, 8)
    assert held.number_format == "yyyy-mm-dd"


def test_print_set_up_is_a4_landscape_fit_to_width_with_repeated_header(
    services: Services, office: dict, tmp_path: Path
) -> None:
    export(services, tmp_path / "t.xlsx")
    for ws in openpyxl.load_workbook(tmp_path / "t.xlsx").worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == "9"
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$3:$3"


def test_columns_fit_chinese_text(services: Services, office: dict, tmp_path: Path) -> None:
    export(services, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["站室组名册"]
    name_width = ws.column_dimensions["B"].width
    assert name_width >= 2 * len("城西区胜利路委员驿站")  # ten CJK characters need twenty units


def test_record_id_and_version_columns_are_last_and_not_printed(
    services: Services, office: dict, tmp_path: Path
) -> None:
    export(services, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["协商议事台账"]
    header = [c.value for c in ws[3]]
    assert header[-2:] == [layouts.RECORD_ID_HEADER, layouts.VERSION_HEADER]
    assert ws.cell(row=4, column=len(header) - 1).value == str(office["lights"])
    # the version and the start of the revision it was exported at ("1/8f3a9c1e")
    with services.db.engine.connect() as conn:
        revision = conn.exec_driver_sql(
            "SELECT revision FROM consultation_session WHERE id = ?", (office["lights"].bytes,)
        ).scalar()
    stored = revision.hex() if isinstance(revision, bytes) else revision  # 16 bytes on SQLite
    assert ws.cell(row=4, column=len(header)).value == f"1/{stored[:8]}"
    printed = sum(1 for c in layouts.SESSION_COLUMNS if c.printed)
    assert ws.print_area == f"'协商议事台账'!$A$1:${openpyxl.utils.get_column_letter(printed)}$5"


def test_handling_columns_and_overdue_flag(services: Services, office: dict, tmp_path: Path) -> None:
    export(services, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["意见建议办理台账"]
    keys = [c.key for c in layouts.SUGGESTION_COLUMNS]
    rows = {
        r[keys.index("title")]: dict(zip(keys, r, strict=True))
        for r in ws.iter_rows(min_row=4, values_only=True)
    }
    done = rows["增设信号灯及人行横道线"]
    assert (done["lead_unit"], done["co_units"], done["state"]) == (
        "市交通运输局",
        "市住房和城乡建设局",
        "已办结",
    )
    assert (done["result_class"], done["eval_after"], done["instructions"]) == ("A 解决或采纳", "满意", 1)
    assert done["overdue"] is None and done["handling_mode"] == "会办"
    # 超期工作日: due 2024-07-20 (a Saturday), not replied, today 2025-01-10 — 120 working days
    # (国庆 and its make-up Saturdays counted by the calendar), not 174 calendar days.
    assert rows["设置临时停车区"]["overdue"] == 120
    assert rows["设置临时停车区"]["proposer"] == "家长代表"


def test_phones_masked_unless_full_export_which_is_audited(
    services: Services, office: dict, tmp_path: Path, db
) -> None:
    export(services, tmp_path / "masked.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "masked.xlsx")["委员名册"]
    phones = {r[1]: r[7] for r in ws.iter_rows(min_row=4, values_only=True)}
    assert phones["何玲"] == "138****5678" and phones["马海云"] == "********"
    assert "联系电话已隐去" in ws["A2"].value
    with db.session(write=False) as s:
        assert not s.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)).all()

    export(services, tmp_path / "full.xlsx", full=True)
    ws = openpyxl.load_workbook(tmp_path / "full.xlsx")["委员名册"]
    phones = {r[1]: r[7] for r in ws.iter_rows(min_row=4, values_only=True)}
    assert phones["马海云"] == "01012345678"  # text: the leading zero stays
    with db.session(write=False) as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)).all()
    assert len(entries) == 1 and json.loads(entries[0].after)["file"] == "full.xlsx"


def test_full_export_needs_an_office_role(db, office: dict, tmp_path: Path) -> None:
    viewer = Actor("guest", "访客", UserRole.VIEWER)
    with pytest.raises(PermissionDenied):
        LedgerExportService(db, viewer).export(tmp_path / "x.xlsx", full=True)
    LedgerExportService(db, viewer).export(tmp_path / "x.xlsx")
    assert (tmp_path / "x.xlsx").exists()


def test_cancel_leaves_no_file_and_progress_is_reported(
    services: Services, office: dict, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cancelled.xlsx"
    seen: list[tuple[int, int, str]] = []
    with pytest.raises(OperationCancelled):
        export(
            services,
            target,
            progress=lambda d, t, m: seen.append((d, t, m)),
            is_cancelled=lambda: len(seen) >= 2,
        )
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no partial file beside it either
    assert seen and seen[0][1] > 0 and "正在导出" in seen[-1][2]


def test_existing_file_is_kept_when_cancelled(services: Services, office: dict, tmp_path: Path) -> None:
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"previous export")
    with pytest.raises(OperationCancelled):
        export(services, target, is_cancelled=lambda: True)
    assert target.read_bytes() == b"previous export"


def test_statistics_sheet_shows_the_service_figures(services: Services, office: dict, tmp_path: Path) -> None:
    export(services, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["统计"]
    figures = {r[1]: r[2] for r in ws.iter_rows(min_row=4, values_only=True) if r[1]}
    assert figures["活动总数（次）"] == 2
    assert figures["意见建议总数（条）"] == 3
    assert figures["领导批示（件次）"] == 1
    assert figures["办结率"] == 50.0  # one of two handed out


def test_statistics_rows_tolerate_missing_and_unknown_keys() -> None:
    rows = figure_rows({"sessions": 3, "suggestions_by_state": {"pending": 2}, "brand_new_figure": 7})
    assert ("协商议事活动", "活动总数（次）", 3, "count") in rows
    assert ("意见建议", "状态：待交办", 2, "count") in rows
    assert all("brand_new" not in r[1] for r in rows)


def test_scope_filters_every_ledger(services: Services, office: dict, tmp_path: Path) -> None:
    result = export(services, tmp_path / "t.xlsx", scope=Scope(platform_id=office["studio"]))
    assert result.counts["协商议事台账"] == 1
    assert result.counts["意见建议办理台账"] == 2
    assert result.counts["站室组名册"] == 1
    assert result.counts["委员名册"] == 1
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["协商议事台账"]
    assert ws["A1"].value == "协商议事台账（全部时间 · 城东区教育委员工作室）"
