"""Every member, unit and 站室组 chooser finds names by characters, full pinyin and initials (zhw finds
张宏伟), lists them in 姓氏笔画 order, and keeps a very long name from widening its dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.members import MemberCreate
from app.models.suggestions import SuggestionCreate
from app.models.units import HandlingUnitCreate
from app.services.hub import Services
from app.services.names import stroke_key
from app.ui.dialogs.assign_dialog import AssignDialog
from app.ui.dialogs.member_picker import MemberPicker
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.dialogs.session_dialog import SessionDialog
from app.ui.dialogs.suggestion_dialog import SuggestionDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.name_combo import NameCombo
from app.ui.widgets.roster_editor import MembershipDialog
from tests.gui.helpers import add_platform, type_text

MEMBERS = ["王志忠", "张宏伟", "张红", "李四", "丁一"]


def people(services: Services) -> dict[str, object]:
    return {name: services.members.create(MemberCreate(name=name)).id for name in MEMBERS}


def pick(qtbot: QtBot, combo: NameCombo, typed: str) -> object:
    """Type into the chooser as a person does and take the first name found with Enter."""
    line = combo.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    type_text(qtbot, line, typed)  # keys for letters, an input method's commit for characters
    qtbot.keyClick(line, Qt.Key.Key_Return)
    return combo.value()


def test_convener_and_proposer_choosers(qtbot: QtBot, services: Services) -> None:
    made = people(services)
    platform = add_platform(services, "城西区委员驿站")
    session = SessionDialog(services)
    qtbot.addWidget(session)
    session.show()
    assert pick(qtbot, session.convener, "zhw") == made["张宏伟"]
    assert session.convener.lineEdit().text() == "张宏伟"  # type: ignore[union-attr]
    assert session.convener.matching("zhang") == ["张红", "张宏伟"]  # 姓氏笔画: 红 (6) before 宏 (7)
    assert pick(qtbot, session.platform, "cxq") == platform.id
    suggestion = SuggestionDialog(services)
    qtbot.addWidget(suggestion)
    suggestion.show()
    assert pick(qtbot, suggestion.proposer, "wzz") == made["王志忠"]
    assert pick(qtbot, suggestion.proposer, "宏伟") == made["张宏伟"]


def test_enter_in_a_chooser_takes_the_name_without_saving(qtbot: QtBot, services: Services) -> None:
    people(services)
    dialog = SessionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    pick(qtbot, dialog.convener, "zhw")
    assert dialog.isVisible()  # the first Enter took the name; the form was not sent
    assert services.sessions.list().total == 0


def test_member_picker_and_roster_find_by_initials_in_stroke_order(qtbot: QtBot, services: Services) -> None:
    people(services)
    choices = services.members.name_choices()
    assert [c.label for c in choices] == sorted(MEMBERS, key=stroke_key)
    picker = MemberPicker(choices)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.focusWidget() is picker.filter
    type_text(qtbot, picker.filter, "zhw")
    assert picker.shown() == ["张宏伟"]
    roster = MembershipDialog("platform", choices)
    qtbot.addWidget(roster)
    roster.show()
    assert pick(qtbot, roster.other, "zhw") == next(c.id for c in choices if c.label == "张宏伟")


def test_unit_choosers_in_the_assignment(qtbot: QtBot, services: Services) -> None:
    platform = add_platform(services, "城西区委员驿站")
    units = {
        n: services.units.create(HandlingUnitCreate(name=n)).id
        for n in ("市交通运输局", "市住房和城乡建设局")
    }
    s = services.suggestions.create(SuggestionCreate(title="加装红绿灯", platform_id=platform.id))
    dialog = AssignDialog(services, s.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert pick(qtbot, dialog.lead, "sjtysj") == units["市交通运输局"]
    type_text(qtbot, dialog.co_units.filter, "zfhcx")
    assert dialog.co_units.shown() == ["市住房和城乡建设局"]


def test_list_filters_find_a_platform_by_pinyin(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    add_platform(services, "城西区胜利路街道委员驿站")
    add_platform(services, "城中区人民街道委员驿站", district="城中区")
    page = window.select_page("sessions")
    combo = page.filter_combos["platform_id"]  # type: ignore[attr-defined]
    assert isinstance(combo, NameCombo)
    assert combo.matching("rmjd") == ["城中区人民街道委员驿站"]


def test_a_very_long_name_does_not_widen_dialogs(qtbot: QtBot, services: Services) -> None:
    long_name = "城西区" + "胜利路" * 30 + "街道委员驿站"  # 99 characters
    assert len(long_name) == 99
    add_platform(services, long_name)
    short = SessionDialog(services)
    qtbot.addWidget(short)
    short.show()
    assert short.sizeHint().width() < 900
    assert short.platform.sizeHint().width() < 400
    edit = PlatformDialog(services, services.platforms.list().rows[0]["id"])
    qtbot.addWidget(edit)
    edit.show()
    assert edit.sizeHint().width() < 900
    assert edit.form.counters["name"].text() == "99/100"
