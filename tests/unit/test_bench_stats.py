"""The statistics benchmark's hand-written SQL (bench/stats_by_hand.py) computes every figure of the
service: equal work on both sides of the `stats --json` ratio, kept so as figures are added."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from app.db import Database
from app.db.engine import create_db_engine
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.statistics import StatisticsService
from tests.support import demo_ledger

BENCH = Path(__file__).resolve().parents[2] / "bench"
TODAY = date(2025, 6, 30)
ADMIN = Actor("demo", "演示", UserRole.ADMIN)


@pytest.fixture(scope="module")
def demo_path(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("bench-stats") / "demo.sqlite3"
    yield demo_ledger(migrated_template, path, sessions=300, seed=11, today=TODAY, actor=ADMIN)


def _bench_modules() -> tuple[ModuleType, ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import bench_stats
        import stats_by_hand
    finally:
        sys.path.remove(str(BENCH))
    return bench_stats, stats_by_hand


def test_the_hand_written_sql_prints_every_figure_of_the_service(demo_path: Path) -> None:
    bench_stats, stats_by_hand = _bench_modules()
    db = Database(create_db_engine(demo_path))
    try:
        service = StatisticsService(db, ADMIN).summary(today=TODAY)
        plan = bench_stats.plan_for(db, TODAY)
    finally:
        db.dispose()
    conn = sqlite3.connect(demo_path)
    try:
        by_hand = stats_by_hand.figures(conn, plan)
    finally:
        conn.close()
    assert list(by_hand) == list(service)  # the same keys, in the order the command prints them
    assert bench_stats.differences(service, by_hand) == []
    assert service["overdue"] and service["topics"]["held"] and service["activities_held"]


def test_a_difference_is_named_by_its_key() -> None:
    bench_stats, _ = _bench_modules()
    ours = {"sessions": 3, "topics": {"held": 1}, "only_ours": 1}
    bare = {"sessions": 3, "topics": {"held": 2}}
    wrong = bench_stats.differences(ours, bare)
    assert [w.split(":")[0] for w in wrong] == ["topics", "only_ours"]
