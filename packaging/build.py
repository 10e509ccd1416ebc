#!/usr/bin/env python3
"""Build the one-folder bundle with PyInstaller, pack it, and smoke-test what was packed.

    python3 dev.py bundle [--skip-build]        (or .venv/bin/python packaging/build.py …)
    .venv\\Scripts\\python packaging\\build.py [--skip-build] [--installer]      on Windows

Linux: dist/consultation-ledger-VERSION-linux-x86_64.tar.gz, holding the folder with the app, the
desktop entry and the icon. The smoke test unpacks the archive in a temporary folder and runs the
bundled executable there: --version, demo, stats, check, export pdf, export xlsx, screenshot.
Windows: dist\\consultation-ledger\\ is smoke-tested the same way; `--installer` then compiles the Inno
Setup installer (iscc must be on PATH or in its default folder), see packaging/README.md.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
FOLDER = DIST / "consultation-ledger"
WINDOWS = os.name == "nt"
ICONS = ROOT / "app" / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Every command acts as an account once accounts exist; `demo` creates `admin` with this password.
CREDENTIALS = {"LEDGER_USER": "admin", "LEDGER_PASSWORD": "demo1234"}


def say(text: str) -> None:
    print(f"[bundle] {text}", flush=True)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:  # the pinned release, as for every other tool
        pins = str(ROOT / "constraints.txt")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "-c", pins, "pyinstaller"], check=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "consultation-ledger.spec")],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    if not WINDOWS:
        add_desktop_files(FOLDER)


def add_desktop_files(folder: Path) -> None:
    """The command-line name, the desktop entry and the icon, laid out as under /usr (share/...)."""
    cli = folder / "consultation-ledger-cli"
    cli.unlink(missing_ok=True)
    cli.symlink_to("consultation-ledger")  # one executable serves both on Linux
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "packaging" / "linux" / "consultation-ledger.desktop", share / "applications")
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"consultation-ledger-{size}.png", target / "consultation-ledger.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "consultation-ledger.svg", scalable)
    installer = folder / "install-desktop-entry.sh"
    shutil.copy2(ROOT / "packaging" / "linux" / "install-desktop-entry.sh", installer)
    installer.chmod(0o755)


def pack(app_version: str) -> Path:
    machine = platform.machine().lower() or "unknown"
    archive = DIST / f"consultation-ledger-{app_version}-linux-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(FOLDER, arcname="consultation-ledger")
    return archive


def smoke_test(folder: Path, app_version: str) -> None:
    exe = folder / ("consultation-ledger-cli.exe" if WINDOWS else "consultation-ledger-cli")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **CREDENTIALS}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env["LEDGER_DATA_DIR"] = str(work / "data")

        def run(*args: str) -> str:
            done = subprocess.run(
                [str(exe), *args], env=env, cwd=work, stdin=subprocess.DEVNULL, capture_output=True,
                text=True, encoding="utf-8", timeout=600,
            )  # fmt: skip
            if done.returncode != 0:
                raise SystemExit(f"smoke test failed: {args}\n{done.stdout}\n{done.stderr}")
            return done.stdout

        shown = run("--version")
        assert app_version in shown, f"--version prints {shown!r}, the package is {app_version}"
        run("demo", "--sessions", "60")
        figures = json.loads(run("stats", "--json"))
        assert figures["sessions"] == 60, figures["sessions"]
        run("check")
        mine = json.loads(run("--user", "coordinator", "stats", "--json"))  # one or two demo stations
        assert 1 <= mine["platforms"] <= 2 and mine["sessions"] < 60, mine["platforms"]
        run("export", "pdf", "summary.pdf", "--report", "summary")
        assert (work / "summary.pdf").read_bytes()[:5] == b"%PDF-", "no summary PDF"
        assert b"WenQuanYi" in (work / "summary.pdf").read_bytes(), "the PDF lacks the bundled font"
        run("export", "xlsx", "ledger.xlsx")
        assert (work / "ledger.xlsx").read_bytes()[:2] == b"PK", "no Excel workbook"
        run("screenshot", "shot.png", "--page", "sessions")
        assert (work / "shot.png").stat().st_size > 10_000, "screenshot too small"
    say(f"smoke test passed: {folder}")


def unpack_and_test(archive: Path, app_version: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="tar")
        folder = Path(tmp) / "consultation-ledger"
        for name in (
            "share/applications/consultation-ledger.desktop",
            "share/icons/hicolor/256x256/apps/consultation-ledger.png",
            "install-desktop-entry.sh",
        ):
            assert (folder / name).exists(), f"the archive lacks {name}"  # fmt: skip
        smoke_test(folder, app_version)


def compile_installer(app_version: str) -> None:
    candidates = [shutil.which("iscc"), r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"]
    iscc = next((c for c in candidates if c and Path(c).exists()), None)
    if iscc is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) not found; see packaging/README.md")
    numbers = [part for part in app_version.split(".")[:3] if part.isdigit()]
    numeric = ".".join([*numbers, *(["0"] * (4 - len(numbers)))])
    subprocess.run(
        [iscc, f"/DAppVersion={app_version}", f"/DAppNumericVersion={numeric}",
         str(ROOT / "packaging" / "windows" / "installer.iss")],
        check=True,
    )  # fmt: skip


def main() -> int:
    app_version = version("consultation-ledger")
    started = time.monotonic()
    if "--skip-build" not in sys.argv:
        build()
        say(f"built in {time.monotonic() - started:.0f} s: {FOLDER} ({folder_size(FOLDER) / 1e6:.0f} MB)")
    if WINDOWS:
        smoke_test(FOLDER, app_version)
        if "--installer" in sys.argv:
            compile_installer(app_version)
        return 0
    mark = time.monotonic()
    archive = pack(app_version)
    say(f"packed in {time.monotonic() - mark:.0f} s: {archive.name} ({archive.stat().st_size / 1e6:.0f} MB)")
    unpack_and_test(archive, app_version)
    say(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
