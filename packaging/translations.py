#!/usr/bin/env python3
"""Refresh the translation catalogues from the code and compile them for the package.

    python3 dev.py translations                       refresh both catalogues, then compile them
    .venv/bin/python packaging/translations.py        the same
    .venv/bin/python packaging/translations.py --compile-only

The interface is written in Chinese: the source strings in the code are what a Chinese user sees.
`pyside6-lupdate -no-obsolete` collects them from SCANNED into resources/translations/ledger_LANG.ts
(source language zh_CN, one catalogue per language in LANGUAGES), keeping every translation already
made; `pyside6-lrelease` compiles each catalogue into app/resources/translations/ledger_LANG.qm, the
package data the app loads (app.paths.resources_dir). The .qm files are committed, so a checkout runs
without this step; `dev.py run`/`test` and the wheel build compile them again, and a test checks that
the committed ones match their catalogues. How to add a language: resources/translations/README.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Where translatable text lives: the interface, and the messages of the layers below it (msg() calls,
# app.messages.MESSAGE_SOURCES), which lupdate reads as QT_TR_NOOP through MESSAGE_ALIAS.
SCANNED = ("app/ui", "app/messages", "app/services", "app/db", "app/models", "app/glossary.py")
MESSAGE_ALIAS = "QT_TR_NOOP+=msg"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "app" / "resources" / "translations"
PREFIX = "ledger"


class ToolMissing(Exception):
    """pyside6-lupdate / pyside6-lrelease are not installed next to this Python nor on PATH."""


def ts_file(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{PREFIX}_{language}.ts"


def qm_file(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"{PREFIX}_{language}.qm"


def scanned_paths(root: Path = ROOT) -> list[Path]:
    """The folders and files of SCANNED that exist (the message catalogue may not yet)."""
    return [root / p for p in SCANNED if (root / p).exists()]


def tool(name: str) -> str:
    """A PySide6 tool: the one installed with this Python first (the project's .venv), then PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(f"{name} not found: install the app's dependencies (python3 dev.py run)")
    return found


def _run(cmd: Sequence[str]) -> None:
    done = subprocess.run(list(cmd), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise subprocess.CalledProcessError(done.returncode, list(cmd), done.stdout, done.stderr)


def update(
    ts_dir: Path = TS_DIR, sources: Iterable[Path] | None = None, languages: Sequence[str] = LANGUAGES
) -> list[Path]:
    """Bring the catalogues in `ts_dir` up to date with the code (new strings added, vanished ones
    dropped). No source locations are stored: line numbers would change the catalogue with every edit
    of the code and make merges collide; the context (the class) and the text identify a string."""
    paths = [str(p) for p in (scanned_paths() if sources is None else sources)]
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        target = ts_file(language, ts_dir)
        _run([
            tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete", "-locations", "none",
            "-tr-function-alias", MESSAGE_ALIAS, *paths,
            "-ts", str(target), "-source-language", SOURCE_LANGUAGE, "-target-language", language,
        ])  # fmt: skip
        written.append(target)
    return written


def compile_catalogues(
    ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, languages: Sequence[str] = LANGUAGES
) -> list[Path]:
    """Compile each catalogue into its .qm (untranslated entries are left out: they show the source)."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        source = ts_file(language, ts_dir)
        if not source.exists():
            continue
        target = qm_file(language, qm_dir)
        _run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)])
        written.append(target)
    return written


def main(argv: Sequence[str]) -> int:
    compile_only = "--compile-only" in argv
    try:
        if not compile_only:
            for path in update():
                print(f"[translations] updated {path.relative_to(ROOT)}", flush=True)
        for path in compile_catalogues():
            print(f"[translations] compiled {path.relative_to(ROOT)}", flush=True)
    except ToolMissing as exc:
        print(f"[translations] {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or exc.stdout or "").strip()
        print(f"[translations] {os.path.basename(exc.cmd[0])} failed: {detail}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
