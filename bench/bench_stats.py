"""`stats --json` over all time against the same figures by hand-written SQL, in pairs.

    python bench/bench_stats.py [--sessions 100000] [--repeat 5]

The hand-written side is bench/stats_by_hand.py: every figure the command prints (the sessions and
the suggestions grouped by platform with every FILTER count, attendance, members, proposers, 领导批示
by subject, follow-ups, months, and the whole cycle: 履职活动 by kind, their attendance and
suggestions, reports, 社情民意信息, topics and the plan, 成果转化, feedback to residents), assembled
into the same dict on a bare sqlite3 connection. Before anything is timed both sides' figures are
compared key by key — the service's in this process, then the command's JSON against the bare
process's JSON — so the two sides provably do the same work; any difference ends the run.

Twice: the service call (`StatisticsService.summary()`) in this process against `figures()` of
stats_by_hand on a warm sqlite3 connection; and `python -m app --user admin stats --json` in a fresh
process against `python bench/stats_by_hand.py` in a fresh process (Python start, connect, query,
print), in wall and CPU time. The command's data folder is kept from run to run, as on one computer:
the first (unrecorded) run checks the copied file in full and records it (app/db/check_record.py);
the timed runs find it unchanged. The rules that are not SQL (the deadline dates the overdue counts
compare with, the values of each enumeration) come from the app's own modules, outside the timing.
Target: ≤ 1.2×.
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
from stats_by_hand import figures

from app.db import open_database
from app.db.session import Database
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.deadlines import deadlines_for
from app.services.scope import Scope
from app.services.statistics import StatisticsService

ADMIN = Actor("bench", "基准测试", UserRole.ADMIN)


def plan_for(db: Database, today: date) -> dict[str, Any]:
    """What stats_by_hand takes from the app's rules: deadline dates, enumerations, the scope."""
    from app.models import enums
    from app.models.suggestions import CHASE_KINDS
    from app.services.subjects import SUBJECTS

    with db.session(write=False) as s:
        rules = deadlines_for(s, today)
        last, soon, days = rules.last_working_day, rules.due_soon_until(), rules.settings.due_soon_days

    def values(enum_cls: Any) -> list[str]:
        return [m.value for m in enum_cls]

    return {
        "today": today.isoformat(),
        "last": last.isoformat(),
        "soon": soon.isoformat(),
        "due_soon_days": days,
        "scope": Scope().as_dict(),
        "enums": {
            "platform_kind": values(enums.PlatformKind),
            "session_state": values(enums.SessionState),
            "session_form": values(enums.SessionForm),
            "topic_source": values(enums.TopicSource),
            "suggestion_state": values(enums.SuggestionState),
            "result_class": values(enums.ResultClass),
            "category": values(enums.SuggestionCategory),
            "quality": values(enums.QualityRating),
            "satisfaction": values(enums.Satisfaction),
            "attendance": values(enums.AttendanceStatus),
            "inspection_kind": values(enums.InspectionKind),
            "outcome_kind": values(enums.OutcomeKind),
            "chase_kinds": values(CHASE_KINDS),
            "subjects": [[k.value, spec.instruction_column] for k, spec in SUBJECTS.items()],
        },
    }


def differences(ours: dict[str, Any], bare: dict[str, Any]) -> list[str]:
    """The keys whose figures differ (or that only one side prints), compared as printed JSON."""
    ours, bare = json.loads(json.dumps(ours)), json.loads(json.dumps(bare))
    keys = list(dict.fromkeys([*ours, *bare]))
    return [f"{k}: {ours.get(k, '(missing)')!r} != {bare.get(k, '(missing)')!r}"
            for k in keys if ours.get(k, ...) != bare.get(k, ...)]  # fmt: skip


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
    plan = plan_for(db, date.today())
    conn = sqlite3.connect(path)
    service = StatisticsService(db, ADMIN)
    ours = service.summary()
    wrong = differences(ours, figures(conn, plan))
    if wrong:
        print("the hand-written SQL disagrees with the service:\n  " + "\n  ".join(wrong))
        return 1
    print(f"database: {path.name}; the hand-written SQL agrees on all {len(ours)} figures of the service")
    in_process = paired("StatisticsService.summary() (in process)", service.summary,
                        lambda: figures(conn, plan), args.repeat)  # fmt: skip
    print(in_process.line("s", "≤ 1.2×") + f"   {verdict(in_process.ratio, 1.2)}")
    emit(ratio_result("StatisticsService.summary(), all time", in_process, 1.2, what="hand-written SQL"))
    with tempfile.TemporaryDirectory(prefix="bench-stats-") as tmp:
        env = {"LEDGER_DATA_DIR": tmp, "LEDGER_PASSWORD": "demo1234"}
        copy = scratch_copy(path, Path(tmp))  # signing in writes the audit trail
        plan_file = Path(tmp) / "plan.json"
        plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
        command = ["-m", "app", "--db", str(copy), "--user", "admin", "stats", "--json"]
        bare = [str(Path(__file__).with_name("stats_by_hand.py")), str(copy), str(plan_file)]
        wall = Paired("stats --json (fresh process each)")
        cpu = Paired("stats --json (fresh process each), CPU")
        first, printed = 0.0, {}
        for i in range(args.repeat + 1):
            pair = [("ours", command), ("bare", bare)]
            for who, argv in pair if i % 2 == 0 else pair[::-1]:
                run = run_child(argv, env=env)
                if not i:  # unrecorded: the command's full check of the copied file; the printed figures
                    first = run.wall if who == "ours" else first
                    printed[who] = json.loads(run.stdout)
                    continue
                (wall.ours if who == "ours" else wall.bare).append(run.wall)
                (cpu.ours if who == "ours" else cpu.bare).append(run.cpu)
            if not i:
                wrong = differences(printed["ours"], printed["bare"])
                if wrong:
                    print("stats --json and stats_by_hand.py differ:\n  " + "\n  ".join(wrong))
                    return 1
                print(f"  stats --json and stats_by_hand.py print the same {len(printed['ours'])} figures")
        print(f"  the first run (full start-up check of the copied file, then recorded): {first:.2f} s")
        print(wall.line("s", "≤ 1.2×") + f"   {verdict(wall.ratio, 1.2)}")
        print(cpu.line("s", "≤ 1.2×") + f"   {verdict(cpu.ratio, 1.2)}")
        sql = "hand-written SQL"
        emit(ratio_result("stats --json, all time, fresh process, wall", wall, 1.2, what=sql))
        emit(ratio_result("stats --json, all time, fresh process, CPU", cpu, 1.2, what=sql))
    conn.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
