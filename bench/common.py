"""What every benchmark shares: paired runs against a bare baseline, medians, subprocess timing, and
the one way each reports a target of issue 13's table to `bench/run_all.py`.

The machine is shared, so nothing is timed once: each operation runs in pairs with its bare baseline
(alternating which goes first), and the medians are reported, with the median of the per-pair ratios.

Reporting a target (the interface `bench/run_all.py` collects; see bench/README.md):

    from common import Result, emit
    emit(Result("stats --json, all time", "≤ 1.2× hand-written SQL", "4.1 s vs 3.8 s", 1.08, True))

`emit` prints one human line, or — when the runner set BENCH_RESULTS_JSON=1 — one JSON line
`{"operation", "target", "measured", "ratio", "met"}` (ratio: the number compared with the target, a
ratio or seconds; met: true/false, or null when there is no target). A benchmark plugs into the runner
by calling `emit` for each row it measures and accepting `--sessions N`; nothing else is required.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100), by nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass
class Paired:
    """Times (seconds) of an operation and its baseline, measured in alternating pairs."""

    name: str
    ours: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        """The median of the per-pair ratios (steadier than the ratio of medians on a busy machine)."""
        return median([o / b for o, b in zip(self.ours, self.bare, strict=True) if b > 0])

    def line(self, unit: str = "ms", target: str = "") -> str:
        scale = 1000 if unit == "ms" else 1
        ours, bare = median(self.ours) * scale, median(self.bare) * scale
        return (
            f"{self.name:44} ours {ours:9.2f} {unit}   bare {bare:9.2f} {unit}   ratio {self.ratio:6.2f}"
            + (f"   (target {target})" if target else "")
        )


def paired(
    name: str, ours: Callable[[], Any], bare: Callable[[], Any], repeat: int, *, warm: int = 1
) -> Paired:
    """Run `ours` and `bare` `repeat` times each, alternating which goes first; `warm` unrecorded rounds."""
    result = Paired(name)
    for i in range(warm + repeat):
        first, second = (ours, bare) if i % 2 == 0 else (bare, ours)
        t1 = clock(first)
        t2 = clock(second)
        t_ours, t_bare = (t1, t2) if i % 2 == 0 else (t2, t1)
        if i >= warm:
            result.ours.append(t_ours)
            result.bare.append(t_bare)
    return result


def clock(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def repeated(fn: Callable[[], Any], repeat: int, *, warm: int = 1) -> list[float]:
    for _ in range(warm):
        fn()
    return [clock(fn) for _ in range(repeat)]


@dataclass
class ChildRun:
    wall: float
    cpu: float  # user + system seconds of the child
    peak_mb: float  # the child's peak resident memory
    stdout: str


def run_child(args: Sequence[str], *, env: dict[str, str] | None = None, check: bool = True) -> ChildRun:
    """Run a Python child process from the checkout; its wall time, CPU time and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**environ, **(env or {})},
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: a fresh reading needs a fresh child,
    # so children that report their own peak print it as JSON (see child_peak_mb).
    return ChildRun(wall, cpu, after.ru_maxrss / 1024, done.stdout)


def compiled() -> None:
    """Byte-compile the checkout once, as an installed app is: children then time running, not compiling."""
    import compileall

    compileall.compile_dir(str(ROOT / "app"), quiet=1)


def last_json(text: str) -> dict[str, Any]:
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    raise ValueError(f"no JSON line in output:\n{text[-2000:]}")


def own_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


RESULTS_ENV = "BENCH_RESULTS_JSON"


@dataclass(frozen=True)
class Result:
    """One row of the table: what was measured, its target, the number compared, whether it is met."""

    operation: str
    target: str
    measured: str
    ratio: float | None
    met: bool | None

    def as_dict(self) -> dict[str, Any]:
        ratio = None if self.ratio is None or self.ratio != self.ratio else round(self.ratio, 4)
        return {
            "operation": self.operation,
            "target": self.target,
            "measured": self.measured,
            "ratio": ratio,
            "met": self.met,
        }


def emit(result: Result) -> Result:
    """Print the row: a JSON line for bench/run_all.py (BENCH_RESULTS_JSON=1), else a human line."""
    if os.environ.get(RESULTS_ENV) == "1":
        print(json.dumps(result.as_dict(), ensure_ascii=False), flush=True)
    else:
        met = {True: "met", False: "NOT MET", None: "—"}[result.met]
        ratio = "" if result.ratio is None else f"{result.ratio:7.2f}"
        print(f"  = {result.operation:50} {result.measured:34} {ratio:>7}  ({result.target})  {met}")
    return result


def ratio_result(operation: str, pair: Paired, limit: float, unit: str = "s", what: str = "bare") -> Result:
    """A Result from a paired measurement with a ratio target."""
    scale = 1000 if unit == "ms" else 1
    ours, bare = median(pair.ours) * scale, median(pair.bare) * scale
    return Result(
        operation,
        f"≤ {limit:g}× {what}",
        f"{ours:.2f} {unit} vs {bare:.2f} {unit}",
        pair.ratio,
        pair.ratio <= limit,
    )


def verdict(value: float, limit: float) -> str:
    return "ok" if value <= limit else "MISSED"
