"""`export xlsx` and `import xlsx` as a user runs them: files, Chinese reports, exit statuses 0 / 1 / 2."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.fixtures.excel.builders import OLD_XLS, SAMPLE, write_workbook
from tests.integration.conftest import RunCli, make_admin


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "城西区台账.xlsx"
    shutil.copyfile(SAMPLE, target)
    target.chmod(0o644)
    return target


def test_import_dry_run_then_import_then_export(run_cli: RunCli, sample: Path, tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    make_admin(db)
    options = ("--fill-dates", "--default-result", "B")  # the sample gives neither dates nor classes
    dry = run_cli("--db", str(db), "import", "xlsx", str(sample), "--dry-run", *options)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "工作表「2024年台账」按“协商议事台账”导入，表头在第3行" in dry.stdout
    assert "B列「活动时间」→ 活动时间" in dry.stdout
    assert "协商议事活动：新增 15 次" in dry.stdout
    assert "第19行：合计行，已跳过" in dry.stdout
    assert "试运行：检查通过，未写入数据库。" in dry.stdout
    assert count(db, "consultation_session") == 0

    done = run_cli("--db", str(db), "import", "xlsx", str(sample), *options)
    assert done.returncode == 0, done.stderr
    assert "已导入" in done.stdout and "意见建议：新增 25 条" in done.stdout
    assert count(db, "consultation_session") == 15 and count(db, "suggestion") == 25

    out = tmp_path / "导出.xlsx"
    exported = run_cli(
        "--db", str(db), "export", "xlsx", str(out), "--from", "2024-01-01", "--to", "2024-12-31"
    )
    assert exported.returncode == 0, exported.stderr
    assert "协商议事台账：14 行" in exported.stdout  # the 2025 session is outside the period
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "协商议事台账", "意见建议办理台账", "站室组名册", "委员名册", "办理过程",
        "履职活动台账", "议题与年度计划", "社情民意信息", "调研报告", "协商专报", "统计",
    ]  # fmt: skip
    assert wb["协商议事台账"]["A1"].value == "协商议事台账（2024年1月1日至2024年12月31日）"


def test_rows_with_errors_exit_1_with_a_report_and_an_error_workbook(
    run_cli: RunCli, sample: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(sample)
    ws = wb.active
    assert ws is not None
    ws["B7"] = "2024年13月5日"
    wb.save(sample)
    db = tmp_path / "ledger.sqlite3"
    make_admin(db)
    errors = tmp_path / "错误.xlsx"
    done = run_cli(
        "--db",
        str(db),
        "import",
        "xlsx",
        str(sample),
        "--errors",
        str(errors),
        "--fill-dates",
        "--default-result",
        "B",
    )
    assert done.returncode == 1
    assert "发现 1 处错误，未导入任何数据" in done.stdout
    assert "第7行「活动时间」：无法识别的日期“2024年13月5日”" in done.stdout
    assert errors.exists() and openpyxl.load_workbook(errors)["2024年台账"]["L7"].value.startswith(
        "「活动时间」"
    )
    assert count(db, "consultation_session") == 0


def test_hostile_file_exits_2_and_leaves_the_database_alone(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    make_admin(db)
    renamed = tmp_path / "旧表.xlsx"
    renamed.write_bytes(OLD_XLS.read_bytes())
    done = run_cli("--db", str(db), "import", "xlsx", str(renamed))
    assert done.returncode == 2
    assert done.stderr.startswith("错误：文件“旧表.xlsx”是旧版 Excel 97-2003 工作簿（.xls）")
    assert count(db, "audit_entry WHERE entity != 'app_user'") == 0  # sign-ins only


def test_mapping_option_names_columns(run_cli: RunCli, tmp_path: Path) -> None:
    ledger = write_workbook(
        tmp_path / "联络组.xlsx",
        [
            ["开会那天", "说的事", "谁出的题", "哪个组"],
            ["2024/5/6", "河道保洁", "群众出题", "城北区河道委员联络组"],
        ],
        title="2024年联络组活动登记",
    )
    db = tmp_path / "ledger.sqlite3"
    make_admin(db)
    mapping = {
        "sheets": {
            "台账": {"target": "协商议事台账", "columns": {"开会那天": "held_on", "说的事": "协商议题"}}
        },
        "columns": {"C": "topic_source", "哪个组": "platform"},
    }
    done = run_cli(
        "--db", str(db), "import", "xlsx", str(ledger), "--mapping", json.dumps(mapping, ensure_ascii=False)
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "将新建站室组 1 个：城北区河道委员联络组（委员联络组，城北区）" in done.stdout
    assert count(db, "consultation_session") == 1
    bad = run_cli("--db", str(db), "import", "xlsx", str(ledger), "--mapping", "{不是 JSON")
    assert bad.returncode == 2 and "导入方案不是有效的 JSON" in bad.stderr


def test_full_export_is_audited_and_a_bad_date_is_a_usage_error(
    run_cli: RunCli, sample: Path, tmp_path: Path
) -> None:
    db = tmp_path / "ledger.sqlite3"
    make_admin(db)
    imported = run_cli(
        "--db", str(db), "import", "xlsx", str(sample), "--fill-dates", "--default-result", "B"
    )
    assert imported.returncode == 0
    full = run_cli("--db", str(db), "export", "xlsx", str(tmp_path / "full.xlsx"), "--full")
    assert full.returncode == 0 and "已记入操作日志" in full.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'export'").fetchone()[0] == 1
    bad = run_cli("--db", str(db), "export", "xlsx", str(tmp_path / "x.xlsx"), "--from", "2024-13-01")
    assert bad.returncode == 2 and "日期“2024-13-01”格式不正确" in bad.stderr


def test_import_summary_as_json_and_a_saved_mapping(run_cli: RunCli, tmp_path: Path) -> None:
    """`import xlsx --json`: per kind created / updated / unchanged / errors, a total, errors by cell."""
    from tests.unit.test_import_registers import grouped_ledger

    _json = json

    db = tmp_path / "c.sqlite3"
    make_admin(db)
    ledger = grouped_ledger(tmp_path / "胜利路.xlsx")
    first = run_cli("--db", str(db), "import", "xlsx", str(ledger), "--dry-run", "--json")
    summary = _json.loads(first.stdout)
    assert first.returncode == 1 and summary["ok"] is False and summary["written"] is False
    assert set(summary["kinds"]["suggestion"]) == {"created", "updated", "unchanged", "errors"}
    assert set(summary["total"]) == {"created", "updated", "unchanged", "errors"}
    assert summary["kinds"]["session"]["errors"] == 3 and summary["total"]["errors"] >= 3
    assert {"sheet", "row", "column", "message", "kind"} <= set(summary["errors"][0])
    saved = run_cli(
        "--db",
        str(db),
        "import",
        "xlsx",
        str(ledger),
        "--fill-dates",
        "--save-mapping",
        "胜利路驿站",
        "--json",
    )
    assert saved.returncode == 0, saved.stdout + saved.stderr
    assert _json.loads(saved.stdout)["kinds"]["suggestion"]["created"] == 3
    again = run_cli("--db", str(db), "import", "xlsx", str(ledger), "--mapping", "胜利路驿站", "--json")
    data = _json.loads(again.stdout)
    assert again.returncode == 0 and data["mapping"] == "胜利路驿站"
    assert data["total"]["created"] == 0 and data["kinds"]["session"]["unchanged"] == 3
    check = run_cli("--db", str(db), "check")
    assert check.returncode == 0, check.stdout
