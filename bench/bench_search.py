"""Search benchmark: the indexed search against a plain SQL LIKE '%…%' over the same columns, same run.

    python bench/bench_search.py                    # builds a 100,000-session demo database in a temp folder
    python bench/bench_search.py --db PATH          # reuses (or builds) the database at PATH
    python bench/bench_search.py --sessions 20000   # a smaller one

The database is filled with `python -m app --db PATH demo --sessions N`, then the search index is rebuilt
with `reindex_all` (timed). Each query is run `--repeat` times by both methods; the first run and the
median are printed with the ratio LIKE / index. Both methods must return records of the same dates.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from app.db import Database, open_database  # noqa: E402
from app.models.enums import UserRole  # noqa: E402
from app.services.actor import Actor  # noqa: E402
from app.services.search import SearchService  # noqa: E402
from app.services.search_index import reindex_all  # noqa: E402

ADMIN_ACTOR = Actor("bench", "基准测试", UserRole.ADMIN)

QUERIES = ("交通", "监督", "地下通道", "老旧小区改造", "火星移民计划")
LIMIT = 50

# The baseline: the same columns, the same newest-first order, the same limit, in plain SQL.
LIKE_SESSIONS = """
SELECT id, held_on FROM consultation_session
WHERE archived_at IS NULL
  AND (topic LIKE :p OR minutes LIKE :p OR consensus LIKE :p OR location LIKE :p)
ORDER BY held_on DESC LIMIT :n
"""
LIKE_SUGGESTIONS = """
SELECT s.id, s.raised_on FROM suggestion s LEFT JOIN handling_unit u ON u.id = s.lead_unit_id
WHERE s.archived_at IS NULL
  AND (s.title LIKE :p OR s.content LIKE :p OR s.reply LIKE :p OR s.implementation LIKE :p OR u.name LIKE :p)
ORDER BY s.raised_on DESC LIMIT :n
"""


def build(path: Path, sessions: int) -> None:
    print(f"生成演示数据库：{sessions} 次协商议事活动 → {path}", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "demo", "--sessions", str(sessions)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    print(f"  用时 {time.perf_counter() - started:.1f} 秒", flush=True)


def like_search(db: Database, word: str) -> list[str]:
    params = {"p": f"%{word}%", "n": LIMIT}
    with db.engine.connect() as conn:
        rows = [*conn.execute(sa.text(LIKE_SESSIONS), params)]
        rows += [*conn.execute(sa.text(LIKE_SUGGESTIONS), params)]
    return sorted((str(day) for _, day in rows), reverse=True)[:LIMIT]


def timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        sessions = conn.exec_driver_sql("SELECT count(*) FROM consultation_session").scalar_one()
        suggestions = conn.exec_driver_sql("SELECT count(*) FROM suggestion").scalar_one()
    return int(sessions), int(suggestions)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="SQLite file to reuse or create")
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-reindex", action="store_true", help="reuse the index already in the database")
    args = parser.parse_args()

    folder = None
    path = args.db
    if path is None:
        folder = tempfile.TemporaryDirectory(prefix="bench-search-")
        path = Path(folder.name) / "bench.sqlite3"
    if not path.exists():
        build(path, args.sessions)
    db = open_database(path)
    try:
        sessions, suggestions = counts(db)
        print(f"数据库：{sessions} 次活动，{suggestions} 条意见建议（{path.stat().st_size / 1e6:.0f} MB）")
        if not args.no_reindex:
            started, cpu = time.perf_counter(), time.process_time()
            with db.session() as s:
                indexed = reindex_all(s)
            print(
                f"reindex_all：{indexed} 条记录，用时 {time.perf_counter() - started:.1f} 秒"
                f"（本进程 CPU {time.process_time() - cpu:.1f} 秒；机器繁忙时两者相差较大）"
            )
        search = SearchService(db, ADMIN_ACTOR)
        header = ("查询", "索引首次", "索引中位", "LIKE首次", "LIKE中位", "倍数")
        print("\n" + f"{header[0]:<10}" + "".join(f"{h:>10}" for h in header[1:5]) + f"{header[5]:>8}  命中")
        for word in QUERIES:
            index_times, hits = timed(lambda w=word: search.search(w, limit=LIMIT), args.repeat)
            like_times, like_dates = timed(lambda w=word: like_search(db, w), args.repeat)
            same = [str(h.date) for h in hits] == like_dates
            ratio = statistics.median(like_times) / statistics.median(index_times)
            print(
                f"{word:<10}{index_times[0]:>9.1f}ms{statistics.median(index_times):>8.1f}ms"
                f"{like_times[0]:>9.0f}ms{statistics.median(like_times):>8.0f}ms{ratio:>7.0f}×  "
                f"{len(hits)}{'' if same else '（与 LIKE 结果不一致！）'}"
            )
            if not same:
                return 1
    finally:
        db.dispose()
        if folder is not None:
            folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
