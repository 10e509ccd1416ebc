"""How fast `demo` fills a fresh SQLite database, against a bare SQLAlchemy Core insert.

    .venv/bin/python bench/bench_demo.py                 # 10,000 and 100,000 sessions
    .venv/bin/python bench/bench_demo.py --sessions 2000 # a quick look

Each size is loaded by `python -m app demo` in a child process, whose CPU seconds (user + system, from
`getrusage(RUSAGE_CHILDREN)`: less swayed by other work on a shared machine than wall time) and peak
memory (ru_maxrss) are its own. Prints, per size, one row against the targets through common.emit
(100,000 sessions: ≤ 60 s CPU, ≤ 400 MB; smaller sizes scaled by their sessions), then rows written and
the ratio to a bare Core insert of simple rows. The demo's time includes rebuilding its indexes, the
交办单 numbers and the full-text search index.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Result, emit

ROOT = Path(__file__).resolve().parents[1]


def bare_core_rate(folder: Path, rows: int = 100_000) -> float:
    """Rows/s for Core insert() of dicts (uuid, timestamp, two strings) into an indexed SQLite table."""
    engine = sa.create_engine(f"sqlite:///{folder / 'bare.sqlite3'}")
    meta = sa.MetaData()
    table = sa.Table(
        "t",
        meta,
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("at", sa.DateTime),
        sa.Column("name", sa.String(50), index=True),
        sa.Column("text", sa.Text),
    )
    meta.create_all(engine)
    now = datetime.now(UTC).replace(tzinfo=None)
    data = [{"id": uuid.uuid4(), "at": now, "name": f"驿站{i}", "text": "协商议事" * 10} for i in range(rows)]
    started = time.perf_counter()
    with engine.begin() as conn:
        for i in range(0, rows, 5000):
            conn.execute(table.insert(), data[i : i + 5000])
    seconds = time.perf_counter() - started
    engine.dispose()
    return rows / seconds


TARGET_CPU_S = 60.0  # at 100,000 sessions (issue 13); other sizes are scaled by their session count
TARGET_MB = 400.0


def run(sessions: int, folder: Path) -> tuple[int, float]:
    """`python -m app demo` into a fresh file, in a child process (the whole command: opening and
    migrating the new file too); returns (rows, CPU seconds)."""
    path = folder / f"demo-{sessions}.sqlite3"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "demo", "--sessions", str(sessions)],
        cwd=ROOT,
        env={**os.environ, "LEDGER_DATA_DIR": str(folder / "data")},
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_mb = after.ru_maxrss / 1024  # the largest child so far: sizes run smallest first
    found = re.search(r"共写入 (\d+) 行", out.stdout)
    rows = int(found.group(1)) if found else 0
    size_mb = path.stat().st_size / 1e6
    scale = sessions / 100_000
    cpu_target, mb_target = TARGET_CPU_S * scale, TARGET_MB
    met = cpu <= cpu_target and peak_mb <= mb_target
    emit(
        Result(
            f"demo --sessions {sessions}",
            f"≤ {cpu_target:.0f} s CPU, ≤ {mb_target:.0f} MB",
            f"{cpu:.0f} s CPU, {peak_mb:.0f} MB peak",
            cpu,
            met,
        )
    )
    print(
        f"  {rows:,} rows, {rows / cpu:,.0f} rows per CPU second, wall {wall:.1f} s, file {size_mb:,.0f} MB"
    )
    return rows, cpu


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        folder = Path(tmp)
        bare = bare_core_rate(folder)
        print(f"bare Core insert of simple rows: {bare:,.0f} rows/s")
        for n in sorted(args.sessions):
            rows, cpu = run(n, folder)
            print(f"  rows per CPU second / bare Core insert's rows per second: {rows / cpu / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
