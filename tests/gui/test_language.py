"""The interface language: 中文 or English from the setting on this computer, LEDGER_LANG for one run,
our catalogue and Qt's own loaded for it, the choice in 设置 applied at the next start."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from app.db.engine import create_db_engine
from app.db.session import Database
from app.services.accounts import AccountService
from app.services.hub import Services
from app.ui import application, language
from app.ui.pages.settings_page import SettingsPage
from app.ui.settings import UiSettings
from app.ui.widgets.language_choice import LanguageChoice

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context><name>Application</name>
<message><source>协商议事台账</source><translation>Consultation Ledger</translation></message>
</context>
</TS>
"""


@pytest.fixture
def back_to_chinese(qapp: QApplication) -> Iterator[None]:
    yield
    application.install_translations(qapp, language.CHINESE)


@pytest.mark.parametrize(
    ("env", "stored", "expected"),
    [
        ("", "", "zh_CN"),
        ("", "en", "en"),
        ("", "nonsense", "zh_CN"),
        ("en", "zh_CN", "en"),
        ("en_US.UTF-8", "", "en"),
        ("zh_CN", "en", "zh_CN"),
        ("zh-cn", "en", "zh_CN"),
    ],
)
def test_the_environment_overrides_the_setting(
    env: str, stored: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEDGER_LANG", env)
    assert language.chosen_language(stored) == expected


def test_an_unknown_language_falls_back_to_chinese_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("LEDGER_LANG", "klingon")
    with caplog.at_level(logging.WARNING, logger="app.ui.language"):
        assert language.chosen_language("en") == language.CHINESE
    assert any("klingon" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)


def test_english_loads_our_catalogue_and_qts_own(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, back_to_chinese: None
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (tmp_path / "ledger_en.ts").write_text(CATALOGUE, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "ledger_en.ts"), "-qm",
                    str(folder / "ledger_en.qm")], check=True)  # fmt: skip
    monkeypatch.setattr(language, "resources_dir", lambda: tmp_path)
    assert application.install_translations(qapp, language.ENGLISH) == ["qtbase", "ledger"]
    assert application.current_language() == "en"
    assert application.display_name() == "Consultation Ledger"
    assert application.window_title().startswith("Consultation Ledger ")
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().monthName(3) == "March"
    # Qt's standard buttons follow: English is Qt's own language, Chinese comes from qtbase_zh_CN.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    application.install_translations(qapp, language.CHINESE)
    assert application.display_name() == "协商议事台账"
    assert QLocale().language() == QLocale.Language.Chinese
    chinese = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert chinese.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert QCoreApplication.translate("Application", "协商议事台账") == "协商议事台账"


def test_the_run_follows_the_environment(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, back_to_chinese: None
) -> None:
    UiSettings().set_language("zh_CN")
    monkeypatch.setenv("LEDGER_LANG", "en")
    application.install_translations(qapp)
    assert application.current_language() == "en"
    monkeypatch.delenv("LEDGER_LANG")
    application.install_translations(qapp)
    assert application.current_language() == "zh_CN"
    UiSettings().set_language("en")
    application.install_translations(qapp)
    assert application.current_language() == "en"


def test_the_settings_page_keeps_the_choice_for_the_next_start(
    qtbot: QtBot, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LEDGER_LANG", raising=False)
    choice = LanguageChoice(ui_settings)
    assert choice.chosen() == "zh_CN" and choice.combo.currentText() == "中文"
    assert [choice.combo.itemText(i) for i in range(choice.combo.count())] == ["中文", "English"]
    notes = [label.text() for label in choice.findChildren(QLabel)]
    assert "重新启动程序后生效" in notes
    assert choice.override.isHidden()
    choice.combo.setCurrentIndex(choice.combo.findData("en"))
    assert ui_settings.language() == "en"
    assert language.chosen_language(ui_settings.language()) == "en"
    assert LanguageChoice(ui_settings).chosen() == "en"  # shown as chosen when the page opens again


def test_the_settings_page_says_when_the_environment_decides(
    ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEDGER_LANG", "en")
    choice = LanguageChoice(ui_settings)
    assert not choice.override.isHidden()
    assert "LEDGER_LANG=en" in choice.override.text()


def test_the_settings_page_shows_the_language_choice(
    qtbot: QtBot, services: Services, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LEDGER_LANG", raising=False)
    page = SettingsPage(services, ui_settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.language.isVisible() and page.language.combo.isEnabled()
    page.language.combo.setCurrentIndex(page.language.combo.findData("en"))


@pytest.mark.parametrize("value", ["en", "klingon"])
def test_the_screenshot_command_takes_the_language_of_the_environment(
    tmp_path: Path, db_path: Path, value: str
) -> None:
    """`LEDGER_LANG=en python -m app screenshot …` works; an unknown value is logged, never a crash."""
    db = Database(create_db_engine(db_path))
    AccountService(db).create_first_admin("admin", "系统管理员", "截图用的密码2025")
    db.dispose()
    out = tmp_path / "shot.png"
    env = {**os.environ, "LEDGER_USER": "admin", "LEDGER_PASSWORD": "截图用的密码2025", "LEDGER_LANG": value}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), "screenshot", str(out), "--page", "settings"],
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 10_000
    assert "Traceback" not in done.stderr
    logs = "".join(
        p.read_text(encoding="utf-8") for p in (Path(os.environ["LEDGER_DATA_DIR"]) / "logs").glob("*")
    )
    assert ("'klingon' is not a language" in logs) == (value == "klingon")
