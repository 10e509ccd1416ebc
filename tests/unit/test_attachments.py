"""Attachments live in the database: stored once per content, in chunks, refused when unsafe or too large."""

from __future__ import annotations

import os
import tracemalloc
import uuid
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.db import attachment_store
from app.models import ConsultationSessionCreate, PlatformCreate, SuggestionCreate
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.attachments import AttachmentService
from app.services.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.services.hub import Services
from app.services.integrity import check_database
from app.services.validation import build

MB = 1024 * 1024


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


def rows(services: Services, sql: str) -> list[tuple]:
    with services.db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).all()]


def test_content_is_stored_in_the_database_once(
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
    second = services.attachments.add(
        write(tmp_path / "副本.jpg", b"\xff\xd8 jpeg bytes"), suggestion_id=suggestion_id
    )
    assert second.sha256 == first.sha256
    assert rows(services, "SELECT sha256, size FROM attachment_content") == [(first.sha256, 13)]
    assert rows(services, "SELECT seq, length(data) FROM attachment_chunk") == [(0, 13)]
    assert not (_data_dir / "attachments").exists()  # nothing in the data folder any more
    opened = services.attachments.open_copy(first)
    assert opened.name == "现场照片.JPG" and opened.read_bytes() == b"\xff\xd8 jpeg bytes"


def test_original_may_be_deleted_and_another_user_reads_it(
    services: Services, records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id, _ = records
    scan = write(tmp_path / "签到表.pdf", b"%PDF-1.4 sign-in sheet")
    attachment = services.attachments.add(scan, session_id=session_id)
    scan.unlink()
    other = tmp_path / "另一位工作人员"
    other.mkdir()
    monkeypatch.setenv("LEDGER_DATA_DIR", str(other))  # another computer: an empty data folder
    colleague = AttachmentService(services.db, Actor("li", "李文书", UserRole.CLERK))
    assert colleague.read_content(attachment.id) == b"%PDF-1.4 sign-in sheet"
    assert colleague.open_copy(attachment.id).is_relative_to(other)


def test_large_files_go_in_chunks_without_being_held_in_memory(
    services: Services, records, tmp_path: Path
) -> None:
    session_id, _ = records
    big = tmp_path / "扫描件.tif"
    with big.open("wb") as f:
        for i in range(12):
            f.write(bytes([i]) * MB)
        f.write(b"tail")
    tracemalloc.start()
    try:
        attachment = services.attachments.add(big, session_id=session_id)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 6 * MB, f"adding a 12 MB file allocated {peak / MB:.1f} MB at once"
    chunks = rows(services, "SELECT seq, length(data) FROM attachment_chunk ORDER BY seq")
    assert chunks == [*((i, MB) for i in range(12)), (12, 4)]
    copy = services.attachments.open_copy(attachment)
    assert copy.stat().st_size == 12 * MB + 4
    with copy.open("rb") as f:
        f.seek(5 * MB)
        assert f.read(3) == b"\x05\x05\x05"


def test_missing_content_is_a_clear_error(services: Services, records, tmp_path: Path) -> None:
    session_id, _ = records
    attachment = services.attachments.add(write(tmp_path / "纪要.docx", b"minutes"), session_id=session_id)
    with services.db.session() as s:
        s.execute(sa.text("DELETE FROM attachment_content"))
    with pytest.raises(NotFoundError) as info:
        services.attachments.open_copy(attachment)
    assert "附件“纪要.docx”的内容不在数据库中" in info.value.message


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
    assert services.attachments.read_content(a) == b"a"  # archiving keeps the content
    services.attachments.restore(a.id)
    assert len(services.attachments.list_for(session_id=session_id)) == 2


def refusal(services: Services, path: Path, **target: uuid.UUID) -> str:
    with pytest.raises(ValidationError) as info:
        services.attachments.add(path, **target)
    return next(iter(info.value.errors.values()))


def test_refusals(services: Services, records, tmp_path: Path) -> None:
    session_id, suggestion_id = records
    doc = write(tmp_path / "doc.txt", b"text")
    with pytest.raises(ValidationError) as info:
        services.attachments.add(doc)
    assert info.value.errors["target"] == "请指定附件所属的协商议事活动或意见建议（二者选一）"
    assert refusal(services, tmp_path / "nope.txt", session_id=session_id) == "找不到文件“nope.txt”"
    empty = write(tmp_path / "empty.txt", b"")
    assert refusal(services, empty, session_id=session_id) == "文件“empty.txt”是空文件"
    assert "不是普通文件" in refusal(services, tmp_path, session_id=session_id)  # a folder
    with pytest.raises(NotFoundError):
        services.attachments.add(write(tmp_path / "x.txt", b"x"), suggestion_id=uuid.uuid4())
    viewer = AttachmentService(services.db, Actor("v", "只读", UserRole.VIEWER))
    with pytest.raises(PermissionDenied):
        viewer.add(write(tmp_path / "y.txt", b"y"), suggestion_id=suggestion_id)
    assert rows(services, "SELECT count(*) FROM attachment_content") == [(0,)]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and device files as on Linux")
def test_links_devices_and_pipes_are_refused(services: Services, records, tmp_path: Path) -> None:
    session_id, _ = records
    secret = write(tmp_path / "shadow", b"root:x:0:0")
    link = tmp_path / "照片.jpg"
    link.symlink_to(secret)
    assert "是符号链接" in refusal(services, link, session_id=session_id)
    assert "不是普通文件" in refusal(services, Path("/dev/zero"), session_id=session_id)
    pipe = tmp_path / "管道"
    os.mkfifo(pipe)
    assert "不是普通文件" in refusal(services, pipe, session_id=session_id)  # refused, not waited on
    assert rows(services, "SELECT count(*) FROM attachment") == [(0,)]


def test_the_size_limit_comes_from_the_settings(services: Services, records, tmp_path: Path) -> None:
    session_id, _ = records
    assert services.settings.get().attachment_max_mb == 50
    services.settings.set_attachment_max_mb(1)
    big = write(tmp_path / "会议录像.mp4", b"v" * (MB + 1))
    assert refusal(services, big, session_id=session_id) == "文件“会议录像.mp4”有 1.0 MB，附件不能超过 1 MB"
    assert services.attachments.add(write(tmp_path / "ok.mp4", b"v" * MB), session_id=session_id).size == MB
    with pytest.raises(ValidationError):
        services.settings.set_attachment_max_mb(0)


def test_a_file_growing_while_it_is_read_is_not_stored(
    services: Services, records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id, _ = records
    path = write(tmp_path / "正在保存.docx", b"first version")
    real = attachment_store.hash_stream

    def then_changed(stream, limit=None):  # type: ignore[no-untyped-def]
        result = real(stream, limit)
        path.write_bytes(b"second version, longer")
        return result

    monkeypatch.setattr(attachment_store, "hash_stream", then_changed)
    assert "在添加过程中被改动" in refusal(services, path, session_id=session_id)
    assert rows(services, "SELECT count(*) FROM attachment_chunk") == [(0,)]


def test_integrity_check_finds_missing_and_damaged_content(
    services: Services, records, tmp_path: Path
) -> None:
    session_id, _ = records
    a = services.attachments.add(write(tmp_path / "照片.jpg", b"photo"), session_id=session_id)
    b = services.attachments.add(write(tmp_path / "扫描件.pdf", b"scan"), session_id=session_id)
    assert check_database(services.db).ok
    with services.db.session() as s:
        s.execute(sa.text("DELETE FROM attachment_content WHERE sha256 = :h"), {"h": a.sha256})
        s.execute(
            sa.text("UPDATE attachment_chunk SET data = :d WHERE sha256 = :h"), {"d": b"scam", "h": b.sha256}
        )
    problems = check_database(services.db).problems
    assert "附件内容缺失：1 个（照片.jpg）" in problems
    assert "附件内容与登记不符：1 个（扫描件.pdf）" in problems
