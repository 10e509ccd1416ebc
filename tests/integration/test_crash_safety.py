"""Kill a writer (SIGKILL) at random moments; after every kill the data must be whole.

Four kinds of writer — ordinary writes, an Excel import, backups, restores — are killed 8 times each at
a random moment (a seeded random generator, so a failure can be replayed). After each kill: SQLite's
integrity check is ok, no foreign key points nowhere, the import is all or nothing, and the newest
backup still verifies.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from app.db import open_database
from app.db.backup import create_backup, verify_backup
from app.db.backup_store import KIND_MANUAL, newest_verified
from app.services.demo import load_demo
from tests.integration import crash_workers

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and a fork server need a POSIX system")

KILLS_PER_WRITER = 8
SEED = 20261201
WORKBOOK = (
    Path(__file__).resolve().parents[1] / "fixtures" / "excel" / "城西区委员驿站2024年协商议事台账.xlsx"
)
COUNTED = ("platform", "member", "handling_unit", "consultation_session", "suggestion", "attachment")


@pytest.fixture(scope="module")
def fork_server() -> Iterator[Any]:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.integration.crash_workers"])
    yield context


@pytest.fixture(scope="module")
def seed_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo city with 80 sessions (a few MB), checkpointed into one file."""
    path = tmp_path_factory.mktemp("crash-seed") / "ledger.sqlite3"
    db = open_database(path)
    load_demo(db, sessions=80, seed=5, actor=crash_workers.ACTOR)
    db.dispose()
    return path


@pytest.fixture
def ledger(seed_database: Path, tmp_path: Path) -> Path:
    path = tmp_path / "ledger.sqlite3"
    shutil.copy(seed_database, path)
    return path


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED}


def assert_whole(path: Path, folder: Path, what: str) -> dict[str, int]:
    """What every kill must leave: a sound file, sound links, and a newest backup that verifies."""
    with closing(sqlite3.connect(path)) as conn:  # a normal connection: it recovers the log as the app does
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], what
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], what
    newest = newest_verified(folder, path.stem)
    assert newest is not None, what
    checked = verify_backup(newest, record=False)
    assert checked.verified, f"{what}: {checked.problems}"
    return counts(path)


def kill_at_random(
    context: Any, target: Callable[..., None], args: tuple[Any, ...], signal_event: Any, delay: float
) -> bool:
    """Start the writer, wait until it is at work, kill it `delay` seconds later. True if it was killed
    while still running (False: it had finished on its own first)."""
    process = context.Process(target=target, args=(*args, signal_event), daemon=True)
    process.start()
    try:
        while not signal_event.wait(0.05):
            assert process.is_alive(), f"the writer failed before it was killed (exit {process.exitcode})"
        process.join(delay)
        if process.is_alive():
            os.kill(process.pid, signal.SIGKILL)
        process.join(30)
        killed = process.exitcode == -signal.SIGKILL
        assert killed or process.exitcode == 0, f"the writer failed (exit {process.exitcode})"
        return killed
    finally:
        if process.is_alive():
            process.kill()


def test_ordinary_writes_killed_at_random(fork_server: Any, ledger: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    create_backup(ledger, folder, kind=KIND_MANUAL)
    rng = random.Random(SEED)
    before = counts(ledger)
    for round_ in range(KILLS_PER_WRITER):
        delay = rng.uniform(0.0, 0.4)
        started = fork_server.Event()
        assert kill_at_random(fork_server, crash_workers.ordinary_writes, (str(ledger),), started, delay)
        after = assert_whole(ledger, folder, f"writes, round {round_}, killed after {delay:.3f} s")
        assert after["consultation_session"] > before["consultation_session"]  # what was committed stays
        before = after


def test_an_excel_import_is_all_or_nothing_when_killed(
    fork_server: Any, ledger: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    create_backup(ledger, folder, kind=KIND_MANUAL)
    baseline = tmp_path / "baseline.sqlite3"
    shutil.copy(ledger, baseline)
    nothing = counts(baseline)
    # once without a kill: what "all" looks like
    applying = fork_server.Event()
    done = fork_server.Process(target=crash_workers.excel_import, args=(str(ledger), str(WORKBOOK), applying))
    done.start()
    done.join(120)
    assert done.exitcode == 0
    everything = counts(ledger)
    assert everything["consultation_session"] > nothing["consultation_session"]
    rng = random.Random(SEED + 1)
    outcomes = set()
    for round_ in range(KILLS_PER_WRITER):
        shutil.copy(baseline, ledger)
        for suffix in ("-wal", "-shm"):
            Path(f"{ledger}{suffix}").unlink(missing_ok=True)
        delay = rng.uniform(0.0, 0.6)
        applying = fork_server.Event()
        kill_at_random(fork_server, crash_workers.excel_import, (str(ledger), str(WORKBOOK)), applying, delay)
        found = assert_whole(ledger, folder, f"import, round {round_}, killed {delay:.3f} s into writing")
        assert found in (nothing, everything), f"round {round_}: partly imported {found}"
        outcomes.add("all" if found == everything else "nothing")
    assert "nothing" in outcomes  # at least one kill landed inside the import's transaction


def test_backups_killed_at_random_never_leave_a_bad_newest_backup(
    fork_server: Any, ledger: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    create_backup(ledger, folder, kind=KIND_MANUAL)
    before = counts(ledger)
    rng = random.Random(SEED + 2)
    for round_ in range(KILLS_PER_WRITER):
        delay = rng.uniform(0.0, 0.3)
        started = fork_server.Event()
        assert kill_at_random(fork_server, crash_workers.backups, (str(ledger), str(folder)), started, delay)
        assert assert_whole(ledger, folder, f"backup, round {round_}, killed after {delay:.3f} s") == before
    assert len([p for p in folder.glob("*.sqlite3") if not p.name.startswith(".")]) <= 3 + 1  # thinned


def test_restores_killed_at_random_leave_one_state_or_the_other(
    fork_server: Any, ledger: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    create_backup(ledger, folder, kind=KIND_MANUAL)
    with closing(sqlite3.connect(ledger)) as conn, conn:
        conn.execute("DELETE FROM follow_up_event")
        conn.execute("DELETE FROM leader_instruction")
        conn.execute("UPDATE platform SET address = '已改'")
    create_backup(ledger, folder, kind=KIND_MANUAL)
    rng = random.Random(SEED + 3)
    for round_ in range(KILLS_PER_WRITER):
        delay = rng.uniform(0.0, 0.4)
        started = fork_server.Event()
        assert kill_at_random(fork_server, crash_workers.restores, (str(ledger), str(folder)), started, delay)
        assert_whole(ledger, folder, f"restore, round {round_}, killed after {delay:.3f} s")
        with closing(sqlite3.connect(ledger)) as conn:
            events = conn.execute("SELECT count(*) FROM follow_up_event").fetchone()[0]
            changed = conn.execute("SELECT count(*) FROM platform WHERE address = '已改'").fetchone()[0]
            platforms = conn.execute("SELECT count(*) FROM platform").fetchone()[0]
        assert (events == 0) == (changed == platforms), f"round {round_}: a mixture of two backups"
