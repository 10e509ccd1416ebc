"""What `--db` names is checked before anything is written: a typo or a missing folder creates nothing
unless --create says so, another program's SQLite file stays byte-for-byte the same, and every address
problem (newer version, unsupported kind, malformed address, no server listening) is one Chinese message
with a non-zero exit and no traceback."""

from __future__ import annotations

import socket
import sqlite3
import sys
from pathlib import Path

import pytest

from app.__main__ import main
from tests.integration.conftest import ADMIN, PASSWORD, RunCli, make_admin


@pytest.fixture(autouse=True)
def _signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGER_USER", ADMIN)
    monkeypatch.setenv("LEDGER_PASSWORD", PASSWORD)
    monkeypatch.setenv("LEDGER_NEW_PASSWORD", "首位管理员的密码")


Capture = pytest.CaptureFixture[str]


def _run(capsys: Capture, *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().err


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_typo_creates_nothing_and_says_how_to_create(tmp_path: Path, capsys: Capture) -> None:
    make_admin(tmp_path / "ledger.sqlite3")
    before = _files(tmp_path)
    status, err = _run(capsys, "--db", str(tmp_path / "ledgr.sqlite3"), "stats")
    assert status == 2
    assert f"数据库文件不存在：{tmp_path / 'ledgr.sqlite3'}" in err and "--create" in err
    assert _files(tmp_path) == before


def test_a_missing_folder_is_created_only_with_create(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "no" / "such" / "ledger.sqlite3"
    status, err = _run(capsys, "--db", str(target), "users", "add", "zhang", "--role", "admin")
    assert status == 2
    assert f"所在的文件夹 {target.parent} 也不存在" in err
    assert not (tmp_path / "no").exists()

    status, err = _run(capsys, "--db", str(target), "--create", "users", "add", "zhang", "--role", "admin")
    assert status == 0
    assert f"已新建台账数据库：{target}" in err  # said, not silent
    assert target.is_file()


def test_an_empty_file_gets_a_ledger_only_with_create(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "empty.sqlite3"
    target.touch()
    status, err = _run(capsys, "--db", str(target), "stats")
    assert status == 2 and "是空的" in err
    assert target.stat().st_size == 0
    status, err = _run(capsys, "--db", str(target), "--create", "users", "add", "zhang", "--role", "admin")
    assert status == 0 and "已新建台账数据库" in err
    assert target.stat().st_size > 0


def test_a_failed_command_leaves_no_new_ledger_behind(tmp_path: Path, capsys: Capture) -> None:
    """`exchange import` may create a station's database, but not when the package is not there."""
    target = tmp_path / "station.sqlite3"
    status, err = _run(capsys, "--db", str(target), "exchange", "import", str(tmp_path / "missing.zip"))
    assert status == 2 and "已新建" not in err
    assert _files(tmp_path) == ["data"]


def _foreign(path: Path) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.executemany("INSERT INTO notes (text) VALUES (?)", [("购物清单",), ("电话号码",)])
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("create", [False, True])
def test_another_programs_sqlite_file_is_left_byte_for_byte_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], create: bool
) -> None:
    path = tmp_path / "notes.db"
    original = _foreign(path)
    status, err = _run(capsys, "--db", str(path), *(["--create"] if create else []), "stats")
    assert status == 2
    assert "是另一个程序的 SQLite 数据库" in err and "未做任何改动" in err
    assert path.read_bytes() == original
    assert _files(tmp_path) == ["data", "notes.db"]  # no -wal, -shm or backups beside it


def test_a_newer_version_is_refused_unchanged(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "future.sqlite3"
    make_admin(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    original = path.read_bytes()
    status, err = _run(capsys, "--db", str(path), "stats")
    assert status == 2 and "更高版本" in err and "请升级程序" in err
    assert path.read_bytes() == original


@pytest.mark.parametrize(
    ("address", "needles"),
    [
        ("mysql://ledger:secret@db.example/ledger", ("不支持这种数据库地址", "PostgreSQL")),
        ("postgresql://ledger:secret@db.example:port/ledger", ("端口“port”应是数字",)),
        ("postgresql://ledger:secret@db.example:70000/ledger", ("不在 1–65535 之间",)),
        ("postgresql://ledger:secret@db.example", ("没有写数据库名",)),
        ("postgresql://ledger:secret@bad_host!/ledger", ("服务器名“bad_host!”不正确",)),
    ],
)
def test_bad_addresses_are_named_without_their_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], address: str, needles: tuple[str, ...]
) -> None:
    status, err = _run(capsys, "--db", address, "stats")
    assert status == 2
    for needle in needles:
        assert needle in err
    assert "secret" not in err and "程序内部错误" not in err


def test_no_postgresql_listening_on_the_port(capsys: Capture) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])  # free once closed: nothing listens there
    status, err = _run(capsys, "--db", f"postgresql://ledger:secret@127.0.0.1:{port}/ledger", "stats")
    assert status == 2
    assert f"数据库服务器 127.0.0.1:{port} 拒绝连接" in err and "请确认数据库服务器已启动" in err
    assert "secret" not in err


def test_from_a_real_terminal_no_traceback(run_cli: RunCli) -> None:
    done = run_cli("--db", "postgresql://ledger@127.0.0.1:notaport/ledger", "stats")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("错误：数据库地址写得不对")


def test_an_internal_error_names_the_log_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from app.crash import install_cli_hook
    from app.log import log_file, setup_logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    setup_logging(directory=tmp_path)
    install_cli_hook()
    try:
        raise RuntimeError("意外")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert log_file() == tmp_path / "ledger.log"
    assert f"详细信息已写入日志文件：{tmp_path / 'ledger.log'}" in err
