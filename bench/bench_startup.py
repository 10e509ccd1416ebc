"""Start-up: `--version`, `--help`, the first window and the 工作台's figures, against bare PySide6.

    python bench/bench_startup.py [--sessions 100000] [--repeat 5] [--screenshots]

Every start is a fresh process (timed from just before it is started, interpreter included), run in
pairs with its baseline, wall time and the process's CPU time:

  --version, --help        against `python -c pass` (the target is absolute: ≤ 0.3 s)
  first window             the desktop app's real start (bench/startup_probe.py: `python -m app`'s path,
                           fresh window settings, so its default page, the 工作台) to the first paint of
                           the first window a person sees — on a database with accounts (the demo's)
                           that is the sign-in dialog — against a bare QMainWindow with a 200-row
                           QTableView.
  main window              the same start until the main window has painted on its default page, the
                           person signing in the moment the dialog painted (no typing time: everything
                           the app loads behind the dialog is counted). Also given without the sign-in's
                           argon2 verification and audit record (a fixed cost of the password policy).
  工作台 with figures       the same start until the 工作台 shows figures (the last computed ones, dated;
                           the fresh ones' delay is printed too)
  screenshot               (--screenshots) `screenshot` of 站室组 and of the 工作台, against the bare
                           window grabbed and saved as PNG

Every start of the app uses the same data folder, as one computer's would: the first (unrecorded) start
does the start-up check and leaves its record (app/db/check_record.py).

The database is the cached demo database (bench/cache.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import cached_database, scratch_copy
from common import Paired, Result, compiled, emit, last_json, median, ratio_result, run_child

PROBE = "bench/startup_probe.py"


def fresh_env(folder: Path, data: Path | None = None) -> dict[str, str]:
    """A data folder of its own (fresh settings), or the given one (the same computer's)."""
    if data is None:
        data = Path(tempfile.mkdtemp(dir=folder))
    else:
        data.mkdir(exist_ok=True)
        for leftover in data.glob("*.ini"):  # fresh window settings: the default page each time
            leftover.unlink()
    return {"LEDGER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "LEDGER_PASSWORD": "demo1234"}


def probe(mode: str, folder: Path, data: Path | None = None, *extra: str) -> dict[str, Any]:
    run = run_child([PROBE, mode, repr(time.time()), *extra], env=fresh_env(folder, data))
    return last_json(run.stdout)


def timed_child(args: list[str], folder: Path) -> float:
    return run_child(args, env=fresh_env(folder)).wall


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--screenshots", action="store_true", help="also time `screenshot` (no target)")
    args = parser.parse_args()
    cached = cached_database(args.sessions)
    compiled()
    print(f"database: {cached.name}")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        folder = Path(tmp)
        db = str(scratch_copy(cached, folder))
        data = folder / "data"  # one person's data folder for every start, as on a real computer
        flags(folder, args.repeat)
        starts(folder, db, data, args.repeat)
        if args.screenshots:
            screenshots(folder, db, args.repeat)
    os.environ.pop("LEDGER_DATA_DIR", None)
    return 0


def flags(folder: Path, repeat: int) -> None:
    for flag in ("--version", "--help"):
        result, cpu = Paired(f"python -m app {flag}"), Paired(f"python -m app {flag}, CPU")
        for i in range(repeat + 1):
            pair = [("ours", ["-m", "app", flag]), ("bare", ["-c", "pass"])]
            for who, argv in pair if i % 2 == 0 else pair[::-1]:
                run = run_child(argv, env=fresh_env(folder))
                if i:
                    (result.ours if who == "ours" else result.bare).append(run.wall)
                    (cpu.ours if who == "ours" else cpu.bare).append(run.cpu)
        print(result.line("s", "≤ 0.3 s"))
        print(cpu.line("s", "≤ 0.3 s"))
        if flag == "--version":
            took, spent = median(result.ours), median(cpu.ours)
            idle = f"bare python {median(result.bare):.2f} s"
            emit(Result("--version, wall", "≤ 0.3 s", f"{took:.2f} s ({idle})", took, took <= 0.3))
            emit(Result("--version, CPU", "≤ 0.3 s", f"{spent:.2f} s (bare python {median(cpu.bare):.2f} s)",
                        spent, spent <= 0.3))  # fmt: skip


def starts(folder: Path, db: str, data: Path, repeat: int) -> None:
    """The desktop app's start against the bare window, in pairs (the first round warms the caches and
    leaves the start-up check's record, as any earlier start on this computer would)."""
    window, window_cpu = Paired("first window (sign-in dialog)"), Paired("first window, CPU")
    main, main_cpu = Paired("main window, 工作台 (instant sign-in)"), Paired("main window, CPU")
    without = Paired("main window, sign-in not counted")
    figures = Paired("工作台 with figures")
    after: list[float] = []
    fresh_after: list[float] = []
    hashing: list[float] = []
    kinds: set[str] = set()
    for i in range(repeat + 1):
        order = ("ours", "bare") if i % 2 == 0 else ("bare", "ours")
        got: dict[str, dict[str, Any]] = {}
        for who in order:
            got[who] = probe("app", folder, data, "--db", db) if who == "ours" else probe("bare", folder)
        if not i:
            continue
        ours, bare = got["ours"], got["bare"]
        kinds.add(str(ours.get("first_window")))
        for pair, o, b in (
            (window, ours["window"], bare["window"]),
            (window_cpu, ours["window_cpu"], bare["window_cpu"]),
            (main, ours["main_window"], bare["window"]),
            (main_cpu, ours["main_window_cpu"], bare["window_cpu"]),
            (without, ours["main_window"] - ours["sign_in_seconds"], bare["window"]),
            (figures, ours["figures"], bare["window"]),
        ):
            pair.ours.append(o)
            pair.bare.append(b)
        after.append(max(0.0, ours["figures"] - ours["main_window"]))
        fresh_after.append(ours.get("fresh", float("nan")) - ours["main_window"])
        hashing.append(ours["sign_in_seconds"])
    for pair in (window, window_cpu, main, main_cpu, without, figures):
        print(pair.line("s"))
    print(f"  first window: {', '.join(sorted(kinds))}; sign-in (argon2 + audit) {median(hashing):.2f} s")
    emit(ratio_result("start to first window (sign-in dialog), wall", window, 1.5, what="bare window"))
    emit(ratio_result("start to first window (sign-in dialog), CPU", window_cpu, 1.5, what="bare window"))
    emit(ratio_result("start to main window, default page, instant sign-in", main, 1.5, what="bare window"))
    emit(ratio_result("  the same, sign-in's argon2 + audit not counted", without, 1.5, what="bare window"))
    emit(ratio_result("start to 工作台 with figures (instant sign-in)", figures, 3.0, what="bare window"))
    shown = median(after)
    emit(Result("工作台 figures after the main window (last computed, dated)", "≤ 0.5 s",
                f"{shown:.2f} s; fresh ones {median(fresh_after):.2f} s", shown, shown <= 0.5))  # fmt: skip


def screenshots(folder: Path, db: str, repeat: int) -> None:
    for page in ("platforms", "dashboard"):
        shot = Paired(f"screenshot --page {page}")
        for i in range(repeat + 1):
            order = ("ours", "bare") if i % 2 == 0 else ("bare", "ours")
            for who in order:
                out = str(folder / f"{who}.png")
                if who == "ours":
                    seconds = timed_child(
                        ["-m", "app", "--db", db, "--user", "admin", "screenshot", out, "--page", page],
                        folder,
                    )
                else:
                    seconds = timed_child([PROBE, "bare-shot", repr(time.time()), out], folder)
                if i:
                    (shot.ours if who == "ours" else shot.bare).append(seconds)
        print(shot.line("s"))


if __name__ == "__main__":
    sys.exit(main())
