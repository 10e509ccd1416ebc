"""The running window's start-up objects are set aside from the cycle collector a moment after it has shown
(app.ui.collector): a full collection then walks only what was made since."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.accounts import AccountService
from app.ui import collector, launch
from app.ui.settings import UiSettings


@pytest.fixture
def thawed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with nothing frozen and the collector on (conftest thaws after each test), and
    a short settling time."""
    monkeypatch.setattr(collector, "SETTLE_MS", 200)
    enabled = gc.isenabled()
    gc.unfreeze()
    gc.enable()
    yield
    if not enabled:
        gc.disable()


def test_what_exists_once_the_window_has_settled_is_frozen(qtbot: QtBot, thawed: None) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    collector.set_aside_when_settled(window)
    made_before: list[list[int]] = [[] for _ in range(10)]
    qtbot.wait(collector.SETTLE_MS // 2)
    assert gc.get_freeze_count() == 0  # not at once
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=collector.SETTLE_MS * 3)
    made_after: list[list[int]] = [[] for _ in range(10)]
    seen = {id(obj) for obj in gc.get_objects()}  # what the collector walks (not the frozen)
    assert not any(id(item) in seen for item in made_before)
    assert all(id(item) in seen for item in made_after)


def test_nothing_is_frozen_while_the_collector_is_off(thawed: None) -> None:
    gc.disable()
    collector.set_aside()
    assert gc.get_freeze_count() == 0
    gc.enable()
    collector.set_aside()
    assert gc.get_freeze_count() > 0


def test_the_signed_in_window_sets_start_up_aside(
    db: Database, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    AccountService(db).create_first_admin("admin", "系统管理员", "开窗口的密码2025")
    painted: list[QWidget] = []
    monkeypatch.setattr(launch, "set_aside_when_settled", painted.append)
    session = launch.Session(db, ui_settings)
    window = session.open(AccountService(db).sign_in("admin", "开窗口的密码2025"))
    assert window is not None
    qtbot.addWidget(window)
    assert painted == [window]
