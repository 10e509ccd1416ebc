"""The first window comes first: the sign-in dialog shows before the database has opened, and signing in
waits for it; the first look at the file follows the account rule of the services."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.db.glance import glance, sqlite_file_of
from app.db.session import Database
from app.services.accounts import AccountService
from app.services.office_settings import OfficeSettingsService
from app.ui import launch, opening
from app.ui.dialogs.sign_in_dialog import SignInDialog
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings

PASSWORD = "开窗口的密码2025"


def test_the_first_look_follows_the_account_rule(db: Database, db_path: Path, tmp_path: Path) -> None:
    seen = glance(db_path)
    assert seen is not None and not seen.has_accounts and seen.office_name is None
    assert seen.has_accounts == AccountService(db).has_accounts()
    admin = AccountService(db).create_first_admin("admin", "系统管理员", PASSWORD)
    OfficeSettingsService(db, admin).set_office_name("城西区政协办公室")
    seen = glance(str(db_path))
    assert seen is not None and seen.has_accounts and seen.office_name == "城西区政协办公室"
    assert seen.has_accounts == AccountService(db).has_accounts()

    notes = tmp_path / "notes.txt"
    notes.write_text("不是数据库", encoding="utf-8")
    for other in (tmp_path / "missing.sqlite3", notes, "postgresql://ledger@localhost/ledger", "sqlite://"):
        assert glance(other) is None  # the usual way opens these, with its dialogs
    assert sqlite_file_of(f"sqlite:///{db_path}") == db_path.resolve()


def test_the_sign_in_dialog_shows_before_the_database_opens(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch installs its own; restored after
    AccountService(db).create_first_admin("admin", "系统管理员", PASSWORD)
    db.dispose()
    before = sign_ins(db_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: dict[str, object] = {}
    shown = SignInDialog.exec

    def person_types(dialog: SignInDialog) -> int:
        seen["database_when_shown"] = dialog.db

        def type_and_press() -> None:
            dialog.password.setText(PASSWORD)
            dialog.accept()
            seen["waited"] = dialog.waiting or dialog.db is not None

        QTimer.singleShot(0, type_and_press)
        return int(shown(dialog))

    def close_the_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, close_the_window)
            return
        seen["signed_in"] = [w.services.actor.username for w in windows]
        for w in windows:
            w.close()

    monkeypatch.setattr(SignInDialog, "exec", person_types)
    monkeypatch.setattr(UiSettings, "last_username", lambda self: "admin")
    monkeypatch.setattr(UiSettings, "set_last_username", lambda self, name: None)
    opened: list[str] = []
    monkeypatch.setattr(opening, "open_for_desktop", lambda *a, **k: opened.append("usual way"))
    safety = QTimer(singleShot=True, interval=20_000)
    safety.timeout.connect(lambda: app.exit(1))  # fails the test instead of hanging it
    safety.start()
    QTimer.singleShot(0, close_the_window)
    assert launch.launch(db_path, create=False, allow_network=False, argv=["ledger"]) == 0
    safety.stop()
    assert seen["database_when_shown"] is None  # the dialog came first
    assert seen["waited"] and seen["signed_in"] == ["admin"]
    assert opened == []  # nothing went the usual way
    assert sign_ins(db_path) == before + 1  # signed in once, and recorded


def sign_ins(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        (count,) = conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'sign_in'").fetchone()
    return int(count)


def test_quitting_before_the_database_opened_leaves_nothing_running(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    AccountService(db).create_first_admin("admin", "系统管理员", PASSWORD)
    db.dispose()
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 0)  # 退出 at once
    opened: list[str] = []
    monkeypatch.setattr(opening, "open_for_desktop", lambda *a, **k: opened.append("usual way"))
    assert launch.launch(db_path, create=False, allow_network=False, argv=["ledger"]) == 0
    assert opened == []
