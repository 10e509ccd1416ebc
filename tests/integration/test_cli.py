"""The command line as a user runs it: demo, stats --json, check, and Chinese errors without tracebacks."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
from app.db import open_database
from app.services.demo import generator
from tests.integration.conftest import ADMIN, PASSWORD, RunCli, make_admin

SESSIONS = 500


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One demo database for the read-only tests of this module (made once: it takes a few seconds)."""
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "demo.sqlite3"
    yield path


@pytest.fixture
def demo_db(demo_file: Path, run_cli: RunCli) -> Path:
    if not demo_file.exists():
        done = run_cli("--db", str(demo_file), "demo", "--sessions", str(SESSIONS), "--seed", "7")
        assert done.returncode == 0, done.stderr
        assert "演示数据已装入" in done.stdout
        assert f"协商议事活动 {SESSIONS} 次" in done.stdout
        for account in ("admin", "clerk", "coordinator", "viewer"):
            assert account in done.stdout
        assert "密码均为 demo1234" in done.stdout
    return demo_file


def _stats(run_cli: RunCli, path: Path, *extra: str) -> dict[str, Any]:
    done = run_cli("--db", str(path), "stats", "--json", *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _sql(path: Path, query: str) -> Any:
    with sqlite3.connect(path) as conn:
        return conn.execute(query).fetchone()[0]


def _assert_clean_error(done: Any, *needles: str) -> None:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "错误" in done.stderr
    for needle in needles:
        assert needle in done.stderr


def test_stats_json_counts_match_the_database(demo_db: Path, run_cli: RunCli) -> None:
    figures = _stats(run_cli, demo_db)
    assert {"platforms", "platforms_by_kind", "members", "sessions", "suggestions"} <= set(figures)
    assert set(figures["platforms_by_kind"]) == {"station", "studio", "liaison_group"}
    assert figures["platforms"] == _sql(demo_db, "SELECT count(*) FROM platform WHERE archived_at IS NULL")
    for kind, n in figures["platforms_by_kind"].items():
        assert n == _sql(demo_db, f"SELECT count(*) FROM platform WHERE kind = '{kind}'")
        assert n > 0
    assert figures["members"] == _sql(demo_db, "SELECT count(*) FROM member")
    assert figures["sessions"] == _sql(demo_db, "SELECT count(*) FROM consultation_session") == SESSIONS
    assert figures["suggestions"] == _sql(demo_db, "SELECT count(*) FROM suggestion")
    assert figures["leader_instructions"] == _sql(demo_db, "SELECT count(*) FROM leader_instruction")
    for state, n in figures["suggestions_by_state"].items():
        assert n == _sql(demo_db, f"SELECT count(*) FROM suggestion WHERE state = '{state}'")
        assert n > 0, state


def test_stats_scope_by_district_and_period(demo_db: Path, run_cli: RunCli) -> None:
    figures = _stats(run_cli, demo_db, "--district", "城西区", "--from", "2020-01-01")
    expected = _sql(
        demo_db,
        "SELECT count(*) FROM consultation_session c JOIN platform p ON p.id = c.platform_id "
        "WHERE p.district = '城西区'",
    )
    assert figures["sessions"] == expected > 0
    assert figures["scope"]["district"] == "城西区"


def test_same_seed_gives_identical_stats(demo_db: Path, run_cli: RunCli, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite3"
    done = run_cli("--db", str(again), "demo", "--sessions", str(SESSIONS), "--seed", "7")
    assert done.returncode == 0, done.stderr
    assert _stats(run_cli, again) == _stats(run_cli, demo_db)


def test_check_passes_on_demo_data_and_fails_after_corruption(
    demo_db: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    ok = run_cli("--db", str(demo_db), "check")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "未发现问题" in ok.stdout

    broken = tmp_path / "broken.sqlite3"
    with sqlite3.connect(demo_db) as src, sqlite3.connect(broken) as dst:
        src.backup(dst)
    with sqlite3.connect(broken) as conn:
        conn.execute(
            "UPDATE suggestion SET concluded_on = NULL WHERE id IN "
            "(SELECT id FROM suggestion WHERE state = 'concluded' LIMIT 3)"
        )
    bad = run_cli("--db", str(broken), "check")
    assert bad.returncode == 1
    assert "已办结的意见建议缺少办结日期：3 条" in bad.stdout


def test_demo_refuses_a_database_that_has_sessions(demo_db: Path, run_cli: RunCli) -> None:
    done = run_cli("--db", str(demo_db), "demo", "--sessions", "5")
    assert done.returncode == 2
    _assert_clean_error(done, f"已有 {SESSIONS} 次协商议事活动", "--append")
    assert _sql(demo_db, "SELECT count(*) FROM consultation_session") == SESSIONS


def test_user_errors_are_chinese_without_traceback(demo_db: Path, run_cli: RunCli, tmp_path: Path) -> None:
    _assert_clean_error(run_cli("--db", str(demo_db), "stats", "--from", "2025-13-01"), "格式不正确")
    _assert_clean_error(run_cli("--db", str(tmp_path), "stats"), "是一个文件夹")
    _assert_clean_error(run_cli("--db", str(demo_db), "no-such-command"), "命令行参数有误")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["stats", "--from", "2025-06-01", "--to", "2025-01-01"], "开始日期不能晚于结束日期"),
        (["demo", "--sessions", "many"], "命令行参数有误"),
        (["demo", "--sessions", "-1"], "--sessions 应为 0 到"),
    ],
)
def test_more_user_errors_in_process(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    needle: str,
) -> None:
    """The same handling, without a subprocess each (the command line takes seconds to start)."""
    make_admin(tmp_path / "x.sqlite3")
    monkeypatch.setenv("LEDGER_USER", ADMIN)
    monkeypatch.setenv("LEDGER_PASSWORD", PASSWORD)
    try:
        status = main(["--db", str(tmp_path / "x.sqlite3"), *args])
    except SystemExit as exc:  # argparse exits on its own
        status = int(exc.code or 0)
    err = capsys.readouterr().err
    assert status == 2
    assert needle in err
    assert "Traceback" not in err


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("这不是数据库" * 200, encoding="utf-8")
    assert main(["--db", str(not_a_db), "stats"]) == 2
    assert "不是本程序的数据库" in capsys.readouterr().err


def test_database_from_a_newer_version_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    done = run_cli("--db", str(path), "stats", "--json")
    assert done.returncode == 2
    _assert_clean_error(done, "更高版本")


def test_progress_goes_to_stderr_and_summary_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(generator, "PROGRESS_EVERY", 20)
    monkeypatch.setenv("LEDGER_USER", ADMIN)
    monkeypatch.setenv("LEDGER_PASSWORD", PASSWORD)
    assert main(["--db", str(tmp_path / "p.sqlite3"), "demo", "--sessions", "60", "--seed", "1"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        *(f"已生成 {n}/60 次协商议事活动……" for n in (20, 40, 60)),
        f"已新建台账数据库：{tmp_path / 'p.sqlite3'}",  # demo always makes its ledger, and says so
    ]
    assert "演示数据已装入（随机种子 1）" in out
    assert "协商议事活动 60 次" in out
    assert "意见建议" in out and "用时" in out
    assert main(["--db", str(tmp_path / "p.sqlite3"), "demo", "--sessions", "10", "--append"]) == 0
    out, _ = capsys.readouterr()
    assert "沿用数据库中已有的站室组和委员" in out
