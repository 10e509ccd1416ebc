"""The session detail window: everything about one session, reached from the 协商议事 list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.models.enums import AttendanceStatus, ParticipantKind
from app.models.members import MemberCreate
from app.models.sessions import ConsultationSessionUpdate
from app.models.suggestions import SuggestionCreate
from app.models.units import HandlingUnitCreate
from app.services.hub import Services
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.session_dialog import SessionDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.main_window import MainWindow
from app.ui.pages.sessions_page import SessionsPage
from app.ui.widgets.detail_text import FieldGrid
from tests.gui.helpers import add_platform, add_session, type_text


def a_session_with_everything(services: Services) -> tuple:  # type: ignore[type-arg]
    platform = add_platform(services, "城西区胜利路街道委员驿站")
    session = add_session(services, platform, "海湖路地下通道出口修缮", held_on=date(2025, 5, 20))
    services.sessions.update(
        session.id,
        ConsultationSessionUpdate(
            location="胜利路社区议事厅", minutes="与会人员查看了地下通道东南出口", consensus="尽快修缮出口"
        ),
        expected_version=session.version,
    )
    members = {
        name: services.members.create(MemberCreate(name=name)) for name in ("马刚", "李梅", "王强", "赵敏")
    }
    services.sessions.set_attendance(
        session.id,
        {
            members["马刚"].id: AttendanceStatus.PRESENT,
            members["李梅"].id: AttendanceStatus.PRESENT,
            members["王强"].id: AttendanceStatus.EXCUSED,
            members["赵敏"].id: AttendanceStatus.ABSENT,
        },
    )
    services.sessions.set_participants(
        session.id,
        [(ParticipantKind.DEPARTMENT, "周英", "城西区住建局"), (ParticipantKind.RESIDENT, "李春瑞", None)],
    )
    unit = services.units.create(HandlingUnitCreate(name="城西区住房和城乡建设局"))
    first = services.suggestions.create(SuggestionCreate(title="修缮东南出口台阶", session_id=session.id))
    services.suggestions.create(SuggestionCreate(title="加装出口照明", session_id=session.id))
    services.handling.assign(first.id, lead_unit_id=unit.id, assigned_on=date(2025, 5, 26))
    return session, first


def open_from_the_list(qtbot: QtBot, window: MainWindow) -> SessionDetailDialog:
    page = window.select_page("sessions")
    assert isinstance(page, SessionsPage)
    rect = page.view.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (detail,) = page.findChildren(SessionDetailDialog)
    assert detail.isVisible()
    return detail


def test_double_click_shows_attendance_suggestions_and_timeline(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    a_session_with_everything(services)
    detail = open_from_the_list(qtbot, window)
    assert detail.windowTitle() == "协商议事活动：海湖路地下通道出口修缮"
    lists = detail.attendance_lists()
    assert sorted(lists[AttendanceStatus.PRESENT]) == ["李梅", "马刚"]
    assert lists[AttendanceStatus.EXCUSED] == ["王强"] and lists[AttendanceStatus.ABSENT] == ["赵敏"]
    overview = detail.overview
    assert overview is not None
    texts = [label.text() for label in overview.findChildren(QLabel)]
    assert "与会人员查看了地下通道东南出口" in texts and "尽快修缮出口" in texts
    assert "周英（城西区住建局）" in texts and "李春瑞" in texts
    tabs = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert tabs == ["概况", "意见建议（2）", "成果运用", "附件（0）", "时间线（4）"]
    rows = detail.suggestions.rows()
    assert {(r["title"], r["state"].label) for r in rows} == {
        ("修缮东南出口台阶", "已交办"),
        ("加装出口照明", "待交办"),
    }
    timeline = detail.timeline.toPlainText()
    assert "召开" in timeline and "出席委员 2 人" in timeline
    assert "【修缮东南出口台阶】交办城西区住房和城乡建设局（单办）" in timeline
    assert [e.day for e in detail.timeline.entries] == sorted(e.day for e in detail.timeline.entries)


def test_edit_from_the_detail_and_open_a_suggestions_handling(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    _session, first = a_session_with_everything(services)
    detail = open_from_the_list(qtbot, window)
    edit = detail.open_edit()
    assert isinstance(edit, SessionDialog)
    edit.topic.clear()
    type_text(qtbot, edit.topic, "海湖路地下通道东南出口修缮")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert not edit.isVisible()
    assert detail.windowTitle() == "协商议事活动：海湖路地下通道东南出口修缮"
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    assert page.model.row(0)["topic"] == "海湖路地下通道东南出口修缮"  # the list behind re-read too
    suggestion = detail.open_suggestion(first.id)
    assert isinstance(suggestion, SuggestionDetailDialog) and suggestion.isVisible()
    assert suggestion.windowTitle() == "意见建议：修缮东南出口台阶"
    assert suggestion.details is not None
    grids = suggestion.details.findChildren(FieldGrid)
    due = services.suggestions.get(first.id).due_on
    (handling,) = [g for g in grids if "办理时限" in g.values]
    assert due is not None and handling.text("办理时限").startswith(f"{due.isoformat()}（已超期 ")
