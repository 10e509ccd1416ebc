"""Start-up: `--version`, `--help`, the first window and the 工作台's figures, against bare PySide6.

    python bench/bench_startup.py [--sessions 100000] [--repeat 5]

Every start is a fresh process (timed from just before it is started, interpreter included), run in
pairs with its baseline:

  --version, --help        against `python -c pass` (the target is absolute: ≤ 0.3 s)
  first window             the desktop app's real start (bench/startup_probe.py: `python -m app`'s path,
                           fresh settings, so its default page, the 工作台) to the window's first paint,
                           against a bare QMainWindow with a 200-row QTableView. The sign-in's argon2
                           verification (a fixed cost of the password policy) is printed apart, and the
                           ratio is also given without it.
  工作台 with figures       the same start until the 工作台 shows figures computed in this run
  screenshot               `screenshot` of its default page (站室组) and of the 工作台, against the bare
                           window grabbed and saved as PNG

The database is the cached demo database (bench/cache.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import cached_database, scratch_copy
from common import Paired, last_json, median, run_child, verdict

PROBE = "bench/startup_probe.py"


def fresh_env(folder: Path) -> dict[str, str]:
    data = Path(tempfile.mkdtemp(dir=folder))
    return {"LEDGER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "LEDGER_PASSWORD": "demo1234"}


def probe(mode: str, folder: Path, *extra: str) -> dict[str, float]:
    run = run_child([PROBE, mode, repr(time.time()), *extra], env=fresh_env(folder))
    return last_json(run.stdout)


def timed_child(args: list[str], folder: Path) -> float:
    return run_child(args, env=fresh_env(folder)).wall


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cached = cached_database(args.sessions)
    print(f"database: {cached.name}")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        folder = Path(tmp)
        db = str(scratch_copy(cached, folder))
        for flag in ("--version", "--help"):
            result = Paired(f"python -m app {flag}")
            for i in range(args.repeat + 1):
                pair = [("ours", ["-m", "app", flag]), ("bare", ["-c", "pass"])]
                for who, argv in pair if i % 2 == 0 else pair[::-1]:
                    seconds = timed_child(argv, folder)
                    if i:
                        (result.ours if who == "ours" else result.bare).append(seconds)
            print(result.line("s", "≤ 0.3 s") + f"   {verdict(median(result.ours), 0.3)}")

        window = Paired("first window (工作台, default page)")
        without = Paired("first window, sign-in hash not counted")
        figures = Paired("工作台 with fresh figures")
        after: list[float] = []
        cached_at: list[float] = []
        hashing: list[float] = []
        for i in range(args.repeat + 1):
            order = ("ours", "bare") if i % 2 == 0 else ("bare", "ours")
            got: dict[str, dict[str, float]] = {}
            for who in order:
                got[who] = probe("app", folder, "--db", db) if who == "ours" else probe("bare", folder)
            if not i:
                continue
            ours, bare = got["ours"], got["bare"]
            window.ours.append(ours["window"])
            window.bare.append(bare["window"])
            without.ours.append(ours["window"] - ours["sign_in_seconds"])
            without.bare.append(bare["window"])
            figures.ours.append(ours["fresh"])
            figures.bare.append(bare["window"])
            after.append(ours["fresh"] - ours["window"])
            cached_at.append(ours["figures"] - ours["window"])
            hashing.append(ours["sign_in_seconds"])
        print(window.line("s", "≤ 1.5×") + f"   {verdict(window.ratio, 1.5)}")
        print(without.line("s", "≤ 1.5×") + f"   {verdict(without.ratio, 1.5)}")
        print(f"{'  argon2 verification of the sign-in':44} {median(hashing):9.2f} s")
        print(figures.line("s", "≤ 3×") + f"   {verdict(figures.ratio, 3.0)}")
        print(
            f"{'  fresh figures after the window':44} {median(after):9.2f} s   (target ≤ 0.5 s)   "
            f"{verdict(median(after), 0.5)}"
        )
        print(f"{'  first figures (cached) after the window':44} {median(cached_at):9.2f} s")

        for page in ("platforms", "dashboard"):
            shot = Paired(f"screenshot --page {page}")
            for i in range(args.repeat + 1):
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
    os.environ.pop("LEDGER_DATA_DIR", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
