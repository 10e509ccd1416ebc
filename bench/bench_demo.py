"""How fast `demo` fills a fresh SQLite database, against a bare SQLAlchemy Core insert.

    .venv/bin/python bench/bench_demo.py                 # 10,000 and 100,000 sessions
    .venv/bin/python bench/bench_demo.py --sessions 2000 # a quick look

Prints, per size: rows written, wall seconds, rows per second, the process's CPU seconds (less swayed
by other work on a shared machine), and the ratio to a bare Core insert of simple rows (the issue
measured ≈ 72k rows/s for that on its machine). The demo's time includes rebuilding its indexes and the
full-text search index.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.db import open_database
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.demo import load_demo


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


def run(sessions: int, folder: Path) -> tuple[int, float]:
    path = folder / f"demo-{sessions}.sqlite3"
    db = open_database(path)
    cpu = time.process_time()
    try:
        result = load_demo(
            db,
            sessions=sessions,
            seed=2024,
            actor=Actor("bench", "bench", UserRole.ADMIN),
            progress=lambda done, total: print(f"  … {done}/{total}", file=sys.stderr),
        )
    finally:
        db.dispose()
    cpu = time.process_time() - cpu
    size_mb = path.stat().st_size / 1e6
    print(
        f"demo {sessions:>7} sessions: {result.total_rows:>9,} rows in {result.seconds:6.1f} s "
        f"= {result.total_rows / result.seconds:>8,.0f} rows/s  ({size_mb:,.0f} MB); "
        f"CPU {cpu:6.1f} s = {result.total_rows / cpu:>8,.0f} rows per CPU second"
    )
    return result.total_rows, result.seconds


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
        for n in args.sessions:
            rows, seconds = run(n, folder)
            print(f"  ratio to bare Core insert: {rows / seconds / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
