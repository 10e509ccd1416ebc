"""dev.py on a machine that lacks things: it names them, says how to install them, stops cleanly, and
rebuilds a half-built .venv on the next run."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """dev.py loaded as a module, its .venv pointed at a temporary folder."""
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    venv = tmp_path / ".venv"
    monkeypatch.setattr(module, "VENV", venv)
    monkeypatch.setattr(module, "BIN", venv / "bin")
    monkeypatch.setattr(module, "PY", venv / "bin" / "python")
    return module


def test_the_install_line_uses_su_and_sudo_only_where_it_exists(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dev.shutil, "which", lambda name: None)
    assert dev.install_command(["fontconfig", "libegl1"]) == [
        "su -c 'apt-get update && apt-get install -y fontconfig libegl1'"
    ]
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")
    sudo = dev.install_command(["fontconfig"])[1]
    assert sudo == "sudo sh -c 'apt-get update && apt-get install -y fontconfig'"


def test_a_normal_user_is_told_exactly_what_is_missing_and_dev_py_stops(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev, "is_root", lambda: False)
    monkeypatch.setattr(dev.ctypes.util, "find_library", lambda lib: None if lib == "xkbcommon" else "x")
    monkeypatch.setattr(dev.shutil, "which", lambda name: "/usr/bin/apt-get" if name == "apt-get" else None)
    monkeypatch.setattr(dev, "venv_module_missing", lambda: False)
    monkeypatch.setattr(dev, "postgres_installed", lambda: False)
    monkeypatch.setattr(dev.sys, "argv", ["dev.py", "test"])
    assert dev.main() == 1
    out = capsys.readouterr().out
    assert "missing system packages: libxkbcommon0 fontconfig" in out
    assert "su -c 'apt-get update && apt-get install -y libxkbcommon0 fontconfig'" in out
    assert "libxkbcommon0 fontconfig postgresql'" in out  # the line with the PostgreSQL server too
    assert "Traceback" not in out


def test_a_missing_postgresql_only_skips_its_tests_and_says_so(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev, "is_root", lambda: False)
    monkeypatch.setattr(dev, "missing_system_packages", lambda *, desktop: [])
    monkeypatch.setattr(dev, "postgres_installed", lambda: False)
    assert dev.system_packages(desktop=False, postgres=True) is False
    assert "no PostgreSQL server installed, its tests will be skipped" in capsys.readouterr().out


def test_a_venv_without_pip_is_noticed_and_rebuilt(dev: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    assert dev.venv_problem() == "missing"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(dev.VENV)], check=True)
    assert dev.venv_problem() == "it has no pip or an old Python"
    made: list[list[str]] = []

    def fake_run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        made.append([str(c) for c in cmd])
        return subprocess.CompletedProcess(cmd, 1, "", "ensurepip is not available")

    monkeypatch.setattr(dev.subprocess, "run", fake_run)
    with pytest.raises(dev.SetupError, match=r"python3\.\d+-venv"):
        dev.venv()
    assert [sys.executable, "-m", "venv", str(dev.VENV)] in made  # the broken one removed, a new one tried
    assert not dev.VENV.exists()  # and a failed attempt leaves nothing half-built behind
