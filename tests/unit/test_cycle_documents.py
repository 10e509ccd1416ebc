"""The cycle's documents and ledgers: the printed 年度协商计划 and 协商专报, the five new Excel sheets, and an
exported workbook read back (the new sheets are named and not imported)."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from app.services.documents import DocumentService
from app.services.hub import Services
from app.services.ledger_export import LedgerExportService
from app.services.ledger_import import LedgerImportService
from app.services.plan import year_scope
from tests.fixtures.seed_year import SCOPE, record_seed_year
from tests.support import ADMIN_ACTOR


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "".join(p.extract_text() for p in reader.pages).replace("\n", "").replace(" ", "")


def test_printed_plan_and_report_and_the_ledger_sheets(services: Services, tmp_path: Path) -> None:
    record_seed_year(services)
    documents = DocumentService(services.db, ADMIN_ACTOR)

    plan, _ = documents.render_bytes("plan", scope=year_scope(2025))
    _reader, text = pdf_text(plan)
    assert "××市政协办公室" in text and "2025年度协商计划" in text
    assert "列入计划的协商议题共14个" in text and "已开展12个" in text and "逾期未开展2个" in text
    assert text.count("逾期未开展") == 3  # the sentence and the two overdue rows
    assert "议题01：旧改第1项" in text and "议题15" not in text  # planned for 2026, not this year's plan

    report = services.results_reports.list().rows[-1]
    printed, _ = documents.render_bytes("results_report", id=report["id"])
    _reader2, text = pdf_text(printed)
    assert report["number"].replace(" ", "") in text  # the stored 发文字号 under the 版头
    assert report["title"] in text and "报送：市委、市政府" in text and "批示" in text

    path = tmp_path / "台账.xlsx"
    result = LedgerExportService(services.db, ADMIN_ACTOR).export(path, SCOPE)
    assert {k: result.counts[k] for k in ("履职活动台账", "社情民意信息", "调研报告", "协商专报")} == {
        "履职活动台账": 52,
        "社情民意信息": 60,
        "调研报告": 6,
        "协商专报": 8,
    }
    assert result.counts["议题与年度计划"] == 30
    wb = openpyxl.load_workbook(path)
    activities = [r for r in wb["履职活动台账"].iter_rows(min_row=4, values_only=True) if r[0] is not None]
    header = [c.value for c in wb["履职活动台账"][3]]
    inspections = [r for r in activities if r[header.index("活动类型")] == "视察"]
    assert sorted(r[header.index("形成意见建议（条）")] for r in inspections) == [7, 8, 8]
    assert all(r[header.index("组织层级")] == "政协机关" for r in inspections)
    topics = wb["议题与年度计划"]
    heads = [c.value for c in topics[3]]
    statuses = [r[heads.index("完成情况")] for r in topics.iter_rows(min_row=4, values_only=True) if r[0]]
    assert (statuses.count("已开展"), statuses.count("逾期未开展"), statuses.count("未采用")) == (12, 2, 6)

    preview = LedgerImportService(services.db, ADMIN_ACTOR).read(path)
    notes = {s.name: (s.target, s.notes) for s in preview.sheets}
    for name in ("履职活动台账", "议题与年度计划", "社情民意信息", "调研报告", "协商专报"):
        target, said = notes[name]
        assert target is None and said == [
            f"工作表「{name}」是程序导出的{name}，供查阅和存档，不导入（请在程序中登记和修改）。"
        ]
    assert notes["协商议事台账"][0] == "session"  # the ledgers it imports stay as they were


def test_the_ranking_columns_fit_the_landscape_page_with_every_kind() -> None:
    """Ten kinds of points besides name, sector, total and grade: every column keeps room for a three-digit
    figure and the table is exactly the page's width (no column squeezed to nothing or drawn over another)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.reports.pdf.data_cycle import DutyRanking
    from app.reports.pdf.documents.ranking import columns
    from app.reports.pdf.fonts import default_fonts
    from app.reports.pdf.grid import GridTable
    from app.reports.pdf.layout import LANDSCAPE
    from app.reports.pdf.typesetter import Typesetter

    headings = (
        "协商议事", "专题协商", "民主监督", "视察调研", "会议", "讲堂走访", "意见建议", "社情民意",
        "调研报告", "界别协商",
    )  # fmt: skip
    groups = [(f"g{i}", heading) for i, heading in enumerate(headings)]
    ts = Typesetter.create(default_fonts())
    table = GridTable(columns(DutyRanking("2025年", groups, [], "")), [["1"] * (len(groups) + 7)], ts)
    widths = table._column_widths(LANDSCAPE.width)
    assert abs(sum(widths) - LANDSCAPE.width) < 0.01
    size = table.cell_style.fontSize
    assert min(widths) > stringWidth("000", ts.fonts.body, size) + 4
    assert widths[1] >= stringWidth("欧阳小明", ts.fonts.body, size)  # a four-character name on one line
