"""Every printed document, from a demo database: expected Chinese text, A4 pages, embedded subset fonts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PIL import Image
from pypdf import PdfReader

from app.db import Database
from app.models import ConsultationSessionCreate, MemberCreate
from app.models._base import table_of
from app.models.enums import SessionState, SuggestionState
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.services.actor import Actor
from app.services.attachments import AttachmentService
from app.services.demo import load_demo
from app.services.documents import DocumentKind, DocumentService, RenderCancelled
from app.services.duty import DutyService
from app.services.errors import NotFoundError, ValidationError
from app.services.hub import Services
from app.services.names import stroke_key
from app.services.scope import Scope
from app.services.validation import build
from tests.support import ADMIN_ACTOR

TODAY = date(2025, 12, 31)
CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, sessions=60, seed=11, actor=actor, today=TODAY)
    return db


def scalar(db: Database, stmt: Any) -> Any:
    with db.session(write=False) as s:
        return s.execute(stmt).scalar()


def render(db: Database, kind: str, **options: Any) -> tuple[PdfReader, str, list[str]]:
    data, result = DocumentService(db, ADMIN_ACTOR, today=TODAY).render_bytes(kind, **options)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == result.pages
    text = "\n".join(p.extract_text() for p in reader.pages)
    check_pages_and_fonts(reader, text)
    return reader, text, result.notes


def check_pages_and_fonts(reader: PdfReader, text: str) -> None:
    for n, page in enumerate(reader.pages, 1):
        size = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        assert size == [595, 842], "not A4"
        assert f"— {n} —" in page.extract_text()
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            assert str(font["/BaseFont"])[7] == "+", f"{font['/BaseFont']} is not a subset"
    assert "××市政协办公室" in text


def a_session(db: Database, *where: Any) -> uuid.UUID:
    return scalar(db, sa.select(CS.id).where(*where).order_by(CS.held_on, CS.id).limit(1))


def test_session_record(demo: Database) -> None:
    sid = a_session(
        demo,
        CS.state == SessionState.CLOSED.value,
        sa.select(sa.func.count()).where(SG.session_id == CS.id).scalar_subquery() >= 2,
    )
    with demo.session(write=False) as s:
        topic, minutes = s.execute(sa.select(CS.topic, CS.minutes).where(CS.id == sid)).one()
        titles = s.execute(sa.select(SG.title).where(SG.session_id == sid)).scalars().all()
    _, text, _ = render(demo, "session", id=sid)
    flat = text.replace("\n", "")
    for expected in (
        "协商议事纪要",
        "基本情况",
        "议题来源",
        "出席委员",
        "会议纪要",
        "形成共识",
        "记录人",
        "审核人",
    ):
        assert expected in text
    assert topic in flat
    assert minutes[:12] in flat
    assert all(t[:8] in flat for t in titles)


def test_dossier_with_photo(demo: Database, actor: Actor, tmp_path: Path) -> None:
    sid = a_session(
        demo,
        CS.state == SessionState.CLOSED.value,
        sa.select(sa.func.count()).where(SG.session_id == CS.id).scalar_subquery() >= 1,
    )
    photo = tmp_path / "现场照片.png"
    Image.new("RGB", (640, 400), (200, 40, 40)).save(photo, "PNG")
    scan = tmp_path / "签到表扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned sign-in sheet")
    attachments = AttachmentService(demo, actor)
    attachments.add(photo, session_id=sid, description="协商现场")
    attachments.add(scan, session_id=sid)
    reader, text, _ = render(demo, "dossier", id=sid)
    for expected in (
        "一事一档",
        "意见建议办理档案",
        "答复意见",
        "双向评价",
        "办理过程",
        "活动照片及附件",
        "协商现场",
    ):
        assert expected in text
    assert "签到表扫描件.pdf" in text
    images = [name for page in reader.pages for name in page.images]
    assert len(images) == 1


def test_assignment_form(demo: Database) -> None:
    sug = scalar(demo, sa.select(SG.id).where(SG.state == SuggestionState.IN_PROGRESS.value).limit(1))
    _, text, notes = render(demo, "assignment", id=sug)
    for expected in (
        "意见建议交办单",
        "××市政协办公室",
        "交办〔",
        "主办单位",
        "办理时限",
        "办理要求",
        "回",
        "签收日期",
    ):
        assert expected in text
    assert notes == []
    pending = scalar(demo, sa.select(SG.id).where(SG.state == SuggestionState.PENDING.value).limit(1))
    _, _, notes = render(demo, "assignment", id=pending)
    assert any("尚未交办" in n for n in notes)


def test_reminder_lists_overdue_items_with_days(demo: Database) -> None:
    row = None
    with demo.session(write=False) as s:
        row = s.execute(
            sa.select(SG.lead_unit_id, sa.func.count())
            .where(SG.state.in_(("assigned", "in_progress")), SG.due_on < TODAY, SG.replied_on.is_(None))
            .group_by(SG.lead_unit_id)
            .order_by(sa.func.count().desc())
            .limit(1)
        ).first()
    assert row is not None, "the demo data has no overdue item"
    _, text, _ = render(demo, "reminder", id=row[0])
    assert "意见建议催办单" in text and "超期工作日" in text
    assert f"以下 {row[1]} 件意见建议已超过办理时限" in text.replace("\n", "")


def test_signin_in_stroke_order_with_rare_name(demo: Database, services: Services) -> None:
    platform_id = scalar(demo, sa.select(CS.platform_id).order_by(CS.held_on.desc()).limit(1))
    planned = services.sessions.create(
        build(ConsultationSessionCreate, topic="老旧小区加装电梯", topic_source="residents",
              held_on=date.today() + timedelta(days=10), platform_id=platform_id, location="社区议事厅")
    )  # fmt: skip
    sid = planned.id
    rare = services.members.create(build(MemberCreate, name="刘䶮", sector="无党派人士"))
    services.rosters.add_member(platform_id, rare.id)
    _, text, notes = render(demo, "signin", id=sid)
    assert "老旧小区加装电梯" in text and "社区议事厅" in text
    assert "协商议事活动签到表" in text and "按姓氏笔画排序" in text and "其他参会人员" in text
    shown_as_code = "刘〔U+4DAE〕" in text.replace(" ", "").replace("\n", "")
    assert "刘䶮" in text or shown_as_code
    missing_notes = [n for n in notes if "“䶮”〔U+4DAE〕" in n and "字库中缺失" in n]
    assert len(missing_notes) == (1 if shown_as_code else 0)
    names = [m.name for m, _ in services.rosters.members_of(platform_id) if m.name != "刘䶮"]
    assert len(names) >= 3
    assert sorted(names, key=text.find) == sorted(names, key=stroke_key)
    held = a_session(demo, CS.state == SessionState.CLOSED.value)
    _, _, notes = render(demo, "signin", id=held)
    assert any("不是“筹备中”" in n for n in notes)


def test_supervision_list_is_landscape_and_complete(demo: Database) -> None:
    count = scalar(demo, sa.select(sa.func.count()).where(SG.state.in_(("assigned", "in_progress"))))
    reader, text, _ = render(demo, "supervision")
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)
    assert "意见建议督办清单" in text
    assert f"已交办尚未答复的意见建议共 {count} 件" in text.replace("\n", "")


def test_unknown_ids_and_kinds_are_refused_in_chinese(demo: Database) -> None:
    service = DocumentService(demo, ADMIN_ACTOR, today=TODAY)
    with pytest.raises(NotFoundError, match="找不到该协商议事活动"):
        service.render_bytes("session", id=uuid.uuid4())
    with pytest.raises(NotFoundError, match="找不到该承办单位"):
        service.render_bytes("reminder", id=uuid.uuid4())
    with pytest.raises(ValidationError, match="格式不正确"):
        service.render_bytes("dossier", id="12")
    with pytest.raises(ValidationError, match="需要指定"):
        service.render_bytes("assignment")
    with pytest.raises(ValidationError, match="可选的文档有：session（协商议事纪要）"):
        service.render_bytes("minutes")
    assert DocumentKind.from_text("签到表") is DocumentKind.SIGNIN


def test_cancelled_render_writes_nothing(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RenderCancelled):
        DocumentService(demo, ADMIN_ACTOR, today=TODAY).render(
            "supervision", out / "list.pdf", is_cancelled=lambda: True
        )
    assert list(out.iterdir()) == []


def test_summary_prints_the_draft_or_the_clerks_paragraph(demo: Database) -> None:
    service = DocumentService(demo, ADMIN_ACTOR, today=TODAY)
    draft = service.draft_paragraph()
    assert "协商议事活动" in draft
    stages: list[tuple[float, str]] = []
    _, text, _ = render(demo, "summary", progress=lambda f, stage: stages.append((f, stage)))
    flat = text.replace("\n", "").replace(" ", "")
    # The paragraph may run over a page: read it without the page numbers (— 2 —) in between.
    assert draft.replace(" ", "") in re.sub(r"—\d+—", "", flat)
    for expected in (
        "协商议事工作综述",
        "主要数据",
        "图1",
        "图2",
        "图3",
        "办理状态",
        "办理结果",
        "超期未答复意见建议",
        "典型成果",
        "印发",
    ):
        assert expected in flat
    fractions = [f for f, _ in stages]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert stages[0][1] == "正在读取数据…" and any("正在排版" in s for _, s in stages)
    own = "本年度各站室组聚焦民生实事开展协商，推动一批难题得到解决。"
    _, text, _ = render(demo, "summary", paragraph_override=own)
    flat = text.replace("\n", "").replace(" ", "")
    assert own in flat and draft.replace(" ", "") not in flat


def test_member_record_prints_the_duty_figures(demo: Database) -> None:
    scope = Scope(date(2025, 1, 1), date(2025, 12, 31))
    convener = scalar(
        demo,
        sa.select(CS.convener_id)
        .where(CS.convener_id.is_not(None), CS.held_on.between(scope.date_from, scope.date_to))
        .group_by(CS.convener_id)
        .order_by(sa.func.count().desc())
        .limit(1),
    )
    record = DutyService(demo, ADMIN_ACTOR).record(convener, scope)
    _, text, _ = render(demo, "member", id=convener, scope=scope)
    flat = text.replace("\n", "").replace(" ", "")
    assert "政协委员履职档案" in flat and record.name in flat
    assert "2025年1月1日至2025年12月31日" in flat
    for value, unit, name in (
        (record.sessions_attended, "次", "出席协商议事活动"),
        (record.sessions_excused, "次", "请假"),
        (record.sessions_absent, "次", "缺席"),
        (record.sessions_convened, "次", "召集主持活动"),
        (record.suggestions_raised, "条", "提出意见建议"),
        (record.visits, "次", "参加视察调研"),
    ):
        assert f"{value}{unit}{name}" in flat
    assert ("履职提醒" in flat) == record.below_threshold
    assert all(reason.replace(" ", "") in flat for reason in record.reasons)
    assert record.sessions_convened > 0 and "召集" in flat
    with pytest.raises(NotFoundError, match="找不到该委员"):
        DocumentService(demo, ADMIN_ACTOR, today=TODAY).render_bytes("member", id=uuid.uuid4(), scope=scope)


def test_dossier_binds_attached_pdf_pages_and_embeds_other_files(
    demo: Database, actor: Actor, tmp_path: Path
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    sid = a_session(demo, CS.state == SessionState.CLOSED.value)
    scan = tmp_path / "签到表扫描件.pdf"
    canvas = Canvas(str(scan), pagesize=(595, 842))
    for n in (1, 2):
        canvas.drawString(100, 700, f"SIGN-IN SHEET PAGE {n}")
        canvas.showPage()
    canvas.save()
    notes = tmp_path / "会议录音说明.txt"
    notes.write_text("录音另行存档。", encoding="utf-8")
    attachments = AttachmentService(demo, actor)
    attachments.add(scan, session_id=sid, description="签到表")
    attachments.add(notes, session_id=sid)
    without = DocumentService(demo, ADMIN_ACTOR, today=TODAY)
    data, result = without.render_bytes("dossier", id=sid)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == result.pages
    tail = [page.extract_text() for page in reader.pages[-2:]]
    assert "SIGN-IN SHEET PAGE 1" in tail[0] and "SIGN-IN SHEET PAGE 2" in tail[1]
    assert "附件 1：签到表扫描件.pdf" in tail[0] and f"— {result.pages} —" in tail[1]
    assert reader.attachments == {"会议录音说明.txt": ["录音另行存档。".encode()]}
    text = "\n".join(page.extract_text() for page in reader.pages[:-2]).replace("\n", "")
    assert "原件页面附于本档案之后" in text and "已作为文件附件嵌入本 PDF" in text
    if shutil.which("pdfdetach"):
        out = tmp_path / "dossier.pdf"
        out.write_bytes(data)
        listed = subprocess.run(["pdfdetach", "-list", str(out)], capture_output=True, text=True, check=True)
        assert "会议录音说明.txt" in listed.stdout
