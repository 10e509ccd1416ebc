"""GUI stalls: the longest time the window stops answering while a clerk works on a large database.

    python bench/bench_stalls.py [--sessions 100000] [--skip-export] [--import-rows 2000]
                                 [--only pages typing search export import]

The real main window (offscreen) on a scratch copy of the cached demo database (bench/cache.py), a
10 ms timer on the GUI thread recording the longest gap between its ticks (tests/gui/stalls.py, the
same measurement as the smoke test tests/gui/test_stalls.py), during: opening each page the first
time and again, typing into the 协商议事 and 意见建议 filter boxes (key clicks and an input method's
commits, then Backspace until empty), typing and Enter in 检索, and an Excel export of the whole
ledger through the task helper, and the import wizard's three steps on a register of --import-rows
rows (bench/bench_import.py builds it): reading (right after the wizard opens, so it includes what is
left of its child process's start), checking, and importing (until every page has been refreshed
after the import). Each action is one row through `common.emit` (bench/README.md): the longest stall
in milliseconds against the 100 ms target, how many gaps exceeded 100 ms, the GUI thread's own CPU
time within the longest gap (near the gap: the thread was busy; far below it: it waited for the
interpreter lock or, on a loaded machine, for a processor), and how long the action took.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import cached_database, scratch_copy
from common import ROOT, Result, emit

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from tests.gui.stalls import Stalls

TARGET_MS = 100.0
ACTIONS = ("pages", "typing", "search", "export", "import")


def report(operation: str, found: Stalls) -> None:
    """One row: the longest stall (ms, compared with the target), the gaps over it, the GUI's CPU."""
    ms = found.longest * 1000
    measured = (
        f"{ms:.0f} ms, {found.over} over 100 ms (GUI CPU {found.longest_cpu * 1000:.0f} ms)"
        f", took {found.elapsed:.1f} s"
    )
    emit(Result(f"GUI stall, {operation}", f"≤ {TARGET_MS:.0f} ms", measured, ms, ms <= TARGET_MS))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--import-rows", type=int, default=2000, help="rows of the imported register")
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="the interpreter's thread switch interval in ms (default: what the application sets)",
    )
    parser.add_argument(
        "--no-freeze", action="store_true", help="leave start-up's objects to the collector (for comparison)"
    )
    parser.add_argument(
        "--only", nargs="+", choices=ACTIONS, default=list(ACTIONS), help="the actions to time (all)"
    )
    args = parser.parse_args()
    source = cached_database(args.sessions)
    with tempfile.TemporaryDirectory(prefix="bench-stalls-") as folder:
        os.environ["LEDGER_DATA_DIR"] = str(Path(folder) / "data")
        (Path(folder) / "data").mkdir()
        path = scratch_copy(source, Path(folder))
        return run(path, Path(folder), args)


def run(path: Path, folder: Path, args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.db import Database
    from app.db.engine import create_db_engine
    from app.models.enums import UserRole
    from app.services.actor import Actor
    from app.services.hub import Services
    from app.ui.application import configure_application
    from app.ui.collector import set_aside_when_settled
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings
    from tests.gui import stalls

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)
    QMessageBox.exec = lambda _box: 0  # type: ignore[method-assign]  # the "done" boxes close themselves
    database = Database(create_db_engine(path))
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Services(database, Actor("bench", "基准测试", UserRole.ADMIN)), settings)
    window.resize(1280, 800)
    window.show()
    if not args.no_freeze:
        set_aside_when_settled(window)  # as the desktop app does (app/ui/launch.py)
    stalls.settle(600)
    print(
        f"{args.sessions:,} sessions ({path.name}); {stalls.TICK_MS} ms timer; target ≤ {TARGET_MS:.0f} ms;"
        f" switch interval {sys.getswitchinterval() * 1000:g} ms"
    )

    def page(key: str) -> Callable[[], None]:
        def action() -> None:
            window.select_page(key)

        return action

    if "pages" in args.only:
        for round_ in ("opened", "again"):
            for key in window.page_keys():
                report(f"page {key} {round_}", stalls.measured(page(key)))
    if "typing" in args.only:
        for key, text in (("sessions", "加装电梯"), ("suggestions", "停车")):
            box = stalls.list_search_box(window, key)
            typed = stalls.measured(stalls.type_into(box, text))
            report(f"typing “{text}” into the {key} filter box", typed)
    if "search" in args.only:
        search = window.select_page("search")
        stalls.settle(600)
        box = search.box  # type: ignore[attr-defined]
        report("typing “停车” and Enter in 检索", stalls.measured(stalls.type_into(box, "停车", enter=True)))
    if "export" in args.only and not args.skip_export:
        target = folder / "台账.xlsx"
        report("exporting the whole ledger to Excel", stalls.measured(stalls.export_ledger(window, target)))
    if "import" in args.only:
        from bench_import import build_register

        register = folder / "导入台账.xlsx"
        build_register(register, args.import_rows, 0)
        wizard = stalls.open_import(window)
        rows = f"{args.import_rows:,} rows"
        report(f"import wizard, reading {rows}", stalls.measured(stalls.read_import(wizard, register)))
        report(f"import wizard, checking {rows}", stalls.measured(stalls.check_import(wizard)))
        report(f"import wizard, importing {rows}", stalls.measured(stalls.run_import(wizard)))
        wizard.accept()
    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
