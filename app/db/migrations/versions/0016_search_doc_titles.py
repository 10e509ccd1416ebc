"""The search index keeps each suggestion's title beside its entry, with an index in title order.

The list of 意见建议 sorted by 标题 with words in its filter box walked the titles' index and looked up
each suggestion's entry in the search index (by its id) to see whether it matched: when the matching
titles cluster (停车…), a page read some 30,000 suggestions, 120–190 ms at 100,000 sessions. With the
title in `search_doc` and ix_search_doc_title (kind, title; its rowid is the entry's), the walk reads
only integers from one index and checks each against the index's matches: ≈ 30–60 ms. Sessions keep
no title here (their list is sorted by 议题 within the target without it). SQLite only (the search index
exists nowhere else); no row of any record changes, every entry of the index gets its title.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 10:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SUGGESTION = "g"  # search_docs.KIND_SUGGESTION


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("ALTER TABLE search_doc ADD COLUMN title VARCHAR")
    op.execute(
        "UPDATE search_doc SET title = (SELECT title FROM suggestion WHERE suggestion.id = search_doc.doc_id)"
        f" WHERE kind = '{SUGGESTION}'"
    )
    op.execute("CREATE INDEX ix_search_doc_title ON search_doc (kind, title) WHERE title IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP INDEX IF EXISTS ix_search_doc_title")
    op.execute("ALTER TABLE search_doc DROP COLUMN title")
