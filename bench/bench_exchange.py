"""Data package speed: export and import of the whole office against the same JSON Lines with no merge.

    python bench/bench_exchange.py [--db PATH] [--sessions 10000]

Without --db (or when the file does not exist yet) the office is built with
`python -m app --db PATH demo --sessions N` (10,000 sessions bring about 30,000 suggestions, their
attendance, participants, units, instructions and handling events).

Ours: `exchange export` of the whole office (every kind, bases, zip, SHA-256 of every member, Ed25519
signature) and `exchange import` of that package into an empty database (checks, permissions, per-record
three-way merge bookkeeping, audit entries, search index), then the same package imported again (every
record unchanged).

Bare: the same rows, read with the same queries and encoded the same way, written to plain JSON Lines
files; then read back, decoded and inserted into an empty database with executemany — no zip, no
hashes, no signature, no merge, no audit, no index. The issue asks for ours within 3× of bare.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from app.db import open_database  # noqa: E402
from app.db.session import Database  # noqa: E402
from app.models.enums import UserRole  # noqa: E402
from app.services.actor import Actor  # noqa: E402
from app.services.exchange import ExchangeService  # noqa: E402
from app.services.exchange.kinds import KINDS  # noqa: E402

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


def timed(fn: Any, *args: Any) -> tuple[tuple[float, float], Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return (time.perf_counter() - wall, time.process_time() - cpu), result


def bare_write(db: Database, folder: Path) -> int:
    """Each kind's rows to <kind>.jsonl, read and encoded as the package writes them."""
    count = 0
    with db.engine.connect() as conn:
        for kind in KINDS:
            enc = kind.encoders
            with (folder / f"{kind.key}.jsonl").open("w", encoding="utf-8") as out:
                for row in conn.execute(sa.select(kind.table).where(*_where(kind))).mappings():
                    line = {
                        "id": str(row["id"]),
                        "rev": row["revision"],
                        "created_at": enc["created_at"](row["created_at"]),
                        "v": {f: enc[f](row[f]) for f in kind.fields},
                    }
                    out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
                    count += 1
    return count


def _where(kind: Any) -> list[Any]:
    clause = kind.scope_clause(None)
    return [] if clause is None else [clause]


def bare_read(db: Database, folder: Path) -> int:
    """Back into an empty database: decode and insert, kind by kind, nothing else."""
    count = 0
    with db.engine.begin() as conn:
        for kind in KINDS:
            dec = kind.decoders
            rows = []
            with (folder / f"{kind.key}.jsonl").open(encoding="utf-8") as source:
                for raw in source:
                    line = json.loads(raw)
                    row = {f: dec[f](v) for f, v in line["v"].items()}
                    row.update(
                        id=dec["id"](line["id"]),
                        created_at=dec["created_at"](line["created_at"]),
                        updated_at=dec["created_at"](line["created_at"]),
                        version=1,
                        revision=line["rev"],
                    )
                    for name, derive in kind.derived.items():
                        row[name] = derive(row)
                    rows.append(row)
            for start in range(0, len(rows), 5000):
                conn.execute(sa.insert(kind.table), rows[start : start + 5000])
            count += len(rows)
    return count


def show(label: str, ours: tuple[float, float], bare: tuple[float, float]) -> None:
    print(
        f"  {label:<8} ours {ours[0]:6.2f} s wall / {ours[1]:6.2f} s CPU;  bare {bare[0]:6.2f} s wall / "
        f"{bare[1]:6.2f} s CPU;  ratio {ours[0] / bare[0]:.2f}× wall, {ours[1] / bare[1]:.2f}× CPU"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path)
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        office_path = args.db or work / "office.sqlite3"
        if not office_path.exists():
            build_database(office_path, args.sessions)
        template = work / "empty.sqlite3"
        open_database(template).dispose()
        office = open_database(office_path)
        service = ExchangeService(office, ACTOR)
        package = work / "office.zip"
        export_time, result = timed(service.export, package)
        print(
            f"package: {sum(result.counts.values()):,} records "
            f"({result.counts.get('session', 0):,} sessions, {result.counts.get('suggestion', 0):,} "
            f"suggestions), {package.stat().st_size / 1e6:.1f} MB"
        )
        bare_folder = work / "bare"
        bare_folder.mkdir()
        bare_export, written = timed(bare_write, office, bare_folder)
        assert written == sum(result.counts.values()), (written, result.counts)
        office.dispose()

        receiver_path = work / "receiver.sqlite3"
        shutil.copy(template, receiver_path)
        receiver = open_database(receiver_path)
        import_time, summary = timed(ExchangeService(receiver, ACTOR).import_package, package)
        assert summary.total["created"] == written and not summary.total["refused"], summary.total
        again_time, again = timed(ExchangeService(receiver, ACTOR).import_package, package)
        assert again.total["unchanged"] == written
        receiver.dispose()
        bare_path = work / "bare.sqlite3"
        shutil.copy(template, bare_path)
        bare_db = open_database(bare_path)
        bare_import, read = timed(bare_read, bare_db, bare_folder)
        assert read == written
        bare_db.dispose()

    print("times (ours: the real export and import; bare: the same JSON Lines, no merge logic)")
    show("export", export_time, bare_export)
    show("import", import_time, bare_import)
    both = (export_time[0] + import_time[0], export_time[1] + import_time[1])
    show("both", both, (bare_export[0] + bare_import[0], bare_export[1] + bare_import[1]))
    print(
        f"  again    ours {again_time[0]:6.2f} s wall / {again_time[1]:6.2f} s CPU "
        "(the same package once more: nothing changes)"
    )
    ratio = both[0] / (bare_export[0] + bare_import[0])
    print(f"target: within 3× — {'met' if ratio <= 3 else 'NOT met'} ({ratio:.2f}× wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
