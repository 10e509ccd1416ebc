"""`--version` and `--help` answer before any heavy library is loaded; a command loads only what it uses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "openpyxl", "reportlab", "pypinyin", "PySide6", "argon2")

PROBE = """
import contextlib, io, json, sys
from app.__main__ import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(json.dumps({"out": out.getvalue(), "loaded": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def _loaded(*args: str) -> tuple[str, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return found["out"], set(found["loaded"])


def test_version_and_help_load_no_heavy_library() -> None:
    for args in (["--version"], ["--help"], ["stats", "--help"], ["import", "--help"]):
        out, loaded = _loaded(*args)
        assert out.strip(), args
        assert loaded.isdisjoint(HEAVY), (args, sorted(loaded & set(HEAVY)))
