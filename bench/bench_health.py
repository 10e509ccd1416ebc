"""Start-up check and backups on a large SQLite file, and whether the window waits for the check.

    .venv/bin/python bench/bench_health.py                      # ≈ 200 MB and ≈ 2 GB
    .venv/bin/python bench/bench_health.py --sizes 200          # one size, in MB
    .venv/bin/python bench/bench_health.py --db big.sqlite3     # an existing file, left unchanged

Builds a throwaway database of demo records, then attachment content until it reaches each size (the
records grow the indexes, attachments the pages; both are what offices keep). Prints, per size, median
seconds of `PRAGMA quick_check` (what every start runs; the issue measured 0.26 s for 200 MB and
seconds for 2 GB), the full `integrity_check` a backup's verification runs, and a whole verified backup.
Then it opens the desktop window as the app does and prints when the window was shown against when the
background check finished: the window must not wait for it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa

from app.db import Startup, open_database
from app.db.attachment_store import CHUNK, CHUNK_SIZE, CONTENT
from app.db.backup import create_backup
from app.db.health import quick_check
from app.models._base import utcnow
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.demo import load_demo

ADMIN = Actor("bench", "测试员", UserRole.ADMIN)
MB = 1024 * 1024


def build(path: Path, megabytes: int) -> None:
    """Demo records (about 25 KB a session) up to a third of the size, attachments for the rest."""
    db = open_database(path)
    sessions = max(100, min(40_000, megabytes * 1024 // 3 // 25))
    load_demo(db, sessions=sessions, seed=1, actor=ADMIN)
    n = 0
    while _size(db) < megabytes * MB:
        with db.engine.begin() as conn:
            for _ in range(64):  # 64 MB a transaction
                sha = f"{n:064x}"
                conn.execute(sa.insert(CONTENT).values(sha256=sha, size=CHUNK_SIZE, created_at=utcnow()))
                conn.execute(sa.insert(CHUNK).values(sha256=sha, seq=0, data=os.urandom(CHUNK_SIZE)))
                n += 1
    db.dispose()


def _size(db: object) -> int:
    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        return int(pages) * int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())


def median(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def integrity(path: Path) -> None:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def window_timing(path: Path) -> tuple[float, float]:
    """(seconds until the window is shown, seconds until the background check is done), from start."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from app.services.hub import Services
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow
    from app.ui.safekeeping import Safekeeping
    from app.ui.settings import UiSettings

    app = create_application(sys.argv[:1])
    started = time.perf_counter()
    db = open_database(path, startup=Startup.IN_BACKGROUND)
    settings = UiSettings(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat))
    window = MainWindow(Services(db, ADMIN), settings)
    window.show()
    keeper = Safekeeping(window)
    task = keeper.start()
    shown = time.perf_counter() - started
    while task is not None and not task.done:
        app.processEvents()
        time.sleep(0.005)
    checked = time.perf_counter() - started
    window.close()
    QCoreApplication.processEvents()
    keeper.finish()  # waits for the first automatic backup the check started
    db.dispose()
    return shown, checked


def report(path: Path, repeat: int) -> None:
    size = path.stat().st_size / MB
    qc = median(lambda: quick_check(path), repeat)
    ic = median(lambda: integrity(path), max(1, repeat // 2))
    folder = path.parent / "bench-backups"
    started = time.perf_counter()
    create_backup(path, folder, kind="manual", policy=None)
    backup = time.perf_counter() - started
    shutil.rmtree(folder, ignore_errors=True)
    shown, checked = window_timing(path)
    print(
        f"{size:8.0f} MB  quick_check {qc:6.2f} s  integrity_check {ic:6.2f} s"
        f"  verified backup {backup:6.2f} s\n"
        f"           window shown after {shown:5.2f} s, background check done after {checked:5.2f} s"
        f" ({'window did not wait' if shown < checked else 'CHECK FINISHED FIRST'})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000], metavar="MB")
    parser.add_argument("--db", type=Path, help="time this file instead (a copy is used)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-health-") as tmp:
        os.environ["LEDGER_DATA_DIR"] = tmp
        folder = Path(tmp)
        if args.db:
            copy = folder / "ledger.sqlite3"
            with closing(sqlite3.connect(args.db)) as src, closing(sqlite3.connect(copy)) as dst:
                src.backup(dst)
            report(copy, args.repeat)
            return 0
        for megabytes in args.sizes:
            path = folder / f"ledger-{megabytes}.sqlite3"
            started = time.perf_counter()
            build(path, megabytes)
            print(f"built {path.name} in {time.perf_counter() - started:.0f} s")
            report(path, args.repeat)
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
