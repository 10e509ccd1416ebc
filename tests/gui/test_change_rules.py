"""Who re-reads after a change: an import publishes only the kinds of records it wrote, and a page that
is not on screen only notes that it is stale, re-reading when it is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services.ledger_import import ImportResult
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.import_wizard import ImportWizard
from app.ui.export_actions import import_changes
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage
from tests.fixtures.excel.builders import copy_sample
from tests.gui.test_import_wizard import sample_defaults, to_check, to_mapping


def test_an_import_changes_only_the_kinds_it_wrote() -> None:
    result = ImportResult(created={"session": 2, "suggestion": 0}, updated={"event": 3}, unchanged={})
    assert import_changes(result) == {Change.SESSIONS, Change.SUGGESTIONS}
    members = ImportResult(created={}, updated={"member": 1}, unchanged={"session": 9})
    assert import_changes(members) == {Change.MEMBERS, Change.ROSTERS}
    assert import_changes(ImportResult(created={}, updated={}, unchanged={"unit": 4})) == frozenset()
    assert import_changes(ImportResult(created={"newcomer": 1}, updated={}, unchanged={})) == (
        changes.EVERYTHING
    )


def test_the_menu_import_publishes_what_it_wrote(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    heard: list[frozenset[Change]] = []
    listener = QWidget()
    qtbot.addWidget(listener)
    changes.subscribe(listener, changes.EVERYTHING, heard.append)
    window.menu_actions["导入台账…"].trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    sample_defaults(to_mapping(wizard, copy_sample(tmp_path)))
    to_check(wizard)
    wizard.next()  # 导入
    assert wizard.import_result is not None
    assert heard == [import_changes(wizard.import_result)]
    assert {Change.SESSIONS, Change.SUGGESTIONS} <= heard[0]
    assert not heard[0] & {Change.ACCOUNTS, Change.SETTINGS, Change.CYCLE, Change.ATTACHMENTS}
    wizard.accept()


def test_a_hidden_page_refreshes_when_shown_not_at_publish(window: MainWindow) -> None:
    sessions = window.select_page("sessions")
    assert isinstance(sessions, ListPage)
    window.select_page("units")
    reads: list[bool] = []
    sessions.model.loaded.connect(lambda _total: reads.append(True))
    changes.publish(Change.SESSIONS)
    assert sessions.stale and not reads  # hidden: nothing read at the publish
    window.select_page("sessions")
    assert reads and not sessions.stale  # shown: read once more
