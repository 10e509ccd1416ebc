"""Every benchmark that reports targets, one after another, and one table of issue 13's ratios.

    python bench/run_all.py [--sessions 100000] [--only startup stats …] [--list]

A benchmark takes part when its file (bench/bench_*.py) reports rows through `common.emit` (see
bench/common.py and bench/README.md): it is run as `python bench/bench_NAME.py --sessions N` with
BENCH_RESULTS_JSON=1, and every JSON line it prints with the keys operation, target, measured, ratio
and met becomes a row. A benchmark that fails is a row too ("failed", with its last words), and the
others still run. The table ends with how many targets are met.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import RESULTS_ENV, ROOT, compiled  # noqa: E402

KEYS = ("operation", "target", "measured", "ratio", "met")
FIRST = ("startup", "stats", "search", "lists")  # the rest follow in name order


def benchmarks() -> list[str]:
    """The names (bench_NAME.py) of the benchmarks that report through `emit`."""
    found = [
        p.stem.removeprefix("bench_")
        for p in sorted(HERE.glob("bench_*.py"))
        if "emit(" in p.read_text(encoding="utf-8")
    ]
    return sorted(found, key=lambda n: (FIRST.index(n) if n in FIRST else len(FIRST), n))


def rows_of(output: str) -> list[dict[str, Any]]:
    rows = []
    for line in output.splitlines():
        if not line.startswith("{"):
            continue
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and set(KEYS) <= set(row):
            rows.append(row)
    return rows


def run(name: str, sessions: int) -> tuple[list[dict[str, Any]], float]:
    started = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, str(HERE / f"bench_{name}.py"), "--sessions", str(sessions)],
        cwd=ROOT,
        env={**env, RESULTS_ENV: "1"},
        capture_output=True,
        text=True,
    )
    took = time.perf_counter() - started
    rows = rows_of(done.stdout)
    if done.returncode != 0 or not rows:
        last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or ["no output"]
        rows.append(
            {"operation": f"bench_{name}", "target": "—", "measured": f"failed: {last[0][:80]}",
             "ratio": None, "met": False}
        )  # fmt: skip
    return rows, took


def table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    head = ("bench", "operation", "target", "measured", "ratio", "met")
    cells = [
        (
            bench,
            str(r["operation"]),
            str(r["target"]),
            str(r["measured"]),
            "—" if r["ratio"] is None else f"{float(r['ratio']):.2f}",
            {True: "met", False: "NOT MET", None: "—"}[r["met"]],
        )
        for bench, r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(head)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)) for cell in cells]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these (startup, stats, …)")
    parser.add_argument("--list", action="store_true", help="name the benchmarks that would run")
    args = parser.parse_args()
    names = benchmarks()
    if args.only:
        unknown = sorted(set(args.only) - set(names))
        if unknown:
            parser.error(f"no benchmark reports {', '.join(unknown)} (there are {', '.join(names)})")
        names = [n for n in names if n in args.only]
    if args.list:
        print("\n".join(names))
        return 0
    compiled()
    collected: list[tuple[str, dict[str, Any]]] = []
    for name in names:
        print(f"running bench_{name}.py --sessions {args.sessions} …", file=sys.stderr, flush=True)
        rows, took = run(name, args.sessions)
        print(f"  {len(rows)} rows in {took:.0f} s", file=sys.stderr, flush=True)
        collected += [(name, r) for r in rows]
    print(table(collected))
    judged = [r for _, r in collected if r["met"] is not None]
    met = sum(1 for r in judged if r["met"])
    print(f"\n{met} of {len(judged)} targets met ({args.sessions:,} sessions)")
    return 0 if met == len(judged) else 1


if __name__ == "__main__":
    sys.exit(main())
