"""Dialogs from the keyboard, with real key events: Enter saves every record dialog, Esc on a changed
form asks first, Tab leaves tables and text boxes, the cursor starts in the first empty required field,
and every error of a form shows at once and goes as soon as it is fixed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import ParticipantKind, PlatformKind
from app.models.members import MemberCreate
from app.models.units import HandlingUnitCreate
from app.services.hub import Services
from app.services.listing import ListQuery
from app.ui.dialogs.assign_dialog import AssignDialog
from app.ui.dialogs.form_dialog import RECHECK_MS
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.dialogs.session_dialog import SessionDialog
from app.ui.dialogs.suggestion_dialog import SuggestionDialog
from app.ui.dialogs.unit_dialog import UnitDialog
from tests.gui.helpers import MessageBoxes, add_platform, add_session, type_text


def opened(qtbot: QtBot, dialog: RecordDialog) -> RecordDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.mark.parametrize("kind", ["platform", "member", "unit", "session", "suggestion"])
def test_enter_saves_each_record_dialog(qtbot: QtBot, services: Services, kind: str) -> None:
    platform = add_platform(services, "城西区委员驿站") if kind in ("session", "suggestion") else None
    if kind == "platform":
        dialog = opened(qtbot, PlatformDialog(services))
        assert dialog.focusWidget() is dialog.name  # 类型 has its first value: the name is the first gap
        type_text(qtbot, dialog.name, "城北区委员联络组")
        type_text(qtbot, dialog.district.lineEdit(), "城北区")  # type: ignore[arg-type]
        enter(qtbot, dialog.district)
        saved = services.platforms.list(ListQuery(search="城北区委员联络组")).total
    elif kind == "member":
        dialog = opened(qtbot, MemberDialog(services))
        assert dialog.focusWidget() is dialog.name
        type_text(qtbot, dialog.name, "张宏伟")
        enter(qtbot, dialog.name)
        saved = services.members.list(ListQuery(search="张宏伟")).total
    elif kind == "unit":
        dialog = opened(qtbot, UnitDialog(services))
        type_text(qtbot, dialog.name, "市交通运输局")
        enter(qtbot, dialog.name)
        saved = services.units.list(ListQuery(search="交通")).total
    elif kind == "session":
        dialog = opened(qtbot, SessionDialog(services))
        assert dialog.focusWidget() is dialog.topic  # the cursor is in the form, not on the tab bar
        type_text(qtbot, dialog.topic, "老旧小区加装电梯")
        dialog.platform.set_value(platform.id)  # type: ignore[union-attr]
        dialog.held_on.setFocus()
        enter(qtbot, dialog.held_on)  # from a date box too
        saved = services.sessions.list(ListQuery(search="加装电梯")).total
    else:
        add_session(services, platform, "停车难问题协商")  # type: ignore[arg-type]
        dialog = opened(qtbot, SuggestionDialog(services))
        assert dialog.focusWidget() is dialog.title_edit
        type_text(qtbot, dialog.title_edit, "增设临时停车泊位")
        dialog.from_platform.setChecked(True)
        dialog.platform.set_value(platform.id)  # type: ignore[union-attr]
        enter(qtbot, dialog.title_edit)  # never the 选择… button of the session picker
        saved = services.suggestions.list(ListQuery(search="停车泊位")).total
    assert saved == 1
    assert not dialog.isVisible()


def test_enter_in_the_assignment_dialog_keeps_the_deadline_the_clerk_set(
    qtbot: QtBot, services: Services
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    unit = services.units.create(HandlingUnitCreate(name="市交通运输局"))
    from app.models.suggestions import SuggestionCreate

    s = services.suggestions.create(SuggestionCreate(title="加装红绿灯", platform_id=platform.id))
    dialog = AssignDialog(services, s.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lead.set_value(unit.id)
    dialog.days.setValue(20)
    chosen = dialog.due_on.date()
    dialog.days.setFocus()
    enter(qtbot, dialog.days)  # not 恢复默认时限
    assert not dialog.isVisible()
    assert services.suggestions.get(s.id).due_on == date(chosen.year(), chosen.month(), chosen.day())


def test_escape_on_a_changed_form_asks_before_discarding(
    qtbot: QtBot, services: Services, message_boxes: MessageBoxes
) -> None:
    dialog = opened(qtbot, MemberDialog(services))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible() and message_boxes.texts == []

    dialog = opened(qtbot, MemberDialog(services))
    type_text(qtbot, dialog.name, "张宏伟")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert message_boxes.texts == ["填写的内容尚未保存。确定要放弃这些修改吗？"]
    assert dialog.isVisible() and dialog.name.text() == "张宏伟"  # 继续填写 keeps the typing
    message_boxes.accept = False
    dialog.close()  # the window's close button asks too
    assert dialog.isVisible() and len(message_boxes.texts) == 2


def test_escape_discards_when_the_person_says_so(qtbot: QtBot, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, UnitDialog(services))
    type_text(qtbot, dialog.name, "市交通运输局")
    monkeypatch.setattr(dialog, "ask_discard", lambda: True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.units.list(ListQuery()).total == 0


def test_tab_leaves_every_table_and_text_box(qtbot: QtBot, services: Services) -> None:
    platform = add_platform(services, "城西区委员驿站")
    member = services.members.create(MemberCreate(name="陈静"))
    services.rosters.add_member(platform.id, member.id)
    dialog = opened(qtbot, SessionDialog(services))
    dialog.platform.set_value(platform.id)
    dialog.attendance.add_members(dialog._platform_members())
    dialog.participants.add_participant(ParticipantKind.RESIDENT, "李四", None)
    for tab, boxes in (
        (dialog.attendance, [dialog.attendance.table]),
        (dialog.participants, [dialog.participants.table]),
        (dialog.text_form, [dialog.minutes, dialog.consensus, dialog.notes]),
    ):
        dialog.tabs.setCurrentWidget(tab)
        for box in boxes:
            box.setFocus()
            assert dialog.focusWidget() is box
            qtbot.keyClick(box, Qt.Key.Key_Tab)
            assert dialog.focusWidget() is not box, box
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Backtab)
            assert dialog.focusWidget() is not box, box
    assert dialog.notes.toPlainText() == ""  # Tab moved on, it typed nothing


def test_tab_leaves_a_table_cell_being_edited(qtbot: QtBot, services: Services) -> None:
    dialog = opened(qtbot, SessionDialog(services))
    dialog.tabs.setCurrentWidget(dialog.participants)
    dialog.participants.add_participant(ParticipantKind.RESIDENT, "", None, edit=True)
    table = dialog.participants.table
    editor = table.focusWidget() if table.focusWidget() is not table else dialog.focusWidget()
    assert editor is not None and table.isAncestorOf(editor)
    type_text(qtbot, editor, "李四")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert dialog.participants.participants()[0][1] == "李四"  # committed
    focused = dialog.focusWidget()
    assert focused is not None and not table.isAncestorOf(focused) and focused is not table


def test_all_errors_show_at_once_and_each_clears_when_fixed(qtbot: QtBot, services: Services) -> None:
    add_platform(services, "城西区委员驿站")
    dialog = opened(qtbot, SessionDialog(services))
    dialog.topic.setText("议" * 201)
    dialog.resident_count.setValue(5000)
    dialog.participants.add_participant(ParticipantKind.RESIDENT, "", None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form.error_text("topic") == "议题过长（最多 200 个字）"
    assert form.error_text("platform_id") == "请选择举办活动的站室组"
    assert dialog.participants.error.text() == "第 1 位参会人员的姓名不能为空"
    assert dialog.form.counters["topic"].over and dialog.form.counters["topic"].text() == "201/200"
    dialog.topic.setText("老旧小区加装电梯")
    qtbot.waitUntil(lambda: form.error_text("topic") == "", timeout=RECHECK_MS * 10)
    assert form.error_text("platform_id") == "请选择举办活动的站室组"  # still wrong: still said
    assert dialog.topic.property("invalid") is False
    platform = services.platforms.list(ListQuery()).rows[0]
    dialog.platform.set_value(platform["id"])
    qtbot.waitUntil(lambda: form.error_text("platform_id") == "", timeout=RECHECK_MS * 10)


def test_errors_are_readable_under_date_and_choice_fields(qtbot: QtBot, services: Services) -> None:
    """An error line under a combo or date box has room of its own: nothing is drawn over the field."""
    dialog = opened(qtbot, SessionDialog(services))
    dialog.topic_source.setCurrentIndex(-1)
    dialog.resize(560, dialog.height())  # narrow: the longer messages need two lines
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    for key in ("topic", "platform_id", "topic_source"):
        label = dialog.form._error_labels[key]
        field = dialog.form.fields[key]
        assert label.isVisible() and label.text()
        assert label.height() >= label.heightForWidth(label.width())  # all its lines: not squeezed
        below = label.mapTo(dialog, label.rect().topLeft()).y()
        assert below >= field.mapTo(dialog, field.rect().bottomLeft()).y(), key  # under its field


def test_a_missing_prerequisite_says_what_to_do_first(qtbot: QtBot, services: Services) -> None:
    dialog = opened(qtbot, SessionDialog(services))
    assert dialog.platform_missing.isVisible()
    assert "请先登记站室组" in dialog.platform_missing.text()
    made = dialog.new_platform()
    made.kind.set_value(PlatformKind.STATION)
    type_text(qtbot, made.name, "城西区委员驿站")
    type_text(qtbot, made.district.lineEdit(), "城西区")  # type: ignore[arg-type]
    enter(qtbot, made.name)
    assert not dialog.platform_missing.isVisible()  # the change bus brought the new 站室组
    assert dialog.platform.value() == made.saved_id
