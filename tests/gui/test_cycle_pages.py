"""The cycle's pages as a clerk uses them: the plan view and a session from a planned topic, a 履职活动
with who attended and spoke, 成果运用 on a session, 社情民意信息 and 协商专报 dialogs, points in the duty
record, and the point rules in the settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models import DutyActivityCreate, MemberCreate, TopicCreate
from app.models.enums import AttendanceStatus, PlanStatus, SessionState
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.validation import build
from app.ui.dialogs.activity_dialog import ActivityDialog
from app.ui.dialogs.opinion_dialog import OpinionDialog
from app.ui.dialogs.results_entries import FeedbackDialog, InstructionEntryDialog
from app.ui.dialogs.results_report_dialog import ResultsReportDialog
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.session_dialog import SessionDialog
from app.ui.dialogs.topic_dialog import TopicDialog
from app.ui.main_window import MainWindow
from app.ui.pages.duty_page import DutyPage
from app.ui.pages.settings_page import SettingsPage
from app.ui.pages.topics_page import TopicsPage
from app.ui.widgets.choice_delegate import choice_item
from app.ui.widgets.optional_date import to_qdate
from tests.gui.helpers import add_platform, add_session, type_text


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_the_plan_view_and_a_session_on_a_planned_topic(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    station = add_platform(services, "城西区胜利路街道委员驿站")
    for title, month in (("老旧小区加装电梯", 4), ("学校周边交通拥堵", 6)):
        services.topics.create(
            build(
                TopicCreate,
                title=title,
                source="residents",
                collected_on=date(2025, 1, 6),
                decision="confirmed",
                decided_on=date(2025, 2, 10),
                decided_by="主席会议",
                plan_year=2025,
                planned_month=month,
                platform_id=station.id,
            )
        )
    page = window.select_page("topics")
    assert isinstance(page, TopicsPage)
    page.filter_combos["plan_year"].set_value(2025)
    assert page.count_label.text() == "共 2 条"
    assert page.plan_summary.text() == "2025年计划议题 2 个：已开展 0，计划中 0，逾期未开展 2"
    status = page.model.column_of("status")
    assert page.model.data(page.model.index(0, status)) == "逾期未开展"
    brush = page.model.data(page.model.index(0, status), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#c62828"  # overdue reads red
    page.view.selectRow(0)
    assert page.hold_button.isEnabled()
    click(qtbot, page.hold_button)
    dialog = page.activity_dialogs[-1]
    assert isinstance(dialog, SessionDialog)
    assert (dialog.topic.text(), dialog.platform.value(), dialog.topic_choice.record_id) == (
        "老旧小区加装电梯",
        station.id,
        page.model.row_id(0),
    )
    dialog.state.set_value(SessionState.HELD)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert page.plan_summary.text() == "2025年计划议题 2 个：已开展 1，计划中 0，逾期未开展 1"
    held = services.topics.list(ListQuery(filters={"status": PlanStatus.HELD.value})).rows
    assert [r["title"] for r in held] == ["老旧小区加装电梯"]


def test_a_declined_topic_needs_its_reason(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    page = window.select_page("topics")
    dialog = page.open_create_dialog()  # type: ignore[attr-defined]
    assert isinstance(dialog, TopicDialog)
    type_text(qtbot, dialog.title_edit, "夜市噪音扰民")
    dialog.decision.set_value("declined")
    dialog.decided_on.set_value(date.today())
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.plan_form.error_text("decline_reason") == "未采用的议题请写明理由"
    assert dialog.tabs.currentWidget() is dialog.plan_form
    type_text(qtbot, dialog.decline_reason, "已列入政府年度工作")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert services.topics.list().rows[0]["decision"].value == "declined"


def test_an_activity_with_attendance_speakers_and_an_instruction(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    members = [services.members.create(build(MemberCreate, name=n)) for n in ("马海林", "李晓燕")]
    page = window.select_page("activities")
    dialog = page.open_create_dialog()  # type: ignore[attr-defined]
    assert isinstance(dialog, ActivityDialog)
    dialog.kind.set_value("inspection")
    assert dialog.inspection_kind.isEnabled()
    type_text(qtbot, dialog.title_edit, "视察城市道路交通安全设施")
    dialog.held_on.setDate(to_qdate(date(2025, 5, 12)))
    dialog.attendance.add_members([(m.id, m.name) for m in members])
    dialog.attendance.table.setItem(1, 1, choice_item(AttendanceStatus.ABSENT))
    box = dialog.attendance.table.cellWidget(0, 2)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # 马海林 spoke
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    activity_id = page.model.row_id(0)  # type: ignore[attr-defined]
    rows = {m.name: (status, spoke) for m, status, spoke in services.activities.attendance(activity_id)}
    assert rows == {"马海林": (AttendanceStatus.PRESENT, True), "李晓燕": (AttendanceStatus.ABSENT, False)}
    assert page.model.data(page.index_of(0, "present_count")) == "1"  # type: ignore[attr-defined]

    edit = page.open_edit_dialog(0)  # type: ignore[attr-defined]
    tabs = [edit.tabs.tabText(i) for i in range(edit.tabs.count())]
    assert tabs == ["基本信息", "参加委员", "其他人员与纪要", "意见建议（0）", "成果运用"]
    edit.results.open_instruction()
    entry = edit.results.dialogs[-1]
    assert isinstance(entry, InstructionEntryDialog)
    type_text(qtbot, entry.leader, "市长")
    type_text(qtbot, entry.text, "请交通部门抓紧整改")
    click(qtbot, entry.ok_button)
    assert edit.results.instructions.rowCount() == 1
    assert services.statistics.summary()["leader_instructions_by_subject"]["activity"] == 1
    edit.reject()  # a modal dialog left open would stay in front of later tests' windows
    assert QApplication.activeModalWidget() is None


def test_after_a_session_residents_are_told_and_a_report_is_numbered(
    qtbot: QtBot, services: Services
) -> None:
    station = add_platform(services, "城东区委员驿站")
    session = add_session(services, station, "小区停车难", date(2025, 4, 1))
    detail = SessionDetailDialog(services, session.id)
    qtbot.addWidget(detail)
    tabs = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert "成果运用" in tabs
    feedback = detail.results.open_feedback()
    assert isinstance(feedback, FeedbackDialog)
    feedback.public_no.setChecked(True)
    click(qtbot, feedback.ok_button)
    assert feedback.isVisible() and feedback.form.error_text("not_public_reason") == "不公开的，请写明理由"
    type_text(qtbot, feedback.reason, "涉及个人隐私")
    feedback.feedback_on.set_value(date(2025, 4, 20))
    feedback.method.set_value("notice")
    click(qtbot, feedback.ok_button)
    assert not feedback.isVisible()
    assert "不公开（涉及个人隐私）" in detail.results.feedback_text.text()
    report = detail.open_new_report()
    assert isinstance(report, ResultsReportDialog)
    assert report.number.text() == "保存时自动编号" and report.session.record_id == session.id
    click(qtbot, report.save_button)
    assert not report.isVisible()
    assert detail.results.reports.rowCount() == 1
    assert detail.results.reports.item(0, 0).text() == f"协商专报〔{date.today().year}〕第1期"  # type: ignore[union-attr]


def test_an_opinion_with_its_submitters(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    services.members.create(build(MemberCreate, name="韩永福"))
    page = window.select_page("opinions")
    dialog = page.open_create_dialog()  # type: ignore[attr-defined]
    assert isinstance(dialog, OpinionDialog)
    type_text(qtbot, dialog.title_edit, "关于学校周边交通拥堵的建议")
    dialog.submitters.items()[0].setCheckState(Qt.CheckState.Checked)
    dialog.adopted_on.set_value(date.today())
    type_text(qtbot, dialog.adopted_by, "省政协")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    row = services.opinions.list().rows[0]
    assert (row["submitters"], row["adopted_by"]) == ("韩永福", "省政协")


def test_points_and_the_ranking_in_the_duty_record(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    member = services.members.create(build(MemberCreate, name="祁玉兰"))
    activity = services.activities.create(
        build(DutyActivityCreate, kind="plenary", title="全体会议", held_on=date(date.today().year, 1, 8))
    )
    services.activities.set_attendance(activity.id, {member.id: AttendanceStatus.PRESENT}, {member.id})
    page = window.select_page("duty")
    assert isinstance(page, DutyPage)
    record = page.model.record(0)
    assert (record.name, record.points, record.activities_attended) == (
        "祁玉兰",
        7,
        1,
    )  # 4 attended + 3 spoke
    dialog = page.open_member(0)
    assert dialog is not None
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs[-1] == "履职积分（7 分）" and dialog.points.rowCount() == 2
    ranking = page.print_ranking()
    assert ranking.current_kind().value == "ranking"
    ranking.close()
    dialog.close()


def test_the_office_sets_point_rules_and_kinds(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    page = window.select_page("settings")
    assert isinstance(page, SettingsPage)
    spin = page.points_form.spin("lecture", 1)
    assert spin is not None and spin.value() == 5  # 委员讲堂, 召集主持
    spin.setValue(6)
    page.points_form.excellent.setValue(90)
    assert page.save()
    rules = services.settings.get().points
    assert (rules.rule("lecture").points["convened"], rules.grades.excellent) == (6, 90)
    type_text(qtbot, page.kinds_editor.new_label, "界别协商")
    click(qtbot, page.kinds_editor.add_button)
    assert ("custom_1", "界别协商") in services.activity_kinds.choices()
    assert any(
        page.points_form.table.verticalHeaderItem(r).text() == "界别协商"  # type: ignore[union-attr]
        for r in range(page.points_form.table.rowCount())
    )
