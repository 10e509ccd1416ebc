"""One version string and one icon, used everywhere: package metadata, CLI, PDF, desktop file, installer."""

from __future__ import annotations

import ast
import configparser
import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

from pypdf import PdfReader

from app import __version__
from app.paths import resources_dir
from app.version import UNKNOWN, checkout_version

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"


def project() -> dict:
    with PYPROJECT.open("rb") as f:
        return tomllib.load(f)["project"]


def test_the_version_comes_from_the_package_metadata_written_from_pyproject() -> None:
    assert __version__ == version("consultation-ledger") == project()["version"]


def test_a_bare_checkout_reads_pyproject_and_anything_else_says_unknown(tmp_path: Path) -> None:
    assert checkout_version(PYPROJECT) == project()["version"]
    assert checkout_version(tmp_path / "missing.toml") == UNKNOWN
    (tmp_path / "broken.toml").write_text("[project\nversion = 1", encoding="utf-8")
    assert checkout_version(tmp_path / "broken.toml") == UNKNOWN
    (tmp_path / "other.toml").write_text('[tool.x]\nversion = "9"\n', encoding="utf-8")
    assert checkout_version(tmp_path / "other.toml") == UNKNOWN


def test_version_option_prints_it() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == f"协商议事台账 {__version__}"


def test_the_frozen_entry_lets_a_child_process_run_before_anything_else() -> None:
    """The bundle's children (long work, started by "spawn") are the bundle itself: freeze_support()
    must see their arguments before the application is imported or started."""
    tree = ast.parse((ROOT / "packaging" / "entry.py").read_text(encoding="utf-8"))
    imported = [a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names]
    assert not any(name.startswith("app") for name in imported)  # nothing of the app at module level
    assert not any(isinstance(n, ast.ImportFrom) for n in tree.body)
    (guard,) = [n for n in tree.body if isinstance(n, ast.If)]
    assert ast.unparse(guard.test) == "__name__ == '__main__'"
    first = guard.body[0]
    assert isinstance(first, ast.Expr) and ast.unparse(first) == "multiprocessing.freeze_support()"
    assert any(isinstance(n, ast.ImportFrom) and n.module == "app.__main__" for n in guard.body[1:])


def test_the_icon_ships_as_package_data_in_every_size() -> None:
    icons = resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        data = (icons / f"consultation-ledger-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == size  # IHDR width
    ico = (icons / "consultation-ledger.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") == 7
    assert (ROOT / "resources" / "icons" / "consultation-ledger.svg").exists()


def test_the_desktop_entry_starts_the_app_without_a_file_argument_and_names_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "consultation-ledger.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "consultation-ledger"  # no %F: the app takes no file to open
    assert desktop["Icon"] == "consultation-ledger"
    assert desktop["Exec"] in project()["gui-scripts"]


def test_the_windows_installer_takes_its_version_and_icon_from_the_build() -> None:
    script = (ROOT / "packaging" / "windows" / "installer.iss").read_text(encoding="utf-8")
    assert not re.search(r'#define\s+AppVersion\s+"\d', script), "the installer must not hard-code a version"
    assert "ArchitecturesInstallIn64BitMode=x64compatible" in script
    assert "consultation-ledger.ico" in script
    language = ROOT / "packaging" / "windows" / "ChineseSimplified.isl"
    assert 'ChineseSimplified.isl"' in script and language.exists()
    assert "LanguageName=" in language.read_text(encoding="utf-8-sig")


def test_only_the_qt_parts_in_use_are_declared() -> None:
    deps = [re.split(r"[<>=\[ ;]", d)[0].lower() for d in project()["dependencies"]]
    assert "pyside6-essentials" in deps
    assert not {"pyside6", "pyside6-addons"} & set(deps)  # they bring QtWebEngine and Qt Quick
    used = set()
    for path in (ROOT / "app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    essentials = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtNetwork", "QtTest"}
    assert used and used <= essentials, used - essentials


def test_pdf_metadata_names_the_version(tmp_path: Path) -> None:
    from datetime import date

    from app.db import open_database
    from app.services.documents import DocumentService
    from app.services.scope import Scope
    from tests.support import ADMIN_ACTOR

    db = open_database(tmp_path / "ledger.sqlite3")
    target = tmp_path / "summary.pdf"
    DocumentService(db, ADMIN_ACTOR, today=date(2024, 12, 31)).render(
        "summary", target, scope=Scope(date(2024, 1, 1), date(2024, 12, 31))
    )
    db.dispose()
    creator = str((PdfReader(target).metadata or {}).get("/Creator"))
    assert creator == f"协商议事台账 {__version__}"
