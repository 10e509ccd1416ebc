"""attachment content in the database, and the files kept in the data folder moved in

Revision ID: 0005
Revises: 0007
Create Date: 2026-12-01 21:00:00

Until now an attachment's bytes were a file in the user's own data folder (attachments/ab/abcdef….ext),
which a second clerk of a shared database could not open and no backup held. The content now lives in
the database: one `attachment_content` row per SHA-256 and its bytes in 1 MiB `attachment_chunk` rows.
Each file found in this computer's data folder for a record is read chunk by chunk, its SHA-256 checked
against the record's, and stored; a file whose content does not match is left where it is. Once the
upgrade has committed, app/db/attachment_store.py removes the moved files (and moves files found on
other clerks' computers in when they next start the app). The code is copied here on purpose: a
migration must keep doing what it did when it was written.

A SQLite file also gets its identity, a random number in the header's user_version, which copies and
backups keep: backups are matched to their database by it, whatever the file is called.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
import sqlmodel
from alembic import op

from app.paths import data_dir

revision = "0005"
down_revision = "0007"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")
_CHUNK = 1024 * 1024


def upgrade() -> None:
    op.create_table(
        "attachment_content",
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "attachment_chunk",
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["attachment_content.sha256"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("sha256", "seq"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and not bind.exec_driver_sql("PRAGMA user_version").scalar():
        # The database's identity, kept in the file header: a copy or a backup of it keeps it, so its
        # backups are found whatever the file is called (app/db/backup_store.py).
        bind.exec_driver_sql(f"PRAGMA user_version = {secrets.randbelow(2**31 - 2) + 1}")
    _move_files_in(bind, data_dir() / "attachments")


def _move_files_in(bind: sa.Connection, folder: Path) -> None:
    if not folder.is_dir():
        return
    attachment = sa.table("attachment", sa.column("sha256"), sa.column("filename"))
    content = sa.table(
        "attachment_content",
        sa.column("sha256"),
        sa.column("size"),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    if bind.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # stored as naive UTC, as the models' UTCDateTime does
    chunk = sa.table("attachment_chunk", sa.column("sha256"), sa.column("seq"), sa.column("data"))
    wanted = bind.execute(sa.select(attachment.c.sha256).distinct()).scalars().all()
    moved = 0
    for sha in wanted:
        files = sorted(folder.glob(f"{sha[:2]}/{sha}*")) if len(sha) == 64 else []
        for path in files:
            if _sha256(path) != sha:
                log.warning("attachment file %s does not match its hash; left in place", path)
                continue
            digest = hashlib.sha256()
            size = 0
            bind.execute(sa.insert(content).values(sha256=sha, size=path.stat().st_size, created_at=now))
            with path.open("rb") as f:
                seq = 0
                while data := f.read(_CHUNK):
                    digest.update(data)
                    size += len(data)
                    bind.execute(sa.insert(chunk).values(sha256=sha, seq=seq, data=data))
                    seq += 1
            if digest.hexdigest() != sha:
                raise RuntimeError(f"附件文件 {path} 在迁移过程中被改动，请关闭其他程序后重试。")
            moved += 1
            break
    log.info("attachments moved into the database: %d of %d", moved, len(wanted))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while data := f.read(_CHUNK):
            digest.update(data)
    return digest.hexdigest()


def downgrade() -> None:
    op.drop_table("attachment_chunk")
    op.drop_table("attachment_content")
