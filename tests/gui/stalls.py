"""How long the window stops answering: a 10 ms timer on the GUI thread, and the actions a clerk takes.

`StallMeter` records the longest gap between the timer's ticks while it runs: every tick the event loop
could not deliver on time is work that held the GUI thread (SQL, building widgets, a model reset).
The actions — an Excel export through the task helper, a walk through every page, typing into a list's
filter box and into 检索 — drive the real main window as a user would, waiting (with the event loop
running) until the background work they start has arrived. Shared by the smoke test
(tests/gui/test_stalls.py) and the benchmark on a large database (bench/bench_stalls.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from app.ui import export_actions, slices
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.dialogs.import_wizard import ImportWizard
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage

TICK_MS = 10


class StallMeter(QObject):
    """The longest time between two ticks of a `TICK_MS` timer, from start() to stop(); how many gaps
    exceeded `limit`; and the GUI thread's own CPU time during the longest gap (close to the gap: the
    thread was working; far below it: it waited for the interpreter lock or for a processor)."""

    def __init__(self, parent: QObject | None = None, *, limit: float = 0.1) -> None:
        super().__init__(parent)
        self.limit = limit  # seconds
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = self._last_cpu = 0.0
        self.longest = 0.0  # seconds
        self.longest_cpu = 0.0  # seconds of the GUI thread's CPU time within the longest gap
        self.over = 0  # gaps longer than `limit`
        self.ticks = 0

    def start(self) -> None:
        self.longest = self.longest_cpu = 0.0
        self.over = self.ticks = 0
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = now - self._last
        if gap > self.longest:
            self.longest, self.longest_cpu = gap, cpu - self._last_cpu
        self.over += gap > self.limit
        self._last, self._last_cpu = now, cpu
        self.ticks += 1

    def stop(self) -> float:
        """Stop; the longest gap in seconds (the time since the last tick counts too)."""
        self._tick()
        self._timer.stop()
        return self.longest


def wait_until(done: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop until `done()` (checked every 10 ms); TimeoutError after `timeout_s`."""
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the background work did not finish in time")
        QTest.qWait(10)


def settle(timeout_s: float = 120.0) -> None:
    """Wait until no background task is running, its answer has been handled on the GUI thread, and
    no widget is still being built a slice at a time (app.ui.slices)."""
    pool = QThreadPool.globalInstance()
    wait_until(lambda: pool.activeThreadCount() == 0 and not slices.busy(), timeout_s)
    QTest.qWait(30)  # the queued results are delivered and their slots run
    wait_until(lambda: pool.activeThreadCount() == 0 and not slices.busy(), timeout_s)  # what they asked for


def measure(action: Callable[[], None]) -> float:
    """The longest stall (seconds) while `action` runs and until its background work has settled."""
    return measured(action).longest


@dataclass(frozen=True)
class Stalls:
    longest: float  # seconds
    longest_cpu: float  # the GUI thread's CPU seconds within the longest gap
    over: int  # gaps longer than the limit
    elapsed: float = 0.0  # seconds from the action's start until its background work had settled


def measured(action: Callable[[], None], *, limit: float = 0.1) -> Stalls:
    """The stalls while `action` runs and until its background work has settled."""
    meter = StallMeter(limit=limit)
    meter.start()
    started = time.perf_counter()
    try:
        action()
        settle()
    finally:
        elapsed = time.perf_counter() - started
        meter.stop()
        meter.deleteLater()
    return Stalls(meter.longest, meter.longest_cpu, meter.over, elapsed)


# -- the actions --------------------------------------------------------------------------------------
def export_ledger(window: MainWindow, path: Path) -> Callable[[], None]:
    """文件 ▸ 导出台账… for every record, written to `path`, until the file is done."""

    def action() -> None:
        dialog = export_actions.export_ledger(window)
        assert isinstance(dialog, ExportDialog)
        dialog.set_path(path)
        handle = dialog.start_export()
        assert handle is not None
        wait_until(lambda: handle.done, 600)

    return action


def open_import(window: MainWindow) -> ImportWizard:
    """文件 ▸ 导入台账…"""
    wizard = export_actions.import_ledger(window)
    assert isinstance(wizard, ImportWizard)
    return wizard


def read_import(wizard: ImportWizard, path: Path) -> Callable[[], None]:
    """下一步 on the file page with `path`, until its columns are shown."""

    def action() -> None:
        wizard.file_page.set_path(path)
        wizard.next()
        wait_until(lambda: wizard.currentPage() is wizard.mapping_page, 600)

    return action


def check_import(wizard: ImportWizard) -> Callable[[], None]:
    """下一步 on the columns page (missing 交办 dates filled in), then on the values page if it comes,
    until every row's check is shown."""

    def action() -> None:
        wizard.mapping_page.defaults.fill_dates.setChecked(True)
        wizard.next()
        checked = (wizard.values_page, wizard.check_page)
        wait_until(lambda: wizard.currentPage() in checked, 600)
        if wizard.currentPage() is wizard.values_page:
            wizard.next()
            wait_until(lambda: wizard.currentPage() is wizard.check_page, 600)

    return action


def run_import(wizard: ImportWizard) -> Callable[[], None]:
    """导入 on the check page, until the summary is shown."""

    def action() -> None:
        assert wizard.check_page.isComplete(), "the check found errors"
        wizard.next()
        wait_until(lambda: wizard.currentPage() is wizard.done_page, 600)

    return action


def switch_pages(window: MainWindow) -> Callable[[], None]:
    """Every page in the navigation's order, each until its rows have arrived."""

    def action() -> None:
        for key in window.page_keys():
            window.select_page(key)
            settle()

    return action


def type_into(box: QLineEdit, text: str, *, enter: bool = False) -> Callable[[], None]:
    """Key clicks for Latin text, the input method's commit for Chinese (one character at a time, as a
    pinyin input method delivers them), then the pause the box waits for (or Enter), then Backspace
    until the box is empty again, each step until its answer has arrived."""

    def action() -> None:
        box.setFocus()
        for char in text:
            if char.isascii():
                QTest.keyClicks(box, char)
            else:
                event = QInputMethodEvent()
                event.setCommitString(char)
                QCoreApplication.sendEvent(box, event)
            QTest.qWait(60)  # a typist's pace, under the search box's pause
        if enter:
            QTest.keyClick(box, Qt.Key.Key_Return)
        QTest.qWait(300)  # past the search box's pause: the query starts
        settle()
        while box.text():
            QTest.keyClick(box, Qt.Key.Key_Backspace)
            QTest.qWait(60)
        QTest.qWait(300)
        settle()

    return action


def list_search_box(window: MainWindow, key: str) -> QLineEdit:
    page = window.select_page(key)
    assert isinstance(page, ListPage)
    settle()
    return page.search
