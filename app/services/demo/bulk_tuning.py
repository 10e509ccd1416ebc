"""Settings for one large load: a big page cache, secondary indexes built once at the end, and no cyclic
garbage collection while the rows are made.

Rows land all over every secondary index (a suggestion's session, a member's attendance …): inserting
them one by one into a dozen indexes costs more than the table writes themselves. Dropping the plain
(non-unique) indexes of the tables being filled and recreating them from their stored SQL afterwards
sorts each index once. Everything happens in the caller's transaction, so a failed load leaves the
indexes as they were.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa

CACHE_KIB = 98_304  # 96 MB while loading (a larger cache gains little and counts in the peak)
# All SQLite may hold at once while loading: the page cache, the search index's buffer of new terms and
# the index builds' sorters. The search index's rebuild asks for a 256 MB cache and a 64 MB buffer of
# its own; under this soft limit SQLite reuses cache pages rather than growing past it.
HEAP_LIMIT_BYTES = 160 * 1024 * 1024


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The load's rows are plain dicts and tuples without cycles, freed by reference counting; the
    collector would only walk the chunk held in memory again and again (a tenth of the load's CPU)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@contextmanager
def large_cache(conn: sa.Connection) -> Iterator[None]:
    """A large page cache for the block, and SQLite's heap (process-wide) held to HEAP_LIMIT_BYTES."""
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    limit = conn.exec_driver_sql("PRAGMA soft_heap_limit").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
    conn.exec_driver_sql(f"PRAGMA soft_heap_limit={HEAP_LIMIT_BYTES}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA soft_heap_limit={int(limit or 0)}")
        conn.exec_driver_sql(f"PRAGMA cache_size={int(previous or -2000)}")


@contextmanager
def indexes_built_after(
    conn: sa.Connection, tables: Iterable[str], *, enabled: bool = True
) -> Iterator[None]:
    """Drop the plain indexes of `tables` for the block and recreate them (same names, same SQL) after."""
    if not enabled or conn.dialect.name != "sqlite":
        yield
        return
    names = list(tables)
    marks = ", ".join(f":t{i}" for i in range(len(names)))
    saved = conn.execute(
        sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name"
        ),
        {f"t{i}": n for i, n in enumerate(names)},
    ).all()
    for name, _sql in saved:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in saved:
        conn.exec_driver_sql(sql)


@contextmanager
def fresh_file_build(conn: sa.Connection, *, enabled: bool = True) -> Iterator[None]:
    """For a load into a database with nothing to lose: the rollback journal in memory, no syncs and
    no reference checks row by row while the block runs (outside any transaction), then the usual WAL,
    synchronous=NORMAL and foreign keys again. The loader checks every reference at once at the end
    (`check_references`), before it commits.

    A crash during the load may leave a broken file — of a database that held no records.
    """
    if not enabled or conn.dialect.name != "sqlite" or conn.in_transaction():
        yield
        return
    driver = conn.connection.driver_connection  # PRAGMAs outside SQLAlchemy's transaction (no BEGIN)
    assert driver is not None
    mode = driver.execute("PRAGMA journal_mode").fetchone()[0]
    switched = driver.execute("PRAGMA journal_mode=MEMORY").fetchone()[0] == "memory"
    driver.execute("PRAGMA synchronous=OFF")
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        driver.execute("PRAGMA foreign_keys=ON")
        if switched and mode:
            driver.execute(f"PRAGMA journal_mode={mode}")
        driver.execute("PRAGMA synchronous=NORMAL")


def check_references(conn: sa.Connection) -> None:
    """Every foreign key of the database resolves (one pass over the tables, far cheaper than checking
    row by row while loading); raises before the load commits when one does not."""
    if conn.dialect.name != "sqlite":
        return
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the load left {len(broken)} references unresolved, e.g. {broken[:3]}")
