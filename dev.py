#!/usr/bin/env python3
"""Set-up and run in one step on a fresh Debian machine with Python 3.11:

    python3 dev.py run     install into .venv and open the app on the default SQLite database
    python3 dev.py test    install into .venv and run the whole test suite (lint, types, architecture,
                           tests, then the built wheel in a fresh environment)
    python3 dev.py bundle  build the one-folder bundle with PyInstaller, pack and smoke-test it
                           (packaging/README.md)
    python3 dev.py translations
                           refresh the translation catalogues from the code (pyside6-lupdate) and
                           compile them (resources/translations/README.md); run and test compile them

Missing system packages (Python's venv module, Qt's libraries, fontconfig, PostgreSQL for its tests)
are installed with apt-get when running as root; otherwise dev.py names them, prints the command that
installs them and stops. A half-built .venv (no pip, a Python that went away) is rebuilt on the next run.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import importlib.util
import os
import shlex
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
MINIMUM_PYTHON = (3, 11)
PG_ROOT = Path("/usr/lib/postgresql")

# Qt's run-time libraries on Debian: offscreen needs the first group, a real desktop the xcb group too.
QT_LIBS = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "OpenGL": "libopengl0",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "glib-2.0": "libglib2.0-0",
    "xkbcommon": "libxkbcommon0",
    "dbus-1": "libdbus-1-3",
    "X11": "libx11-6",
    "X11-xcb": "libx11-xcb1",
    "xcb": "libxcb1",
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
    "wayland-cursor": "libwayland-cursor0",
    "wayland-egl": "libwayland-egl1",
}
# Programs: fc-list finds the system font that prints a character the bundled font lacks (PDF glyph
# fallback); Debian's fontconfig package brings it together with the DejaVu fonts.
PROGRAMS = {"fc-list": "fontconfig"}


class SetupError(Exception):
    """Something the user has to fix; the message says what. No traceback is shown."""


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def install_command(packages: list[str]) -> list[str]:
    """How a normal user installs `packages`: su -c (always there), and sudo where it is installed."""
    apt = "apt-get update && apt-get install -y " + " ".join(packages)
    lines = [f"su -c {shlex.quote(apt)}"]
    if shutil.which("sudo"):
        lines.append(f"sudo sh -c {shlex.quote(apt)}")
    return lines


def apt_install(packages: list[str]) -> None:
    say("apt-get install " + " ".join(packages))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    done = subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], check=False, env=env
    )
    if done.returncode != 0:
        raise SetupError("apt-get 未能安装所需软件包 / apt-get could not install: " + " ".join(packages))


def venv_module_missing() -> bool:
    """Debian ships `venv` without ensurepip (the python3.X-venv package); a venv made then has no pip."""
    return venv_problem() is not None and importlib.util.find_spec("ensurepip") is None


def missing_system_packages(*, desktop: bool) -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    missing = []
    if venv_module_missing():
        missing.append(f"python3.{sys.version_info.minor}-venv")
    wanted = dict(QT_LIBS)
    if desktop:
        wanted.update(QT_DESKTOP_LIBS)
    missing += [pkg for lib, pkg in wanted.items() if ctypes.util.find_library(lib) is None]
    missing += [pkg for program, pkg in PROGRAMS.items() if shutil.which(program) is None]
    return missing


def postgres_installed() -> bool:
    return any((p.parent / "pg_ctl").exists() for p in PG_ROOT.glob("*/bin/initdb"))


def system_packages(*, desktop: bool, postgres: bool) -> bool:
    """Install or name what is missing; returns whether the PostgreSQL server programs are there."""
    missing = missing_system_packages(desktop=desktop)
    pg_missing = postgres and sys.platform.startswith("linux") and not postgres_installed()
    can_apt = shutil.which("apt-get") is not None and is_root()
    # The print tests also read PDFs with poppler's tools (pdffonts, pdfdetach) when they can be had;
    # without them they read the PDFs with pypdf, so a normal user is not asked for them.
    tools = ["poppler-utils"] if postgres and can_apt and shutil.which("pdffonts") is None else []
    if can_apt and (missing or pg_missing or tools):
        apt_install(missing + tools + (["postgresql"] if pg_missing else []))
        return postgres_installed() or not postgres
    if missing:
        lines = [
            "缺少系统软件包 / missing system packages: " + " ".join(missing),
        ]
        if shutil.which("apt-get"):
            lines.append("请以 root 身份安装后重新运行 / install them as root, then run dev.py again:")
            lines += ["  " + line for line in install_command(missing)]
            if pg_missing:
                lines.append("连同 PostgreSQL 测试所需的服务器 / with the PostgreSQL server too:")
                lines.append("  " + install_command([*missing, "postgresql"])[0])
        else:
            lines.append("请用本系统的软件包管理器安装 / install them with your system's package manager")
        raise SetupError("\n".join(lines))
    if pg_missing:
        say("注意：未安装 PostgreSQL 服务器，PostgreSQL 测试将跳过")
        say("note: no PostgreSQL server installed, its tests will be skipped; to run them:")
        say("  " + install_command(["postgresql"])[0])
    return not pg_missing


def venv_problem() -> str | None:
    """Why .venv cannot be used as it is (None when it can)."""
    if not VENV.exists():
        return "missing"
    if not PY.exists():
        return "its Python is missing"
    probe = subprocess.run(
        [str(PY), "-c", f"import sys, pip; sys.exit(sys.version_info < {MINIMUM_PYTHON!r})"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        return "it has no pip or an old Python"
    return None


def venv() -> None:
    problem = venv_problem()
    if problem not in (None, "missing"):
        say(f".venv 不完整，重新创建 / .venv is incomplete ({problem}), rebuilding it")
        shutil.rmtree(VENV)
    if not VENV.exists():
        say("creating .venv")
        done = subprocess.run(
            [sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0 or venv_problem() is not None:
            shutil.rmtree(VENV, ignore_errors=True)
            detail = (done.stderr or done.stdout).strip().splitlines()
            hint = f"python3.{sys.version_info.minor}-venv"
            raise SetupError(
                "无法创建 .venv / could not create .venv"
                + (f" ({detail[-1]})" if detail else "")
                + "\nDebian: "
                + install_command([hint])[0]
            )
    inputs = b"".join((ROOT / name).read_bytes() for name in ("pyproject.toml", "constraints.txt"))
    digest = hashlib.sha256(inputs + sys.version.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installing the app and its pinned dependencies into .venv")
    pip = [str(PY), "-m", "pip", "--disable-pip-version-check", "-q"]
    steps = (
        # The build tools first, pinned like everything else; the app is then built with them.
        [*pip, "install", "-c", "constraints.txt", "pip", "setuptools"],
        [*pip, "install", "-c", "constraints.txt", "--no-build-isolation", "-e", ".[dev,postgres]"],
    )
    for cmd in steps:
        if subprocess.run(cmd, cwd=ROOT, check=False).returncode != 0:
            raise SetupError(
                "安装依赖失败（见上方 pip 的说明，多为网络问题），修复后重新运行即可继续\n"
                "installing the dependencies failed (pip says why above, usually the network); "
                "run dev.py again to continue"
            )
    STAMP.write_text(digest)


def check_python() -> None:
    if sys.version_info < MINIMUM_PYTHON:
        raise SetupError("需要 Python 3.11 或更高版本 / Python 3.11+ is required")


def compile_translations() -> None:
    """The .qm files the app loads, compiled from the catalogues as they are (packaging/translations.py)."""
    script = str(ROOT / "packaging" / "translations.py")
    if subprocess.call([str(PY), script, "--compile-only"], cwd=ROOT) != 0:
        raise SetupError("编译翻译文件失败（原因见上）/ compiling the translations failed (see above)")


def run(args: list[str]) -> int:
    check_python()
    system_packages(desktop=True, postgres=False)
    venv()
    compile_translations()
    gui = BIN / ("consultation-ledger.exe" if os.name == "nt" else "consultation-ledger")
    return subprocess.call([str(gui), *args], cwd=ROOT)


def test(args: list[str]) -> int:
    check_python()
    postgres = system_packages(desktop=False, postgres=True)
    venv()
    compile_translations()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        ("ruff", [str(BIN / "ruff"), "check", *(p for p in LINTED if (ROOT / p).exists())]),
        ("mypy", [str(BIN / "mypy")]),
        ("import-linter", [str(BIN / "lint-imports")]),
        ("pytest", [str(PY), "-m", "pytest", *args]),
        ("wheel", [str(PY), str(ROOT / "packaging" / "wheel_smoke.py")]),
    ]
    failed = []
    for name, cmd in steps:
        say(f"--- {name}")
        if subprocess.call(cmd, cwd=ROOT, env=env) != 0:
            failed.append(name)
    if not postgres:
        say("PostgreSQL 测试已跳过：本机没有 PostgreSQL 服务器程序")
        say("PostgreSQL tests were SKIPPED: no PostgreSQL server installed; to run them, install it:")
        say("  " + install_command(["postgresql"])[0])
    if failed:
        say("FAILED: " + ", ".join(failed))
        return 1
    say("all checks passed" + ("" if postgres else " (without the PostgreSQL tests)"))
    return 0


def bundle(args: list[str]) -> int:
    check_python()
    system_packages(desktop=False, postgres=False)
    venv()
    compile_translations()
    pip = [str(PY), "-m", "pip", "--disable-pip-version-check", "-q"]
    if subprocess.run([*pip, "install", "-c", "constraints.txt", "-e", ".[bundle]", "--no-build-isolation"],
                      cwd=ROOT, check=False).returncode != 0:  # fmt: skip
        raise SetupError("安装 PyInstaller 失败 / installing PyInstaller failed; run dev.py again")
    return subprocess.call([str(PY), str(ROOT / "packaging" / "build.py"), *args], cwd=ROOT)


def translations(args: list[str]) -> int:
    check_python()
    system_packages(desktop=False, postgres=False)
    venv()
    return subprocess.call([str(PY), str(ROOT / "packaging" / "translations.py"), *args], cwd=ROOT)


COMMANDS = {"run": run, "test": test, "bundle": bundle, "translations": translations}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    try:
        return COMMANDS[command](rest)
    except SetupError as exc:
        for line in str(exc).splitlines():
            say(line)
        return 1
    except KeyboardInterrupt:
        say("已取消 / cancelled")
        return 130


if __name__ == "__main__":
    sys.exit(main())
