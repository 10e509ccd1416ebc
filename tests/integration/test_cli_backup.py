"""`backup create|list|verify|restore` as a user runs them, and commands refusing a damaged copy.

Most calls go through `main()` in this process (a new process takes seconds to start); the refusal of a
damaged copy is also run as a real process, to see its exit status and that no traceback escapes.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
from tests.integration.conftest import ADMIN, PASSWORD, RunCli

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "excel" / "城西区委员驿站2024年协商议事台账.xlsx"


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys
        self.out = self.err = ""

    def __call__(self, *args: str) -> int:
        self.capsys.readouterr()
        code = main(list(args))
        self.out, self.err = self.capsys.readouterr()
        return code

    def json(self, *args: str) -> Any:
        assert self(*args, "--json") == 0, self.err
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("LEDGER_USER", ADMIN)  # the demo's administrator: restoring is for administrators
    monkeypatch.setenv("LEDGER_PASSWORD", PASSWORD)
    return Cli(capsys)


def stats(cli: Cli, path: Path) -> dict[str, Any]:
    return cli.json("--db", str(path), "stats")


def damage_table(path: Path, table: str) -> None:
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:
        f.seek(size * (root - 1))
        f.write(bytes([0x0D]) + b"\xff" * (size - 1))


@pytest.fixture
def demo(tmp_path: Path, cli: Cli) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert cli("--db", str(path), "demo", "--sessions", "60", "--seed", "3") == 0, cli.err
    return path


def test_backup_verify_list_damage_and_restore(demo: Path, tmp_path: Path, cli: Cli, run_cli: RunCli) -> None:
    snapshot = cli.json("--db", str(demo), "backup", "create")
    assert snapshot["verified"] and Path(snapshot["path"]).is_file()
    assert cli("--db", str(demo), "backup", "verify") == 0 and "验证通过" in cli.out
    listed = cli.json("--db", str(demo), "backup", "list")
    [entry] = listed["backups"]
    assert {"path", "created_at", "size", "counts", "kind", "verified"} <= set(entry)
    assert entry["path"] == snapshot["path"] and entry["size"] == Path(entry["path"]).stat().st_size
    assert entry["counts"]["consultation_session"] == 60
    figures = stats(cli, demo)

    broken = tmp_path / "副本.sqlite3"
    shutil.copy(demo, broken)
    damage_table(broken, "suggestion")
    done = run_cli("--db", str(broken), "stats")  # a real process: exit status, no traceback
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "数据库文件已损坏" in done.stderr and snapshot["path"] in done.stderr, done.stderr
    assert cli("--db", str(broken), "import", "xlsx", str(FIXTURE)) != 0
    assert "数据库文件已损坏" in cli.err and snapshot["path"] in cli.err
    assert (tmp_path / "副本.sqlite3.damaged").is_file()

    assert cli("--db", str(broken), "backup", "restore", snapshot["path"]) != 0  # no terminal, no --yes
    assert "--yes" in cli.err
    outcome = cli.json("--db", str(broken), "backup", "restore", snapshot["path"], "--yes")
    assert outcome["counts"] == snapshot["counts"] and outcome["damaged_copy"].endswith(".damaged")
    assert stats(cli, broken) == figures
    assert cli("--db", str(broken), "check") == 0


def test_restore_can_be_undone(demo: Path, cli: Cli) -> None:
    first = cli.json("--db", str(demo), "backup", "create")
    with sqlite3.connect(demo) as conn:
        conn.execute("DELETE FROM leader_instruction")
    undo = cli.json("--db", str(demo), "backup", "restore", first["path"], "--yes")["undo"]
    assert undo["kind"] == "before-restore" and undo["counts"]["leader_instruction"] == 0
    assert stats(cli, demo)["leader_instructions"] > 0
    assert cli("--db", str(demo), "backup", "restore", undo["path"], "--yes") == 0
    assert stats(cli, demo)["leader_instructions"] == 0


def test_roles_on_the_command_line(demo: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = cli.json("--db", str(demo), "backup", "create")["path"]
    monkeypatch.setenv("LEDGER_USER", "clerk")  # the demo's accounts, all with the demo password
    assert cli("--db", str(demo), "backup", "create") == 0 and cli("--db", str(demo), "backup", "list") == 0
    assert cli("--db", str(demo), "backup", "restore", backup, "--yes") == 2
    assert "只有管理员可以从备份恢复数据库" in cli.err
    for role in ("coordinator", "viewer"):
        monkeypatch.setenv("LEDGER_USER", role)
        assert cli("--db", str(demo), "backup", "list") == 2
        assert "只有管理员和工作人员可以查看、创建和验证备份" in cli.err
