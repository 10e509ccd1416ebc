"""Attachments are stored once per content, survive the original's deletion, and say when a file is gone."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from app.models import ConsultationSessionCreate, PlatformCreate, SuggestionCreate
from app.models.enums import UserRole
from app.services import attachments as attachments_module
from app.services.actor import Actor
from app.services.attachments import AttachmentService
from app.services.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.services.hub import Services
from app.services.validation import build


@pytest.fixture
def records(services: Services) -> tuple[uuid.UUID, uuid.UUID]:
    platform = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    session = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="地下通道改造",
            topic_source="residents",
            held_on=date(2025, 5, 6),
            platform_id=platform.id,
            state="held",
        )
    )
    suggestion = services.suggestions.create(build(SuggestionCreate, title="修缮出口", session_id=session.id))
    return session.id, suggestion.id


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_add_copies_under_the_hash_and_dedupes(
    services: Services, records, tmp_path: Path, _data_dir: Path
) -> None:
    session_id, suggestion_id = records
    photo = write(tmp_path / "现场照片.JPG", b"\xff\xd8 jpeg bytes")
    first = services.attachments.add(photo, session_id=session_id, description="现场察看")
    assert (first.filename, first.size, first.mime_type, first.added_by) == (
        "现场照片.JPG",
        13,
        "image/jpeg",
        "张文书",
    )
    stored = services.attachments.path_of(first)
    assert stored.parent.parent == _data_dir / "attachments"
    assert stored.name == f"{first.sha256}.jpg" and stored.parent.name == first.sha256[:2]
    assert stored.read_bytes() == b"\xff\xd8 jpeg bytes"
    copy = write(tmp_path / "副本.jpg", b"\xff\xd8 jpeg bytes")
    second = services.attachments.add(copy, suggestion_id=suggestion_id)
    assert second.sha256 == first.sha256
    assert services.attachments.path_of(second) == stored
    files = [p for p in (_data_dir / "attachments").rglob("*") if p.is_file()]
    assert files == [stored]  # one file for both records, no leftovers


def test_original_may_be_deleted(services: Services, records, tmp_path: Path) -> None:
    session_id, _ = records
    scan = write(tmp_path / "签到表.pdf", b"%PDF-1.4 sign-in sheet")
    attachment = services.attachments.add(scan, session_id=session_id)
    scan.unlink()
    assert services.attachments.path_of(attachment.id).read_bytes() == b"%PDF-1.4 sign-in sheet"


def test_missing_stored_file_is_a_clear_error(services: Services, records, tmp_path: Path) -> None:
    session_id, _ = records
    attachment = services.attachments.add(write(tmp_path / "纪要.docx", b"minutes"), session_id=session_id)
    services.attachments.path_of(attachment).unlink()
    with pytest.raises(NotFoundError) as info:
        services.attachments.path_of(attachment)
    assert "附件“纪要.docx”的文件已不在数据文件夹中" in info.value.message


def test_list_and_archive(services: Services, records, tmp_path: Path) -> None:
    session_id, suggestion_id = records
    a = services.attachments.add(write(tmp_path / "a.png", b"a"), session_id=session_id)
    b = services.attachments.add(write(tmp_path / "b.png", b"b"), session_id=session_id)
    services.attachments.add(write(tmp_path / "c.png", b"c"), suggestion_id=suggestion_id)
    assert [x.filename for x in services.attachments.list_for(session_id=session_id)] == ["a.png", "b.png"]
    with pytest.raises(ConflictError):
        services.attachments.archive(a.id, expected_version=a.version + 1)
    services.attachments.archive(a.id, expected_version=a.version)
    assert [x.id for x in services.attachments.list_for(session_id=session_id)] == [b.id]
    assert len(services.attachments.list_for(session_id=session_id, include_archived=True)) == 2
    assert services.attachments.path_of(a).is_file()  # archiving keeps the stored file
    services.attachments.restore(a.id)
    assert len(services.attachments.list_for(session_id=session_id)) == 2


def test_refusals(services: Services, records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session_id, suggestion_id = records
    doc = write(tmp_path / "doc.txt", b"text")
    with pytest.raises(ValidationError) as info:
        services.attachments.add(doc)
    assert info.value.errors["target"] == "请指定附件所属的协商议事活动或意见建议（二者选一）"
    with pytest.raises(ValidationError) as info:
        services.attachments.add(tmp_path / "nope.txt", session_id=session_id)
    assert info.value.errors["file"] == "找不到文件“nope.txt”"
    with pytest.raises(ValidationError) as info:
        services.attachments.add(write(tmp_path / "empty.txt", b""), session_id=session_id)
    assert info.value.errors["file"] == "文件“empty.txt”是空文件"
    monkeypatch.setattr(attachments_module, "MAX_BYTES", 3)
    with pytest.raises(ValidationError) as info:
        services.attachments.add(doc, session_id=session_id)
    assert "附件不能超过" in info.value.errors["file"]
    with pytest.raises(NotFoundError):
        services.attachments.add(write(tmp_path / "x.txt", b"x"), suggestion_id=uuid.uuid4())
    viewer = AttachmentService(services.db, Actor("v", "只读", UserRole.VIEWER))
    with pytest.raises(PermissionDenied):
        viewer.add(write(tmp_path / "y.txt", b"y"), suggestion_id=suggestion_id)


def test_integrity_check_finds_missing_and_damaged_files(services: Services, records, tmp_path: Path) -> None:
    from app.services.integrity import check_database

    session_id, _ = records
    a = services.attachments.add(write(tmp_path / "照片.jpg", b"photo"), session_id=session_id)
    b = services.attachments.add(write(tmp_path / "扫描件.pdf", b"scan"), session_id=session_id)
    assert check_database(services.db).ok
    services.attachments.path_of(a).unlink()
    services.attachments.path_of(b).write_bytes(b"tampered")
    problems = check_database(services.db).problems
    assert "附件文件缺失：1 个（照片.jpg）" in problems
    assert "附件文件内容与登记不符：1 个（扫描件.pdf）" in problems
