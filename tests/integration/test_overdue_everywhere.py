"""One fact, one number: every overdue suggestion's working days past its deadline read the same on the
screen's list, in `overdue --json`, in the Excel ledger and in the printed 督办清单."""

from __future__ import annotations

import io
import json
import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from app.db import Database
from app.reports.excel import layouts
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.documents import DocumentService
from app.services.hub import Services
from app.services.ledger_export import LedgerExportService
from app.services.listing import ListQuery
from app.ui import tasks
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.pages.suggestions_page import SuggestionsPage
from tests.integration.conftest import RunCli
from tests.support import ADMIN_ACTOR

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def demo_file(db: Database, db_path: Path, actor: Actor) -> Path:
    load_demo(db, sessions=80, seed=7, actor=actor)  # relative to today, as every reader below uses
    return db_path


def from_screen(services: Services) -> dict[str, int]:
    """The 意见建议 page's model filtered to 只看超期, read cell by cell as the table shows them."""
    model = ServiceTableModel(services.suggestions.list, SuggestionsPage.columns, page_size=10_000)
    model.set_filter("overdue", True)
    inline, tasks.SYNCHRONOUS = tasks.SYNCHRONOUS, True  # the page is read off the GUI thread in the app
    try:
        model.refresh()
    finally:
        tasks.SYNCHRONOUS = inline
    column = next(i for i, c in enumerate(model.columns) if c.key == "working_days_overdue")
    out = {}
    for row in range(model.rowCount()):
        record = model.index(row, 0).data(ServiceTableModel.ROW_ROLE)
        out[str(record["id"])] = int(model.index(row, column).data())
    return out


def from_cli(run_cli: RunCli, path: Path) -> dict[str, int]:
    done = run_cli("--db", str(path), "overdue", "--json")
    assert done.returncode == 0, done.stderr
    return {str(r["id"]): r["working_days_overdue"] for r in json.loads(done.stdout)}


def from_ledger(services: Services, tmp_path: Path) -> dict[str, int]:
    out = tmp_path / "ledger.xlsx"
    LedgerExportService(services.db, services.actor).export(out)
    sheet = openpyxl.load_workbook(out, read_only=True)[layouts.SUGGESTIONS_SHEET]
    keys = [c.key for c in layouts.SUGGESTION_COLUMNS]
    found = {}
    for values in sheet.iter_rows(min_row=4, values_only=True):
        row = dict(zip(keys, values, strict=False))
        if row.get("overdue"):
            found[str(uuid.UUID(str(row["record_id"])))] = int(row["overdue"])
    return found


def placed_text(page: Any) -> list[tuple[float, float, str]]:
    """Every piece of text on a page with where it starts (page coordinates)."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((x, y, text.strip()))

    page.extract_text(visitor_text=visit)
    return pieces


def from_supervision_pdf(db: Database) -> Counter[tuple[str, int]]:
    """(办理时限, 超期工作日) of each row of the printed list, read from where the text sits on the page."""
    data, _ = DocumentService(db, ADMIN_ACTOR).render_bytes("supervision")
    found: Counter[tuple[str, int]] = Counter()
    for page in PdfReader(io.BytesIO(data)).pages:
        pieces = placed_text(page)
        header = {text: x for x, _, text in pieces if text in ("办理时限", "超期工作日", "状态")}
        if "超期工作日" not in header:
            continue
        rows: dict[int, dict[str, str]] = {}
        for x, y, text in pieces:
            due_column, days_column = abs(x - header["办理时限"]) < 30, x > header["状态"] + 30
            column = "due" if due_column else "days" if days_column else None
            if column:
                rows.setdefault(round(y), {})[column] = text
        for row in rows.values():
            if row.get("days", "").isdigit() and "-" in row.get("due", ""):
                found[(row["due"], int(row["days"]))] += 1
    return found


def test_overdue_days_agree_on_screen_cli_ledger_and_print(
    services: Services, db: Database, demo_file: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    screen = from_screen(services)
    assert len(screen) >= 3, "the demo data has too few overdue suggestions to compare"
    assert all(days >= 1 for days in screen.values())
    assert from_cli(run_cli, demo_file) == screen
    assert from_ledger(services, tmp_path) == screen
    due = {str(r["id"]): r["due_on"] for r in services.suggestions.list(ListQuery(limit=None)).rows}
    expected = Counter((due[sid].isoformat(), days) for sid, days in screen.items())
    assert from_supervision_pdf(db) == expected
    assert date.today() > min(due[sid] for sid in screen)
