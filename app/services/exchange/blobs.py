"""Attachment contents in and out of packages: each content once, by its SHA-256."""

from __future__ import annotations

import hashlib
import os
import tempfile
from typing import IO

import sqlalchemy as sa

from app.paths import attachments_dir
from app.services.attachments import stored_name

_CHUNK = 1024 * 1024


def open_content(conn: sa.Connection, sha256: str, filename: str) -> IO[bytes] | None:
    """The stored content with this hash, or None when this installation does not hold it."""
    path = attachments_dir() / stored_name(sha256, filename)
    return path.open("rb") if path.is_file() else None


def has_content(conn: sa.Connection, sha256: str, filename: str) -> bool:
    return (attachments_dir() / stored_name(sha256, filename)).is_file()


def store_content(conn: sa.Connection, sha256: str, filename: str, source: IO[bytes]) -> None:
    """Keep a content read from a package (checked against its hash again while it is copied)."""
    root = attachments_dir()
    target = root / stored_name(sha256, filename)
    if target.is_file():
        return
    fd, name = tempfile.mkstemp(dir=root, prefix=".incoming-")
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != sha256:
            raise ValueError("attachment content does not match its hash")
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(name, target)
    finally:
        if os.path.exists(name):
            os.unlink(name)
