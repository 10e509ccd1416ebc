"""Words in a list's filter box with a sort by a key of few values, read a value at a time or not.

    python bench/bench_list_values.py [--sessions 10000 100000] [--repeat 3] [--words 停车 "社区 改造"]
                                      [--sorts category result_class]

For each sort the search index holds a code for (站室组, 县区, 站室组类型, 主办单位, 状态, 形式, 议题来源,
类别, 办理结果) — both ways, with each filter text — the first, next and last page of 200 rows are
timed in alternating pairs: read one key value at a time (app.services.list_values, what the lists
do) and with the same list spec without the index's codes (the sort's index walked, each row looked
up among the matches, as before). The rows of both must be the same. Each figure is the median of
--repeat pairs; the ratio is after / before in the same run, so it holds under load. The ≤ 100 ms
target itself is reported by bench_lists.py. --sorts keeps only the given sort keys.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import cached_database
from common import median

from app.db import Database, open_database
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.hub import Services
from app.services.listing import ListQuery, ListSpec, Page, run_list

ADMIN = Actor("bench", "基准测试", UserRole.ADMIN)
SORTS = {
    "sessions": ("platform_name", "district", "platform_kind", "state", "form", "topic_source"),
    "suggestions": ("platform_name", "district", "lead_unit_name", "state", "category", "result_class"),
}
PAGES = ("first", "next", "last")


def timed_page(db: Database, spec: ListSpec, query: ListQuery, page: str) -> tuple[float, list[object]]:
    with db.session(write=False) as s:
        if page == "last":
            started = time.perf_counter()
            got: Page = run_list(s, spec, replace(query, from_end=True))
        else:
            started = time.perf_counter()
            got = run_list(s, spec, query)
            if page == "next" and got.next_cursor is not None:
                started = time.perf_counter()
                got = run_list(s, spec, replace(query, cursor=got.next_cursor))
        return time.perf_counter() - started, [r["id"] for r in got.rows]


def run_size(
    sessions: int, words: list[str], repeat: int, only: list[str] | None = None
) -> tuple[float, float]:
    path = cached_database(sessions)
    db = open_database(path)
    services = Services(db, ADMIN)
    worst = (0.0, 0.0)
    print(f"\n{sessions:,} sessions ({path.name}); ms before → after (×)")
    try:
        for name, sorts in SORTS.items():
            spec = getattr(services, name).list_spec()
            assert spec.text is not None
            specs = {"before": replace(spec, text=replace(spec.text, codes=())), "after": spec}
            for sort in (s for s in sorts if not only or s in only):
                for descending in (False, True):
                    for text in words:
                        query = ListQuery(text, sort=sort, descending=descending, count=False, limit=200)
                        cells = []
                        for page in PAGES:
                            times: dict[str, list[float]] = {"before": [], "after": []}
                            rows: dict[str, list[object]] = {}
                            for _ in range(repeat):
                                for which, used in specs.items():
                                    seconds, rows[which] = timed_page(db, used, query, page)
                                    times[which].append(seconds)
                            assert rows["before"] == rows["after"], (name, sort, descending, text, page)
                            a, b = median(times["before"]) * 1000, median(times["after"]) * 1000
                            worst = (max(worst[0], a), max(worst[1], b))
                            cells.append(f"{page} {a:6.1f} → {b:6.1f} (×{b / a:4.2f})")
                        way = "desc" if descending else "asc"
                        print(f"  {name:11} {sort:14} {way:4} {text:6}  " + "  ".join(cells), flush=True)
    finally:
        db.dispose()
    print(f"  slowest page: before {worst[0]:.1f} ms, after {worst[1]:.1f} ms")
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--words", nargs="+", default=["停车", "加装电梯", "社区 改造"])
    parser.add_argument("--sorts", nargs="+", help="only these sort keys")
    args = parser.parse_args()
    for sessions in args.sessions:
        run_size(sessions, args.words, args.repeat, args.sorts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
