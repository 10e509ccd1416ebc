"""履职档案: members' figures from the records, 姓氏笔画 or pinyin order, 告诫提醒 filter, detail."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.models.enums import AttendanceStatus
from app.models.members import MemberCreate
from app.models.suggestions import SuggestionCreate
from app.services.hub import Services
from app.services.office_settings import DutyThresholds
from app.ui.dialogs.member_duty_detail import MemberDutyDialog
from app.ui.main_window import MainWindow
from app.ui.pages.duty_page import DutyPage
from app.ui.widgets.duty_table import REASONS_COLUMN
from tests.gui.helpers import add_platform, add_session

# 王 has 4 strokes, 李 7, 赵 9; in pinyin: li, wang, zhao.
NAMES = ("赵敏", "李梅", "王强")


def records(services: Services) -> None:
    services.settings.set_duty_thresholds(
        DutyThresholds(min_sessions_attended=2, max_absences=0, min_suggestions=1)
    )
    platform = add_platform(services, "城西区胜利路街道委员驿站")
    members = {name: services.members.create(MemberCreate(name=name, sector="教育界")) for name in NAMES}
    for member in members.values():
        services.rosters.add_member(platform.id, member.id)
    for day in (date(2025, 3, 1), date(2025, 6, 1)):
        session = add_session(services, platform, f"{day.month}月协商", held_on=day)
        services.sessions.set_attendance(
            session.id,
            {
                members["王强"].id: AttendanceStatus.PRESENT,
                members["李梅"].id: AttendanceStatus.PRESENT,
                members["赵敏"].id: AttendanceStatus.EXCUSED,
            },
        )
    services.suggestions.create(
        SuggestionCreate(
            title="加装红绿灯",
            platform_id=platform.id,
            proposer_id=members["王强"].id,
            raised_on=date(2025, 3, 1),
        )
    )


def duty_page(window: MainWindow) -> DutyPage:
    page = window.select_page("duty")
    assert isinstance(page, DutyPage)
    page.scope_bar.period.set_value("custom")
    page.scope_bar.date_from.setDate(page.scope_bar.date_from.date().fromString("2025-01-01", "yyyy-MM-dd"))
    page.scope_bar.date_to.setDate(page.scope_bar.date_to.date().fromString("2025-12-31", "yyyy-MM-dd"))
    return page


def names(page: DutyPage) -> list[str]:
    return [r.name for r in page.model.records()]


def cells(page: DutyPage, row: int) -> list[str]:
    return [page.model.data(page.model.index(row, c)) for c in range(page.model.columnCount())]


def test_order_switch_changes_row_order(window: MainWindow, services: Services) -> None:
    records(services)
    page = duty_page(window)
    assert page.order.currentText() == "姓氏笔画"
    assert names(page) == ["王强", "李梅", "赵敏"]
    page.order.set_value("pinyin")
    assert names(page) == ["李梅", "王强", "赵敏"]


def test_figures_and_the_reminder_filter(window: MainWindow, services: Services) -> None:
    records(services)
    page = duty_page(window)
    wang = cells(page, 0)
    assert wang[:9] == ["王强", "教育界", "城西区胜利路街道委员驿站", "2", "", "", "1", "", ""]
    # every kind of duty (two sessions), 社情民意, 调研报告, 履职积分 (2 × 3 + 2 for the suggestion), grade
    assert wang[9:14] == ["2", "", "", "8", "不称职"]
    assert wang[REASONS_COLUMN] == ""
    assert page.count_label.text() == "共 3 名委员，其中 2 名未达标"
    assert "参加履职活动不少于 2 次" in page.thresholds.text()
    assert "提出意见建议不少于 1 条" in page.thresholds.text()
    page.below_only.setChecked(True)
    assert names(page) == ["李梅", "赵敏"]
    assert cells(page, 1)[REASONS_COLUMN] == "参加履职活动 0 次，少于 2 次；提出意见建议 0 条，少于 1 条"


def test_member_detail_lists_sessions_and_suggestions(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    records(services)
    page = duty_page(window)
    dialog = page.open_member(0)
    assert isinstance(dialog, MemberDutyDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "履职档案：王强"
    assert dialog.sessions.rowCount() == 2 and dialog.sessions.item(0, 1).text() == "6月协商"  # type: ignore[union-attr]
    assert dialog.suggestions.rowCount() == 1 and dialog.suggestions.item(0, 1).text() == "加装红绿灯"  # type: ignore[union-attr]
    opened = dialog.open_session(0)
    assert opened.isVisible() and opened.windowTitle() == "协商议事活动：6月协商"
