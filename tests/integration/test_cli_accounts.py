"""The command line as an account: credentials, the first account, roles, users, audit and its chain."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
from tests.integration.conftest import PASSWORD, RunCli, make_admin

SESSIONS = 80


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("accounts") / "demo.sqlite3"


@pytest.fixture
def demo_db(demo_file: Path, run_cli: RunCli) -> Path:
    """A demo city with its four accounts (made once for the module, through the real command)."""
    if not demo_file.exists():
        done = run_cli("--db", str(demo_file), "demo", "--sessions", str(SESSIONS), "--seed", "3", user=None)
        assert done.returncode == 0, done.stderr
        assert "coordinator" in done.stdout and "负责：" in done.stdout
    return demo_file


def _sql(path: Path, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(query, params).fetchall()


def _clean_failure(done: Any, status: int, *needles: str) -> None:
    assert done.returncode == status, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "错误：" in done.stderr
    for needle in needles:
        assert needle in done.stderr


def test_commands_need_valid_credentials(
    demo_db: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _clean_failure(run_cli("--db", str(demo_db), "stats", user=None), 3, "请用 --user 指定")
    _clean_failure(run_cli("--db", str(demo_db), "stats", password="wrong-one"), 3, "用户名或密码不正确")
    # the same rules in process (faster): an unknown name, no password and no terminal, a good sign-in
    monkeypatch.delenv("LEDGER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setenv("LEDGER_USER", "admin")
    assert main(["--db", str(demo_db), "stats"]) == 3
    assert "LEDGER_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("LEDGER_PASSWORD", PASSWORD)
    assert main(["--db", str(demo_db), "--user", "nobody", "stats"]) == 3
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "--user", "viewer", "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == SESSIONS


def test_a_coordinators_stats_count_only_their_platforms(demo_db: Path, run_cli: RunCli) -> None:
    mine = json.loads(run_cli("--db", str(demo_db), "stats", "--json", user="coordinator").stdout)
    everyone = json.loads(run_cli("--db", str(demo_db), "stats", "--json").stdout)
    own = [r[0] for r in _sql(demo_db, "SELECT platform_id FROM user_platform")]  # ids as stored: 16 bytes
    marks = ",".join("?" for _p in own)
    assert mine["platforms"] == len(own) == 2
    assert (
        mine["sessions"]
        == _sql(
            demo_db, f"SELECT count(*) FROM consultation_session WHERE platform_id IN ({marks})", (*own,)
        )[0][0]
    )
    assert 0 < mine["sessions"] < everyone["sessions"] == SESSIONS
    assert mine["suggestions"] < everyone["suggestions"]
    assert sorted(mine["scope"]["visible_platform_ids"]) == sorted(str(uuid.UUID(bytes=p)) for p in own)
    other = str(
        uuid.UUID(
            bytes=_sql(demo_db, f"SELECT id FROM platform WHERE id NOT IN ({marks}) LIMIT 1", (*own,))[0][0]
        )
    )
    refused = run_cli("--db", str(demo_db), "stats", "--platform", other, user="coordinator")
    _clean_failure(refused, 2, "只能查看本平台")


def test_full_export_needs_admin_or_clerk_and_is_logged(
    demo_db: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    refused = run_cli(
        "--db", str(demo_db), "export", "xlsx", str(tmp_path / "v.xlsx"), "--full", user="viewer"
    )
    _clean_failure(refused, 2, "只有管理员和工作人员可以导出未隐去的联系电话")
    assert not (tmp_path / "v.xlsx").exists()
    masked = run_cli("--db", str(demo_db), "export", "xlsx", str(tmp_path / "m.xlsx"), user="viewer")
    assert masked.returncode == 0, masked.stderr
    full = run_cli("--db", str(demo_db), "export", "xlsx", str(tmp_path / "c.xlsx"), "--full", user="clerk")
    assert full.returncode == 0 and "已记入操作日志" in full.stdout
    log = json.loads(run_cli("--db", str(demo_db), "audit", "--json", "--user", "clerk").stdout)
    assert any(e["action"] == "export" and e["entity"] == "ledger_export" for e in log)
    assert {e["actor"] for e in log} == {"clerk"}
    _clean_failure(
        run_cli("--db", str(demo_db), "audit", user="viewer"), 2, "只有管理员和工作人员可以查看操作日志"
    )


def test_six_wrong_passwords_lock_the_account_and_the_log_shows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lock.sqlite3"
    make_admin(path)
    monkeypatch.setenv("LEDGER_USER", "admin")
    monkeypatch.setenv("LEDGER_PASSWORD", "not-the-password")
    statuses = [main(["--db", str(path), "check"]) for _ in range(6)]
    assert statuses == [3] * 6
    err = capsys.readouterr().err
    assert "账户已锁定 1 分钟" in err and "Traceback" not in err
    monkeypatch.setenv("LEDGER_PASSWORD", PASSWORD)
    assert main(["--db", str(path), "check"]) == 3  # locked: even the right password waits
    assert "请 1 分钟后再试" in capsys.readouterr().err
    actions = [r[0] for r in _sql(path, "SELECT action FROM audit_entry ORDER BY seq")]
    assert actions.count("sign_in_failed") == 7 and actions.count("lockout") == 1


def test_without_accounts_only_the_first_account_can_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "new.sqlite3")
    assert main(["--db", path, "stats"]) == 2  # a new ledger only when asked for
    assert "--create" in capsys.readouterr().err
    assert main(["--db", path, "--create", "stats"]) == 3
    assert "数据库中还没有账户" in capsys.readouterr().err
    monkeypatch.setenv("LEDGER_NEW_PASSWORD", "首位管理员的密码")
    assert main(["--db", path, "users", "add", "zhang", "--role", "clerk"]) == 2
    assert "第一个账户必须是管理员" in capsys.readouterr().err
    assert main(["--db", path, "users", "add", "zhang", "--role", "admin", "--display-name", "张主任"]) == 0
    assert "已创建管理员账户“zhang”" in capsys.readouterr().out
    assert main(["--db", path, "users", "add", "li", "--role", "admin"]) == 3  # now: sign in first
    monkeypatch.setenv("LEDGER_USER", "zhang")
    monkeypatch.setenv("LEDGER_PASSWORD", "首位管理员的密码")
    monkeypatch.setenv("LEDGER_NEW_PASSWORD", "工作人员的密码2025")
    assert main(["--db", path, "users", "add", "li", "--role", "clerk"]) == 0
    assert main(["--db", path, "users", "list", "--json"]) == 0
    listed = {u["username"]: u for u in json.loads(capsys.readouterr().out.split("\n", 1)[1])}
    assert listed["li"]["role"] == "clerk" and listed["zhang"]["display_name"] == "张主任"
    assert main(["--db", path, "users", "disable", "li"]) == 0
    monkeypatch.setenv("LEDGER_USER", "li")
    monkeypatch.setenv("LEDGER_PASSWORD", "工作人员的密码2025")
    assert main(["--db", path, "stats"]) == 3
    assert "已停用" in capsys.readouterr().err
    monkeypatch.setenv("LEDGER_USER", "zhang")
    monkeypatch.setenv("LEDGER_PASSWORD", "首位管理员的密码")
    monkeypatch.setenv("LEDGER_NEW_PASSWORD", "新的主任密码2025")
    assert main(["--db", path, "users", "passwd"]) == 0  # one's own password
    monkeypatch.setenv("LEDGER_PASSWORD", "新的主任密码2025")
    assert main(["--db", path, "audit"]) == 0
    out = capsys.readouterr().out
    assert "设置密码 账户：本人修改密码" in out and "停用账户" in out


def test_the_log_refuses_changes_and_check_finds_tampering(
    demo_db: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    copy = tmp_path / "tampered.sqlite3"
    with sqlite3.connect(demo_db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with sqlite3.connect(copy) as conn:
        for statement in (
            "DELETE FROM audit_entry WHERE seq = 2",
            "UPDATE audit_entry SET note = 'x' WHERE seq = 3",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
        # someone who drops the protection can change the log, but not unnoticed
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("DELETE FROM audit_entry WHERE seq = 2")
        conn.execute("UPDATE audit_entry SET note = '改过的说明' WHERE seq = 3")
    done = run_cli("--db", str(copy), "check")
    assert done.returncode == 1
    for needle in ("防篡改触发器缺失", "操作日志缺少第 2 条", "操作日志第 3 条的内容被改动过"):
        assert needle in done.stdout
    clean = run_cli("--db", str(demo_db), "check")
    assert clean.returncode == 0 and "操作日志校验链" in clean.stdout


def test_no_table_holds_the_demo_password_in_clear(demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        # every stored table (the search index's virtual table keeps its rows in its own tables, read here)
        query = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        tables = [r[0] for r in conn.execute(query)]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                assert not any(isinstance(v, str) and PASSWORD in v for v in row), table
        hashes = [r[0] for r in conn.execute("SELECT password_hash FROM app_user")]
    assert len(hashes) == 4 and all(h.startswith("$argon2id$") for h in hashes)
