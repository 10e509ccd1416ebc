"""Font roles of printed documents: each role found on its own, bundled faces when the computer has none."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from app.db import Database
from app.models._base import table_of
from app.models.sessions import ConsultationSession
from app.reports.pdf.font_roles import (
    BODY,
    HEADING1,
    HEADING2,
    SYSTEM_FONTS_ENV,
    TITLE,
    SystemFonts,
    bundled_path,
    resolve_role,
)
from app.reports.pdf.fonts import FontSet, default_fonts
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.documents import DocumentService
from app.services.scope import Scope
from tests.support import ADMIN_ACTOR

TODAY = date(2025, 12, 31)
CS = table_of(ConsultationSession).c
# The PostScript names of the bundled faces, by role (what a PDF's font list shows).
BUNDLED = {
    TITLE: "LedgerTitleSong-Bold",
    BODY: "LedgerBodyFangSong-Regular",
    HEADING1: "WenQuanYiMicroHei",
    HEADING2: "LedgerHeadingKai-Regular",
}


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, sessions=30, seed=3, actor=actor, today=TODAY)
    return db


def embedded_fonts(data: bytes) -> dict[str, bool]:
    """Base font name (without the subset tag) → embedded as TrueType, over every page."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            name = str(font["/BaseFont"]).lstrip("/")
            found[name.split("+", 1)[-1]] = "/FontFile2" in descriptor and name[6] == "+"
    return found


def pdffonts_names(path: Path) -> list[str]:
    """The embedded fonts as poppler's pdffonts lists them ("emb" column yes)."""
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    names = []
    for line in done.stdout.splitlines()[2:]:
        parts = line.split()
        if parts and parts[-5] == "yes":  # name type encoding emb sub uni object ID
            names.append(parts[0].split("+", 1)[-1])
    return names


def test_every_role_falls_back_to_a_bundled_face_when_the_computer_has_none() -> None:
    for role in BUNDLED:
        font, notes = resolve_role(role, SystemFonts.hidden())
        assert (font.source, font.path, notes) == ("bundled", bundled_path(role), [])
        assert font.path.is_file()
    fonts = FontSet(system=SystemFonts.hidden())
    assert {role: fonts.face_of(role).name.decode() for role in BUNDLED} == BUNDLED  # type: ignore[attr-defined]


def test_licensed_font_installed_on_the_computer_wins(tmp_path: Path) -> None:
    windows_fonts = tmp_path / "Fonts"
    windows_fonts.mkdir()
    shutil.copy(bundled_path(HEADING2), windows_fonts / "simkai.ttf")
    system = SystemFonts(folders=[windows_fonts], use_fontconfig=False)
    kai, _ = resolve_role(HEADING2, system)
    assert (kai.source, kai.path.name) == ("system", "simkai.ttf")
    body, _ = resolve_role(BODY, system)  # no simfang.ttf there: the bundled 仿宋 stands in
    assert body.source == "bundled"


def test_file_chosen_in_the_settings_comes_first_and_a_wrong_one_is_reported(tmp_path: Path) -> None:
    chosen = tmp_path / "office-fangsong.ttf"
    shutil.copy(bundled_path(BODY), chosen)
    font, notes = resolve_role(BODY, SystemFonts.hidden(), str(chosen))
    assert (font.source, font.path, notes) == ("settings", chosen, [])
    cff = tmp_path / "cff.otf"
    cff.write_bytes(b"OTTO" + bytes(200))
    font, notes = resolve_role(BODY, SystemFonts.hidden(), str(cff))
    assert font.source == "bundled" and "不是 TrueType 轮廓字体" in notes[0]
    font, notes = resolve_role(TITLE, SystemFonts.hidden(), str(tmp_path / "gone.ttf"))
    assert font.source == "bundled" and "不存在" in notes[0]


def test_a_character_outside_the_subset_falls_back_instead_of_vanishing() -> None:
    fonts = FontSet(system=SystemFonts.hidden())
    name = "张翀"  # 翀 is in GBK, not in GB 2312 (the bundled 仿宋 subset)
    assert not fonts.covers("翀", BODY) and fonts.fallback_covers("翀")
    markup = fonts.markup(name, role=BODY)
    assert f'<font name="{fonts.fallback}">翀</font>' in markup and markup.startswith("张")


@pytest.mark.parametrize("kind", ["session", "summary"])
def test_session_record_and_summary_embed_three_cjk_faces_in_their_roles(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    monkeypatch.setenv(SYSTEM_FONTS_ENV, "0")  # as on a computer without any Chinese font
    with demo.session(write=False) as s:
        sid = s.execute(sa.select(CS.id).where(CS.state != "planned").order_by(CS.held_on).limit(1)).scalar()
    out = tmp_path / f"{kind}.pdf"
    service = DocumentService(demo, ADMIN_ACTOR, today=TODAY, fonts=default_fonts())
    service.render(kind, out, id=sid if kind == "session" else None, scope=Scope(date(2025, 1, 1), TODAY))
    fonts = embedded_fonts(out.read_bytes())
    assert all(fonts.values()), fonts
    roles = {role for role, name in BUNDLED.items() if any(f.startswith(name) for f in fonts)}
    assert {TITLE, BODY, HEADING1} <= roles, fonts  # 小标宋 title, 仿宋 body, 黑体 headings at least
    if kind == "summary":
        assert HEADING2 in roles  # （一） headings of 典型成果 in 楷体
    if shutil.which("pdffonts"):
        listed = pdffonts_names(out)
        assert sum(1 for name in BUNDLED.values() if any(f.startswith(name) for f in listed)) >= 3, listed
