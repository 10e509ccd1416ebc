"""`exchange export` and `exchange import` from the command line: a station set up in a new file, the
coordinator's own platforms, accept-new with the fingerprint printed, a changed key refused, JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.__main__ import main
from app.db.engine import create_db_engine
from app.models.enums import UserRole
from app.services.users import UserCreate, UserService
from tests.exchange_support import CLERK, STATION_PASSWORD, add_session, make_db, seed_office
from tests.support import ADMIN_ACTOR

CLERK_PASSWORD = "clerk-pass-2026"


@pytest.fixture
def office_file(migrated_template: Path, tmp_path: Path) -> Path:
    office = seed_office(make_db(migrated_template, tmp_path, "office"))
    add_session(office.db, CLERK, office.platforms[0], "第一站的活动")
    add_session(office.db, CLERK, office.platforms[1], "第二站的活动")
    UserService(office.db, ADMIN_ACTOR).create(
        UserCreate(username="clerk", display_name="张文书", role=UserRole.CLERK, password=CLERK_PASSWORD)
    )
    office.db.dispose()
    return tmp_path / "office.sqlite3"


def _run(capsys: pytest.CaptureFixture[str], password: str, *args: str) -> tuple[int, str, str]:
    import os

    os.environ["LEDGER_PASSWORD"] = password
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGER_PASSWORD", "")  # restored after the test; _run sets it per command


def _station(office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    setup = tmp_path / "setup.zip"
    status, _, err = _run(
        capsys,
        CLERK_PASSWORD,
        "--db",
        str(office_file),
        "--user",
        "clerk",
        "exchange",
        "export",
        str(setup),
        "--platform",
        "城西区第1委员驿站",
    )
    assert status == 0, err
    station = tmp_path / "laptop" / "ledger.sqlite3"  # a path with no database yet
    status, out, err = _run(capsys, "", "--db", str(station), "exchange", "import", str(setup))
    assert status == 0, err
    assert "已用“××市政协办公室”的数据包建立本机数据库" in out and "SHA256:" in out
    return station


def test_station_set_up_and_round_trip_on_the_command_line(
    office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "station1.zip"
    status, out, _ = _run(
        capsys,
        STATION_PASSWORD,
        "--db",
        str(office_file),
        "--user",
        "station1",
        "exchange",
        "export",
        str(package),
        "--json",
    )
    assert status == 0
    result = json.loads(out)  # as the coordinator: exactly their platform, and no office lists
    assert [p["name"] for p in result["coverage"]["platforms"]] == ["城西区第1委员驿站"]
    assert result["kinds"]["session"] == 1 and "member" not in result["kinds"]
    station = _station(office_file, tmp_path, capsys)
    # the coordinator signs in on the laptop with the usual password
    status, out, err = _run(
        capsys, STATION_PASSWORD, "--db", str(station), "--user", "station1", "stats", "--json"
    )
    assert status == 0, err
    assert json.loads(out)["platforms"] == 1
    up = tmp_path / "up.zip"
    assert (
        _run(
            capsys,
            STATION_PASSWORD,
            "--db",
            str(station),
            "--user",
            "station1",
            "exchange",
            "export",
            str(up),
        )[0]
        == 0
    )
    # the office: a trial run first (nothing remembered), then the import accepts the new sender
    status, out, _ = _run(
        capsys,
        CLERK_PASSWORD,
        "--db",
        str(office_file),
        "--user",
        "clerk",
        "exchange",
        "import",
        str(up),
        "--dry-run",
        "--json",
    )
    data = json.loads(out)
    assert status == 0 and data["dry_run"] and data["new_sender"]
    assert set(data["total"]) == {"created", "updated", "unchanged", "conflicts", "refused"}
    status, out, _ = _run(
        capsys, CLERK_PASSWORD, "--db", str(office_file), "--user", "clerk", "exchange", "import", str(up)
    )
    assert status == 0 and "新的发送方“城西区第1委员驿站”，已记住并信任其密钥：密钥指纹 SHA256:" in out
    status, out, _ = _run(
        capsys, CLERK_PASSWORD, "--db", str(office_file), "--user", "clerk", "exchange", "import", str(up)
    )
    assert "新的发送方" not in out and "合计：新增 0，修改 0" in out


def test_a_changed_key_is_refused_with_a_clear_message(
    office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    station = _station(office_file, tmp_path, capsys)
    forger = tmp_path / "forger.sqlite3"
    shutil.copy(office_file, forger)
    with create_db_engine(office_file).connect() as conn:
        office_id = conn.execute(sa.text("SELECT installation_id FROM exchange_installation")).scalar()
    with create_db_engine(forger).begin() as conn:  # the office's name and id, another key
        conn.execute(sa.text("DELETE FROM exchange_installation"))
    forged = tmp_path / "forged.zip"
    for _ in range(2):  # the first export makes the new key pair; then the id is set to the office's
        status, _, err = _run(
            capsys,
            CLERK_PASSWORD,
            "--db",
            str(forger),
            "--user",
            "clerk",
            "exchange",
            "export",
            str(forged),
            "--platform",
            "城西区第1委员驿站",
        )
        assert status == 0, err
        with create_db_engine(forger).begin() as conn:
            conn.execute(sa.text("UPDATE exchange_installation SET installation_id = :i"), {"i": office_id})
    status, _, err = _run(
        capsys,
        STATION_PASSWORD,
        "--db",
        str(station),
        "--user",
        "station1",
        "exchange",
        "import",
        str(forged),
    )
    assert status == 2 and "密钥与本机记住的不同" in err and "Traceback" not in err
    status, _, err = _run(
        capsys,
        STATION_PASSWORD,
        "--db",
        str(station),
        "--user",
        "station1",
        "exchange",
        "import",
        str(tmp_path / "missing.zip"),
    )
    assert status == 2 and "找不到文件" in err
