"""Migrations: exactly the models' schema, data kept on upgrade, newer databases refused, backup first."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import app.db.migrate as migrate
from app.db import open_database
from app.db.engine import create_db_engine
from app.db.errors import DatabaseEnvironmentError
from app.models import load_all
from app.models._base import StoredUuid, UTCDateTime, micros_of, moment_of, uuid_of
from app.services import search_index
from app.services.names import search_key

load_all()  # registers every table
REVISIONS = [r.revision for r in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()]


# Tables kept outside the models on purpose: SQLite's full-text index (app/services/search_index.py),
# an FTS5 virtual table with its shadow tables, and the table mapping its rows to records.
OUTSIDE_MODELS = ("search_fts", search_index.search_doc.name)


# Counters the database keeps itself (triggers, migration 0011): checked against the rows they count.
DERIVED = {
    "consultation_session": (
        "suggestion_count",
        "SELECT count(*) FROM suggestion WHERE session_id = :id AND archived_at IS NULL",
    ),
    "handling_unit": ("suggestion_count", "SELECT count(*) FROM suggestion WHERE lead_unit_id = :id"),
}


def _in_models(name: str | None, type_: str, parent_names: Any) -> bool:
    if type_ != "table" or name is None:
        return True
    return not any(name == t or name.startswith(f"{t}_") for t in OUTSIDE_MODELS)


def schema_diff(engine: sa.Engine) -> list[Any]:
    """What differs between the database's schema and the models' (empty when they agree)."""
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_name": _in_models}
        return list(compare_metadata(MigrationContext.configure(conn, opts=opts), SQLModel.metadata))


def test_fresh_database_has_exactly_the_models_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.sqlite3")
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert schema_diff(db.engine) == []
    finally:
        db.dispose()


def test_schema_diff_notices_a_model_the_migrations_lack(tmp_path: Path) -> None:
    """The comparison is not vacuous: an extra table in the metadata shows up as a difference."""
    db = open_database(tmp_path / "fresh.sqlite3")
    extra = sa.Table("not_migrated", SQLModel.metadata, sa.Column("id", sa.Integer, primary_key=True))
    try:
        assert [d[0] for d in schema_diff(db.engine)] == ["add_table"]
    finally:
        SQLModel.metadata.remove(extra)
        db.dispose()


# -- data survives every upgrade path -------------------------------------------------------------


def _value(column: sa.Column[Any], parents: dict[str, dict[str, Any]]) -> Any:
    """A plausible stored value for a column reflected from the database at an old revision."""
    for fk in column.foreign_keys:  # the parent row written before (its id, or the key it is known by)
        return parents.get(fk.column.table.name, {}).get(fk.column.name)
    model_column = _head_column(column)
    if model_column is not None and isinstance(model_column.type, sa.Enum):
        return model_column.type.enums[0]
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return True
    if isinstance(kind, sa.LargeBinary) and column.name.endswith("id"):  # an id as 16 bytes (0012 on)
        return uuid.uuid4().bytes  # each record its own, as the app gives them (the index holds one each)
    if isinstance(kind, sa.LargeBinary):
        return "签到表扫描件".encode()
    if isinstance(kind, sa.Integer):
        return 1
    if isinstance(kind, sa.Float | sa.Numeric):
        return 1.5
    if isinstance(kind, sa.DateTime):
        return "2025-04-27 01:30:00.000000"
    if isinstance(kind, sa.Date):
        return "2025-04-27"
    if isinstance(kind, sa.String) and kind.length == 32 and column.name.endswith("id"):
        return uuid.uuid4().hex
    length = getattr(kind, "length", None) or 50
    return "城西区古城台街道委员驿站"[:length]


def _head_column(column: sa.Column[Any]) -> sa.Column[Any] | None:
    table = SQLModel.metadata.tables.get(column.table.name)
    return table.c.get(column.name) if table is not None else None


def _stored_at_head(table: str, name: str, value: Any) -> Any:
    """What a value written in an older revision's storage is stored as at the head (migration 0012)."""
    column = _head_column(sa.Table(table, sa.MetaData(), sa.Column(name)).c[name])
    if column is None or value is None or not isinstance(value, str):
        return value
    if isinstance(column.type, StoredUuid):
        return uuid_of(value).bytes
    if isinstance(column.type, UTCDateTime):
        return micros_of(moment_of(value))
    return value


