"""A year like the seed's, recorded through the services, states the same figures on every surface:
`stats --json`, the 工作台 cards and paragraph, the Excel 统计 sheet and the text of the printed 工作综述."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.__main__ import main
from app.services.documents import DocumentService
from app.services.hub import Services
from app.services.ledger_export import LedgerExportService
from app.ui.pages.dashboard_page import DashboardPage
from app.ui.settings import UiSettings
from tests.fixtures.seed_year import SCOPE, SEED, record_seed_year
from tests.integration.conftest import ADMIN, PASSWORD, make_admin
from tests.support import ADMIN_ACTOR


@pytest.fixture
def seed_year(services: Services) -> Services:
    record_seed_year(services)
    return services


def stats_out(db_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    capsys.readouterr()
    period = ("--from", "2025-01-01", "--to", "2025-12-31")
    args = ["--db", str(db_path), "--user", ADMIN, "stats", *extra, *period]
    assert main(args) == 0
    return capsys.readouterr().out


def stats_json(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    make_admin(db_path)
    monkeypatch.setenv("LEDGER_PASSWORD", PASSWORD)
    return json.loads(stats_out(db_path, capsys, "--json"))


def stats_sheet(services: Services, path: Path) -> dict[tuple[str, str], Any]:
    LedgerExportService(services.db, ADMIN_ACTOR).export(path, SCOPE, sheets=("stats",))
    ws = openpyxl.load_workbook(path)["统计"]
    section, out = "", {}
    for row in ws.iter_rows(min_row=4, values_only=True):
        if row[1] is None:
            continue
        section = row[0] or section
        out[(section, str(row[1]))] = row[2]
    return out


def summary_text(services: Services) -> str:
    data, _result = DocumentService(services.db, ADMIN_ACTOR).render_bytes("summary", scope=SCOPE)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return text.replace("\n", "").replace(" ", "")


def dashboard(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> DashboardPage:
    page = DashboardPage(services, ui_settings)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    page.activate()
    bar = page.scope_bar
    bar.period.set_value("custom")
    bar.date_to.setDate(QDate(2025, 12, 31))
    bar.date_from.setDate(QDate(2025, 1, 1))
    return page


def test_the_seed_year_reads_the_same_everywhere(
    qtbot: QtBot,
    seed_year: Services,
    ui_settings: UiSettings,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    figures = stats_json(db_path, monkeypatch, capsys)
    kinds, from_kind = figures["activities_by_kind"], figures["activity_suggestions_by_kind"]
    opinion, topics = figures["public_opinion"], figures["topics"]

    # stats --json: the keys the issue names, with the seed's figures.
    assert set(kinds) >= {"consultation", "special_consultation", "democratic_supervision", "inspection",
                          "research", "lecture", "visit", "plenary"}  # fmt: skip
    assert kinds["democratic_supervision"] == SEED["democratic_supervision"] == 17
    assert kinds["inspection"] == SEED["inspection"] == 3
    assert from_kind["inspection"] == SEED["inspection_suggestions"] == 23
    assert figures["research_reports"] == SEED["research_reports"] == 6
    assert figures["leader_instructions"] == SEED["leader_instructions"] == 18
    assert figures["suggestions"] == SEED["suggestions"] == 82
    assert opinion == {
        "submitted": 60, "adopted": 21, "issued": 12, "instructed": 2, "problems": 49, "problem_share": 81.7,
        "adoption_rate": 35.0,
    }  # fmt: skip
    assert {k: topics[k] for k in ("collected", "confirmed", "held")} == {
        "collected": 30,
        "confirmed": 24,
        "held": 12,
    }
    assert (topics["planned"], topics["overdue"]) == (14, 2)
    assert figures["results_reported"] == 8
    assert kinds["consultation"] == figures["sessions_held"] == SEED["consultation"]
    assert figures["activities_held"] == sum(SEED[k] for k in ("consultation", *(
        "special_consultation", "democratic_supervision", "inspection", "research", "lecture", "visit",
        "plenary", "standing_committee")))  # fmt: skip

    # `stats` without --json prints them for a clerk at the terminal.
    printed = stats_out(db_path, capsys)
    for line in (
        "联动民主监督 17", "视察 3", "调研报告：6 篇　协商专报：8 期",
        "社情民意信息：60 条（采用 21，签发 12，获批示 2，反映问题类 81.7%）",
        "议题：征集 30 个，确定 24 个；计划 14 个，已开展 12 个，逾期未开展 2 个", "领导批示：18 件次",
    ):  # fmt: skip
        assert line in printed, line

    # The dashboard shows the same numbers (computed by the same service, shown on the cards).
    page = dashboard(qtbot, seed_year, ui_settings)
    cards = {key: (card.value.text(), card.note.text()) for key, card in page.cards.items()}
    assert cards["democratic_supervision"][0] == "17 次"
    assert cards["inspection"] == ("3 次", "提出意见建议 23 条")
    assert cards["research"][1] == "调研报告 6 篇，被采用 4 篇"
    assert cards["opinion_problem_share"] == ("81.7%", "反映问题类 49 / 60 条")
    assert cards["leader_instructions"][0] == "18 件次"
    assert cards["suggestions"][0] == "82 条"
    assert cards["results_reported"][0] == "8 期"
    assert cards["topics"] == ("30 个", "确定 24 个　未采用 6 个")
    assert cards["plan"] == ("已开展 12 个", "计划 14 个　逾期未开展 2 个")
    paragraph = page.paragraph.toPlainText()
    assert paragraph == seed_year.statistics.draft_paragraph(figures)
    for phrase in (
        "联动民主监督17次", "视察3次（提出意见建议23条）", "形成调研报告6篇", "占81.7%", "获领导批示18件次",
        "形成意见建议82条", "征集议题30个，确定24个", "已开展12个", "报送协商专报8期",
    ):  # fmt: skip
        assert phrase in paragraph

    # The Excel 统计 sheet.
    sheet = stats_sheet(seed_year, tmp_path / "统计.xlsx")
    assert sheet[("履职活动", "开展：联动民主监督")] == 17
    assert sheet[("履职活动", "开展：视察")] == 3
    assert sheet[("履职活动", "形成意见建议：视察")] == 23
    assert sheet[("履职活动", "调研报告（篇）")] == 6
    assert sheet[("社情民意", "报送社情民意信息（条）")] == 60
    assert sheet[("社情民意", "反映问题类占比")] == 81.7
    assert sheet[("领导批示", "领导批示（件次）")] == 18
    assert sheet[("意见建议", "意见建议总数（条）")] == 82
    assert sheet[("议题与计划", "征集议题（个）")] == 30
    assert sheet[("议题与计划", "确定议题（个）")] == 24
    assert sheet[("议题与计划", "计划议题已开展（个）")] == 12
    assert sheet[("成果报送", "报送协商专报（期）")] == 8

    # The printed 工作综述: the paragraph and its own sections.
    text = summary_text(seed_year)
    assert paragraph.replace(" ", "") in text
    for printed in (
        "联动民主监督1739", "视察323",  # the table by kind: 开展（次）, 形成意见建议（条）
        "开展视察3次", "视察中提出意见建议23条", "形成调研报告6篇，其中被采用4篇",
        "报送社情民意信息60条，其中反映问题类49条，占81.7%", "获领导批示共18件次",
        "征集议题30个", "已开展12个", "报送协商专报8期",
    ):  # fmt: skip
        assert printed in text, printed
