"""Fixtures for the desktop app's tests: a configured QApplication, private settings, records to show,
inline background tasks, and message boxes that record their text instead of blocking."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.hub import Services
from app.ui import tasks
from app.ui.application import configure_application
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings
from tests.gui.helpers import MessageBoxes


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    configure_application(qapp)  # the bundled font, style and translations, as in the real app
    return qapp


@pytest.fixture(autouse=True)
def _nothing_frozen_after(qapp: QApplication) -> Iterator[None]:
    """A main window shown long enough freezes what exists out of the cycle collector (app.ui.collector);
    the next test starts with everything collectable again."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _no_modal_window_left(qapp: QApplication) -> Iterator[None]:
    """A dialog a test left open (a failure path, a window-modal step) must not block the next test's
    window: modality ends with the test, even before Qt has deleted the dialog."""
    yield
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        modal.hide()


@pytest.fixture(autouse=True)
def _synchronous_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """A message box no test expected answers itself (closed), so nothing waits for a click."""
    boxes = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    return boxes


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    return boxes


@pytest.fixture
def window(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> Iterator[MainWindow]:
    main = MainWindow(services, ui_settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    yield main
