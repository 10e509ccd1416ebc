"""How the desktop lists behave on 100,000 协商议事活动.

Builds a throwaway SQLite database (Core bulk inserts: 30 platforms, 200 members, N sessions), then times
the list model the 协商议事 page uses — first page, sort by 议题, filter by 状态, search, scroll to the next
page — against the same statements run bare through SQLAlchemy (the model's reads run inline here;
in the app they run off the GUI thread). Prints medians and ratios.

    .venv/bin/python bench/bench_lists.py [--sessions 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt

from app.db import Database, open_database
from app.models._base import table_of
from app.models.enums import PlatformKind, SessionForm, SessionState, TopicSource, UserRole
from app.models.members import Member
from app.models.platforms import Platform
from app.models.sessions import ConsultationSession
from app.services.actor import Actor
from app.services.hub import Services
from app.services.listing import ListQuery, run_list
from app.ui import tasks
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.pages.sessions_page import SessionsPage

DISTRICTS = ["城东区", "城中区", "城西区", "城北区", "湟中区", "大通县", "湟源县"]
TOPICS = [
    "老旧小区加装电梯",
    "学校周边交通安全",
    "社区养老服务",
    "背街小巷环境整治",
    "农贸市场改造",
    "停车难问题",
]


def build(db: Database, sessions: int, rng: random.Random) -> float:
    started = time.perf_counter()
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    platforms = [
        {
            "id": uuid.uuid4(),
            "kind": rng.choice(list(PlatformKind)),
            "name": f"{DISTRICTS[i % 7]}第{i + 1}委员驿站",
            "district": DISTRICTS[i % 7],
            "active": True,
            **stamp,
        }
        for i in range(30)
    ]
    members = [{"id": uuid.uuid4(), "name": f"委员{i:03d}", **stamp} for i in range(200)]
    start = date(2023, 1, 1)
    states = (
        [SessionState.CLOSED] * 6
        + [SessionState.FOLLOWING_UP] * 2
        + [SessionState.HELD, SessionState.PLANNED]
    )
    rows = [
        {
            "id": uuid.uuid4(),
            "topic": f"{rng.choice(DISTRICTS)}{rng.choice(TOPICS)}协商（{i}）",
            "topic_source": rng.choice(list(TopicSource)),
            "held_on": start + timedelta(days=rng.randrange(0, 1400)),
            "location": "社区会议室",
            "platform_id": rng.choice(platforms)["id"],
            "form": rng.choice(list(SessionForm)),
            "convener_id": rng.choice(members)["id"],
            "state": rng.choice(states),
            **stamp,
        }
        for i in range(sessions)
    ]
    with db.engine.begin() as conn:
        conn.execute(sa.insert(table_of(Platform)), platforms)
        conn.execute(sa.insert(table_of(Member)), members)
        for i in range(0, len(rows), 20_000):
            conn.execute(sa.insert(table_of(ConsultationSession)), rows[i : i + 20_000])
    return time.perf_counter() - started


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    QCoreApplication.instance() or QCoreApplication([])
    tasks.SYNCHRONOUS = True  # the model's reads run inline, so each case times the read itself
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["LEDGER_DATA_DIR"] = scratch
        db = open_database(Path(scratch) / "bench.sqlite3")
        seconds = build(db, args.sessions, random.Random(7))
        print(f"built {args.sessions:,} sessions in {seconds:.1f} s ({args.sessions / seconds:,.0f} rows/s)")
        services = Services(db, Actor("admin", "管理员", UserRole.ADMIN))
        spec = services.sessions.list_spec()
        columns = SessionsPage.columns
        topic = [c.key for c in columns].index("topic")
        state = SessionState.FOLLOWING_UP.value

        def bare(query: ListQuery) -> Callable[[], object]:
            def run() -> object:
                with db.session(write=False) as session:
                    return run_list(session, spec, query)

            return run

        def model_with(setup: Callable[[ServiceTableModel], object]) -> Callable[[], object]:
            def run() -> object:
                model = ServiceTableModel(services.sessions.list, columns)
                return setup(model)

            return run

        def first_page(m: ServiceTableModel) -> None:
            m.refresh()

        def sorted_by_topic(m: ServiceTableModel) -> None:
            m.sort(topic, Qt.SortOrder.AscendingOrder)
            m.refresh()

        def filtered(m: ServiceTableModel) -> None:
            m.set_filter("state", state)
            m.refresh()

        def searched(m: ServiceTableModel) -> None:
            m.set_search("电梯")
            m.refresh()

        live = ServiceTableModel(services.sessions.list, columns)
        live.refresh()

        def next_page() -> None:
            live.fetchMore()

        cases = [
            ("first page (200 rows, count)", model_with(first_page), bare(ListQuery())),
            ("sort by 议题", model_with(sorted_by_topic), bare(ListQuery(sort="topic"))),
            ("filter 状态=跟踪落实", model_with(filtered), bare(ListQuery(filters={"state": state}))),
            ("search “电梯”", model_with(searched), bare(ListQuery(search="电梯"))),
            ("scroll: next page", next_page, None),
        ]
        print(f"{'operation':32} {'model ms':>9} {'bare SQL ms':>12} {'ratio':>6}")
        for name, through_model, direct in cases:
            model_ms = median_ms(through_model, args.repeat)
            if direct is None:
                print(f"{name:32} {model_ms:9.1f} {'':>12} {'':>6}")
                continue
            bare_ms = median_ms(direct, args.repeat)
            print(f"{name:32} {model_ms:9.1f} {bare_ms:12.1f} {model_ms / bare_ms:6.2f}")
        print(f"rows held by the scrolled model: {live.rowCount():,} of {live.total:,}")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
