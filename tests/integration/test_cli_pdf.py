"""`export pdf` as a user runs it: the summary prints the figures of `stats --json`; Chinese errors."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.models._base import uuid_of
from app.models.enums import PlatformKind, ResultClass, SuggestionState
from tests.integration.conftest import RunCli


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("cli-pdf") / "demo.sqlite3"


@pytest.fixture
def demo_db(demo_file: Path, run_cli: RunCli) -> Path:
    if not demo_file.exists():
        done = run_cli("--db", str(demo_file), "demo", "--sessions", "150", "--seed", "5")
        assert done.returncode == 0, done.stderr
    return demo_file


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    for page in reader.pages:
        assert sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height)))) == [595, 842]
    return "".join(page.extract_text() for page in reader.pages).replace("\n", "").replace(" ", "")


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def expected_figures(f: dict[str, Any]) -> list[str]:
    """How each figure of `stats --json` reads in the summary (tiles, network line, count tables)."""
    kinds = f["platforms_by_kind"]
    texts = [
        f"{f['sessions_held']}次开展协商议事活动",
        f"{f['suggestions']}条形成意见建议",
        f"{pct(f['concluded_rate'])}办结率",
        f"{pct(f['on_time_rate'])}按期办结率",
        f"{pct(f['satisfaction_rate'])}满意率",
        f"{f['leader_instructions']}件次领导批示",
        f"{f['overdue']}条超期未答复",
        f"{pct(f['problem_share'])}反映问题类占比",
        f"共有站室组{f['platforms']}个",
        *(f"{k.label}{kinds[k.value]}个" for k in PlatformKind),
        f"委员{f['members']}名",
        f"参加活动的委员{f['members_attending']}名",
        f"参与率{pct(f['member_participation_rate'])}",
        f"出席率{pct(f['attendance_rate'])}",
        f"已交办{f['suggestions_handed_out']}条",
        f"已办结{f['suggestions_concluded']}条",
        f"按期办结{f['suggestions_concluded_on_time']}条",
        f"完成评价{f['evaluated']}条",
    ]
    states = f["suggestions_by_state"]
    texts += [f"{s.label}{states[s.value]}" for s in SuggestionState]
    results = f["suggestions_by_result_class"]
    texts += [f"{r.label.replace(' ', '')}{results[r.value]}" for r in ResultClass]
    return texts


def test_summary_prints_the_figures_of_stats_json(demo_db: Path, run_cli: RunCli, tmp_path: Path) -> None:
    district = (
        sqlite3.connect(demo_db).execute("SELECT district FROM platform ORDER BY name LIMIT 1").fetchone()[0]
    )
    for scope in ([], ["--from", "2025-01-01", "--to", "2025-12-31", "--district", district]):
        out = tmp_path / "summary.pdf"
        done = run_cli("--db", str(demo_db), "export", "pdf", str(out), "--report", "summary", *scope)
        assert done.returncode == 0, done.stderr
        assert "已生成工作综述" in done.stdout
        assert "尚未填写单位名称" in done.stderr  # the demo names no office: the stand-in is said, not hidden
        stats = run_cli("--db", str(demo_db), "stats", "--json", *scope)
        figures = json.loads(stats.stdout)
        text = pdf_text(out)
        missing = [t for t in expected_figures(figures) if t not in text]
        assert not missing, f"summary lacks {missing}"
        assert "协商议事工作综述" in text and "超期未答复意见建议" in text


def test_paragraph_file_replaces_the_drafted_paragraph(
    demo_db: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    paragraph = tmp_path / "段落.txt"
    paragraph.write_text("今年以来，各站室组围绕群众急难愁盼开展协商，成效明显。", encoding="utf-8")
    out = tmp_path / "summary.pdf"
    done = run_cli("--db", str(demo_db), "export", "pdf", str(out), "--report", "summary",
                   "--paragraph-file", str(paragraph))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "今年以来，各站室组围绕群众急难愁盼开展协商，成效明显。" in pdf_text(out)


def test_errors_are_chinese_with_exit_status_2(demo_db: Path, run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = run_cli("--db", str(demo_db), "export", "pdf", str(out), "--report", "minutes")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert (
        "可选的文档有" in done.stderr
        and "summary（工作综述）" in done.stderr
        and "signin（签到表）" in done.stderr
    )
    done = run_cli("--db", str(demo_db), "export", "pdf", str(out), "--report", "session",
                   "--id", "0123456789abcdef0123456789abcdef")  # fmt: skip
    assert done.returncode == 2 and "找不到该协商议事活动" in done.stderr
    done = run_cli("--db", str(demo_db), "export", "pdf", str(out), "--report", "dossier")
    assert done.returncode == 2 and "需要指定协商议事活动的编号" in done.stderr
    done = run_cli("--db", str(demo_db), "export", "pdf", str(tmp_path / "无此目录" / "x.pdf"), "--report",
                   "supervision")  # fmt: skip
    assert done.returncode == 2 and "不存在" in done.stderr
    assert not out.exists()


def test_signin_for_a_held_session_is_made_with_a_note(
    demo_db: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    held = (
        sqlite3.connect(demo_db)
        .execute("SELECT id FROM consultation_session WHERE state = 'closed' ORDER BY held_on LIMIT 1")
        .fetchone()[0]
    )
    held = str(uuid_of(held))  # stored as 16 bytes; the command line takes the text form
    out = tmp_path / "签到表.pdf"
    done = run_cli("--db", str(demo_db), "export", "pdf", str(out), "--report", "signin", "--id", held)
    assert done.returncode == 0, done.stderr
    assert "不是“筹备中”" in done.stdout
    assert "协商议事活动签到表" in pdf_text(out)
