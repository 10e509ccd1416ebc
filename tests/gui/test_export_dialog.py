"""导出台账 from the app: the dialog writes the five-sheet workbook off the GUI thread; cancel leaves
no file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models._base import table_of
from app.models.audit import AuditEntry
from app.models.enums import AuditAction, UserRole
from app.services.actor import Actor
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.scope import Scope
from app.ui import tasks
from app.ui.dialogs.export_dialog import ExportDialog, default_file_name
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage
from tests.gui.helpers import MessageBoxes
from tests.support import demo_ledger

SHEETS = [
    "协商议事台账", "意见建议办理台账", "站室组名册", "委员名册", "办理过程",
    "履职活动台账", "议题与年度计划", "社情民意信息", "调研报告", "协商专报", "统计",
]  # fmt: skip
TODAY = date(2025, 12, 31)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    return demo_ledger(migrated_template, path, sessions=150, seed=2024, today=TODAY)


@pytest.fixture
def db_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "ledger.sqlite3"
    shutil.copy(demo_template, path)
    return path


def export_to(dialog: ExportDialog, path: Path) -> None:
    dialog.set_path(path)
    handle = dialog.start_export()
    assert handle is not None and handle.done


def test_export_writes_the_five_sheets(
    qtbot: QtBot, services: Services, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    scope = Scope(date(2025, 1, 1), date(2025, 12, 31))
    dialog = ExportDialog(services, scope, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.path() is not None and dialog.path().name == "协商议事台账_2025-01-01_2025-12-31.xlsx"
    target = tmp_path / "台账.xlsx"
    export_to(dialog, target)

    result = dialog.export_result
    assert result is not None and result.path == target
    workbook = openpyxl.load_workbook(target, read_only=True)
    assert workbook.sheetnames == SHEETS
    sessions_in_year = services.sessions.list(
        ListQuery(filters={"date_from": scope.date_from, "date_to": scope.date_to}, limit=1)
    ).total
    assert result.counts["协商议事台账"] == sessions_in_year > 0
    title = workbook["协商议事台账"]["A1"].value
    assert "2025年1月1日至2025年12月31日" in title
    workbook.close()
    assert message_boxes.texts and message_boxes.texts[-1].startswith("已导出：")
    assert "协商议事台账 " in message_boxes.texts[-1]


def test_done_message_opens_the_file(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    message_boxes.accept = True  # presses 打开文件
    dialog = ExportDialog(services, Scope(date(2025, 1, 1), date(2025, 3, 31)), today=TODAY)
    qtbot.addWidget(dialog)
    export_to(dialog, tmp_path / "一季度.xlsx")
    assert opened == [str(tmp_path / "一季度.xlsx")]


def test_full_export_shows_a_warning_and_is_audited(
    qtbot: QtBot, services: Services, db: Database, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    dialog = ExportDialog(services, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.full_warning.isVisible()
    dialog.full.setChecked(True)
    assert dialog.full_warning.isVisible() and "审计" in dialog.full_warning.text()
    export_to(dialog, tmp_path / "完整.xlsx")
    audit = table_of(AuditEntry).c
    with db.session(write=False) as s:
        notes = (
            s.execute(sa.select(audit.note).where(audit.action == AuditAction.EXPORT.value)).scalars().all()
        )
    assert any("完整导出" in (n or "") for n in notes)


def test_viewers_cannot_choose_a_full_export(qtbot: QtBot, db: Database) -> None:
    viewer = Services(db, Actor(username="v", display_name="查阅员", role=UserRole.VIEWER))
    dialog = ExportDialog(viewer, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.full.isEnabled()


def test_cancel_leaves_no_file(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = tasks.TaskContext.progress
    calls = {"n": 0}

    def cancel_midway(ctx: tasks.TaskContext, done: int, total: int, text: str = "") -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            ctx.cancel()  # as if the user pressed 取消 in the progress dialog
        original(ctx, done, total, text)

    monkeypatch.setattr(tasks.TaskContext, "progress", cancel_midway)
    dialog = ExportDialog(services, today=TODAY)
    qtbot.addWidget(dialog)
    target = tmp_path / "取消.xlsx"
    export_to(dialog, target)
    assert calls["n"] >= 3
    assert dialog.export_result is None
    assert list(tmp_path.glob("*取消*")) == []  # neither the workbook nor a partial file
    assert message_boxes.texts == ["已取消导出，没有生成文件。"]


def test_start_after_end_is_refused(
    qtbot: QtBot, services: Services, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    dialog = ExportDialog(services, Scope(date(2025, 1, 1), date(2025, 12, 31)), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.scope_fields.set_period(date(2025, 6, 1), date(2025, 3, 1))
    dialog.set_path(tmp_path / "x.xlsx")
    assert dialog.start_export() is None
    assert message_boxes.texts == ["开始日期不能晚于结束日期"]
    assert not (tmp_path / "x.xlsx").exists()


def test_page_button_exports_with_the_page_filters(window: MainWindow, services: Services) -> None:
    page = window.select_page("sessions")
    assert isinstance(page, ListPage)
    page.filter_combos["district"].set_value("城西区")
    page.period.period.set_value(2025)  # type: ignore[attr-defined]
    dialog = page.ledger_tools.open_export()
    assert dialog.scope_fields.scope() == Scope(date(2025, 1, 1), date(2025, 12, 31), None, "城西区")
    assert (
        dialog.path() is not None and dialog.path().name == "协商议事台账_2025-01-01_2025-12-31_城西区.xlsx"
    )
    dialog.reject()


def test_menu_entry_opens_the_dialog_for_all_records(window: MainWindow) -> None:
    window.menu_actions["导出台账…"].trigger()
    dialogs = window.findChildren(ExportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].scope_fields.scope() == Scope()
    dialogs[0].reject()


@pytest.mark.parametrize(
    ("scope", "name"),
    [
        (Scope(date(2025, 1, 1), date(2025, 12, 31)), "协商议事台账_2025-01-01_2025-12-31.xlsx"),
        (Scope(), "协商议事台账_截至2025-12-31.xlsx"),
        (Scope(None, None, None, "城/西区"), "协商议事台账_截至2025-12-31_城_西区.xlsx"),
    ],
)
def test_default_file_names(scope: Scope, name: str) -> None:
    assert default_file_name(scope, TODAY) == name


def test_export_runs_off_the_gui_thread(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    dialog = ExportDialog(services, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.set_path(tmp_path / "后台.xlsx")
    handle = dialog.start_export()
    assert handle is not None and not dialog.export_button.isEnabled()
    # the workbook is written in a child process: a fresh interpreter, on a loaded machine
    qtbot.waitUntil(lambda: handle.done, timeout=60_000)
    assert dialog.export_result is not None and (tmp_path / "后台.xlsx").exists()
    assert dialog.export_button.isEnabled()
