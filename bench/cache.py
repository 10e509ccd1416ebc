"""Demo databases for the benchmarks, built once and kept outside the checkout.

    python bench/cache.py 10000 100000 300000   # build (or find) them; prints their paths

A database is named by its session count, the schema's migration head (and chain) and the demo's version
(`DEMO_VERSION` in app/services/demo), so a change to the demo's rows builds a fresh one and a new
migration upgrades a copy of the older one, while every other run reuses it. The folder is
`$LEDGER_BENCH_CACHE`, else `$XDG_CACHE_HOME/consultation-ledger-bench` (`~/.cache/…`). Benchmarks
that write (a sign-in writes the audit trail) use `scratch_copy`; reads go to the cached file itself.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 2024


def cache_dir() -> Path:
    explicit = os.environ.get("LEDGER_BENCH_CACHE")
    if explicit:
        folder = Path(explicit)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "consultation-ledger-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def schema_head() -> str:
    """The newest migration's revision id, read from the files (no Alembic import needed)."""
    versions = ROOT / "app" / "db" / "migrations" / "versions"
    revisions: dict[str, str | None] = {}
    for path in versions.glob("*.py"):
        rev = down = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("revision") and "=" in line:
                rev = line.split("=", 1)[1].split("#")[0].strip().strip("\"'")
            elif line.startswith("down_revision") and "=" in line:
                value = line.split("=", 1)[1].split("#")[0].strip()
                down = None if value == "None" else value.strip("\"'")
        if rev:
            revisions[rev] = down
    parents = {d for d in revisions.values() if d}
    heads = sorted(r for r in revisions if r not in parents)
    # The chain's shape too: when revisions are re-chained, a file at the same head holds another schema.
    chain = hashlib.sha1(repr(sorted(revisions.items(), key=str)).encode()).hexdigest()[:6]
    return ("+".join(heads) or "none") + f"-{chain}"


def demo_version() -> str:
    """`DEMO_VERSION` of app/services/demo (bumped whenever the demo's rows change), read from the file."""
    text = (ROOT / "app" / "services" / "demo" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("DEMO_VERSION") and "=" in line:
            return line.split("=", 1)[1].split("#")[0].strip()
    return "1"


def database_path(sessions: int) -> Path:
    return cache_dir() / f"demo-{sessions}-seed{SEED}-rev{schema_head()}-demo{demo_version()}.sqlite3"


def cached_database(sessions: int, *, quiet: bool = False) -> Path:
    """The path of a demo database of `sessions` sessions, built with `python -m app demo` if missing."""
    path = database_path(sessions)
    if path.exists():
        return path
    partial = path.with_suffix(".building")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    env = {**os.environ, "LEDGER_DATA_DIR": str(cache_dir() / "data")}
    older = _older(sessions)
    if older is not None:
        # The same demo at an older schema: migrating a copy keeps every row and is much faster.
        if not quiet:
            print(f"migrating a copy of {older.name} to {path.name} …", file=sys.stderr, flush=True)
        import shutil

        shutil.copyfile(older, partial)
        code = (
            "import sys\n"
            "from app.db.engine import create_db_engine\n"
            "from app.db.migrate import upgrade\n"
            "engine = create_db_engine(sys.argv[1])\n"
            "upgrade(engine, backup=False)\n"
            "engine.dispose()\n"
        )
        subprocess.run([sys.executable, "-c", code, str(partial)], cwd=ROOT, env=env, check=True)
    else:
        if not quiet:
            print(f"building {path.name} (demo --sessions {sessions}) …", file=sys.stderr, flush=True)
        subprocess.run(
            [sys.executable, "-m", "app", "--db", str(partial), "demo", "--sessions", str(sessions),
             "--seed", str(SEED)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
    # Fold the write-ahead log into the file, so the cached copy is one self-contained file.
    import sqlite3

    with sqlite3.connect(partial) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(path)
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    if not quiet:
        print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def _older(sessions: int) -> Path | None:
    """A cached database of the same demo and size at an older schema head, if any (the newest)."""
    pattern = f"demo-{sessions}-seed{SEED}-rev*-demo{demo_version()}.sqlite3"
    found = [p for p in cache_dir().glob(pattern) if p != database_path(sessions)]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def scratch_copy(path: Path, folder: Path) -> Path:
    """A copy to write to (signing in writes the audit trail): the cached file stays as it was built."""
    import shutil

    target = folder / path.name
    shutil.copyfile(path, target)
    return target


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [100_000]
    for n in sizes:
        print(cached_database(n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
