"""Creating and editing records through their dialogs, as a clerk would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import AttendanceStatus, ParticipantKind, PlatformKind, SessionState
from app.models.members import MemberCreate
from app.models.platforms import PlatformUpdate
from app.services.hub import Services
from app.services.listing import ListQuery
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.dialogs.session_dialog import SessionDialog
from app.ui.dialogs.suggestion_dialog import SuggestionDialog
from app.ui.main_window import MainWindow
from tests.gui.helpers import MessageBoxes, add_platform, add_session, type_text


def page_names(window: MainWindow, key: str, column: str = "name") -> list[str]:
    page = window.select_page(key)
    model = page.model  # type: ignore[attr-defined]
    return [model.data(model.index(r, model.column_of(column))) for r in range(model.rowCount())]


def test_create_a_platform_and_find_it_in_the_list(qtbot: QtBot, window: MainWindow) -> None:
    page = window.select_page("platforms")
    dialog = page.open_create_dialog()  # type: ignore[attr-defined]
    assert isinstance(dialog, PlatformDialog) and dialog.isVisible()
    dialog.kind.set_value(PlatformKind.STUDIO)
    type_text(qtbot, dialog.name, "王鹏医疗健康委员工作室")
    type_text(qtbot, dialog.district, "城北区")
    type_text(qtbot, dialog.coordinator, "马刚卫")
    type_text(qtbot, dialog.phone, "0971-5466862")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page_names(window, "platforms") == ["王鹏医疗健康委员工作室"]
    assert page.selected_row()["name"] == "王鹏医疗健康委员工作室"  # type: ignore[attr-defined,index]
    assert page.count_label.text() == "共 1 条"  # type: ignore[attr-defined]
    saved = page.services.platforms.list(ListQuery()).rows[0]
    assert (saved["kind"], saved["coordinator"]) == (PlatformKind.STUDIO, "马刚卫")


def test_a_validation_error_is_shown_under_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    dialog = window.select_page("platforms").open_create_dialog()  # type: ignore[attr-defined]
    type_text(qtbot, dialog.district, "城北区")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.error_text("name") == "名称不能为空"
    assert dialog.name.property("invalid") is True
    assert dialog.form.error_text("district") == ""
    assert services.platforms.list(ListQuery()).total == 0
    type_text(qtbot, dialog.name, "城北区委员联络组")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.platforms.list(ListQuery()).total == 1


def test_editing_a_record_changed_meanwhile_shows_the_conflict(
    qtbot: QtBot, window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    platform = add_platform(services, "城西区委员驿站", coordinator="张慧")
    page = window.select_page("platforms")
    page.view.selectRow(0)  # type: ignore[attr-defined]
    dialog = page.open_edit_dialog()  # type: ignore[attr-defined]
    assert dialog.name.text() == "城西区委员驿站"
    services.platforms.update(platform.id, PlatformUpdate(coordinator="李伟军"))  # someone else saves first
    dialog.coordinator.clear()
    type_text(qtbot, dialog.coordinator, "马思骏")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert message_boxes.texts == ["该站室组已被他人修改，请刷新后重试。"]
    assert dialog.isVisible()
    assert services.platforms.get(platform.id).coordinator == "李伟军"  # the other edit is not lost


def test_archive_asks_first_and_restore_brings_it_back(
    window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    add_platform(services, "城西区委员驿站")
    page = window.select_page("platforms")
    page.view.selectRow(0)  # type: ignore[attr-defined]
    assert page.archive_selected() is False  # type: ignore[attr-defined]  # the user closed the question
    assert "确定要归档“城西区委员驿站”吗？" in message_boxes.texts[0]
    message_boxes.accept = True
    assert page.archive_selected() is True  # type: ignore[attr-defined]
    assert page.model.rowCount() == 0  # type: ignore[attr-defined]
    page.show_archived.setChecked(True)  # type: ignore[attr-defined]
    page.view.selectRow(0)  # type: ignore[attr-defined]
    assert page.restore_button.isEnabled()  # type: ignore[attr-defined]
    assert page.restore_selected() is True  # type: ignore[attr-defined]
    assert services.platforms.list(ListQuery()).total == 1


def test_session_dialog_saves_attendance_and_participants(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    chen = services.members.create(MemberCreate(name="陈静", sector="教育界"))
    wang = services.members.create(MemberCreate(name="王强"))
    services.rosters.add_member(platform.id, chen.id)
    dialog = window.select_page("sessions").open_create_dialog()  # type: ignore[attr-defined]
    assert isinstance(dialog, SessionDialog)
    type_text(qtbot, dialog.topic, "老旧小区加装电梯")
    dialog.platform.set_value(platform.id)
    dialog.held_on.setDate(dialog.held_on.date().addDays(-7))
    dialog.state.set_value(SessionState.HELD)
    dialog.attendance.add_members(dialog._platform_members())  # 添加本平台委员
    dialog.attendance.add_members([(wang.id, "王强")], AttendanceStatus.EXCUSED)
    dialog.participants.add_participant(ParticipantKind.DEPARTMENT, "刘主任", "市住房和城乡建设局")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.saved_id is not None
    attendance = {m.name: status for m, status in services.sessions.attendance(dialog.saved_id)}
    assert attendance == {"陈静": AttendanceStatus.PRESENT, "王强": AttendanceStatus.EXCUSED}
    assert [(p.name, p.organization) for p in services.sessions.participants(dialog.saved_id)] == [
        ("刘主任", "市住房和城乡建设局")
    ]
    assert page_names(window, "sessions", "topic") == ["老旧小区加装电梯"]


def test_participant_without_a_name_is_refused_on_its_tab(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    session = add_session(services, platform, "停车难问题协商")
    page = window.select_page("sessions")
    page.view.selectRow(0)  # type: ignore[attr-defined]
    dialog = page.open_edit_dialog()  # type: ignore[attr-defined]
    dialog.participants.add_participant(ParticipantKind.RESIDENT, "", None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.participants.error.text() == "第 1 位参会人员的姓名不能为空"
    assert dialog.tabs.currentWidget() is dialog.participants
    assert services.sessions.participants(session.id) == []


def test_suggestion_needs_a_session_or_platform(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    platform = add_platform(services, "城西区委员驿站")
    session = add_session(services, platform, "停车难问题协商")
    dialog = window.select_page("suggestions").open_create_dialog()  # type: ignore[attr-defined]
    assert isinstance(dialog, SuggestionDialog)
    type_text(qtbot, dialog.title_edit, "增设临时停车泊位")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("session_id") == "请选择所属协商议事活动"
    picker = dialog.pick_session()
    picker.view.selectRow(0)
    picker.accept()
    assert dialog.session_id == session.id and "停车难问题协商" in dialog.session_text.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = services.suggestions.get(dialog.saved_id)  # type: ignore[arg-type]
    assert (saved.session_id, saved.platform_id, saved.raised_on) == (
        session.id,
        platform.id,
        session.held_on,
    )
