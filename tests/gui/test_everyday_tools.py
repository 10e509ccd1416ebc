"""A clerk's everyday tools: keys on list rows and pages, several rows at once (批量催办, 导出所选,
batch state steps), search totals and pages, the overdue list window, what archiving leaves open,
timelines in Chinese, and one change notification that every open window follows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import SessionState, SuggestionState
from app.models.members import MemberCreate
from app.models.suggestions import SuggestionCreate
from app.models.units import HandlingUnitCreate
from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.ui.dialogs.batch_dialogs import BatchStepDialog
from app.ui.dialogs.overdue_list import OverdueListDialog
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage
from app.ui.pages.search_page import PAGE_SIZE, SearchPage
from app.ui.widgets import file_actions
from tests.gui.helpers import MessageBoxes, add_platform, add_session


def select_rows(page: ListPage, rows: list[int]) -> None:
    selection = page.view.selectionModel()
    selection.clear()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def assigned(services: Services, titles: list[str], on: date = date(2025, 9, 2)) -> list[object]:
    platform = add_platform(services, "城西区委员驿站")
    unit = services.units.create(HandlingUnitCreate(name="市交通运输局"))
    ids = []
    for title in titles:
        s = services.suggestions.create(SuggestionCreate(title=title, platform_id=platform.id, raised_on=on))
        services.handling.assign(s.id, lead_unit_id=unit.id, assigned_on=on)
        ids.append(s.id)
    return ids


def test_ctrl_and_a_number_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    keys = window.page_keys()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == keys[2]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == keys[0]


def test_enter_opens_a_row_and_delete_archives_after_asking(
    qtbot: QtBot, window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    add_session(services, platform, "停车难问题协商")
    page = window.select_page("platforms")
    assert isinstance(page, ListPage)
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.findChild(type(page).dialog)
    assert dialog is not None and dialog.isVisible() and dialog.name.text() == "城西区委员驿站"  # type: ignore[attr-defined]
    dialog.reject()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "确定要归档“城西区委员驿站”吗？" in message_boxes.texts[-1]
    assert "1 次协商议事活动尚未办结（已召开 1）" in message_boxes.texts[-1]  # what stays open is said
    assert services.platforms.list().total == 1  # the question was closed: nothing archived
    message_boxes.accept = True
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert services.platforms.list().total == 0


def test_batch_reminder_from_the_list_reports_the_refused(
    qtbot: QtBot, window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    ids = assigned(services, ["加装红绿灯", "修缮地下通道"])
    platform = services.platforms.list().rows[0]["id"]
    services.suggestions.create(SuggestionCreate(title="增设公交站", platform_id=platform))
    page = window.select_page("suggestions")
    assert isinstance(page, ListPage)
    select_rows(page, list(range(page.model.rowCount())))
    assert page.batch_button.isEnabled() and page.batch_button.text() == "批量办理（3 条）"  # type: ignore[attr-defined]
    dialog = page.open_batch(HandlingStep.REMIND)  # type: ignore[attr-defined]
    assert isinstance(dialog, BatchStepDialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter sends
    assert not dialog.isVisible()
    assert "已催办 2 条" in message_boxes.texts[-1] and "增设公交站" in message_boxes.texts[-1]
    for suggestion_id in ids:
        assert services.handling.timeline(suggestion_id)[-1].kind.value == "reminder"  # type: ignore[arg-type]


def test_export_the_selected_rows(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    for name, phone in (("张宏伟", "13812345678"), ("王志忠", "13912345678"), ("李四", "13712345678")):
        services.members.create(MemberCreate(name=name, phone=phone))
    target = tmp_path / "所选委员.xlsx"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *_a: target)
    monkeypatch.setattr(file_actions, "show_file_done", lambda *_a: None)
    page = window.select_page("members")
    assert isinstance(page, ListPage)
    select_rows(page, [0, 1])
    tools = page.ledger_tools
    assert tools.export_selected_button.text() == "导出所选（2）"
    handle = tools.export_selected()
    assert handle is not None and handle.error is None
    sheet = openpyxl.load_workbook(target).active
    values = [[c for c in row] for row in sheet.iter_rows(min_row=4, values_only=True)]
    names = [row[0] for row in values]
    assert names == [page.model.row(0)["name"], page.model.row(1)["name"]]
    assert all("****" in str(row[6]) for row in values)  # phones masked


def test_sessions_change_state_together(
    window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    add_session(services, platform, "停车难", date(2025, 3, 2))
    add_session(services, platform, "电梯", date(2025, 3, 1), state=SessionState.PLANNED)
    page = window.select_page("sessions")
    assert isinstance(page, ListPage)
    select_rows(page, [0, 1])
    button = page.state_button  # type: ignore[attr-defined]
    assert button.text() == "变更状态（2 条）"
    assert SessionState.FOLLOWING_UP in button.offered()
    next(a for a in button.menu().actions() if "跟踪落实" in a.text()).trigger()
    states = {r["topic"]: r["state"] for r in services.sessions.list().rows}
    assert states["停车难"] == SessionState.FOLLOWING_UP
    assert "电梯" in message_boxes.texts[-1] and "1 条未能" in message_boxes.texts[-1]


def test_search_shows_its_total_pages_through_every_hit_and_finds_members(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    with services.db.session() as s:
        for i in range(PAGE_SIZE + 20):
            services.suggestions.create(
                SuggestionCreate(title=f"交通改善第{i:03d}条", platform_id=platform.id), session=s
            )
    services.members.create(MemberCreate(name="张宏伟"))
    page = window.select_page("search")
    assert isinstance(page, SearchPage)
    page.box.setText("交通")
    page.box.flush()
    assert page.status.text() == f"共找到 {PAGE_SIZE + 20} 条"
    assert len(page.results.hits) == PAGE_SIZE and page.next_button.isEnabled()
    first_page = {h.id for h in page.results.hits}
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert len(page.results.hits) == 20 and not ({h.id for h in page.results.hits} & first_page)
    assert page.page_label.text() == f"第 {PAGE_SIZE + 1}–{PAGE_SIZE + 20} 条（第 2/2 页）"
    page.box.setText("zhw")
    page.box.flush()
    assert [(h.kind, h.title) for h in page.results.hits] == [("member", "张宏伟")]


def test_search_exports_every_hit(
    window: MainWindow, services: Services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    platform = add_platform(services, "城西区委员驿站")
    with services.db.session() as s:
        for i in range(PAGE_SIZE + 5):
            services.suggestions.create(
                SuggestionCreate(title=f"交通第{i:03d}条", platform_id=platform.id), session=s
            )
    target = tmp_path / "检索.xlsx"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *_a: target)
    monkeypatch.setattr(file_actions, "show_file_done", lambda *_a: None)
    page = window.select_page("search")
    assert isinstance(page, SearchPage)
    page.box.setText("交通")
    page.box.flush()
    page.export()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(min_row=4, values_only=True))
    assert len(rows) == PAGE_SIZE + 5  # all of them, not one page


def test_the_overdue_list_opens_as_its_own_full_list(qtbot: QtBot, services: Services) -> None:
    titles = [f"超期事项{i:02d}" for i in range(12)]
    assigned(services, titles, on=date(2025, 1, 6))
    window = OverdueListDialog(services)
    qtbot.addWidget(window)
    window.show()
    assert window.model.total == 12 and window.count.text() == "共 12 条"
    assert window.model.row(0)["working_days_overdue"] > 0
    window.view.selectAll()
    assert window.remind_button.text() == "批量催办（12 条）…"


def test_timelines_speak_chinese(qtbot: QtBot, services: Services) -> None:
    [suggestion_id] = assigned(services, ["加装红绿灯"])
    services.handling.accept(suggestion_id, accepted_on=date(2025, 9, 3))  # type: ignore[arg-type]
    detail = SuggestionDetailDialog(services, suggestion_id)  # type: ignore[arg-type]
    qtbot.addWidget(detail)
    labels = [e.label for e in detail.timeline.entries]
    assert labels == ["登记", "交办", "开始办理"]
    text = detail.timeline.toPlainText()
    for code in ("created", "assigned", "accepted", "instruction"):
        assert code not in text
    assert text.count("会办") == 0 and "（单办）" in text


def test_one_change_notification_refreshes_every_open_window(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    session = add_session(services, platform, "停车难问题协商")
    first = services.suggestions.create(SuggestionCreate(title="增设泊位", session_id=session.id))
    detail = SessionDetailDialog(services, session.id)
    qtbot.addWidget(detail)
    detail.show()
    page = window.select_page("suggestions")
    assert isinstance(page, ListPage)
    suggestion = SuggestionDetailDialog(services, first.id, detail)
    suggestion.show()
    unit = services.units.create(HandlingUnitCreate(name="市交通运输局"))
    menu = suggestion.handling_button.handling_menu
    dialog = menu.open_step(HandlingStep.ASSIGN)
    assert dialog is not None
    dialog.lead.set_value(unit.id)  # type: ignore[attr-defined]
    dialog.accept()
    # The step was published once; the suggestion window, the session window and the list re-read.
    assert suggestion.suggestion.state is SuggestionState.ASSIGNED
    assert "交办" in detail.timeline.toPlainText()
    assert page.model.row(0)["state"] == SuggestionState.ASSIGNED
    assert not hasattr(detail, "open_dialogs") and not hasattr(page, "open_dialogs")
    QApplication.processEvents()


def test_batch_steps_run_through_the_task_helper(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    message_boxes: MessageBoxes,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """Batch writes go through run_with_progress (off the GUI thread, with 取消); a cancel writes nothing."""
    from app.ui import tasks
    from app.ui.dialogs import batch_dialogs

    ids = assigned(services, ["加装红绿灯", "修缮地下通道"])
    page = window.select_page("suggestions")
    assert isinstance(page, ListPage)
    select_rows(page, [0, 1])
    labels: list[str] = []

    def cancelled_at_once(parent, label, work, *, on_result=None, on_error=None, on_cancelled=None):  # type: ignore[no-untyped-def]
        labels.append(label)

        def cancel_first(ctx: tasks.TaskContext):  # type: ignore[no-untyped-def]
            ctx.cancel()
            return work(ctx)

        return tasks.run_task(cancel_first, on_result=on_result, on_error=on_error, on_cancelled=on_cancelled)

    monkeypatch.setattr(batch_dialogs, "run_with_progress", cancelled_at_once)
    dialog = page.open_batch(HandlingStep.REMIND)  # type: ignore[attr-defined]
    assert isinstance(dialog, BatchStepDialog)
    dialog.accept()
    assert labels == ["正在为 2 条意见建议记录“催办”…"]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()  # cancelled: the form is still there
    for suggestion_id in ids:
        assert services.handling.timeline(suggestion_id)[-1].kind.value != "reminder"  # type: ignore[arg-type]
