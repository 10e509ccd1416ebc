"""Attachment contents in and out of packages: each content once, by its SHA-256, from and into the
database's own store (app/db/attachment_store.py), in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

import sqlalchemy as sa

from app.db import attachment_store


def chunks(conn: sa.Connection, sha256: str) -> Iterator[bytes] | None:
    """The stored content with this hash, chunk by chunk; None when this database does not hold it."""
    if not attachment_store.has_content(conn, sha256):
        return None
    return attachment_store.iter_chunks(conn, sha256)


def has_content(conn: sa.Connection, sha256: str) -> bool:
    return attachment_store.has_content(conn, sha256)


def store_content(conn: sa.Connection, sha256: str, source: IO[bytes]) -> None:
    """Keep a content read from a package (its hash is checked again while it is stored)."""
    stored, _size = attachment_store.store_stream(conn, source)  # type: ignore[arg-type]
    if stored != sha256:
        raise ValueError("attachment content does not match its hash")
