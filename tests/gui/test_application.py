"""The QApplication set-up: a font with Chinese glyphs, translations that may be missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from app.ui import application


def test_app_font_is_the_bundled_cjk_font(qapp: QApplication) -> None:
    assert qapp.font().family() == "WenQuanYi Micro Hei"
    metrics = QFontMetrics(qapp.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "协商议事台账委员驿站")


def test_missing_translation_is_harmless(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import language

    monkeypatch.setattr(language, "resources_dir", lambda: tmp_path)
    assert "ledger" not in application.install_translations(qapp)


def test_shipped_catalogue_loads(qapp: QApplication) -> None:
    assert application.install_translations(qapp) == ["qtbase", "ledger"]


def test_the_app_and_its_windows_carry_the_shipped_icon(qapp: QApplication) -> None:
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(application.ICON_SIZES)
    # The 16-pixel entry is the drawing made for that size, not the large one shrunk.
    assert icon.pixmap(16, 16).toImage() == application.app_icon().pixmap(16, 16).toImage()
    assert qapp.desktopFileName() == "consultation-ledger"


def test_the_title_names_the_app_and_its_package_version(qapp: QApplication) -> None:
    from importlib.metadata import version

    assert application.window_title() == f"协商议事台账 {version('consultation-ledger')}"
    assert qapp.applicationDisplayName() == application.window_title()
    assert qapp.applicationVersion() == version("consultation-ledger")
