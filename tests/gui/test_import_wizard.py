"""导入台账 wizard: the sample ledger's detected mapping, editing it, errors per row, the error workbook,
all-or-nothing import with cancel, and hostile files refused before anything is read."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.hub import Services
from app.ui import tasks
from app.ui.dialogs.import_check_page import CheckPage
from app.ui.dialogs.import_mapping_page import MappingPage
from app.ui.dialogs.import_wizard import ImportWizard
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage
from tests.fixtures.excel.builders import copy_sample, table_counts, write_workbook
from tests.gui.child_jobs import running
from tests.gui.helpers import MessageBoxes

SAMPLE_SHEET = "2024年台账"


@pytest.fixture
def wizard(qtbot: QtBot, services: Services) -> ImportWizard:
    dialog = ImportWizard(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def to_mapping(wizard: ImportWizard, path: Path) -> MappingPage:
    wizard.file_page.set_path(path)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, MappingPage), wizard.file_page.error_label.text()
    return page


def to_check(wizard: ImportWizard) -> CheckPage:
    wizard.next()
    if wizard.currentPage() is wizard.values_page:
        wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, CheckPage)
    return page


def sample_defaults(page: MappingPage) -> None:
    """The sample writes neither 交办 dates nor answer classes: the clerk says how to fill them."""
    page.defaults.fill_dates.setChecked(True)
    page.defaults.default_result.set_value("B")


def column_index(page: MappingPage, header: str) -> int:
    sheet, _mapping = page.current_sheet()
    return next(c.index for c in sheet.columns if c.header == header)


def issue_table(page: CheckPage) -> list[list[str]]:
    table = page.issues
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_mapping_step_shows_the_detected_mapping(wizard: ImportWizard, tmp_path: Path) -> None:
    page = to_mapping(wizard, copy_sample(tmp_path))
    assert page.sheet.value() == SAMPLE_SHEET
    assert page.kind.value() == "session"
    assert page.header_row.value() == 3
    detected = {
        page.columns.item(r, 1).text(): page.columns.cellWidget(r, 3).currentText()  # type: ignore[union-attr]
        for r in range(page.columns.rowCount())
    }
    assert detected["活动时间"] == "活动时间"
    assert detected["参加委员"] == "出席委员"
    assert detected["形成意见建议"] == "形成意见建议"
    assert page.platform.text() == "城西区胜利路委员驿站"  # read from the merged title row
    preview = page.rows_preview  # the rows as the import reads them: dates and values in the app's words
    assert preview.horizontalHeaderItem(0).text() == "活动时间"
    assert preview.rowCount() == 8 and preview.verticalHeaderItem(0).text() == "4"
    assert preview.item(0, 0).text() == "2024-02-08"  # written 2024.2.8


def test_changing_a_column_changes_the_plan(wizard: ImportWizard, tmp_path: Path) -> None:
    page = to_mapping(wizard, copy_sample(tmp_path))
    sample_defaults(page)
    check = to_check(wizard)
    assert "委员：新增 12 名" in check.summary.text()
    wizard.back()
    page.set_field(column_index(page, "参加委员"), None)  # 忽略
    check = to_check(wizard)
    assert "委员：" not in check.summary.text()
    assert "协商议事活动：新增 15 次" in check.summary.text()


def test_two_columns_for_one_field_are_marked(wizard: ImportWizard, tmp_path: Path) -> None:
    page = to_mapping(wizard, copy_sample(tmp_path))
    place = column_index(page, "活动地点")
    page.set_field(place, "topic")
    assert page.combos[place].property("invalid") is True
    assert page.combos[column_index(page, "协商议题")].property("invalid") is True
    check = to_check(wizard)
    assert not check.isComplete()
    assert any("有两列都对应“协商议题”" in row[4] for row in issue_table(check))


def test_header_row_and_kind_can_be_changed(wizard: ImportWizard, tmp_path: Path) -> None:
    page = to_mapping(wizard, copy_sample(tmp_path))
    page.kind.set_value(None)  # 不导入
    assert all(not combo.isEnabled() for combo in page.combos.values())
    assert page.sheet.currentText() == "2024年台账（不导入）"
    page.kind.set_value("session")
    page.header_row.setValue(3)
    assert page.combos[column_index(page, "活动时间")].value() == "held_on"


def test_errors_are_listed_per_row_and_saved_as_a_workbook(
    wizard: ImportWizard, db: Database, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    ledger = write_workbook(
        tmp_path / "手工台账.xlsx",
        [
            ["活动时间", "协商议题", "议题来源", "站室组"],
            ["2024年5月6日", "加装电梯", "群众出题", "城西区委员驿站"],
            ["2024年13月5日", "停车难", "群众出题", "城西区委员驿站"],
            ["2024.5.6", "", "委员荐题", "城西区委员驿站"],
        ],
    )
    before = table_counts(db)
    to_mapping(wizard, ledger)
    check = to_check(wizard)
    assert check.verdict.text().startswith("发现 2 处错误")
    rows = issue_table(check)
    errors = [r for r in rows if r[0] == "错误"]
    assert [(r[2], r[3]) for r in errors] == [("3", "活动时间"), ("4", "协商议题")]
    assert "2024年13月5日" in errors[0][4]
    assert not check.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    report = check.write_report(tmp_path / "错误报告.xlsx")
    assert report is not None and report.exists()
    texts = [
        str(cell.value)
        for ws in openpyxl.load_workbook(report).worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    assert any("2024年13月5日" in t for t in texts)
    assert message_boxes.texts[-1].startswith("已保存错误报告")
    assert table_counts(db) == before  # checking never writes


def test_menu_import_writes_all_rows_and_the_list_shows_them(
    window: MainWindow, services: Services, tmp_path: Path
) -> None:
    sessions = window.select_page("sessions")
    assert isinstance(sessions, ListPage) and sessions.model.total == 0
    window.menu_actions["导入台账…"].trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    sample_defaults(to_mapping(wizard, copy_sample(tmp_path)))
    check = to_check(wizard)
    assert check.isComplete()
    wizard.next()  # 导入
    assert wizard.currentPage() is wizard.done_page
    assert "协商议事活动：新增 15 次" in wizard.done_page.summary.text()
    assert wizard.import_result is not None and wizard.import_result.created["suggestion"] == 25
    assert sessions.model.total == 15  # the page on screen was refreshed
    topics = [sessions.model.row(r)["topic"] for r in range(sessions.model.rowCount())]
    assert any("红绿灯" in t for t in topics)
    wizard.accept()


def test_cancelled_import_writes_nothing(
    wizard: ImportWizard, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_defaults(to_mapping(wizard, copy_sample(tmp_path)))
    check = to_check(wizard)
    before = table_counts(db)
    original = tasks.TaskContext.progress

    def cancel_while_writing(ctx: tasks.TaskContext, done: int, total: int, text: str = "") -> None:
        if done >= 10:
            ctx.cancel()
        original(ctx, done, total, text)

    monkeypatch.setattr(tasks.TaskContext, "progress", cancel_while_writing)
    wizard.next()
    assert wizard.currentPage() is check
    assert check.verdict.text().startswith("已取消导入，数据库没有任何改动")
    assert table_counts(db) == before
    monkeypatch.setattr(tasks.TaskContext, "progress", original)
    wizard.next()  # 导入 again: now it goes through
    assert wizard.currentPage() is wizard.done_page


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00" * 8, "旧版 Excel"),
        (b"just some text, not a workbook", "不是 Excel 工作簿"),
    ],
)
def test_hostile_files_are_refused_before_reading(
    wizard: ImportWizard, db: Database, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_bytes(content)
    before = table_counts(db)
    wizard.file_page.set_path(path)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert expected in wizard.file_page.error_label.text()
    assert table_counts(db) == before
    wizard.file_page.set_path(tmp_path / "另一个.xlsx")
    assert wizard.file_page.error_label.text() == ""


def test_a_macro_workbook_is_refused(wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "带宏.xlsm"
    workbook = openpyxl.Workbook()
    workbook.save(path)
    wizard.file_page.set_path(path)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "含有宏" in wizard.file_page.error_label.text()


def test_viewers_cannot_open_the_import(
    qtbot: QtBot, db: Database, ui_settings: object, message_boxes: MessageBoxes
) -> None:
    viewer = Services(db, Actor(username="v", display_name="查阅员", role=UserRole.VIEWER))
    window = MainWindow(viewer, ui_settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.menu_actions["导入台账…"].trigger()
    assert window.findChild(ImportWizard) is None
    assert message_boxes.texts == ["只读用户不能导入台账。"]


def test_steps_run_off_the_gui_thread_in_the_wizards_one_child(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    wizard = ImportWizard(services)  # starts its child, which gets ready while the file is chosen
    qtbot.addWidget(wizard)
    wizard.show()
    process = wizard.state.process
    assert process is not None and process.pid is not None and process.pid != os.getpid()
    child = process.pid
    wizard.file_page.set_path(copy_sample(tmp_path))
    wizard.next()  # starts reading in the pool; the wizard moves on by itself when it is done
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), MappingPage), timeout=60_000)
    sample_defaults(wizard.mapping_page)
    wizard.next()
    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), CheckPage), timeout=60_000)
    plan = wizard.state.plan
    assert plan is not None and plan.for_display_only  # the records stayed in the child
    assert plan.counts()[("session", "create")] == 15
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=60_000)
    assert wizard.import_result is not None and wizard.import_result.created["session"] == 15
    assert process.pid == child  # read, check and import: the same child, started once
    wizard.accept()
    assert process.pid is None  # let go with the wizard
    qtbot.waitUntil(lambda: not running(child), timeout=60_000)


def test_a_clerk_maps_a_register_once_and_next_month_imports_in_one_step(
    wizard: ImportWizard, services: Services, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    """A grouped register with a word the program does not know: each step as the clerk sees it."""
    from tests.unit.test_import_registers import grouped_ledger

    path = grouped_ledger(tmp_path / "胜利路驿站.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["E7"] = ws["E6"] = "领导交办"  # the station's own word for 党政点题
    wb.save(path)
    shots = tmp_path / "shots"
    shots.mkdir()
    wizard.grab().save(str(shots / "1-file.png"))
    page = to_mapping(wizard, path)
    assert "合并的表头“办理情况”下分为" in page.notes.text()
    page.defaults.fill_dates.setChecked(True)
    wizard.grab().save(str(shots / "2-mapping.png"))
    wizard.next()
    values = wizard.currentPage()
    assert values is wizard.values_page
    words = [
        (values.words.item(r, 1).text(), values.words.item(r, 2).text())
        for r in range(values.words.rowCount())
    ]
    assert words == [("领导交办", "2 处，首见于工作表「2024年」第6行「议题来源」")]
    wizard.grab().save(str(shots / "3-values.png"))
    values.choose("领导交办", "party_government")
    values.office_wide.setChecked(True)  # every later ledger understands it too
    wizard.next()
    check = wizard.currentPage()
    assert isinstance(check, CheckPage) and check.isComplete(), issue_table(check)
    check.profile_name.setText("胜利路驿站")
    assert check.save_profile()
    wizard.grab().save(str(shots / "4-check.png"))
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    wizard.grab().save(str(shots / "5-done.png"))
    assert services.settings.get().value_words == {"TopicSource": {"领导交办": "party_government"}}
    for shot in shots.iterdir():
        assert shot.stat().st_size > 10_000  # a real picture of the page, not an empty grab

    # next month: the saved mapping, and the wizard goes from the file to the check in one step
    again = ImportWizard(services)
    qtbot.addWidget(again)
    again.show()
    again.file_page.initializePage()
    again.file_page.profile.set_value("胜利路驿站")
    again.file_page.set_path(path)
    again.next()
    check = to_check(again)
    assert check.isComplete() and check.plan().records == []  # nothing is created twice