def _fill_every_table(path: Path) -> dict[str, dict[str, Any]]:
    """One row in every table of the database as it is, parents first; returns the rows written."""
    engine = create_db_engine(path)
    meta = sa.MetaData()
    meta.reflect(engine)
    written: dict[str, dict[str, Any]] = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:
            # audit_head is a one-row table its migration fills: it already has its row
            if table.name in ("alembic_version", "audit_head") or not _in_models(table.name, "table", None):
                continue
            row = {c.name: _value(c, written) for c in table.columns}
            # untyped, so the values land exactly as written (stored text, as the app's types store it)
            conn.execute(sa.insert(sa.table(table.name, *(sa.column(c) for c in row))), row)
            written[table.name] = row
    engine.dispose()
    return written


@pytest.mark.parametrize("revision", REVISIONS)
def test_rows_written_at_any_revision_survive_the_upgrade_to_head(tmp_path: Path, revision: str) -> None:
    path = tmp_path / f"at-{revision}.sqlite3"
    engine = create_db_engine(path)
    migrate.upgrade(engine, revision=revision, backup=False)
    assert migrate.current_revision(engine) == revision
    engine.dispose()
    written = _fill_every_table(path)
    assert written, "no tables at this revision"

    db = open_database(path)  # what the app does at start-up
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert schema_diff(db.engine) == []
        head = sa.MetaData()
        head.reflect(db.engine)
        with db.engine.connect() as conn:
            for name, stored in written.items():
                if name not in head.tables:
                    continue  # a table a later revision dropped on purpose
                row = {k: _stored_at_head(name, k, v) for k, v in stored.items()}
                key = [c.name for c in head.tables[name].primary_key.columns]
                where = " AND ".join(f'"{k}" = :{k}' for k in key)
                query = sa.text(f'SELECT * FROM "{name}" WHERE {where}')
                found = conn.execute(query, {k: row[k] for k in key}).mappings().one()
                counter, counted = DERIVED.get(name, ("", ""))
                kept = {k: v for k, v in row.items() if k in found and k != counter}
                assert {k: found[k] for k in kept} == kept, name
                if counter in found and counter not in row:  # added by the upgrade: counted then
                    assert found[counter] == conn.execute(sa.text(counted), {"id": row["id"]}).scalar(), name
    finally:
        db.dispose()


# -- refusing newer databases, backups ------------------------------------------------------------


def _head_database(folder: Path) -> Path:
    path = folder / "ledger.sqlite3"
    open_database(path).dispose()
    return path


def test_database_from_a_newer_version_is_refused(_data_dir: Path) -> None:
    path = _head_database(_data_dir)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseEnvironmentError) as info:
        open_database(path)
    assert "更高版本" in str(info.value)
    assert "9999_from_the_future" in str(info.value)
    with sqlite3.connect(path) as conn:  # left untouched
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_from_the_future",)


NEXT_REVISION = '''"""test only: one more table

Revision ID: 9000_test_next
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9000_test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_next", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_next")
'''


@pytest.fixture
def next_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Pretend the app gained one more migration (a copy of the real ones plus a new head)."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (copy / "versions" / "9000_test_next.py").write_text(NEXT_REVISION.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)
    assert migrate.head_revision() == "9000_test_next"
    return head


