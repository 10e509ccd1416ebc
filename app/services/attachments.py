"""Attachments: photos, scanned sign-in sheets and documents kept with a session or a suggestion.

The content is stored in the database (app/db/attachment_store.py): once per SHA-256 however often it is
attached, streamed in chunks, in the same transaction as the record. So the original may be moved or
deleted, every backup holds the attachments, and every clerk of a shared database opens every file.
Only plain files are taken: a symbolic link, a device, a pipe or a folder is refused (a link to a
system file must not be copied in), and so is a file larger than the office's limit (设置, default 50
MB). Opening writes a copy to this computer's cache folder for the system viewer (`open_copy`).
"""

from __future__ import annotations

import mimetypes
import os
import re
import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.db.attachment_store import (
    ContentChanged,
    ContentTooLarge,
    content_size,
    iter_chunks,
    store_stream,
    write_to_file,
)
from app.db.session import Database
from app.messages import msg
from app.models.attachments import Attachment
from app.models.enums import AuditAction
from app.models.reports import ResultsReport
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.paths import attachment_cache_dir
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.errors import ConflictError, NotFoundError
from app.services.office_settings import load_settings
from app.services.validation import clean_text, raise_if

MB = 1024 * 1024
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def limit_text(limit_bytes: int) -> str:
    return f"{limit_bytes // MB} MB"


