"""`python -m app screenshot`: a PNG of the main window at the requested size, or a Chinese error."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.cli import CliContext, build_parser
from app.db.engine import create_db_engine
from app.db.session import Database
from app.services.accounts import AccountService
from app.services.actor import Actor
from app.services.hub import Services
from tests.gui.helpers import add_platform


def run_cli(db: Database, actor: Actor, *argv: str) -> tuple[int, str]:
    args = build_parser().parse_args(list(argv))
    out = io.StringIO()
    return args.handler(args, CliContext(db=db, actor=actor, out=out)), out.getvalue()


def test_screenshot_writes_a_png_of_the_requested_size(
    tmp_path: Path, db: Database, actor: Actor, services: Services
) -> None:
    add_platform(services, "城西区胜利路街道委员驿站")
    out = tmp_path / "platforms.png"
    code, printed = run_cli(db, actor, "screenshot", str(out), "--page", "platforms", "--size", "1024x640")
    assert code == 0 and "已保存截图" in printed
    assert out.stat().st_size > 10_000
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, 1024, 16) for y in range(0, 640, 16)}
    assert len(colours) > 5  # a drawn window, not a blank canvas


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--page", "reports"], "没有名为“reports”的页面"),
        (["--size", "big"], "窗口大小“big”无效"),
    ],
)
def test_bad_arguments_give_a_chinese_error(
    tmp_path: Path,
    db: Database,
    actor: Actor,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.png"
    code, _ = run_cli(db, actor, "screenshot", str(out), *argv)
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_the_command_line_entry_point(tmp_path: Path, db_path: Path) -> None:
    out = tmp_path / "sessions.png"
    db = Database(create_db_engine(db_path))
    AccountService(db).create_first_admin("admin", "系统管理员", "截图用的密码2025")
    db.dispose()
    env = {**os.environ, "LEDGER_USER": "admin", "LEDGER_PASSWORD": "截图用的密码2025"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), "screenshot", str(out), "--page", "sessions"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1280, 800)
    bad = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), "screenshot", str(out), "--page", "x"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2 and "错误：没有名为“x”的页面" in bad.stderr


def test_every_page_of_the_window_can_be_shot(tmp_path: Path, db: Database, actor: Actor) -> None:
    from app.cli.screenshot import PAGE_KEYS
    from app.ui import tasks
    from app.ui.main_window import PAGES

    assert list(PAGE_KEYS) == [page.key for page in PAGES]  # the parser lists exactly the window's pages
    tasks.SYNCHRONOUS = False
    try:
        out = tmp_path / "dashboard.png"
        code, _ = run_cli(db, actor, "screenshot", str(out), "--page", "dashboard")
        assert code == 0 and QImage(str(out)).width() == 1280
        assert tasks.SYNCHRONOUS is False  # the inline mode was only for the picture
    finally:
        tasks.SYNCHRONOUS = True  # as tests/gui/conftest.py sets it
