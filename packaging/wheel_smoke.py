#!/usr/bin/env python3
"""Build the wheel, install it (not editable) into a fresh virtual environment and use it as a user would.

    .venv/bin/python packaging/wheel_smoke.py [--keep]

The installed console script runs in a folder outside the checkout, with its own data folder: `demo`,
`export pdf --report summary`, `export xlsx` and `screenshot`, and each output is opened and checked.
pip's cache is reused, so after the first run nothing is downloaded again. `--keep` leaves the folder
(its path is printed) for a look at the files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from translations import compile_catalogues  # noqa: E402

DIST_NAME = "consultation-ledger"
# Every command acts as an account once accounts exist; `demo` creates `admin` with this password.
# Today's command line ignores both variables.
CREDENTIALS = {"LEDGER_USER": "admin", "LEDGER_PASSWORD": "demo1234"}
WHEEL_MUST_HOLD = (
    "app/resources/fonts/wqy-microhei.ttc",
    "app/resources/translations/ledger_zh_CN.qm",
    "app/resources/translations/ledger_en.qm",
    "app/resources/icons/consultation-ledger.ico",
    "app/resources/icons/consultation-ledger-256.png",
    "app/db/migrations/env.py",
    "app/db/migrations/script.py.mako",
)


class SmokeFailure(Exception):
    pass


def step(text: str) -> None:
    print(f"[wheel] {text}", flush=True)


def build_wheel(out: Path) -> Path:
    """The wheel, built from a clean copy of the sources with the pinned setuptools (no download)."""
    source = out / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "app", source / "app", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    # The translations the wheel carries are compiled from the catalogues now, not taken as found.
    compile_catalogues(qm_dir=source / "app" / "resources" / "translations")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out),
         str(source)],
        check=True,
        cwd=out,
    )  # fmt: skip
    wheels = sorted(out.glob("consultation_ledger-*.whl"))
    if len(wheels) != 1:
        raise SmokeFailure(f"expected one wheel, found {wheels}")
    with zipfile.ZipFile(wheels[0]) as zf:
        names = set(zf.namelist())
    missing = [name for name in WHEEL_MUST_HOLD if name not in names]
    if missing:
        raise SmokeFailure(f"the wheel lacks {missing}")
    strays = sorted({n.split("/")[0] for n in names if ".dist-info/" not in n} - {"app"})
    if strays:
        raise SmokeFailure(f"the wheel carries top-level folders besides app/: {strays}")
    return wheels[0]


def fresh_venv(where: Path, wheel: Path) -> Path:
    """A new environment with the wheel and its pinned dependencies; pip runs from this environment."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--disable-pip-version-check",
         "-c", str(ROOT / "constraints.txt"), str(wheel)],
        check=True,
    )  # fmt: skip
    return python


def run_cli(script: Path, args: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(script), *args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600
    )
    if done.returncode != 0:
        raise SmokeFailure(f"{' '.join(args)} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def check_outputs(work: Path, version: str) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    pdf = PdfReader(work / "summary.pdf")
    text = "".join(page.extract_text() or "" for page in pdf.pages)
    if len(pdf.pages) < 1 or "协商" not in text:
        raise SmokeFailure(f"summary.pdf has {len(pdf.pages)} pages and no Chinese text")
    creator = str((pdf.metadata or {}).get("/Creator", ""))
    if version not in creator:
        raise SmokeFailure(f"summary.pdf says it was made by {creator!r}, not version {version}")
    workbook = load_workbook(work / "ledger.xlsx", read_only=True)
    if len(workbook.sheetnames) < 3:
        raise SmokeFailure(f"ledger.xlsx has only the sheets {workbook.sheetnames}")
    workbook.close()
    if (work / "shot.png").stat().st_size < 10_000:
        raise SmokeFailure("the screenshot is too small to show the window")


def smoke(base: Path) -> None:
    started = time.monotonic()
    wheel = build_wheel(base)
    step(f"built {wheel.name} ({wheel.stat().st_size / 1e6:.1f} MB) in {time.monotonic() - started:.0f} s")
    mark = time.monotonic()
    python = fresh_venv(base / "venv", wheel)
    step(f"installed into a fresh environment in {time.monotonic() - mark:.0f} s")
    script = python.parent / ("consultation-ledger-cli.exe" if os.name == "nt" else "consultation-ledger-cli")
    work = base / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "LEDGER_DATA_DIR": str(base / "data"), **CREDENTIALS}
    located = subprocess.run(
        [str(python), "-I", "-c", "import app, importlib.metadata as m; print(app.__file__); "
         f"print(m.version({DIST_NAME!r}))"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    if Path(located[0]).resolve().is_relative_to(ROOT):
        raise SmokeFailure(f"the environment imports the checkout: {located[0]}")
    version = located[1]
    shown = run_cli(script, ["--version"], work, env)
    if version not in shown:
        raise SmokeFailure(f"--version prints {shown!r}, the package is {version}")
    mark = time.monotonic()
    run_cli(script, ["demo", "--sessions", "40"], work, env)
    run_cli(script, ["export", "pdf", "summary.pdf", "--report", "summary"], work, env)
    run_cli(script, ["export", "xlsx", "ledger.xlsx"], work, env)
    run_cli(script, ["screenshot", "shot.png"], work, env)
    figures = json.loads(run_cli(script, ["stats", "--json"], work, env))
    if figures.get("sessions") != 40:
        raise SmokeFailure(f"stats after demo: {figures.get('sessions')} sessions, not 40")
    check_outputs(work, version)
    step(f"demo, export pdf, export xlsx, screenshot from the wheel in {time.monotonic() - mark:.0f} s")
    step(f"passed in {time.monotonic() - started:.0f} s ({DIST_NAME} {version})")


def main() -> int:
    keep = "--keep" in sys.argv[1:]
    base = Path(tempfile.mkdtemp(prefix="ledger-wheel-"))
    try:
        smoke(base)
    except (SmokeFailure, subprocess.CalledProcessError) as exc:
        step(f"FAILED: {exc}")
        return 1
    finally:
        if keep:
            step(f"files kept in {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
