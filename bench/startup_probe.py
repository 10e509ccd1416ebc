"""One timed start of the desktop app (or of a bare PySide6 window), run by bench_startup.py.

    python bench/startup_probe.py bare T0
    python bench/startup_probe.py app T0 --db PATH [--user admin]

T0 is the parent's `time.time()` just before it started this process, so every mark includes the
interpreter's own start. `app` goes through `python -m app`'s real path (app.__main__.main → run_gui →
the main window on its default page, with fresh settings), signing in without the dialog; it prints
(as JSON, seconds since T0):

  signed_in  the account checked (the argon2 verification is timed apart: `sign_in_seconds`)
  window     the main window's first paint
  figures    the 工作台 showing figures (`figures_fresh`: computed in this run, not the cached ones)
  fresh      the 工作台 showing figures computed in this run

`bare` paints a QMainWindow holding a QTableView of 200 rows × 8 columns and prints `window`;
`bare-shot T0 OUT.png` then grabs it and saves it as PNG (`saved`), as `screenshot` does.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MARKS: dict[str, Any] = {}
T0 = float(sys.argv[2]) if len(sys.argv) > 2 else time.time()


def mark(name: str) -> None:
    MARKS.setdefault(name, time.time() - T0)


def bare(shot: str | None = None) -> None:
    from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 200

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 8

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"协商议事 {index.row()}-{index.column()}"
            return None

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window and "window" not in MARKS:
                mark("window")
                QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        if shot is not None:
            window.grab().toImage().save(shot)
            mark("saved")
        app.quit()

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView()
    view.setModel(Model(view))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    app.exec()


def run_app(db: str, user: str, password: str) -> None:
    import app.__main__ as entry
    from app.ui import launch

    def sign_in(database: Any, _settings: Any) -> Any:
        from app.services.accounts import AccountService

        started = time.perf_counter()
        actor = AccountService(database).sign_in(user, password)
        MARKS["sign_in_seconds"] = time.perf_counter() - started
        mark("signed_in")
        return actor

    opened = launch.Session.open

    def open_and_watch(self: Any, actor: Any) -> Any:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        window = opened(self, actor)

        class Watch(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and obj is window:
                    mark("window")
                return False

        def poll() -> None:
            page = window.pages.get("dashboard")
            if page is not None and getattr(page, "figures", None) is not None:
                mark("figures")
                if getattr(page, "figures_fresh", True):
                    mark("fresh")
            if "window" in MARKS and "fresh" in MARKS:
                QApplication.quit()
            else:
                QTimer.singleShot(2, poll)

        self._bench_watch = Watch()
        window.installEventFilter(self._bench_watch)
        QTimer.singleShot(0, poll)
        return window

    launch.ask_for_account = sign_in
    launch.Session.open = open_and_watch  # type: ignore[method-assign]
    mark("imported")
    entry.main(["--db", db])


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "bare-shot":
        bare(sys.argv[3])
    else:
        args = sys.argv[3:]
        db = args[args.index("--db") + 1]
        user = args[args.index("--user") + 1] if "--user" in args else "admin"
        run_app(db, user, os.environ.get("LEDGER_PASSWORD", "demo1234"))
    print(json.dumps(MARKS))


if __name__ == "__main__":
    main()
