"""GUI stalls: the longest time the window stops answering while a clerk works on a large database.

    python bench/bench_stalls.py [--sessions 100000] [--skip-export]

The real main window (offscreen) on a scratch copy of the cached demo database (bench/cache.py), a
10 ms timer on the GUI thread recording the longest gap between its ticks (tests/gui/stalls.py, the
same measurement as the smoke test tests/gui/test_stalls.py), during: opening each page the first
time and again, typing into the 协商议事 and 意见建议 filter boxes (key clicks and an input method's
commits, then Backspace until empty), typing and Enter in 检索, and an Excel export of the whole
ledger through the task helper. Printed per action with the target (≤ 100 ms), and as JSON lines
{"operation", "target", "measured", "ratio", "met"} (milliseconds).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import cached_database, scratch_copy
from common import ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_MS = 100.0


def report(operation: str, seconds: float) -> None:
    ms = round(seconds * 1000, 1)
    mark = "ok" if ms <= TARGET_MS else "MISSED (≤ 100 ms)"
    print(f"  {operation:52} {ms:8.1f} ms  {mark}", flush=True)
    record = {"operation": f"GUI stall, {operation} (ms)", "target": TARGET_MS, "measured": ms,
              "ratio": round(ms / TARGET_MS, 3), "met": ms <= TARGET_MS}  # fmt: skip
    print(json.dumps(record, ensure_ascii=False), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--skip-export", action="store_true")
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
    from app.ui.main_window import MainWindow
    from app.ui.settings import UiSettings
    from tests.gui import stalls

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    QMessageBox.exec = lambda _box: 0  # type: ignore[method-assign]  # the "done" boxes close themselves
    database = Database(create_db_engine(path))
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Services(database, Actor("bench", "基准测试", UserRole.ADMIN)), settings)
    window.resize(1280, 800)
    window.show()
    stalls.settle(600)
    print(f"{args.sessions:,} sessions ({path.name}); {stalls.TICK_MS} ms timer; target ≤ {TARGET_MS:.0f} ms")

    def page(key: str) -> Callable[[], None]:
        def action() -> None:
            window.select_page(key)

        return action

    for round_ in ("opened", "again"):
        for key in window.page_keys():
            report(f"page {key} {round_}", stalls.measure(page(key)))
    for key, text in (("sessions", "加装电梯"), ("suggestions", "停车")):
        box = stalls.list_search_box(window, key)
        report(f"typing “{text}” into the {key} filter box", stalls.measure(stalls.type_into(box, text)))
    search = window.select_page("search")
    stalls.settle(600)
    box = search.box  # type: ignore[attr-defined]
    report("typing “停车” and Enter in 检索", stalls.measure(stalls.type_into(box, "停车", enter=True)))
    if not args.skip_export:
        target = folder / "台账.xlsx"
        report("exporting the whole ledger to Excel", stalls.measure(stalls.export_ledger(window, target)))
    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