def open_plain_file(path: Path) -> BinaryIO:
    """Open a regular file for reading; refuse links, devices, pipes and folders (ValidationError)."""
    name = path.name
    try:
        before = os.lstat(path)
    except FileNotFoundError:
        raise_if({"file": msg("找不到文件“{name}”", name=name)})
        raise  # unreachable: raise_if raised
    except OSError as exc:
        raise_if({"file": msg("无法读取文件“{name}”：{value}", name=name, value=exc.strerror or exc)})
        raise
    if stat.S_ISLNK(before.st_mode):
        raise_if(
            {"file": msg("“{name}”是符号链接，为安全起见不能作为附件；请直接选择它指向的文件", name=name)}
        )
    if not stat.S_ISREG(before.st_mode):
        raise_if({"file": msg("“{name}”不是普通文件（设备文件、管道或文件夹），不能作为附件", name=name)})
    flags = (
        os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise_if({"file": msg("无法读取文件“{name}”：{value}", name=name, value=exc.strerror or exc)})
        raise
    after = os.fstat(fd)
    if not stat.S_ISREG(after.st_mode) or (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
        os.close(fd)
        raise_if({"file": msg("文件“{name}”在读取时被替换，未添加", name=name)})
    return os.fdopen(fd, "rb")


def cached_copy(conn: sa.Connection, sha256: str, filename: str) -> Path | None:
    """A file holding the content (written from the database once per computer); None if absent."""
    size = content_size(conn, sha256)
    if size is None:
        return None
    target = attachment_cache_dir() / sha256[:16] / safe_filename(filename, sha256)
    if target.is_file() and target.stat().st_size == size:
        return target
    return write_to_file(conn, sha256, target)


def safe_filename(filename: str, fallback: str) -> str:
    """The original name, made safe for every file system (the viewer shows it in its title)."""
    name = _UNSAFE.sub("_", Path(filename).name).strip(" .")
    return name[:150] or fallback


class AttachmentService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- adding ---------------------------------------------------------------------------------
    def add(
        self,
        file_path: str | Path,
        *,
        session_id: uuid.UUID | None = None,
        suggestion_id: uuid.UUID | None = None,
        description: str | None = None,
        results_report_id: uuid.UUID | None = None,
    ) -> Attachment:
        """Store `file_path`'s content in the database, attached to one session, suggestion or 协商专报."""
        source = Path(file_path)
        errors: dict[str, str] = {}
        owners = (session_id, suggestion_id, results_report_id)
        if sum(o is not None for o in owners) != 1:
            errors["target"] = msg("请指定附件所属的协商议事活动、意见建议或协商专报（三者选一）")
        note = clean_text(description)
        if note is not None and len(note) > 200:
            errors["description"] = msg("附件说明过长（最多 200 个字）")
        raise_if(errors)
        with open_plain_file(source) as stream, self.db.session() as s:
            self._check_target(s, session_id, suggestion_id, results_report_id)
            limit = load_settings(s).attachment_max_mb * MB
            size = os.fstat(stream.fileno()).st_size
            if size == 0:
                raise_if({"file": msg("文件“{name}”是空文件", name=source.name)})
            if size > limit:
                raise_if(
                    {
                        "file": msg(
                            "文件“{name}”有 {value} MB，附件不能超过 {limit_text}",
                            name=source.name,
                            value=format(size / MB, ".1f"),
                            limit_text=limit_text(limit),
                        )
                    }
                )
            try:
                sha, size = store_stream(s.connection(), stream, limit=limit)
            except ContentTooLarge:
                raise_if(
                    {
                        "file": msg(
                            "文件“{name}”超过 {limit_text}，未添加",
                            name=source.name,
                            limit_text=limit_text(limit),
                        )
                    }
                )
            except ContentChanged:
                raise_if(
                    {
                        "file": msg(
                            "文件“{name}”在添加过程中被改动，请关闭编辑它的程序后重试", name=source.name
                        )
                    }
                )
            attachment = Attachment(
                session_id=session_id,
                suggestion_id=suggestion_id,
                results_report_id=results_report_id,
                filename=source.name[:255],
                sha256=sha,
                size=size,
                mime_type=mimetypes.guess_type(source.name)[0],
                description=note,
                added_by=self.actor.display_name,
            )
            s.add(attachment)
            s.flush()
            audit.record(
                s,
                self.actor,
                AuditAction.CREATE,
                "attachment",
                attachment.id,
                after=audit.snapshot(attachment),
            )
            return attachment

    def _check_target(
        self,
        s: Session,
        session_id: uuid.UUID | None,
        suggestion_id: uuid.UUID | None,
        results_report_id: uuid.UUID | None = None,
    ) -> None:
        """The actor may change the attachments of this session, suggestion or 协商专报."""
        platform = self._platform_of(s, session_id, suggestion_id, results_report_id)
        if results_report_id is not None:  # a 专报 is the office's when it belongs to no platform
            permissions.require_change(self.actor, permissions.Area.RESULTS_REPORT, platform)
        permissions.require_change(self.actor, permissions.Area.ATTACHMENT, platform)

    @staticmethod
    def _platform_of(
        s: Session,
        session_id: uuid.UUID | None,
        suggestion_id: uuid.UUID | None,
        results_report_id: uuid.UUID | None = None,
    ) -> uuid.UUID | None:
        """The platform of the record an attachment belongs to (which decides who sees it)."""
        if results_report_id is not None:
            report = s.get(ResultsReport, results_report_id)
            if report is None:
                raise NotFoundError(msg("找不到附件所属的协商专报（可能已被删除）。"))
            return report.platform_id
        if session_id is not None:
            parent = s.get(ConsultationSession, session_id)
            if parent is None:
                raise NotFoundError(msg("找不到附件所属的协商议事活动（可能已被删除）。"))
            return parent.platform_id
        suggestion = s.get(Suggestion, suggestion_id)
        if suggestion is None:
            raise NotFoundError(msg("找不到附件所属的意见建议（可能已被删除）。"))
        return suggestion.platform_id

    def change_refusal(
        self,
        *,
        session_id: uuid.UUID | None = None,
        suggestion_id: uuid.UUID | None = None,
        results_report_id: uuid.UUID | None = None,
    ) -> str | None:
        """Why the actor may not add or archive this record's attachments (None: they may)."""
        with self.db.session(write=False) as s:
            platform = self._platform_of(s, session_id, suggestion_id, results_report_id)
        area = permissions.Area.ATTACHMENT if results_report_id is None else permissions.Area.RESULTS_REPORT
        return permissions.change_refusal(self.actor, area, [platform])

    def _require_read(
        self,
        s: Session,
        session_id: uuid.UUID | None,
        suggestion_id: uuid.UUID | None,
        results_report_id: uuid.UUID | None = None,
    ) -> None:
        platform = self._platform_of(s, session_id, suggestion_id, results_report_id)
        permissions.require_read(self.actor, platform)

    # -- reading --------------------------------------------------------------------------------
    def list_for(
        self,
        *,
        session_id: uuid.UUID | None = None,
        suggestion_id: uuid.UUID | None = None,
        include_archived: bool = False,
        results_report_id: uuid.UUID | None = None,
    ) -> list[Attachment]:
        """A session's, a suggestion's or a 协商专报's attachments, in the order they were added."""
        if sum(o is not None for o in (session_id, suggestion_id, results_report_id)) != 1:
            raise_if({"target": msg("请指定协商议事活动、意见建议或协商专报（三者选一）")})
        with self.db.session(write=False) as s:
            self._require_read(s, session_id, suggestion_id, results_report_id)
            stmt = select(Attachment)
            if session_id is not None:
                stmt = stmt.where(Attachment.session_id == session_id)
            elif results_report_id is not None:
                stmt = stmt.where(Attachment.results_report_id == results_report_id)
            else:
                stmt = stmt.where(Attachment.suggestion_id == suggestion_id)
            if not include_archived:
                stmt = stmt.where(col(Attachment.archived_at).is_(None))
            return list(s.exec(stmt.order_by(col(Attachment.created_at), col(Attachment.filename))).all())

    def get(self, attachment_id: uuid.UUID) -> Attachment:
        with self.db.session(write=False) as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFoundError(msg("找不到该附件（可能已被删除）。"))
            self._require_read(*_owners(s, attachment))
            return attachment

    def open_copy(self, attachment: Attachment | uuid.UUID) -> Path:
        """A file with the attachment's content, for the system viewer (written from the database)."""
        attachment = self.get(attachment if isinstance(attachment, uuid.UUID) else attachment.id)
        with self.db.session(write=False) as s:
            path = cached_copy(s.connection(), attachment.sha256, attachment.filename)
        if path is None:
            raise NotFoundError(
                msg(
                    "附件“{filename}”的内容不在数据库中（升级前保存在另一台电脑或已丢失的文件）"
                    "，请重新添加该附件。",
                    filename=attachment.filename,
                )
            )
        return path

    def read_content(self, attachment: Attachment | uuid.UUID) -> bytes:
        """An attachment's whole content, read from the database chunk by chunk: the one way documents
        and exports read it (to open a large file, open_copy writes it out instead)."""
        attachment = self.get(attachment if isinstance(attachment, uuid.UUID) else attachment.id)
        with self.db.session(write=False) as s:
            conn = s.connection()
            if content_size(conn, attachment.sha256) is None:
                raise NotFoundError(
                    msg(
                        "附件“{filename}”的内容不在数据库中，请重新添加该附件。", filename=attachment.filename
                    )
                )
            return b"".join(iter_chunks(conn, attachment.sha256))

    # -- archiving ------------------------------------------------------------------------------
    def archive(self, attachment_id: uuid.UUID, *, expected_version: int | None = None) -> Attachment:
        """Hide an attachment from its record (the content stays: other records may share it)."""
        return self._set_archived(attachment_id, archived=True, expected_version=expected_version)

    def restore(self, attachment_id: uuid.UUID, *, expected_version: int | None = None) -> Attachment:
        return self._set_archived(attachment_id, archived=False, expected_version=expected_version)

    def _set_archived(
        self, attachment_id: uuid.UUID, *, archived: bool, expected_version: int | None
    ) -> Attachment:
        with self.db.session() as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFoundError(msg("找不到该附件（可能已被删除）。"))
            if expected_version is not None and attachment.version != expected_version:
                raise ConflictError(msg("该附件已被他人修改，请刷新后重试。"))
            self._check_target(*_owners(s, attachment))
            before = audit.snapshot(attachment)
            attachment.archived_at = datetime.now(UTC) if archived else None
            s.flush()
            action = AuditAction.ARCHIVE if archived else AuditAction.RESTORE
            audit.record(
                s,
                self.actor,
                action,
                "attachment",
                attachment.id,
                before=before,
                after=audit.snapshot(attachment),
            )
            return attachment


def _owners(s: Session, attachment: Attachment) -> tuple[Session, Any, Any, Any]:
    return s, attachment.session_id, attachment.suggestion_id, attachment.results_report_id
