"""The window keeps answering on a large-enough database: a 10 ms timer records the longest stall while
the ledger exports, every page opens and text is typed into a list's filter box and into 检索.

A smoke test with a generous margin (the benchmark, bench/bench_stalls.py, carries the number on
100,000 sessions against the 100 ms target): the background work runs for real, off the GUI thread.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from app.db.engine import create_db_engine
from app.services.hub import Services
from app.ui import tasks
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings
from tests.gui import stalls
from tests.support import ADMIN_ACTOR, demo_ledger

SESSIONS = 1500  # enough for a page's SQL or a widget built on the GUI thread to show
MARGIN_S = 0.5  # the target is 0.1 s; a loaded test machine gets five times that
# Opening a page (its widgets, and its rows arriving while the pool's threads share the interpreter
# lock with the GUI thread) and an export wait on the scheduler of a loaded machine far more: a
# coarser smoke margin there.
FIRST_OPEN_MARGIN_S = 3.0


@pytest.fixture(scope="session")
def large_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("stalls") / "demo.sqlite3"
    return demo_ledger(migrated_template, path, sessions=SESSIONS, seed=2024, today=date(2026, 6, 30))


@pytest.fixture
def large_window(
    qtbot: QtBot,
    tmp_path: Path,
    large_template: Path,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)  # the background work runs as in the app
    path = tmp_path / "ledger.sqlite3"
    shutil.copy(large_template, path)
    database = Database(create_db_engine(path))
    main = MainWindow(Services(database, ADMIN_ACTOR), ui_settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    stalls.settle()
    yield main
    stalls.settle()
    database.dispose()


def test_exporting_the_ledger_keeps_the_window_answering(large_window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "台账.xlsx"
    longest = stalls.measure(stalls.export_ledger(large_window, target))
    assert target.stat().st_size > 0
    assert longest < FIRST_OPEN_MARGIN_S, f"the window froze {longest * 1000:.0f} ms during the export"


def test_switching_pages_keeps_the_window_answering(large_window: MainWindow) -> None:
    first = stalls.measure(stalls.switch_pages(large_window))  # each page built and filled
    again = stalls.measure(stalls.switch_pages(large_window))  # each page re-reads its rows
    assert large_window.current_page() is large_window.select_page(large_window.page_keys()[-1])
    assert first < FIRST_OPEN_MARGIN_S, f"the window froze {first * 1000:.0f} ms while opening the pages"
    assert again < FIRST_OPEN_MARGIN_S, f"the window froze {again * 1000:.0f} ms while switching pages"


TYPED = [("suggestions", "停车"), ("sessions", "电梯"), ("members", "wang")]


@pytest.mark.parametrize(("page", "text"), TYPED)
def test_typing_into_a_filter_box_keeps_the_window_answering(
    large_window: MainWindow, page: str, text: str
) -> None:
    box = stalls.list_search_box(large_window, page)
    longest = stalls.measure(stalls.type_into(box, text))
    assert box.text() == ""
    assert longest < MARGIN_S, f"the window froze {longest * 1000:.0f} ms while typing “{text}”"


def test_searching_keeps_the_window_answering(large_window: MainWindow) -> None:
    page = large_window.select_page("search")
    stalls.settle()
    box = page.box  # type: ignore[attr-defined]
    longest = stalls.measure(stalls.type_into(box, "停车", enter=True))
    assert longest < MARGIN_S, f"the window froze {longest * 1000:.0f} ms while searching"
