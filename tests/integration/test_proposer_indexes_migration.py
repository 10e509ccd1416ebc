"""Migration 0015 (the proposer's two indexes partial) keeps every row, down and up again.

A demo ledger at the head is taken back to 0014 (the full indexes), read row by row, upgraded and
read again; the indexes hold the rows the sort by 提出人 reads: the 委员's in one, the others in the other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import app.db.migrate as migrate
from app.db.engine import create_db_engine
from tests.integration.test_compact_revisions_migration import index_sql
from tests.support import demo_ledger

# Every table but the full-text index itself (its own tables, which hold its content, are read).
SHADOWED = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
NAMES = ("ix_suggestion_proposer_id", "ix_suggestion_proposer_text")


def rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as conn:
        tables = [n for (n,) in conn.execute(SHADOWED)]
        out = {}
        for table in tables:
            if table == "alembic_version":
                continue
            try:
                out[table] = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # WITHOUT ROWID (the full-text index's own tables)
                out[table] = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        return out


def without_titles(found: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows as a revision before 0016 holds them: the search index's entries without their titles."""
    return {**found, "search_doc": [r[:-1] for r in found["search_doc"]]}


def indexed(path: Path, name: str) -> int:
    """How many rows the index holds (ANALYZE's count of its entries, on a copy in memory)."""
    source, conn = sqlite3.connect(path), sqlite3.connect(":memory:")
    try:
        source.backup(conn)  # with what the write-ahead log holds
        conn.execute("ANALYZE")
        found = conn.execute("SELECT stat FROM sqlite_stat1 WHERE idx = ?", (name,)).fetchone()
    finally:
        source.close()
        conn.close()
    return int(found[0].split()[0]) if found else 0


def back_and_up(path: Path, revision: str, at_revision: Callable[[], None]) -> None:
    """Take the ledger back to `revision`, check it there (`at_revision`) and upgrade it to the head."""
    engine = create_db_engine(path)
    try:
        migrate.downgrade(engine, revision)
        at_revision()
        migrate.upgrade(engine, backup=False)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_the_upgrade_keeps_every_row_and_splits_the_rows_between_the_indexes(
    migrated_template: Path, tmp_path: Path
) -> None:
    path = demo_ledger(
        migrated_template, tmp_path / "ledger.sqlite3", sessions=40, seed=7, today=date(2026, 6, 30)
    )
    head_rows, head_indexes = rows(path), index_sql(path)
    with sqlite3.connect(path) as conn:
        members, others = conn.execute(
            "SELECT count(proposer_id), count(*) - count(proposer_id) FROM suggestion"
        ).fetchone()
    assert members and others  # both kinds of proposer are there
    assert head_indexes["ix_suggestion_proposer_id"].endswith("WHERE proposer_id IS NOT NULL")
    assert head_indexes["ix_suggestion_proposer_text"].endswith("WHERE proposer_id IS NULL")

    def at_0014() -> None:
        assert rows(path) == without_titles(head_rows)
        old = index_sql(path)
        assert all("WHERE" not in old[name] for name in NAMES)
        assert indexed(path, "ix_suggestion_proposer_id") == members + others  # every row, at 0014

    back_and_up(path, "0014", at_0014)
    assert rows(path) == head_rows
    assert index_sql(path) == head_indexes
    assert indexed(path, "ix_suggestion_proposer_id") == members
    assert indexed(path, "ix_suggestion_proposer_text") == others
