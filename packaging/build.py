#!/usr/bin/env python3
"""Build the distributable folder with PyInstaller, then smoke-test it: demo data, stats, check, screenshot.

.venv/bin/python packaging/build.py [--skip-build]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "consultation-ledger"


def build() -> None:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.10"], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            str(ROOT / "packaging" / "consultation-ledger.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def smoke_test() -> None:
    exe = DIST / ("consultation-ledger-cli.exe" if os.name == "nt" else "consultation-ledger-cli")
    # The demo makes the accounts admin, clerk, coordinator and viewer; later commands sign in as admin.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.update(LEDGER_USER="admin", LEDGER_PASSWORD="demo1234")
    with tempfile.TemporaryDirectory() as tmp:
        env["LEDGER_DATA_DIR"] = tmp
        db = str(Path(tmp) / "smoke.sqlite3")

        def run(*args: str) -> str:
            done = subprocess.run(
                [str(exe), "--db", db, *args],
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=600,
            )
            if done.returncode != 0:
                raise SystemExit(f"smoke test failed: {args}\n{done.stdout}\n{done.stderr}")
            return done.stdout

        run("demo", "--sessions", "60")
        figures = json.loads(run("stats", "--json"))
        assert figures["sessions"] == 60, figures["sessions"]
        run("check")
        coordinator = json.loads(run("--user", "coordinator", "stats", "--json"))
        assert coordinator["platforms"] <= 2, coordinator["platforms"]
        png = Path(tmp) / "shot.png"
        run("screenshot", str(png), "--page", "sessions")
        assert png.stat().st_size > 10_000, "screenshot too small"
    print(f"smoke test passed: {DIST}")


if __name__ == "__main__":
    if "--skip-build" not in sys.argv:
        build()
    smoke_test()
