#!/usr/bin/env python3
"""Set-up and run in one step on a fresh Debian machine with Python 3.11:

    python3 dev.py run     install into .venv and open the app on the default SQLite database
    python3 dev.py test    install into .venv and run the whole test suite (lint, types, architecture, tests)

Missing system packages (Qt's libraries, PostgreSQL for its tests) are installed with apt-get when
running as root, otherwise the exact command to run is printed.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
LINTED = ("app", "tests", "bench", "packaging", "dev.py")

# Qt's run-time libraries on Debian: offscreen needs the first group, a real desktop the xcb group too.
QT_LIBS = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "glib-2.0": "libglib2.0-0",
    "xkbcommon": "libxkbcommon0",
    "dbus-1": "libdbus-1-3",
}
QT_DESKTOP_LIBS = {
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xinerama": "libxcb-xinerama0",
}


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def apt_install(packages: list[str]) -> None:
    if not packages:
        return
    can_apt = shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0
    if not can_apt:
        say("缺少系统软件包 / missing system packages. Please run:")
        say("  sudo apt-get install -y " + " ".join(packages))
        return
    say("apt-get install " + " ".join(packages))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], check=True, env=env
    )


def system_packages(*, desktop: bool, postgres: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    wanted = dict(QT_LIBS)
    if desktop:
        wanted.update(QT_DESKTOP_LIBS)
    missing = [pkg for lib, pkg in wanted.items() if ctypes.util.find_library(lib) is None]
    if postgres and not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        missing.append("postgresql")
    if postgres and not shutil.which("pdffonts"):  # the print tests read PDFs as a reader would
        missing.append("poppler-utils")
    if not (VENV / "bin").exists():
        try:
            import ensurepip  # noqa: F401
        except ImportError:
            missing.append(f"python3.{sys.version_info.minor}-venv")
    apt_install(missing)


def venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit("需要 Python 3.11 或更高版本 / Python 3.11+ is required")
    if not PY.exists():
        say("creating .venv")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    inputs = b"".join((ROOT / name).read_bytes() for name in ("pyproject.toml", "constraints.txt"))
    digest = hashlib.sha256(inputs).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installing the app and its pinned dependencies into .venv")
    pip = [str(PY), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-c", "constraints.txt", "-e", ".[dev,postgres]"], check=True, cwd=ROOT)
    STAMP.write_text(digest)


def run(args: list[str]) -> int:
    system_packages(desktop=True, postgres=False)
    venv()
    return subprocess.call([str(PY), "-m", "app", *args], cwd=ROOT)


def test(args: list[str]) -> int:
    system_packages(desktop=False, postgres=True)
    venv()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        ("ruff", [str(BIN / "ruff"), "check", *(p for p in LINTED if (ROOT / p).exists())]),
        ("mypy", [str(BIN / "mypy")]),
        ("import-linter", [str(BIN / "lint-imports")]),
        ("pytest", [str(PY), "-m", "pytest", *args]),
    ]
    failed = []
    for name, cmd in steps:
        say(f"--- {name}")
        if subprocess.call(cmd, cwd=ROOT, env=env) != 0:
            failed.append(name)
    if failed:
        say("FAILED: " + ", ".join(failed))
        return 1
    say("all checks passed")
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return run(rest) if command == "run" else test(rest)


if __name__ == "__main__":
    sys.exit(main())
