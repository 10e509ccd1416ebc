"""On a shared PostgreSQL database: pg_dump backups restored through the same path, shared attachments."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.__main__ import main
from app.db import open_database, pg_backup
from app.db.attachment_store import adopt_legacy_files
from app.models import ConsultationSessionCreate, PlatformCreate
from app.models.enums import TopicSource, UserRole
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.hub import Services
from tests.integration.conftest import ADMIN as ADMIN_NAME
from tests.integration.conftest import PASSWORD, make_admin

pytestmark = pytest.mark.postgres

ADMIN = Actor("admin", "管理员", UserRole.ADMIN)
FIRST = Actor("zhang", "张文书", UserRole.CLERK)
SECOND = Actor("li", "李文书", UserRole.CLERK)


def counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        found = pg_backup.read_counts(conn)
    engine.dispose()
    return found


def test_a_pg_dump_backup_restores_the_counts_exactly(
    fresh_postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEDGER_BACKUP_DIR", str(tmp_path / "备份"))
    db = open_database(fresh_postgres_url)
    services = Services(db, ADMIN)
    try:
        load_demo(db, sessions=40, seed=2, actor=ADMIN)
        assert services.backups.tool_problem() is None
        info = services.backups.create()
        assert info.engine == "postgresql" and info.verified and info.path.suffix == ".dump"
        assert info.counts == counts(fresh_postgres_url) and info.counts["consultation_session"] == 40
        assert services.backups.list()[0].path == info.path
        assert services.backups.verify(info).verified

        with db.session() as s:
            s.execute(sa.text("DELETE FROM follow_up_event"))
            s.execute(sa.text("DELETE FROM leader_instruction"))
        result = services.backups.restore(info)
        assert result.counts == dict(info.counts)
        after = counts(fresh_postgres_url)
        assert after == {**info.counts, "audit_entry": info.counts["audit_entry"] + 1}  # + the restore itself
        assert result.safety_copy is not None and result.safety_copy.counts["follow_up_event"] == 0
        assert services.sessions.list_spec() is not None  # the app works on after the restore
    finally:
        db.dispose()


@pytest.fixture
def signed_in(fresh_postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A database with its first administrator, and the command line signed in as them."""
    make_admin(fresh_postgres_url)
    monkeypatch.setenv("LEDGER_USER", ADMIN_NAME)
    monkeypatch.setenv("LEDGER_PASSWORD", PASSWORD)
    return fresh_postgres_url


def test_backup_create_on_the_command_line(
    signed_in: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_postgres_url = signed_in
    monkeypatch.setenv("LEDGER_BACKUP_DIR", str(tmp_path / "b"))
    assert main(["--db", fresh_postgres_url, "backup", "create"]) == 0
    out = capsys.readouterr().out
    assert "已备份并验证" in out and ".dump" in out
    assert main(["--db", fresh_postgres_url, "backup", "verify"]) == 0


def test_missing_tools_say_exactly_what_to_install(
    signed_in: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_postgres_url = signed_in
    monkeypatch.setattr(pg_backup, "_candidates", lambda name: [])
    db = open_database(fresh_postgres_url)
    try:
        problem = Services(db, ADMIN).backups.tool_problem() or ""
        assert "没有找到 PostgreSQL 的备份工具 pg_dump" in problem
        assert "sudo apt-get install postgresql-client-" in problem and "Command Line Tools" in problem
    finally:
        db.dispose()
    assert main(["--db", fresh_postgres_url, "backup", "create"]) == 2
    assert "postgresql-client" in capsys.readouterr().err


def add_session(services: Services) -> Any:
    platform = services.platforms.create(
        PlatformCreate(kind="station", name="城北区委员驿站", district="城北区")
    )
    return services.sessions.create(
        ConsultationSessionCreate(
            topic="公交站台遮阳设施",
            topic_source=TopicSource.RESIDENTS,
            held_on="2025-05-06",
            platform_id=platform.id,
        )
    )


def test_a_second_clerk_opens_the_first_clerks_attachment(
    fresh_postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_home, second_home = tmp_path / "张的电脑", tmp_path / "李的电脑"
    first_home.mkdir()
    second_home.mkdir()
    scan = tmp_path / "签到表.pdf"
    scan.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 8000)  # 2 MB, more than one chunk

    monkeypatch.setenv("LEDGER_DATA_DIR", str(first_home))
    first = Services(open_database(fresh_postgres_url), FIRST)
    attachment = first.attachments.add(scan, session_id=add_session(first).id)
    first.db.dispose()

    monkeypatch.setenv("LEDGER_DATA_DIR", str(second_home))
    second = Services(open_database(fresh_postgres_url), SECOND)
    try:
        [listed] = second.attachments.list_for(session_id=attachment.session_id)
        copy = second.attachments.open_copy(listed)
        assert copy.is_relative_to(second_home) and copy.read_bytes() == scan.read_bytes()
    finally:
        second.db.dispose()


def test_files_left_on_a_clerks_computer_move_into_the_shared_database(
    fresh_postgres_url: str, tmp_path: Path
) -> None:
    """Before 0005 each clerk kept attachment files; each one's files move in when they next start."""
    db = open_database(fresh_postgres_url)
    services = Services(db, ADMIN)
    try:
        session = add_session(services)
        content = b"photo taken on the other clerk's computer"
        sha = hashlib.sha256(content).hexdigest()
        with db.session() as s:  # a record written by the old version: no content in the database
            s.execute(
                sa.text(
                    "INSERT INTO attachment (id, created_at, updated_at, version, session_id, filename,"
                    " sha256, size) VALUES (:id, now(), now(), 1, :sid, '现场.jpg', :sha, :size)"
                ),
                {"id": "0" * 31 + "1", "sid": session.id.hex, "sha": sha, "size": len(content)},
            )
        folder = tmp_path / "attachments"
        (folder / sha[:2]).mkdir(parents=True)
        (folder / sha[:2] / f"{sha}.jpg").write_bytes(content)
        moved = adopt_legacy_files(db.engine, folder)
        assert len(moved.moved) == 1 and not folder.exists()
        [attachment] = services.attachments.list_for(session_id=session.id)
        assert services.attachments.read_content(attachment) == content
    finally:
        db.dispose()
