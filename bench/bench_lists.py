"""Lists: the first, next and last page of every list, every sort, with text in its filter box.

    python bench/bench_lists.py [--sessions 10000 100000 [300000]] [--repeat 3] [--lists sessions ...]
                                [--quick]

Each list page's own service call (what its table model asks for) is timed on the cached demo
databases (bench/cache.py): the first page of 200 rows, the next page, and the last page, for the
default order and each sortable column of the page in both directions, without text and with each
word of LIST_WORDS in the list's filter box (frequent, middling, rare, none). The exact total, which
the list shows when it arrives (counted off the GUI thread), is
timed apart. Each case is the median of --repeat runs.

Besides, the 督办 view (意见建议 with 只看超期未答复) and a platform coordinator's lists (cut to the
platforms they look after) are timed in their default order and the list's first sort.

Every case is reported through common.emit, one row per (list, sort, filter, page) with the target
≤ 100 ms (ratio: the milliseconds); the exact count, which the list asks for off the GUI thread, is
reported beside it without a target. Then, per database size, for each list and page, the slowest case
(its sort and text) of three groups: any sort without text, text in the default order, text with
another sort; and, over the sizes, how the slowest case of each grows from the smallest database to
the largest ("flat": the target asks for no growth beyond noise).
--quick times the default order, three sorts and two filter texts per list. --sorts keeps only the
given sort keys (and the default order), --words replaces each list's filter texts (a text may hold
several words: "社区 改造"), to time one family of cases on the larger databases.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
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
    filters: dict[str, Any] = field(default_factory=dict)
    who: str = ""  # "" the administrator; "coordinator": one platform's coordinator

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
        extra = "".join(f", {k}={v}" for k, v in self.filters.items())
        return (
            order
            + (f", filter “{self.text}”" if self.text else "")
            + extra
            + (f", as {self.who}" if self.who else "")
        )


def cases(
    name: str, quick: bool, only: list[str] | None = None, texts: list[str] | None = None
) -> list[Case]:
    """Every sortable column both ways, and the default order, without text and with each word."""
    sorts = page_columns(name)
    if quick:
        sorts = sorts[:3]
    if only:
        sorts = [key for key in sorts if key in only]
    orders = [(None, False)] + [(key, d) for key in sorts for d in (False, True)]
    words = tuple(texts) if texts else LIST_WORDS[name][:2] if quick else LIST_WORDS[name]
    out = [Case(name, key, d, text) for text in ("", *words) for key, d in orders]
    if name == "suggestions":  # 督办: the overdue ones, longest overdue first or in the default order
        out += [Case(name, key, False, text, {"overdue": True}) for key in (None, "working_days_overdue")
                for text in ("", words[0])]  # fmt: skip
    if name in ("sessions", "suggestions"):  # a coordinator's own platform
        out += [Case(name, key, False, text, who="coordinator") for key in (None, sorts[0])
                for text in ("", words[0])]  # fmt: skip
    return out


def time_case(fetch: Callable[[ListQuery], Page], case: Case, repeat: int) -> dict[str, float]:
    base = ListQuery(search=case.text, filters=dict(case.filters), sort=case.sort,
                     descending=case.descending, limit=PAGE)  # fmt: skip
    first = fetch(replace(base, count=False))
    times: dict[str, float] = {}
    if KEYSET:
        times["first"] = median(repeated(lambda: fetch(replace(base, count=False)), repeat))
        times["count"] = median(repeated(lambda: fetch(replace(base, limit=0, count=True)), repeat))
        cursor: Any = first.next_cursor  # type: ignore[attr-defined]
        after = replace(base, count=False, cursor=cursor)  # type: ignore[call-arg]
        times["next"] = median(repeated(lambda: fetch(after), repeat)) if cursor is not None else float("nan")
        last = replace(base, count=False, from_end=True)  # type: ignore[call-arg]
        times["last"] = median(repeated(lambda: fetch(last), repeat))
    else:  # OFFSET paging: the first page counted the rows itself
        times["first"] = median(repeated(lambda: fetch(replace(base, count=True)), repeat))
        total = fetch(replace(base, count=True)).total
        times["count"] = float("nan")
        after = replace(base, offset=PAGE, count=False)
        times["next"] = median(repeated(lambda: fetch(after), repeat)) if total > PAGE else float("nan")
        last = replace(base, offset=max(total - PAGE, 0), count=False)
        times["last"] = median(repeated(lambda: fetch(last), repeat, warm=0))
    return times


def report(case: Case, sessions: int, times: dict[str, float]) -> None:
    """One row per page of the case (target ≤ 100 ms), and the exact count beside it (no target)."""
    for page, seconds in times.items():
        if seconds != seconds:
            continue
        ms = seconds * 1000
        where = f"list {case.list_name}, {case.label}, {sessions:,} sessions"
        if page == "count":
            emit(Result(f"{where}: exact count (off the GUI thread)", "—", f"{ms:.1f} ms", ms, None))
        else:
            emit(Result(f"{where}: {page} page", "≤ 100 ms", f"{ms:.1f} ms", ms, ms <= TARGET_MS))


GROUPS = ("any sort", "text, default order", "text, other sort")
Worst = dict[tuple[str, str, str], tuple[float, str]]


def coordinator(db: Any) -> Actor:
    """The coordinator of the platform with the most sessions (their lists are cut to it)."""
    import sqlalchemy as sa

    from app.models._base import uuid_of

    with db.engine.connect() as conn:
        busiest = conn.execute(sa.text(
            "SELECT platform_id FROM consultation_session GROUP BY platform_id ORDER BY count(*) DESC LIMIT 1"
        )).scalar_one()  # fmt: skip
    return Actor("bench-coordinator", "联络员", UserRole.COORDINATOR, frozenset({uuid_of(busiest)}))


def run_size(
    sessions: int,
    lists: list[str],
    repeat: int,
    quick: bool,
    only: list[str] | None = None,
    texts: list[str] | None = None,
) -> Worst:
    path = cached_database(sessions)
    db = open_database(path)
    services = Services(db, ADMIN)
    scoped = Services(db, coordinator(db))
    worst: Worst = {}
    print(f"\n{sessions:,} sessions ({path.name})")
    try:
        for name in lists:
            for case in cases(name, quick, only, texts):
                fetch = getattr(scoped if case.who else services, name).list
                times = time_case(fetch, case, repeat)
                report(case, sessions, times)
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
    parser.add_argument("--sorts", nargs="+", help="only these sort keys (and the default order)")
    parser.add_argument("--words", nargs="+", help="these filter texts instead of each list's own")
    args = parser.parse_args()
    print(f"paging: {'keyset' if KEYSET else 'OFFSET'}; {PAGE} rows a page; median of {args.repeat}")
    results = {
        n: run_size(n, args.lists, args.repeat, args.quick, args.sorts, args.words) for n in args.sessions
    }
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
