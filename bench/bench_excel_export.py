"""Excel ledger speed: the suggestions sheet against a bare openpyxl dump, and a 10,000-row import.

    python bench/bench_excel_export.py [--db PATH] [--sessions 35000] [--repeat 2] [--import-rows 10000]

Without --db (or when the file does not exist yet) the database is built with
`python -m app --db PATH demo --sessions N` (about 100,000 suggestions for 35,000 sessions).

Export: the full export of the 意见建议办理台账 sheet (title rows, styles, safe cells, widths, print
set-up, atomic save) is timed against a bare openpyxl write-only dump of the same rows and columns,
fetched by the same query, in the same run. Both are run --repeat times, alternating; the best of
each is compared, on CPU time of this process (steady on a shared machine) and on wall time. The
issue asks for a ratio within 1.2.

Import: the ledgers of a period holding about --import-rows suggestions are exported, then read,
validated and applied into an empty database, and validated once more (all rows unchanged); each
step is timed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from app.db import open_database  # noqa: E402
from app.db.session import Database  # noqa: E402
from app.models.enums import UserRole  # noqa: E402
from app.services.actor import Actor  # noqa: E402
from app.services.ledger_export import LedgerExportService  # noqa: E402
from app.services.ledger_import import LedgerImportService, plan_summary  # noqa: E402
from app.services.ledger_import.rows import suggestion_rows  # noqa: E402
from app.services.scope import Scope  # noqa: E402

ACTOR = Actor("bench", "基准测试", UserRole.ADMIN)


def build_database(path: Path, sessions: int) -> None:
    print(f"building {path} with `demo --sessions {sessions}` …", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "demo", "--sessions", str(sessions)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    print(f"  built in {time.perf_counter() - started:.1f} s")


def bare_dump(db: Database, out: Path) -> int:
    """The same rows, fetched the same way, appended as they come (UUIDs as text, which openpyxl needs)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("suggestions")
    count = 0
    with db.session(write=False) as s:
        for row in suggestion_rows(s, Scope()):
            ws.append([str(v) if isinstance(v, uuid.UUID) else v for v in row])
            count += 1
    wb.save(out)
    return count


def full_export(db: Database, out: Path) -> int:
    result = LedgerExportService(db, ACTOR).export(out, Scope(), sheets=("suggestions",))
    return sum(result.counts.values())


def timed(label: str, fn: Any, *args: Any) -> tuple[tuple[float, float], Any]:
    """((cpu seconds, wall seconds), result)."""
    cpu, wall = time.process_time(), time.perf_counter()
    value = fn(*args)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"  {label}: {cpu:.2f} s CPU, {wall:.2f} s wall", flush=True)
    return (cpu, wall), value


def bench_export(db: Database, work: Path, repeat: int) -> None:
    print("export of the suggestions sheet:")
    bare: list[tuple[float, float]] = []
    ours: list[tuple[float, float]] = []
    rows = 0
    for round_ in range(1, repeat + 1):
        t, rows = timed(f"round {round_} bare openpyxl write-only dump", bare_dump, db, work / "bare.xlsx")
        bare.append(t)
        t, _ = timed(f"round {round_} full ledger export", full_export, db, work / "ledger.xlsx")
        ours.append(t)
    columns = len(next(iter(suggestion_rows_once(db))))
    print(f"rows: {rows} × {columns} columns")
    for index, what in ((0, "CPU"), (1, "wall")):
        best_bare = min(t[index] for t in bare)
        best_ours = min(t[index] for t in ours)
        print(
            f"{what:>4}: bare openpyxl {best_bare:.2f} s, full export {best_ours:.2f} s (best of {repeat}), "
            f"ratio full/bare {best_ours / best_bare:.3f}  (target ≤ 1.2)"
        )


def suggestion_rows_once(db: Database) -> list[tuple[Any, ...]]:
    with db.session(write=False) as s:
        return [next(iter(suggestion_rows(s, Scope())))]


def period_with(db: Database, wanted: int) -> Scope:
    """The period, starting at the first suggestion, that holds about `wanted` suggestions."""
    import sqlalchemy as sa

    from app.models._base import table_of
    from app.models.suggestions import Suggestion

    sg = table_of(Suggestion).c
    with db.session(write=False) as s:
        days = s.execute(
            sa.select(sg.raised_on, sa.func.count()).where(sg.archived_at.is_(None)).group_by(sg.raised_on)
        ).all()
    total = 0
    start = min(d for d, _ in days)
    end = start
    for day, n in sorted(days):
        total += n
        end = day
        if total >= wanted:
            break
    return Scope(start, end)


def bench_import(db: Database, work: Path, wanted: int) -> None:
    scope = period_with(db, wanted)
    source = work / "import.xlsx"
    export = LedgerExportService(db, ACTOR).export(source, scope, full=True)
    print(f"import of the ledgers {scope.describe()}: {export.counts}")
    target_path = work / "empty.sqlite3"
    target = open_database(target_path)
    service = LedgerImportService(target, ACTOR, today=date.today() + timedelta(days=0))
    reports: list[tuple[int, int]] = []
    _, preview = timed("read", service.read, source)
    _, plan = timed(
        "validate", lambda: service.validate(preview, progress=lambda d, t, m: reports.append((d, t)))
    )
    print("  " + "；".join(plan_summary(plan)) + f"；错误 {len(plan.errors)} 处")
    _, result = timed(
        "apply (one transaction)",
        lambda: service.apply(plan, progress=lambda d, t, m: reports.append((d, t))),
    )
    print(f"  progress reports: {len(reports)}; written: {result.total()} records")
    _, again = timed(
        "validate the same file again (every row compared with the database)", service.validate, preview
    )
    print(f"  unchanged: {again.unchanged}; to write: {len(again.records)}")
    target.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", type=Path, help="SQLite file to use (built with the demo command when missing)"
    )
    parser.add_argument("--sessions", type=int, default=35_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--import-rows", type=int, default=10_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-excel-"))
    try:
        path = args.db or work / "bench.sqlite3"
        if not path.exists():
            build_database(path, args.sessions)
        db = open_database(path)
        try:
            bench_export(db, work, args.repeat)
            if args.import_rows:
                bench_import(db, work, args.import_rows)
        finally:
            db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