def test_upgrade_backs_up_the_sqlite_file_first(_data_dir: Path, next_version: str) -> None:
    path = _data_dir / "ledger.sqlite3"
    shutil.copy(_head_database_at(next_version, _data_dir), path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO handling_unit (id, created_at, updated_at, version, name) "
            "VALUES (?, '2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000', 1, '市水务局')",
            (uuid.uuid4().hex,),
        )
    db = open_database(path)
    db.dispose()

    backups = list((_data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    assert next_version in backups[0].name
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (next_version,)
        assert old.execute("SELECT name FROM handling_unit").fetchall() == [("市水务局",)]
        assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'test_next'").fetchone() == (0,)
    with sqlite3.connect(path) as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchone() == ("9000_test_next",)
        assert new.execute("SELECT name FROM handling_unit").fetchall() == [("市水务局",)]


def _head_database_at(revision: str, folder: Path) -> Path:
    path = folder / "seed.sqlite3"
    engine = create_db_engine(path)
    migrate.upgrade(engine, revision=revision, backup=False)
    engine.dispose()
    return path


def test_up_to_date_or_brand_new_databases_are_not_backed_up(_data_dir: Path) -> None:
    path = _head_database(_data_dir)  # brand new: nothing to back up
    open_database(path).dispose()  # up to date: nothing to do
    backups = _data_dir / "backups"
    assert not backups.exists() or not any(backups.iterdir())
    engine = create_db_engine(path)
    assert migrate.upgrade(engine) is None
    engine.dispose()


def test_upgrade_keeps_the_assignment_numbers_earlier_versions_printed(tmp_path: Path) -> None:
    """Migration 0006 stores each assigned suggestion's 交办单 number as 0003's code computed it."""
    path = tmp_path / "at-0003.sqlite3"
    engine = create_db_engine(path)
    migrate.upgrade(engine, revision="0003", backup=False)
    engine.dispose()
    template = _fill_every_table(path)["suggestion"]
    # (id, assigned_on, created_at): a back-dated second entry, a same-day tie, another year, unassigned.
    rows = [
        ("a" * 32, "2025-03-10", "2025-03-10 01:00:00.000000"),
        ("b" * 32, "2025-01-06", "2025-03-11 01:00:00.000000"),
        ("c" * 32, "2025-03-10", "2025-03-09 01:00:00.000000"),
        ("d" * 32, "2024-12-30", "2025-01-01 01:00:00.000000"),
        ("e" * 32, None, "2025-01-01 01:00:00.000000"),
    ]
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM suggestion_unit")
        conn.execute("DELETE FROM leader_instruction")
        conn.execute("DELETE FROM follow_up_event")
        conn.execute("DELETE FROM attachment WHERE suggestion_id IS NOT NULL")
        conn.execute("DELETE FROM suggestion")
        columns = list(template)
        for sid, assigned_on, created_at in rows:
            values = {**template, "id": sid, "assigned_on": assigned_on, "created_at": created_at}
            conn.execute(
                f"INSERT INTO suggestion ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                [values[c] for c in columns],
            )
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            query = sa.text("SELECT record_key, text FROM document_number WHERE kind = 'assignment'")
            numbers = {key: text for key, text in conn.execute(query)}
    finally:
        db.dispose()
    assert numbers == {
        str(uuid.UUID("b" * 32)): "交办〔2025〕第1号",
        str(uuid.UUID("c" * 32)): "交办〔2025〕第2号",  # same day as a, entered earlier
        str(uuid.UUID("a" * 32)): "交办〔2025〕第3号",
        str(uuid.UUID("d" * 32)): "交办〔2024〕第1号",
    }


def test_upgrade_to_0004_keeps_users_memberships_and_chains_the_old_log(tmp_path: Path) -> None:
    """Users keep their rows (their platform moves to user_platform; no password, so no sign-in yet),
    memberships stay current, and the entries written before the chain existed are numbered and hashed."""
    from app.services import audit_chain
    from app.services.integrity import check_database

    path = tmp_path / "at-0003.sqlite3"
    engine = create_db_engine(path)
    migrate.upgrade(engine, revision="0003", backup=False)
    engine.dispose()
    platform, member, user = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    stamp = "2025-04-27 01:30:00.000000"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO platform (id, created_at, updated_at, version, kind, name, district, active) "
            "VALUES (?, ?, ?, 1, 'station', '甲驿站', '城北区', 1)", (platform, stamp, stamp)
        )  # fmt: skip
        conn.execute(
            "INSERT INTO member (id, created_at, updated_at, version, name) VALUES (?, ?, ?, 1, '祁玉兰')",
            (member, stamp, stamp),
        )
        conn.execute(
            "INSERT INTO platform_membership (id, created_at, updated_at, version, platform_id, member_id, "
            "role) VALUES (?, ?, ?, 1, ?, ?, 'head')",
            (uuid.uuid4().hex, stamp, stamp, platform, member),
        )
        conn.execute(
            "INSERT INTO app_user (id, created_at, updated_at, version, username, display_name, role, "
            "platform_id) VALUES (?, ?, ?, 1, 'lly', '甲联络员', 'coordinator', ?)",
            (user, stamp, stamp, platform),
        )
        for n in range(3):
            conn.execute(
                "INSERT INTO audit_entry (id, created_at, updated_at, version, at, actor, action, entity, "
                f"note) VALUES (?, ?, ?, 1, '2025-04-27 01:3{n}:00.000000', 'lly', 'create', 'platform', "
                f"'旧日志{n}')",
                (uuid.uuid4().hex, stamp, stamp),
            )
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            links = conn.execute(sa.text("SELECT user_id, platform_id FROM user_platform")).all()
            assert [(uuid_of(u).hex, uuid_of(p).hex) for u, p in links] == [(user, platform)]
            row = conn.execute(sa.text("SELECT password_hash, disabled, failed_sign_ins FROM app_user")).one()
            assert tuple(row) == (None, 0, 0)
            assert conn.execute(sa.text("SELECT left_on, role FROM platform_membership")).one() == (
                None,
                "head",
            )
            notes = conn.execute(sa.text("SELECT seq, note FROM audit_entry ORDER BY seq")).all()
            assert [tuple(r) for r in notes] == [(1, "旧日志0"), (2, "旧日志1"), (3, "旧日志2")]
            assert audit_chain.verify(conn).ok
        assert check_database(db).ok, check_database(db).problems
        from app.services.accounts import AccountService, SignInError

        service = AccountService(db)
        assert not service.has_accounts()  # no password yet: the first administrator can be made
        with pytest.raises(SignInError, match="尚未设置密码"):
            service.sign_in("lly", "")
    finally:
        db.dispose()


def test_upgrade_to_0010_gives_every_name_its_search_key(tmp_path: Path) -> None:
    """Members, 站室组 and units written before 0010 are found by pinyin at once; 交办 entries name the
    办理方式 once."""
    path = tmp_path / "at-0008.sqlite3"
    engine = create_db_engine(path)
    migrate.upgrade(engine, revision="0008", backup=False)
    engine.dispose()
    written = _fill_every_table(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE member SET name = '张宏伟'")
        conn.execute("UPDATE handling_unit SET name = '市住房和城乡建设局'")
        old = "交办甲局（主办），会办：乙局；会办；办理时限：2025年3月24日"
        conn.execute("UPDATE follow_up_event SET kind = 'assigned', text = ?", (old,))
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            member_key = conn.execute(sa.text("SELECT name_key FROM member")).scalar_one()
            unit_strokes = conn.execute(sa.text("SELECT name_strokes FROM handling_unit")).scalar_one()
            platform_key = conn.execute(sa.text("SELECT name_key FROM platform")).scalar_one()
            text = conn.execute(sa.text("SELECT text FROM follow_up_event")).scalar_one()
    finally:
        db.dispose()
    assert member_key.split()[:2] == ["zhanghongwei", "zhw"]
    assert unit_strokes and platform_key == search_key(written["platform"]["name"])
    assert text == "交办甲局（主办），会办：乙局；办理时限：2025年3月24日"


def test_upgrade_to_0009_keeps_sessions_attendance_and_instructions_as_they_were(tmp_path: Path) -> None:
    """Sessions stay sessions (the kind `consultation`), their attendance keeps its statuses with nobody
    marked as having spoken, each 领导批示 stays on its suggestion, 是否公开 stays unset; the built-in
    kinds of 履职活动 are there."""
    before = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0009").down_revision
    assert isinstance(before, str)
    path = tmp_path / f"at-{before}.sqlite3"
    engine = create_db_engine(path)
    migrate.upgrade(engine, revision=before, backup=False)
    engine.dispose()
    written = {
        t: {k: _stored_at_head(t, k, v) for k, v in row.items()} for t, row in _fill_every_table(path).items()
    }
    session, suggestion = written["consultation_session"], written["suggestion"]
    instruction, attendance = written["leader_instruction"], written["session_attendance"]
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            row = conn.execute(
                sa.text(
                    "SELECT topic, state, is_public, feedback_on, topic_id "
                    "FROM consultation_session WHERE id = :id"
                ),
                {"id": session["id"]},
            ).one()
            assert tuple(row) == (session["topic"], session["state"], None, None, None)
            row = conn.execute(
                sa.text("SELECT status, spoke FROM session_attendance WHERE id = :id"),
                {"id": attendance["id"]},
            ).one()
            assert tuple(row) == (attendance["status"], 0)
            row = conn.execute(
                sa.text(
                    "SELECT suggestion_id, session_id, activity_id, results_report_id, research_report_id, "
                    "opinion_id, leader, text FROM leader_instruction WHERE id = :id"
                ),
                {"id": instruction["id"]},
            ).one()
            assert tuple(row) == (
                suggestion["id"],
                None,
                None,
                None,
                None,
                None,
                instruction["leader"],
                instruction["text"],
            )
            assert conn.execute(sa.text("SELECT activity_id FROM suggestion")).scalar() is None
            kinds = [
                r[0] for r in conn.execute(sa.text("SELECT code FROM activity_kind ORDER BY sort_order"))
            ]
            assert kinds == [
                "consultation", "special_consultation", "democratic_supervision", "inspection", "research",
                "lecture", "visit", "plenary", "standing_committee",
            ]  # fmt: skip
        from app.services.statistics import StatisticsService
        from tests.support import ADMIN_ACTOR

        with db.engine.begin() as conn:  # the filler's setting is no JSON: the figures read the defaults
            conn.execute(sa.text("DELETE FROM office_setting"))
        figures = StatisticsService(db, ADMIN_ACTOR).summary()
        assert figures["activities_by_kind"]["consultation"] == figures["sessions_held"]
        assert figures["leader_instructions"] == figures["leader_instructions_by_subject"]["suggestion"] == 1
    finally:
        db.dispose()
