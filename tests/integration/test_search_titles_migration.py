"""Migration 0016 (each suggestion's title kept beside its search-index entry) keeps every row, down and
up again, and gives every suggestion's entry its title.

A demo ledger at the head is taken back to 0015 (no titles in the index), read row by row, upgraded and
read again: every row as it was at the head, the titles those of the suggestions, none for sessions.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from tests.integration.test_compact_revisions_migration import index_sql
from tests.integration.test_proposer_indexes_migration import back_and_up, rows, without_titles
from tests.support import demo_ledger

TITLES = (
    "SELECT d.kind, count(*), count(d.title), sum(d.title IS s.title)"
    " FROM search_doc d LEFT JOIN suggestion s ON s.id = d.doc_id GROUP BY d.kind ORDER BY d.kind"
)


def test_the_upgrade_keeps_every_row_and_gives_each_suggestions_entry_its_title(
    migrated_template: Path, tmp_path: Path
) -> None:
    path = demo_ledger(
        migrated_template, tmp_path / "ledger.sqlite3", sessions=40, seed=7, today=date(2026, 6, 30)
    )
    head_rows, head_indexes = rows(path), index_sql(path)
    with sqlite3.connect(path) as conn:
        head_titles = conn.execute(TITLES).fetchall()
    suggestions, sessions = head_titles  # kinds "g" (suggestion) then "s" (session)
    assert suggestions[0] == "g" and suggestions[1] > 10
    assert suggestions[1] == suggestions[2] == suggestions[3]  # each entry the title of its suggestion
    assert sessions[0] == "s" and sessions[1] > 10 and sessions[2] == 0  # no session has one
    assert head_indexes["ix_search_doc_title"].endswith("WHERE title IS NOT NULL")

    def at_0015() -> None:
        assert rows(path) == without_titles(head_rows)  # the title column gone, nothing else
        assert "ix_search_doc_title" not in index_sql(path)

    back_and_up(path, "0015", at_0015)
    assert rows(path) == head_rows
    assert index_sql(path) == head_indexes
    with sqlite3.connect(path) as conn:
        assert conn.execute(TITLES).fetchall() == head_titles
