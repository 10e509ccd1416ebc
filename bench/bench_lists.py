"""Lists: the first, next and last page of every list, every sort, with text in its filter box.

    python bench/bench_lists.py [--sessions 10000 100000 [300000]] [--repeat 3] [--lists sessions ...]
                                [--quick]

Each list page's own service call (what its table model asks for) is timed on the cached demo
databases (bench/cache.py): the first page of 200 rows, the next page, and the last page, for the
default order and each sortable column of the page in both directions, without text and with each
word of LIST_WORDS in the list's filter box (frequent, middling, rare, none). The exact total, which
the list shows when it arrives (counted off the GUI thread), is
timed apart. Each case is the median of --repeat runs.

Printed per database size, for each list and page, the slowest case (its sort and text) of three
groups: any sort without text, text in the default order, text with another sort — the target is
≤ 100 ms whatever the sort or text — and, over the sizes, how the slowest case of each grows from the
smallest database to the largest ("flat": the target asks for no growth beyond noise). Each worst
case is also printed as a JSON line {"operation", "target", "measured", "ratio", "met"} (milliseconds).
--quick times the default order, three sorts and two filter texts per list.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import cached_database
from common import Result, emit, median, repeated

from app.db import open_database
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.hub import Services
from app.services.listing import ListQuery, Page

PAGE = 200
TARGET_MS = 100.0
ADMIN = Actor("bench", "基准测试", UserRole.ADMIN)
# Filter-box words: (frequent, middling, rare, none) for the lists the search index answers. The middling
# one sits near where leading with the matches and walking the sort's index cost the same (the hardest
# case); the rare one matches a few dozen records per 10,000 sessions, the last none at all.
LIST_WORDS = {
    "sessions": ("驿站", "电梯", "甘河滩", "火星移民"),
    "suggestions": ("停车", "交通", "加装电梯", "清真巷"),
    "units": ("局",),
    "members": ("王",),
    "platforms": ("驿站",),
}
KEYSET = "next_cursor" in getattr(Page, "__dataclass_fields__", {})


def page_columns(name: str) -> list[str]:
    from app.ui.pages.members_page import MembersPage
    from app.ui.pages.platforms_page import PlatformsPage
    from app.ui.pages.sessions_page import SessionsPage
    from app.ui.pages.suggestions_page import SuggestionsPage
    from app.ui.pages.units_page import UnitsPage

    page = {
        "sessions": SessionsPage,
        "suggestions": SuggestionsPage,
        "units": UnitsPage,
        "members": MembersPage,
        "platforms": PlatformsPage,
    }[name]
    return [c.key for c in page.columns if c.sortable]


@dataclass
class Case:
    list_name: str
    sort: str | None
    descending: bool
    text: str

    @property
    def group(self) -> str:
        """Any sort without text; text in the default (date) order; text with another sort."""
        if not self.text:
            return "any sort"
        return "text, default order" if self.sort is None else "text, other sort"

    @property
    def label(self) -> str:
        order = (
            "default order" if self.sort is None else f"{self.sort} {'desc' if self.descending else 'asc'}"
        )
        return order + (f", filter “{self.text}”" if self.text else "")


def cases(name: str, quick: bool) -> list[Case]:
    """Every sortable column both ways, and the default order, without text and with each word."""
    sorts = page_columns(name)
    if quick:
        sorts = sorts[:3]
    orders = [(None, False)] + [(key, d) for key in sorts for d in (False, True)]
    words = LIST_WORDS[name][:2] if quick else LIST_WORDS[name]
    return [Case(name, key, d, text) for text in ("", *words) for key, d in orders]


def time_case(fetch: Callable[[ListQuery], Page], case: Case, repeat: int) -> dict[str, float]:
    base = ListQuery(search=case.text, sort=case.sort, descending=case.descending, limit=PAGE)
    first = fetch(replace(base, count=False))
    times: dict[str, float] = {}
    if KEYSET:
        times["first"] = median(repeated(lambda: fetch(replace(base, count=False)), repeat))
        times["count"] = median(repeated(lambda: fetch(replace(base, limit=0, count=True)), repeat))
        cursor: Any = first.next_cursor  # type: ignore[attr-defined]
        after = replace(base, count=False, cursor=cursor)  # type: ignore[call-arg]
        times["next"] = median(repeated(lambda: fetch(after), repeat)) if cursor is not None else 0.0
        last = replace(base, count=False, from_end=True)  # type: ignore[call-arg]
        times["last"] = median(repeated(lambda: fetch(last), repeat))
    else:  # OFFSET paging: the first page counted the rows itself
        times["first"] = median(repeated(lambda: fetch(replace(base, count=True)), repeat))
        total = fetch(replace(base, count=True)).total
        times["count"] = float("nan")
        after = replace(base, offset=PAGE, count=False)
        times["next"] = median(repeated(lambda: fetch(after), repeat)) if total > PAGE else 0.0
        last = replace(base, offset=max(total - PAGE, 0), count=False)
        times["last"] = median(repeated(lambda: fetch(last), repeat, warm=0))
    return times


def json_line(operation: str, seconds: float) -> None:
    """The result as one JSON line (operation, target, measured, ratio, met), as every benchmark prints."""
    ms = round(seconds * 1000, 1)
    record = {"operation": operation, "target": TARGET_MS, "measured": ms, "ratio": round(ms / TARGET_MS, 3),
              "met": ms <= TARGET_MS}  # fmt: skip
    print(json.dumps(record, ensure_ascii=False))


GROUPS = ("any sort", "text, default order", "text, other sort")
Worst = dict[tuple[str, str, str], tuple[float, str]]


def run_size(sessions: int, lists: list[str], repeat: int, quick: bool) -> Worst:
    path = cached_database(sessions)
    db = open_database(path)
    services = Services(db, ADMIN)
    worst: Worst = {}
    print(f"\n{sessions:,} sessions ({path.name})")
    try:
        for name in lists:
            fetch = getattr(services, name).list
            for case in cases(name, quick):
                times = time_case(fetch, case, repeat)
                for page, seconds in times.items():
                    key = (name, case.group, page)
                    if seconds == seconds and seconds >= worst.get(key, (-1.0, ""))[0]:
                        worst[key] = (seconds, case.label)
            for group in GROUPS:
                for page in ("first", "next", "last", "count"):
                    if (name, group, page) not in worst:
                        continue
                    seconds, label = worst[(name, group, page)]
                    mark = "" if page == "count" else ("  ok" if seconds <= 0.1 else "  MISSED (≤ 100 ms)")
                    what = "exact count (background)" if page == "count" else f"{page} page"
                    print(f"  {name:12} {group:20} {what:25} {seconds * 1000:8.1f} ms  [{label}]{mark}")
                    if page != "count":
                        json_line(f"list {name}, {group}, {page} page, {sessions:,} sessions (ms)", seconds)
    finally:
        db.dispose()
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lists", nargs="+", default=list(LIST_WORDS), choices=list(LIST_WORDS))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(f"paging: {'keyset' if KEYSET else 'OFFSET'}; {PAGE} rows a page; median of {args.repeat}")
    results = {n: run_size(n, args.lists, args.repeat, args.quick) for n in args.sessions}
    largest = max(results)
    for name in args.lists:
        for group in GROUPS:
            pages = [(results[largest][(name, group, p)], p) for p in ("first", "next", "last")
                     if (name, group, p) in results[largest]]  # fmt: skip
            if not pages:
                continue
            (seconds, label), page = max(pages)
            emit(Result(f"{name} list, {group}: slowest of first/next/last page", "≤ 100 ms",
                        f"{seconds * 1000:.1f} ms ({page} page, {label}; {largest:,} sessions)",
                        seconds * 1000, seconds <= 0.1))  # fmt: skip
    if len(results) > 1:
        small, large = min(results), max(results)
        print(f"\ngrowth of the slowest case from {small:,} to {large:,} sessions")
        for key in results[small]:
            if key[2] == "count":
                continue
            a, b = results[small][key][0], results[large].get(key, (float("nan"), ""))[0]
            growth = f"×{b / a:5.2f}" if a > 0 else "—"
            where = f"{key[0]:12} {key[1]:20} {key[2]:6} page"
            print(f"  {where}  {a * 1000:8.1f} ms → {b * 1000:8.1f} ms  ({growth})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
