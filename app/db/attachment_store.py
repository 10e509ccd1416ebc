"""Attachment content inside the database: content-addressed by SHA-256, stored in 1 MiB chunks.

Content lives in `attachment_content` (one row per distinct SHA-256) and `attachment_chunk` (its bytes,
SQLite BLOB / PostgreSQL bytea, in order), so it travels with the database: into every backup, and to
every clerk of a shared PostgreSQL database. Writing and reading go chunk by chunk, so a 50 MB scan never
needs 50 MB of Python bytes at once. All functions take the caller's connection: content is written in
the same transaction as the record that refers to it.

Before this, files were kept in each user's data folder (`attachments/ab/abcdef….jpg`);
`adopt_legacy_files` moves such files into the database (each one's hash verified first).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import sqlalchemy as sa

from app.models._base import table_of, utcnow
from app.models.attachments import Attachment, AttachmentChunk, AttachmentContent

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024
CONTENT = table_of(AttachmentContent)
CHUNK = table_of(AttachmentChunk)
ATTACHMENT = table_of(Attachment)
LEFTOVER_FOLDER = "attachments-not-in-database"


class ContentTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class ContentChanged(Exception):
    """The file changed while it was being read (its hash differs between the two passes)."""


def hash_stream(stream: BinaryIO, limit: int | None = None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK_SIZE):
        size += len(chunk)
        if limit is not None and size > limit:
            raise ContentTooLarge(limit)
        digest.update(chunk)
    return digest.hexdigest(), size


def content_size(conn: sa.Connection, sha256: str) -> int | None:
    """The stored content's size, or None when the database does not hold it."""
    size = conn.execute(sa.select(CONTENT.c.size).where(CONTENT.c.sha256 == sha256)).scalar_one_or_none()
    return None if size is None else int(size)


def has_content(conn: sa.Connection, sha256: str) -> bool:
    return content_size(conn, sha256) is not None


def store_stream(conn: sa.Connection, stream: BinaryIO, *, limit: int | None = None) -> tuple[str, int]:
    """Store a seekable stream's content once (deduplicated by hash); returns (sha256, size).

    Two passes: the first hashes (nothing stored for content already there), the second writes the
    chunks while hashing again, and fails if the file changed in between.
    """
    sha, size = hash_stream(stream, limit)
    if has_content(conn, sha):
        return sha, size
    stream.seek(0)
    digest = hashlib.sha256()
    written = 0
    conn.execute(sa.insert(CONTENT).values(sha256=sha, size=size, created_at=utcnow()))
    seq = 0
    while chunk := stream.read(CHUNK_SIZE):
        digest.update(chunk)
        written += len(chunk)
        conn.execute(sa.insert(CHUNK).values(sha256=sha, seq=seq, data=chunk))
        seq += 1
    if digest.hexdigest() != sha or written != size:
        raise ContentChanged(sha)
    return sha, size


def iter_chunks(conn: sa.Connection, sha256: str) -> Iterator[bytes]:
    """The content's bytes, one chunk at a time."""
    seqs = conn.execute(sa.select(CHUNK.c.seq).where(CHUNK.c.sha256 == sha256).order_by(CHUNK.c.seq))
    for seq in [s for (s,) in seqs]:
        data = conn.execute(
            sa.select(CHUNK.c.data).where(CHUNK.c.sha256 == sha256, CHUNK.c.seq == seq)
        ).scalar_one()
        yield bytes(data)


def content_sha256(conn: sa.Connection, sha256: str) -> tuple[str, int]:
    """Hash the stored content again (the integrity check): (hash, size)."""
    digest = hashlib.sha256()
    size = 0
    for chunk in iter_chunks(conn, sha256):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def write_to_file(conn: sa.Connection, sha256: str, target: Path) -> Path:
    """Write the content to `target` (atomically, verified); returns `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    temp = Path(name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for chunk in iter_chunks(conn, sha256):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != sha256:
            raise ContentChanged(sha256)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


# -- files kept in the data folder by earlier versions ----------------------------------------------


@dataclass
class Adoption:
    moved: list[Path] = field(default_factory=list)  # now in the database; the file was removed
    set_aside: list[Path] = field(default_factory=list)  # no record wants it, or its hash is wrong


def legacy_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("??/*") if p.is_file() and not p.name.startswith("."))


def adopt_legacy_files(engine: sa.Engine, folder: Path) -> Adoption:
    """Move files named by their hash into the database when a record refers to them.

    A file is removed only after the transaction holding its content has committed. Files no record
    refers to, or whose content does not match their name, are moved to a folder beside (never lost).
    """
    result = Adoption()
    for path in legacy_files(folder):
        sha = path.name.split(".")[0].lower()
        with engine.begin() as conn:
            wanted = conn.execute(sa.select(sa.func.count()).where(ATTACHMENT.c.sha256 == sha)).scalar_one()
            stored = has_content(conn, sha)
            if wanted and not stored:
                with path.open("rb") as stream:
                    actual, _size = hash_stream(stream)
                    if actual == sha:
                        stream.seek(0)
                        store_stream(conn, stream)
                        stored = True
        if wanted and stored:
            path.unlink()
            result.moved.append(path)
        else:
            aside = folder.parent / LEFTOVER_FOLDER / path.parent.name / path.name
            aside.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(path), aside)
            result.set_aside.append(aside)
            log.warning("attachment file %s not moved into the database; kept at %s", path, aside)
    for sub in sorted(folder.glob("??")):
        if sub.is_dir() and not any(sub.iterdir()):
            sub.rmdir()
    if folder.is_dir() and not any(p for p in folder.iterdir() if not p.name.startswith(".incoming-")):
        shutil.rmtree(folder, ignore_errors=True)
    if result.moved or result.set_aside:
        log.info(
            "attachments moved into the database: %d; set aside: %d", len(result.moved), len(result.set_aside)
        )
    return result
