"""A command's start-up runs without the cyclic garbage collector; the command itself runs with it, and
main() leaves the collector as it found it (tests and embedders call main() in their own process)."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path
from typing import Any

import pytest

from app import __main__ as entry
from app.cli import CliContext
from app.db import open_database
from app.services.accounts import AccountService


@pytest.fixture
def ledger(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = open_database(db_path)
    try:
        AccountService(db).create_first_admin("admin", "管理员", "secret-123")
    finally:
        db.dispose()
    monkeypatch.setenv("LEDGER_PASSWORD", "secret-123")
    return db_path


def test_start_up_without_the_collector_the_command_with_it(
    ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.cli.signin
    import app.cli.stats

    seen: dict[str, Any] = {}
    real_sign_in = app.cli.signin.sign_in

    def sign_in(*args: Any, **kwargs: Any) -> Any:
        seen["signing_in"] = gc.isenabled()
        return real_sign_in(*args, **kwargs)

    def run(args: argparse.Namespace, ctx: CliContext) -> int:
        seen["command"] = gc.isenabled()
        seen["set_aside"] = gc.get_freeze_count()
        return 0

    monkeypatch.setattr(app.cli.signin, "sign_in", sign_in)
    monkeypatch.setattr(app.cli.stats, "run", run)
    assert gc.isenabled()
    assert entry.main(["--db", str(ledger), "--user", "admin", "stats", "--json"]) == 0
    assert seen["signing_in"] is False
    assert seen["command"] is True
    assert seen["set_aside"] > 0  # what start-up loaded is not walked again by the command's collections
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # handed back to the collector when main() returns


def test_the_collector_is_back_after_a_failed_sign_in_and_after_version(
    ledger: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEDGER_PASSWORD", "wrong-password")
    assert entry.main(["--db", str(ledger), "--user", "admin", "stats", "--json"]) == 3
    assert "登录失败" in capsys.readouterr().err
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with pytest.raises(SystemExit):
        entry.main(["--version"])
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_caller_that_turned_the_collector_off_keeps_it_off(ledger: Path) -> None:
    gc.disable()
    try:
        assert entry.main(["--db", str(ledger), "--user", "admin", "stats", "--json"]) == 0
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
