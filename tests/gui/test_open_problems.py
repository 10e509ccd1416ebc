"""The desktop app started through its entry point (`python -m app --db …`) on a database it cannot use:
a dialog says why and offers the ways out, never an invisible exit. Dialogs are answered as a person
would, by pressing one of their buttons."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.__main__ import main
from app.db import open_database
from app.log import log_file
from app.services.accounts import AccountService
from app.services.hub import Services
from app.ui import actions
from app.ui.dialogs.damaged_dialog import DamagedDatabaseDialog
from app.ui.dialogs.first_run_dialog import FirstRunDialog
from app.ui.dialogs.open_problem_dialog import OpenProblemDialog
from app.ui.dialogs.sign_in_dialog import SignInDialog
from app.ui.main_window import MainWindow
from tests.gui.helpers import add_platform
from tests.support import ADMIN_ACTOR

Answering = Callable[..., list[OpenProblemDialog]]


@pytest.fixture(autouse=True)
def _hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the entry point installs its own


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> Answering:
    """Answer each OpenProblemDialog by clicking the button for the next choice; record the dialogs."""

    def answering(*choices: str) -> list[OpenProblemDialog]:
        shown: list[OpenProblemDialog] = []
        pending = list(choices)

        def exec_(dialog: OpenProblemDialog) -> int:
            shown.append(dialog)
            buttons = {
                "create": dialog.create_button,
                "other": dialog.other_button,
                "retry": dialog.retry_button,
                "quit": dialog.quit_button,
            }
            button = buttons[pending.pop(0)]
            assert not button.isHidden(), f"{button.text()} is not offered"
            button.click()
            return int(dialog.result())

        monkeypatch.setattr(OpenProblemDialog, "exec", exec_)
        return shown

    return answering


def _ledger_with_backup(path: Path) -> Path:
    db = open_database(path)
    AccountService(db).create_first_admin("admin", "系统管理员", "开窗口的密码2025")
    services = Services(db, ADMIN_ACTOR)
    add_platform(services, "城西委员驿站")
    backup = services.backups.create().path
    db.dispose()
    return backup


def test_a_damaged_file_shows_why_and_the_backup_to_restore(tmp_path: Path, problems: Answering) -> None:
    path = tmp_path / "ledger.sqlite3"
    backup = _ledger_with_backup(path)
    with path.open("r+b") as f:
        f.write(b"\x00" * 100)  # the header is gone: SQLite cannot even tell it is a database
    shown = problems("quit")
    assert main(["--db", str(path)]) == 1
    (dialog,) = shown
    text = dialog.texts()
    assert "这不是本程序的台账数据库" in text and "已损坏" in text and "从备份恢复" in text
    assert str(backup) in text  # the newest verified backup, by name
    assert str(log_file()) in text
    assert dialog.create_button.isHidden()  # nothing offered that would replace the file


def test_damage_met_while_signing_in_shows_the_damage_dialog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ledger.sqlite3"
    _ledger_with_backup(path)
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'app_user'").fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek(4096 * (root - 1))
        f.write(b"\x0d" + b"\xff" * 4095)  # the accounts' table page destroyed
    shown: list[DamagedDatabaseDialog] = []

    def exec_(dialog: DamagedDatabaseDialog) -> int:
        shown.append(dialog)
        dialog.continue_button.click()  # 退出
        return 0

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", exec_)
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: pytest.fail("signing in to a damaged file"))
    assert main(["--db", str(path)]) == 1
    (dialog,) = shown
    assert "数据库文件已损坏" in dialog.texts() and str(path) in dialog.texts()
    assert dialog.continue_button.text() == "退出"


def test_a_missing_file_is_created_only_when_asked_and_then_the_first_run_follows(
    tmp_path: Path, problems: Answering, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "新台账" / "ledger.sqlite3"
    first_runs: list[FirstRunDialog] = []
    monkeypatch.setattr(FirstRunDialog, "exec", lambda dialog: first_runs.append(dialog) or 0)
    shown = problems("create")
    assert main(["--db", str(path)]) == 0  # the first-run dialog was cancelled: nothing more to do
    (dialog,) = shown
    assert "找不到数据库文件" in dialog.texts() and str(path) in dialog.texts()
    assert path.is_file() and len(first_runs) == 1


def test_an_unreachable_server_offers_retry_and_another_file(
    tmp_path: Path, problems: Answering, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    other = tmp_path / "local.sqlite3"
    _ledger_with_backup(other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(other), ""))
    signed_in: list[SignInDialog] = []
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: signed_in.append(dialog) or 0)
    shown = problems("retry", "other")
    assert main(["--db", f"postgresql://ledger:secret@127.0.0.1:{port}/ledger"]) == 0
    assert len(shown) == 2  # the same problem after 重试; then the chosen file opened
    text = shown[0].texts()
    assert "连接不上数据库服务器" in text and f"127.0.0.1:{port}" in text and "secret" not in text
    assert len(signed_in) == 1 and signed_in[0].db.sqlite_file == other


def test_a_newer_version_says_to_upgrade(tmp_path: Path, problems: Answering) -> None:
    path = tmp_path / "future.sqlite3"
    _ledger_with_backup(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    shown = problems("quit")
    assert main(["--db", str(path)]) == 1
    text = shown[0].texts()
    assert "数据库来自更高版本的程序" in text and "请安装新版本的程序" in text
    assert shown[0].create_button.isHidden() and shown[0].retry_button.isHidden()


def test_the_about_box_shows_the_database_and_the_log_file(window: MainWindow) -> None:
    box: QMessageBox = actions.show_about(window)
    assert f"日志文件：{log_file()}" in box.text()
    assert str(window.services.db.sqlite_file) in box.text()
    box.close()
