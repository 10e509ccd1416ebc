"""Database size: bytes per session, whole file after VACUUM and per object, against the 6 KB target.

    python bench/bench_size.py [--sessions 10000 100000] [--top 25] [--file PATH]

Each cached demo database (bench/cache.py, today's schema) is copied into a scratch folder and
vacuumed there; the script prints the file's size per session (each session with its suggestions,
follow-up events, attendance and its share of the search index) and the ratio to the target, then
the largest tables and indexes from SQLite's `dbstat`, per session, and last the target row through
common.emit. `--file` measures a given database instead (for instance one upgraded from an older schema).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import cached_database
from common import Result, emit, verdict

TARGET_BYTES = 6 * 1024  # per session


def measure(path: Path, top: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory(prefix="bench-size-") as folder:
        copy = Path(folder) / path.name
        with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        conn = sqlite3.connect(copy)
        try:
            conn.execute("VACUUM")
            sessions = int(conn.execute("SELECT count(*) FROM consultation_session").fetchone()[0]) or 1
            head = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            objects = conn.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
            ).fetchall()
        finally:
            conn.close()
        size = copy.stat().st_size
    per_session = size / sessions
    print(f"\n{path.name} (schema {head}): {sessions:,} sessions, {size / 1e6:.1f} MB after VACUUM")
    print(
        f"  bytes per session: {per_session:,.0f} ({per_session / 1024:.2f} KB); "
        f"target {TARGET_BYTES / 1024:.0f} KB: ratio {per_session / TARGET_BYTES:.2f}× "
        f"{verdict(per_session, TARGET_BYTES)}"
    )
    print(f"  largest objects, bytes per session (of {len(objects)}):")
    for name, pages in objects[:top]:
        print(f"    {name:<44} {pages / sessions:>8,.0f}  {100 * pages / size:5.1f}%")
    return per_session, size, sessions


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--file", type=Path, action="append", default=[])
    args = parser.parse_args()
    paths = args.file or [cached_database(n) for n in args.sessions]
    results = [measure(p, args.top) for p in paths]
    print()
    for per_session, size, sessions in results:
        kb = per_session / 1024
        operation = "database size" if len(results) == 1 else f"database size, {sessions:,} sessions"
        measured = f"{kb:.2f} KB ({size / 1e6:,.0f} MB / {sessions:,})"
        target = f"≤ {TARGET_BYTES / 1024:.0f} KB per session"
        emit(Result(operation, target, measured, kb, per_session <= TARGET_BYTES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
