"""Upgrading from 0003: attachment files of the data folder move into the database, hashes checked."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import app.db.migrate as migrate
from app.db import open_database
from app.db.backup_store import list_backups
from app.db.engine import create_db_engine
from app.services.integrity import check_database

NOW = "2025-01-01 00:00:00.000000"


def at_0003(path: Path) -> None:
    engine = create_db_engine(path)
    migrate.upgrade(engine, revision="0003", backup=False)
    engine.dispose()


def add_attachment(conn: sqlite3.Connection, session_id: str, filename: str, content: bytes) -> str:
    sha = hashlib.sha256(content).hexdigest()
    conn.execute(
        "INSERT INTO attachment (id, created_at, updated_at, version, session_id, filename, sha256, size)"
        " VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
        (uuid.uuid4().hex, NOW, NOW, session_id, filename, sha, len(content)),
    )
    return sha


def put(folder: Path, sha: str, suffix: str, content: bytes) -> Path:
    path = folder / sha[:2] / f"{sha}{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_files_move_in_verified_and_nothing_is_lost(_data_dir: Path) -> None:
    path = _data_dir / "ledger.sqlite3"
    at_0003(path)
    platform, session = uuid.uuid4().hex, uuid.uuid4().hex
    photo, scan, lost = b"\xff\xd8 photo" * 1000, b"%PDF scan" * 300_000, b"never copied"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO platform (id, created_at, updated_at, version, kind, name, district, active)"
            " VALUES (?, ?, ?, 1, 'station', '城西区驿站', '城西区', 1)",
            (platform, NOW, NOW),
        )
        conn.execute(
            "INSERT INTO consultation_session (id, created_at, updated_at, version, topic, topic_source,"
            " held_on, platform_id, form, state)"
            " VALUES (?, ?, ?, 1, '加装电梯', 'residents', '2025-01-01', ?, 'on_site', 'held')",
            (session, NOW, NOW, platform),
        )
        photo_sha = add_attachment(conn, session, "现场.jpg", photo)
        scan_sha = add_attachment(conn, session, "签到表.pdf", scan)
        damaged_sha = add_attachment(conn, session, "纪要.docx", b"the minutes as recorded")
        lost_sha = add_attachment(conn, session, "丢失.png", lost)
    folder = _data_dir / "attachments"
    put(folder, photo_sha, ".jpg", photo)
    put(folder, scan_sha, ".pdf", scan)
    put(folder, damaged_sha, ".docx", b"the minutes, changed on disk")
    orphan = put(folder, hashlib.sha256(b"orphan").hexdigest(), ".txt", b"orphan")

    db = open_database(path)  # what the app does at start-up
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            stored = dict(conn.exec_driver_sql("SELECT sha256, size FROM attachment_content").all())
            assert conn.exec_driver_sql("SELECT count(*) FROM attachment").scalar() == 4  # every row kept
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() != 0  # the database's identity
        assert stored == {photo_sha: len(photo), scan_sha: len(scan)}
        assert not (folder / photo_sha[:2]).exists() and not (folder / scan_sha[:2]).exists()  # moved
        aside = _data_dir / "attachments-not-in-database"
        assert (
            aside / damaged_sha[:2] / f"{damaged_sha}.docx"
        ).read_bytes() == b"the minutes, changed on disk"
        assert (aside / orphan.parent.name / orphan.name).is_file()  # nothing is deleted unseen
        assert not folder.exists()
        problems = check_database(db).problems
        assert "附件内容缺失：2 个（纪要.docx、丢失.png）" in problems
        [before] = list_backups(_data_dir / "backups", "ledger")
        assert before.kind == "before-upgrade" and before.verified and before.schema_revision == "0003"
    finally:
        db.dispose()
    assert lost_sha not in stored
