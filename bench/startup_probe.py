"""One timed start of the desktop app (or of a bare PySide6 window), run by bench_startup.py.

    python bench/startup_probe.py bare T0
    python bench/startup_probe.py app T0 --db PATH [--user admin]

T0 is the parent's `time.time()` just before it started this process, so every mark includes the
interpreter's own start; each mark also has `<mark>_cpu`, the process's CPU seconds by then (steadier
than wall time on a busy machine). `app` goes through `python -m app`'s real path (app.__main__.main →
app.ui.launch → the sign-in dialog → the main window on its default page, with fresh settings). The
person is as quick as can be: the password is typed and 登录 pressed the moment the dialog has painted,
so nothing loaded behind the dialog gets the seconds a real person needs to type. It prints (as
JSON, seconds since T0):

  window        the first window's first paint (`first_window`: its class, SignInDialog when the
                database has accounts: the first thing a person sees; else the main window). Like
                the bare window's, it is watched by an event filter on that window alone.
  signing_in    登录 pressed
  database_open the database opened behind the dialog (signing in waits for it)
  signed_in     the account checked (the argon2 verification and its audit record: `sign_in_seconds`)
  main_window   the main window's first paint, on its default page (工作台)
  figures       the 工作台 showing figures (the cached ones, marked with their time, or fresh ones)
  fresh         the 工作台 showing figures computed in this run

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
FRESH_WAIT_S = 120  # fresh figures later than this after the main window: the start ends without them
T0 = float(sys.argv[2]) if len(sys.argv) > 2 else time.time()


def mark(name: str) -> None:
    """Seconds since T0 (`name`) and this process's CPU seconds so far, all threads (`name_cpu`)."""
    if name not in MARKS:
        MARKS[name] = time.time() - T0
        MARKS[f"{name}_cpu"] = time.process_time()


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
    """The real start; the person signs in the moment the sign-in dialog has painted (no typing time)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    import app.__main__ as entry
    from app.ui import launch
    from app.ui.dialogs.sign_in_dialog import SignInDialog

    class FirstPaint(QObject):
        """The first paint of the window it watches (installed on that window only, as the bare one's is:
        a filter on the whole application would run Python for every event of every object and make
        the first window seem slower than it is)."""

        def __init__(self, window: QWidget) -> None:
            super().__init__(window)
            self.window = window
            window.installEventFilter(self)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if obj is self.window and event.type() == QEvent.Type.Paint and "window" not in MARKS:
                mark("window")
                MARKS["first_window"] = type(obj).__name__
            return False

    shown = SignInDialog.exec

    def sign_in_at_once(dialog: SignInDialog) -> int:
        FirstPaint(dialog)

        def type_and_press() -> None:
            if "window" not in MARKS:
                QTimer.singleShot(1, type_and_press)
                return
            mark("signing_in")
            dialog.username.setText(user)
            dialog.password.setText(password)
            dialog.accept()  # waits for the database when it is still opening

        QTimer.singleShot(0, type_and_press)
        return int(shown(dialog))

    handed = SignInDialog.set_database

    def timed_hand_over(dialog: SignInDialog, database: Any) -> None:
        from app.services.accounts import AccountService  # imported by the opening task already

        checking = AccountService.sign_in

        def timed(service: Any, name: str, secret: str) -> Any:
            started = time.perf_counter()
            try:
                return checking(service, name, secret)
            finally:
                MARKS["sign_in_seconds"] = time.perf_counter() - started

        AccountService.sign_in = timed  # type: ignore[method-assign]
        mark("database_open")
        handed(dialog, database)

    opened = launch.Session.open

    def open_and_watch(self: Any, actor: Any) -> Any:
        mark("signed_in")
        window = opened(self, actor)

        class Watch(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and obj is window:
                    if "window" not in MARKS:  # no sign-in dialog came first: this is the first window
                        mark("window")
                        MARKS["first_window"] = type(obj).__name__
                    mark("main_window")
                return False

        def poll() -> None:
            page = window.pages.get("dashboard")
            if page is not None and getattr(page, "figures", None) is not None:
                mark("figures")
                if getattr(page, "figures_fresh", True):
                    mark("fresh")
            waited = "main_window" in MARKS and time.time() - T0 - MARKS["main_window"] > FRESH_WAIT_S
            if "main_window" in MARKS and ("fresh" in MARKS or waited):
                QApplication.quit()
            else:
                QTimer.singleShot(2, poll)

        self._bench_watch = Watch()
        window.installEventFilter(self._bench_watch)
        QTimer.singleShot(0, poll)
        return window

    SignInDialog.set_database = timed_hand_over  # type: ignore[method-assign]
    SignInDialog.exec = sign_in_at_once  # type: ignore[method-assign,assignment]
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
