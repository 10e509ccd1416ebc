"""Work on the GUI thread a slice at a time (app.ui.slices): one step per turn of the event loop, what
waits for the steps runs after the last, finish() runs the rest at once; inline in synchronous mode. 设置
builds its sections so, and a page shown starts reading only after the turn that paints it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui import slices, tasks
from app.ui.main_window import MainWindow
from app.ui.pages.settings_page import SettingsPage


@pytest.fixture
def in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)


def test_one_step_per_turn_then_what_waits(qtbot: QtBot, in_the_background: None) -> None:
    owner = QObject()
    ran: list[str] = []
    work = slices.run_in_slices(owner, [lambda: ran.append("a"), lambda: ran.append("b")])
    work.then(lambda: ran.append("after"))
    assert ran == [] and slices.busy() and not work.done  # nothing runs before the event loop turns
    qtbot.waitUntil(lambda: work.done)
    assert ran == ["a", "b", "after"] and not slices.busy()
    work.then(lambda: ran.append("late"))  # once done, at once
    assert ran[-1] == "late"


def test_finish_runs_the_rest_at_once(in_the_background: None) -> None:
    owner = QObject()
    ran: list[int] = []
    work = slices.run_in_slices(owner, [lambda i=i: ran.append(i) for i in range(3)])
    work.then(lambda: ran.append(99))
    work.finish()
    assert ran == [0, 1, 2, 99] and work.done and not slices.busy()


def test_synchronous_mode_runs_every_step_inline() -> None:
    ran: list[int] = []
    work = slices.run_in_slices(QObject(), [lambda: ran.append(1), lambda: ran.append(2)])
    assert ran == [1, 2] and work.done


def test_the_settings_page_opens_with_its_first_sections_and_builds_the_rest(
    qtbot: QtBot, services: object, ui_settings: object, in_the_background: None
) -> None:
    page = SettingsPage(services, ui_settings)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    assert page.handling_days is not None and not hasattr(page, "print_form")  # later, on its own turn
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.office is not None, timeout=20_000)
    assert page.building.done
    qtbot.waitUntil(page.language.isVisible)  # a widget added to a shown page is shown a turn later
    assert page.print_form.isVisible() and page.points_form.isVisible()
    assert page.kinds_editor.list.count() > 0
    assert page.handling_days.value() == page.office.handling_days


def test_a_page_shown_starts_reading_after_its_first_paint(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, in_the_background: None
) -> None:
    page = window.pages["units"]
    painted: list[bool] = []
    view = page.view  # type: ignore[attr-defined]
    original = type(view).paintEvent

    def paint(self: QWidget, event: QPaintEvent) -> None:
        painted.append(True)
        original(self, event)

    activated: list[bool] = []
    monkeypatch.setattr(page, "activate", lambda: activated.append(bool(painted)))
    window.show()
    window.select_page("units")
    assert window.current_page() is page and activated == []  # shown now, read once painted
    monkeypatch.setattr(type(view), "paintEvent", paint)
    qtbot.waitUntil(lambda: activated != [], timeout=5000)
    assert activated == [True]
    window.select_page("units")  # shown already: read again on the next turn
    qtbot.waitUntil(lambda: len(activated) == 2)


def test_a_dialog_step_waits_for_its_paint_in_every_mode_and_can_be_dropped(qtbot: QtBot) -> None:
    """The sign-in dialog opens the database once it has painted, tests too (synchronous mode); closed
    before it ever painted, nothing is left waiting."""
    assert tasks.SYNCHRONOUS  # as the GUI tests run
    shown, closed = QWidget(), QWidget()
    qtbot.addWidget(shown)
    qtbot.addWidget(closed)
    ran: list[str] = []
    slices.on_paint(shown, lambda: ran.append("shown"))
    dropped = slices.on_paint(closed, lambda: ran.append("closed"))
    assert ran == [] and slices.busy()  # not inline, whatever the mode
    shown.show()
    qtbot.waitUntil(lambda: ran == ["shown"])
    assert dropped.cancel() is not None  # never painted: its step is handed back, not run
    assert not slices.busy()
    closed.show()
    qtbot.wait(50)
    assert ran == ["shown"]
