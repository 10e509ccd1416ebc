"""The desktop app's first window needs little: its options are parsed without the command modules, and
what it imports before the sign-in dialog loads no storage layer, models or heavy library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import parse_desktop

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "openpyxl", "reportlab", "pypinyin", "argon2")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"db": None, "verbose": False}),
        (["--db", "台账.sqlite3"], {"db": "台账.sqlite3"}),
        (["--db=x.sqlite3", "--verbose", "--create"], {"db": "x.sqlite3", "verbose": True, "create": True}),
        (["--user", "clerk", "--allow-network-share"], {"account": "clerk", "allow_network_share": True}),
    ],
)
def test_a_desktop_start_is_parsed_quickly(argv: list[str], expected: dict[str, object]) -> None:
    args = parse_desktop(argv)
    assert args is not None and args.command is None
    assert {k: getattr(args, k) for k in expected} == expected


@pytest.mark.parametrize(
    "argv", [["stats"], ["--help"], ["-h"], ["--version"], ["--ver"], ["--db"], ["--db", "x", "check"]]
)
def test_everything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert parse_desktop(argv) is None


PROBE = """
import json, sys
from app.cli import parse_desktop
from app.db.glance import glance
from app.ui import launch
assert parse_desktop(["--db", sys.argv[1]]) is not None
glance(sys.argv[1])
print(json.dumps(sorted(sys.modules)))
"""


def test_what_comes_before_the_first_window_loads_nothing_heavy(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "none.sqlite3")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "LEDGER_DATA_DIR": str(tmp_path)},
    )
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert {m.split(".")[0] for m in loaded}.isdisjoint(HEAVY)
    # the parser's own Chinese (argparse_zh) is part of the parser; no command module may load
    commands = sorted(m for m in loaded if m.startswith("app.cli.") and m != "app.cli.argparse_zh")
    assert commands == [], commands
    later = ("app.models", "app.services.accounts", "app.ui.main_window")
    assert not any(m.startswith(later) for m in loaded)
    # the task helper's child-process jobs load when a task starts, after the window has painted
    assert "app.services.child_work" not in loaded and "pickle" not in loaded
