"""Attachments: photos, scanned sign-in sheets and documents kept with a session or a suggestion.

Files are copied into the data folder under their SHA-256 (attachments/ab/abcdef….jpg), so the original
may be moved or deleted, and the same content is stored once however often it is attached. The record
keeps the original name, size and type; opening a file with the system viewer is the UI's business
(`path_of` gives the path).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, col, select

from app.db.session import Database
from app.models.attachments import Attachment
from app.models.enums import AuditAction
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.paths import attachments_dir
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.errors import ConflictError, NotFoundError
from app.services.validation import clean_text, raise_if

MAX_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024


def stored_name(sha256: str, filename: str) -> Path:
    """Where content with this hash lives, relative to the attachments folder (ab/abcdef….ext)."""
    suffix = Path(filename).suffix.lower()
    if not suffix[1:].isalnum() or len(suffix) > 10:
        suffix = ""
    return Path(sha256[:2]) / f"{sha256}{suffix}"


class AttachmentService:
    def __init__(self, db: Database, actor: Actor, *, root: Path | None = None) -> None:
        self.db = db
        self.actor = actor
        self._root = root

    @property
    def root(self) -> Path:
        return self._root or attachments_dir()

    # -- adding ---------------------------------------------------------------------------------
    def add(
        self,
        file_path: str | Path,
        *,
        session_id: uuid.UUID | None = None,
        suggestion_id: uuid.UUID | None = None,
        description: str | None = None,
    ) -> Attachment:
        """Copy `file_path` into the data folder and attach it to one session or one suggestion."""
        source = Path(file_path)
        errors: dict[str, str] = {}
        if (session_id is None) == (suggestion_id is None):
            errors["target"] = "请指定附件所属的协商议事活动或意见建议（二者选一）"
        if not source.is_file():
            errors["file"] = f"找不到文件“{source.name}”"
        else:
            size = source.stat().st_size
            if size > MAX_BYTES:
                limit = MAX_BYTES // 1024 // 1024
                errors["file"] = f"文件“{source.name}”有 {size / 1024 / 1024:.1f} MB，附件不能超过 {limit} MB"
            elif size == 0:
                errors["file"] = f"文件“{source.name}”是空文件"
        note = clean_text(description)
        if note is not None and len(note) > 200:
            errors["description"] = "附件说明过长（最多 200 个字）"
        raise_if(errors)
        with self.db.session() as s:
            self._check_target(s, session_id, suggestion_id)
            sha, size = self._store(source)
            mime = mimetypes.guess_type(source.name)[0]
            attachment = Attachment(
                session_id=session_id,
                suggestion_id=suggestion_id,
                filename=source.name[:255],
                sha256=sha,
                size=size,
                mime_type=mime,
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
        self, s: Session, session_id: uuid.UUID | None, suggestion_id: uuid.UUID | None
    ) -> None:
        """The actor may change the attachments of this session or suggestion."""
        permissions.require_change(
            self.actor, permissions.Area.ATTACHMENT, self._platform_of(s, session_id, suggestion_id)
        )

    @staticmethod
    def _platform_of(
        s: Session, session_id: uuid.UUID | None, suggestion_id: uuid.UUID | None
    ) -> uuid.UUID | None:
        """The platform of the record an attachment belongs to (which decides who sees it)."""
        if session_id is not None:
            parent = s.get(ConsultationSession, session_id)
            if parent is None:
                raise NotFoundError("找不到附件所属的协商议事活动（可能已被删除）。")
            return parent.platform_id
        suggestion = s.get(Suggestion, suggestion_id)
        if suggestion is None:
            raise NotFoundError("找不到附件所属的意见建议（可能已被删除）。")
        return suggestion.platform_id

    def change_refusal(
        self, *, session_id: uuid.UUID | None = None, suggestion_id: uuid.UUID | None = None
    ) -> str | None:
        """Why the actor may not add or archive this record's attachments (None: they may)."""
        with self.db.session(write=False) as s:
            platform = self._platform_of(s, session_id, suggestion_id)
        return permissions.change_refusal(self.actor, permissions.Area.ATTACHMENT, [platform])

    def _require_read(
        self, s: Session, session_id: uuid.UUID | None, suggestion_id: uuid.UUID | None
    ) -> None:
        permissions.require_read(self.actor, self._platform_of(s, session_id, suggestion_id))

    def _store(self, source: Path) -> tuple[str, int]:
        """Copy while hashing into a temporary file, then move it under its hash (once per content)."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise_if({"file": f"文件“{source.name}”超过 {MAX_BYTES // 1024 // 1024} MB"})
            sha = digest.hexdigest()
            target = self.root / stored_name(sha, source.name)
            if target.is_file() and target.stat().st_size == size:
                temp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, target)
            return sha, size
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    # -- reading --------------------------------------------------------------------------------
    def list_for(
        self,
        *,
        session_id: uuid.UUID | None = None,
        suggestion_id: uuid.UUID | None = None,
        include_archived: bool = False,
    ) -> list[Attachment]:
        """A session's or a suggestion's attachments, in the order they were added."""
        if (session_id is None) == (suggestion_id is None):
            raise_if({"target": "请指定协商议事活动或意见建议（二者选一）"})
        with self.db.session(write=False) as s:
            self._require_read(s, session_id, suggestion_id)
            stmt = select(Attachment)
            if session_id is not None:
                stmt = stmt.where(Attachment.session_id == session_id)
            else:
                stmt = stmt.where(Attachment.suggestion_id == suggestion_id)
            if not include_archived:
                stmt = stmt.where(col(Attachment.archived_at).is_(None))
            return list(s.exec(stmt.order_by(col(Attachment.created_at), col(Attachment.filename))).all())

    def get(self, attachment_id: uuid.UUID) -> Attachment:
        with self.db.session(write=False) as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFoundError("找不到该附件（可能已被删除）。")
            self._require_read(s, attachment.session_id, attachment.suggestion_id)
            return attachment

    def path_of(self, attachment: Attachment | uuid.UUID) -> Path:
        """The stored file of an attachment; a clear error if someone removed it from the data folder."""
        attachment = self.get(attachment if isinstance(attachment, uuid.UUID) else attachment.id)
        path = self.root / stored_name(attachment.sha256, attachment.filename)
        if not path.is_file():
            raise NotFoundError(
                f"附件“{attachment.filename}”的文件已不在数据文件夹中（{path.parent.name}/{path.name}），"
                "请从备份中恢复该文件或重新添加附件。"
            )
        return path

    def read_content(self, attachment: Attachment | uuid.UUID) -> bytes:
        """An attachment's content: the one way documents and exports read it."""
        return self.path_of(attachment).read_bytes()

    # -- archiving ------------------------------------------------------------------------------
    def archive(self, attachment_id: uuid.UUID, *, expected_version: int | None = None) -> Attachment:
        """Hide an attachment from its record (the stored file stays: other records may share it)."""
        return self._set_archived(attachment_id, archived=True, expected_version=expected_version)

    def restore(self, attachment_id: uuid.UUID, *, expected_version: int | None = None) -> Attachment:
        return self._set_archived(attachment_id, archived=False, expected_version=expected_version)

    def _set_archived(
        self, attachment_id: uuid.UUID, *, archived: bool, expected_version: int | None
    ) -> Attachment:
        with self.db.session() as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFoundError("找不到该附件（可能已被删除）。")
            if expected_version is not None and attachment.version != expected_version:
                raise ConflictError("该附件已被他人修改，请刷新后重试。")
            self._check_target(s, attachment.session_id, attachment.suggestion_id)
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
