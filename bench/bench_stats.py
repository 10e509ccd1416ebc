"""`stats --json` over all time against the same figures by hand-written SQL, in pairs.

    python bench/bench_stats.py [--sessions 100000] [--repeat 5]

Twice: the service call (`StatisticsService.summary()`) in this process against the hand-written
passes on a warm sqlite3 connection; and `python -m app --user admin stats --json` in a fresh process
against a fresh process running only the hand-written passes, in wall and CPU time. The command's
data folder is kept from run to run, as on one computer: the first (unrecorded) run checks the copied
file in full and records it (app/db/check_record.py); the timed runs find it unchanged. The passes:
platforms, members, the sessions and the suggestions grouped by platform with every FILTER count,
attendance, proposers, 领导批示, follow-ups, months. The deadline dates the overdue counts compare
with come from the one deadline rule, outside the timing. The figures both compute are compared
before timing. Target: ≤ 1.2×.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import cached_database, scratch_copy
from common import Paired, compiled, emit, paired, ratio_result, run_child, verdict

from app.db import open_database
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.deadlines import deadlines_for
from app.services.statistics import StatisticsService

ADMIN = Actor("bench", "基准测试", UserRole.ADMIN)
OPEN = ("assigned", "in_progress")
HANDED = ("assigned", "in_progress", "replied", "concluded")

SESSIONS = """
SELECT platform_id, count(*), {states}, {forms}, {sources}, {held_forms}, {held_sources}
FROM consultation_session WHERE archived_at IS NULL GROUP BY platform_id
"""
SUGGESTIONS = """
SELECT s.platform_id, count(*), {states}, {results}, {categories}, {quality}, {aspects},
  count(*) FILTER (WHERE s.state IN ('assigned','in_progress','replied','concluded')),
  count(*) FILTER (WHERE s.state = 'concluded' AND s.due_on IS NOT NULL
                   AND coalesce(s.replied_on, s.concluded_on) <= s.due_on),
  count(*) FILTER (WHERE s.replied_on IS NOT NULL),
  count(*) FILTER (WHERE s.returned_on IS NOT NULL),
  count(*) FILTER (WHERE s.reflects_problem = 1),
  count(*) FILTER (WHERE s.due_on < :last AND s.replied_on IS NULL AND s.state IN ('assigned','in_progress')),
  count(*) FILTER (WHERE s.state IN ('assigned','in_progress') AND s.replied_on IS NULL
                   AND s.due_on >= :last AND s.due_on <= :soon),
  count(*) FILTER (WHERE s.session_id IN (SELECT id FROM consultation_session
                                          WHERE form = 'inspection' AND archived_at IS NULL))
FROM suggestion s WHERE s.archived_at IS NULL GROUP BY s.platform_id
"""
ATTENDANCE = """
SELECT count(*) FILTER (WHERE status = 'present'), count(*) FILTER (WHERE status = 'excused'),
       count(*) FILTER (WHERE status = 'absent'), count(DISTINCT member_id) FILTER (WHERE status = 'present')
