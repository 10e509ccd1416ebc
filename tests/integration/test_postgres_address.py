"""`--db postgresql://…` on the throwaway server: an empty database gets a ledger only with --create,
another program's database is left as it was, an unknown database or user is named in Chinese."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from app.__main__ import main
from tests.integration.conftest import PostgresServer

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _new_admin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGER_NEW_PASSWORD", "首位管理员的密码")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().err


def _tables(url: str) -> set[str]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            return set(sa.inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_an_empty_database_gets_a_ledger_only_with_create(
    fresh_postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = _run(capsys, "--db", fresh_postgres_url, "stats")
    assert status == 2 and "是空的" in err and "--create" in err
    assert _tables(fresh_postgres_url) == set()
    add_admin = ("users", "add", "zhang", "--role", "admin")
    status, err = _run(capsys, "--db", fresh_postgres_url, "--create", *add_admin)
    assert status == 0 and "已新建台账数据库" in err
    assert {"alembic_version", "consultation_session"} <= _tables(fresh_postgres_url)


def test_another_programs_database_is_refused_untouched(
    fresh_postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = sa.create_engine(fresh_postgres_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
    engine.dispose()
    status, err = _run(capsys, "--db", fresh_postgres_url, "--create", "stats")
    assert status == 2 and "已有别的程序的表" in err and "未做任何改动" in err
    assert _tables(fresh_postgres_url) == {"invoices"}


def test_an_unknown_database_or_user_is_named(
    postgres_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = f"nosuch_{uuid.uuid4().hex[:8]}"
    status, err = _run(capsys, "--db", postgres_server.url(missing), "stats")
    assert status == 2 and f"没有名为“{missing}”的数据库" in err
    stranger = postgres_server.url("postgres").replace("postgres@", "stranger@")
    status, err = _run(capsys, "--db", stranger, "stats")
    assert status == 2 and "没有名为“stranger”的用户" in err
