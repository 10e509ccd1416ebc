"""Revisions: 16 bytes on SQLite, text on PostgreSQL, the same 32 hex digits to the app either way."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from app.models._base import StoredRevision, new_revision, revision_of, revision_prefix, stored_revision

SQLITE, POSTGRES = sqlite.dialect(), postgresql.dialect()


def test_an_app_revision_is_stored_as_its_16_bytes_on_sqlite_only() -> None:
    rev = new_revision()
    assert stored_revision(rev) == bytes.fromhex(rev)
    assert stored_revision(rev, "postgresql") == rev
    kind = StoredRevision()
    assert kind.process_bind_param(rev, SQLITE) == bytes.fromhex(rev)
    assert kind.process_result_value(bytes.fromhex(rev), SQLITE) == rev
    assert kind.process_bind_param(bytes.fromhex(rev), POSTGRES) == rev  # a bulk writer's bytes


def test_other_text_is_kept_as_it_is() -> None:
    for odd in ("R-1", "ABCDEF0123456789ABCDEF0123456789", "g" * 32, ""):
        assert stored_revision(odd) == odd
        assert revision_of(odd) == odd
    assert stored_revision(None) is None and revision_of(None) is None


def test_the_prefix_reads_bytes_and_text_alike() -> None:
    rev = new_revision()
    engine = sa.create_engine("sqlite://")
    with engine.connect() as conn:
        for stored in (bytes.fromhex(rev), rev):
            value = conn.execute(sa.select(revision_prefix(sa.literal(stored), 8))).scalar_one()
            assert value == rev[:8]
    compiled = str(sa.select(revision_prefix(sa.column("revision"), 8)).compile(dialect=POSTGRES))
    assert "substr(revision, 1," in compiled