FROM session_attendance WHERE session_id IN (SELECT id FROM consultation_session WHERE archived_at IS NULL)
"""
OTHERS = (
    "SELECT id, name, kind, district, active, archived_at FROM platform",
    "SELECT count(*) FROM member WHERE archived_at IS NULL",
    "SELECT count(DISTINCT proposer_id) FROM suggestion WHERE archived_at IS NULL",
    "SELECT count(*), count(DISTINCT suggestion_id) FROM leader_instruction",
    "SELECT kind, count(*) FROM follow_up_event"
    " WHERE kind IN ('reminder','supervision','call') GROUP BY kind",
    "SELECT held_on, count(*) FROM consultation_session WHERE archived_at IS NULL AND state != 'planned'"
    " GROUP BY held_on",
    "SELECT raised_on, count(*) FROM suggestion WHERE archived_at IS NULL GROUP BY raised_on",
)


def _filters(column: str, values: list[str], extra: str = "") -> str:
    return ", ".join(f"count(*) FILTER (WHERE {extra}{column} = '{v}')" for v in values)


def statements(last: str, soon: str) -> list[tuple[str, dict[str, str]]]:
    """The hand-written passes, in order: sessions, suggestions, attendance, then OTHERS."""
    from app.models.enums import (
        QualityRating,
        ResultClass,
        Satisfaction,
        SessionForm,
        SessionState,
        SuggestionCategory,
        SuggestionState,
        TopicSource,
    )

    held = "state != 'planned' AND "
    sessions = SESSIONS.format(
        states=_filters("state", [m.value for m in SessionState]),
        forms=_filters("form", [m.value for m in SessionForm]),
        sources=_filters("topic_source", [m.value for m in TopicSource]),
        held_forms=_filters("form", [m.value for m in SessionForm], held),
        held_sources=_filters("topic_source", [m.value for m in TopicSource], held),
    )
    aspects = ", ".join(
        _filters(f"s.eval_{a}", [m.value for m in Satisfaction]) for a in ("before", "during", "after")
    )
    suggestions = SUGGESTIONS.format(
        states=_filters("s.state", [m.value for m in SuggestionState]),
        results=_filters("s.result_class", [m.value for m in ResultClass]),
        categories=_filters("s.category", [m.value for m in SuggestionCategory]),
        quality=_filters("s.quality_rating", [m.value for m in QualityRating]),
        aspects=aspects,
    )
    return [(sessions, {}), (suggestions, {"last": last, "soon": soon}), (ATTENDANCE, {})] + [
        (sql, {}) for sql in OTHERS
    ]


def run_statements(conn: sqlite3.Connection, passes: list[tuple[str, dict[str, str]]]) -> list[list[Any]]:
    return [conn.execute(sql, params).fetchall() for sql, params in passes]


def key_figures(results: list[list[Any]]) -> dict[str, Any]:
    from app.models.enums import SuggestionState

    sessions, suggestions, attendance = results[0], results[1], results[2][0]
    concluded = 2 + [m.value for m in SuggestionState].index("concluded")
    return {
        "sessions": sum(r[1] for r in sessions),
        "suggestions": sum(r[1] for r in suggestions),
        "suggestions_concluded": sum(r[concluded] for r in suggestions),
        "overdue": sum(r[-3] for r in suggestions),
        "attendance": {"present": attendance[0], "excused": attendance[1], "absent": attendance[2]},
        "members": results[4][0][0],
        "leader_instructions": results[6][0][0],
    }


# A fresh process running only the hand-written passes (the bare counterpart of `stats --json`).
BARE_CHILD = """
import json, sqlite3, sys
passes = json.load(open(sys.argv[1], encoding="utf-8"))
conn = sqlite3.connect(sys.argv[2])
results = [conn.execute(sql, params).fetchall() for sql, params in passes]
print(len(results))
"""


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = cached_database(args.sessions)
    compiled()
    db = open_database(path)
    with db.session(write=False) as s:
        rules = deadlines_for(s, date.today())
        last, soon = rules.last_working_day.isoformat(), rules.due_soon_until().isoformat()
    conn = sqlite3.connect(path)
    passes = statements(last, soon)
    service = StatisticsService(db, ADMIN)
    figures = service.summary()
    mine = key_figures(run_statements(conn, passes))
    wrong = {k: (figures[k], v) for k, v in mine.items() if figures[k] != v}
    if wrong:
        print(f"the hand-written SQL disagrees with the service: {wrong}")
        return 1
    print(f"database: {path.name}; hand-written SQL agrees on {', '.join(mine)}")
    in_process = paired("StatisticsService.summary() (in process)", service.summary,
                        lambda: run_statements(conn, passes), args.repeat)  # fmt: skip
    print(in_process.line("s", "≤ 1.2×") + f"   {verdict(in_process.ratio, 1.2)}")
    emit(ratio_result("StatisticsService.summary(), all time", in_process, 1.2, what="hand-written SQL"))
    with tempfile.TemporaryDirectory(prefix="bench-stats-") as tmp:
        env = {"LEDGER_DATA_DIR": tmp, "LEDGER_PASSWORD": "demo1234"}
        copy = scratch_copy(path, Path(tmp))  # signing in writes the audit trail
        plan = Path(tmp) / "passes.json"
        plan.write_text(json.dumps(passes), encoding="utf-8")
        ours = ["-m", "app", "--db", str(copy), "--user", "admin", "stats", "--json"]
        bare = ["-c", BARE_CHILD, str(plan), str(copy)]
        command = Paired("stats --json (fresh process each)")
        cpu = Paired("stats --json (fresh process each), CPU")
        first = 0.0
        for i in range(args.repeat + 1):
            pair = [("ours", ours), ("bare", bare)]
            for who, argv in pair if i % 2 == 0 else pair[::-1]:
                run = run_child(argv, env=env)
                if not i and who == "ours":
                    first = run.wall
                if i:
                    (command.ours if who == "ours" else command.bare).append(run.wall)
                    (cpu.ours if who == "ours" else cpu.bare).append(run.cpu)
        print(f"  the first run (full start-up check of the copied file, then recorded): {first:.2f} s")
        print(command.line("s", "≤ 1.2×") + f"   {verdict(command.ratio, 1.2)}")
        print(cpu.line("s", "≤ 1.2×") + f"   {verdict(cpu.ratio, 1.2)}")
        sql = "hand-written SQL"
        emit(ratio_result("stats --json, all time, fresh process, wall", command, 1.2, what=sql))
        emit(ratio_result("stats --json, all time, fresh process, CPU", cpu, 1.2, what=sql))
    conn.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
