"""With LEDGER_LANG=en every page of the main window speaks English: a screenshot of each page on a demo
ledger (the screenshot command's own rendering), then the texts the widgets show are read back.

Checked: the window title, menus and their entries, the navigation, page titles, labels, buttons,
check boxes, tab titles, group titles, placeholders, the current text of choice lists, and the column
headers of every table. Not checked, because they are data: the rows of tables and lists, text
fields and text boxes (what a clerk typed, or a paragraph the statistics service drafts), and the
texts below, each listed with why it may stay Chinese.

The PNGs are written to LEDGER_SHOTS_DIR when it is set (to look at layouts in English), otherwise
to the test's temporary folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.cli.screenshot import DEFAULT_SIZE, PAGE_KEYS, parse_size
from app.db.session import Database
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.hub import Services

# Han characters and the full-width punctuation that belongs to Chinese text (not the ideographic space).
from app.services.office_settings import DEFAULT_OFFICE_NAME
from app.ui import application, language
from app.ui.main_window import PAGES, MainWindow
from app.ui.screenshot import render_page
from app.ui.settings import UiSettings

CJK = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]")
TAG = re.compile(r"<[^>]+>")
# Texts that stay Chinese by design, each with its reason.
ALLOWED = {
    "中文": "the language list names each language in itself, so a reader of either finds their own",
}
# Parts of English texts that are Chinese on purpose: examples of what a user types or prints.
ALLOWED_PARTS = {
    "交通 红绿灯": "search example: the records are Chinese, so are the words to look for",
    "西政协交": "example of an issuing office's code, printed on Chinese documents",
    "西政协纪〔2026〕3号": "example of a printed document number",
    '"交办"': "the word printed on the assignment form when it has no number",
}


def data_values(services: Services) -> list[str]:
    """Data the pages show in labels and choices: who is signed in, the kinds of 履职活动 (kept in the
    ledger and named by the office), the districts. Longest first, so a name inside another goes last."""
    values = {services.actor.display_name, services.actor.username}
    values |= set(services.activity_kinds.labels().values())
    values |= set(services.platforms.districts())
    values.add(DEFAULT_OFFICE_NAME)  # the office's name (a stand-in until it is entered) is data
    return sorted((v for v in values if v), key=len, reverse=True)


def shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every interface text the window shows; data (rows, typed text) is left out."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for action in window.menuBar().actions():
        found.append(("menu", action.text()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += [("menu entry", a.text()) for a in menu.actions() if not a.isSeparator()]
    found += [("navigation", window.navigation.item(i).text()) for i in range(window.navigation.count())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget is window.navigation:
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((f"label {widget.objectName() or name}", TAG.sub("", widget.text())))
        elif isinstance(widget, QAbstractButton):
            found.append((f"button {name}", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(("group", widget.title()))
        elif isinstance(widget, QTabBar):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            found.append(("choice", widget.currentText()))
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            if header.isHidden():
                continue
            model = widget.model()
            found += [
                ("column header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount(QModelIndex()))
                if not header.isSectionHidden(c)
            ]
    return [(where, text) for where, text in found if text]


def chinese_left(window: MainWindow, data: list[str]) -> list[tuple[str, str]]:
    left = []
    for where, text in shown_texts(window):
        if text in ALLOWED:
            continue
        rest = text
        for part in (*ALLOWED_PARTS, *data):
            rest = rest.replace(part, " ")
        if CJK.search(rest):
            left.append((where, text))
    return left


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(language.ENV_VAR, "en")
    application.install_translations(qapp)
    assert application.current_language() == language.ENGLISH
    yield
    monkeypatch.delenv(language.ENV_VAR)
    application.install_translations(qapp, language.CHINESE)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LEDGER_SHOTS_DIR") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def pages_of(services: Services) -> list[str]:
    allowed = {p.key for p in PAGES if p.allowed(services.actor)}
    return [key for key in PAGE_KEYS if key in allowed]


@pytest.fixture
def admin(db: Database) -> Services:
    """An administrator, who sees every page."""
    return Services(db, Actor(username="admin", display_name="系统管理员", role=UserRole.ADMIN))


def test_every_page_key_of_the_window_is_known_to_the_screenshot_command(admin: Services) -> None:
    assert {p.key for p in PAGES} == set(PAGE_KEYS)
    assert pages_of(admin) == list(PAGE_KEYS)


def test_every_page_shows_english(
    qtbot: QtBot, english: None, admin: Services, shots: Path, tmp_path: Path
) -> None:
    services = admin
    load_demo(services.db, sessions=40, seed=7, actor=services.actor)
    size = parse_size(DEFAULT_SIZE)
    assert size is not None
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    data = data_values(services)
    window = MainWindow(services, settings)
    problems: dict[str, list[tuple[str, str]]] = {}
    try:
        for key in pages_of(services):
            image = render_page(window, key, size)
            assert image.save(str(shots / f"{key}.png"))
            left = chinese_left(window, data)
            if left:
                problems[key] = left
    finally:
        window.hide()
        window.deleteLater()
    assert window.windowTitle().startswith("Consultation Ledger")
    assert not problems, "\n".join(f"{page}: {where}: {text!r}" for page, left in problems.items()
                                   for where, text in left[:15])  # fmt: skip


@pytest.mark.usefixtures("english")
def test_the_due_soon_notice_speaks_english_with_its_glossary_terms() -> None:
    from app.services.followup import _message
    from app.services.office_settings import OfficeSettings
    from app.ui.messages import render

    notice = _message(3, 2, OfficeSettings())
    # the CLI and the logs read it in Chinese
    assert notice is not None and "超过办理时限" in notice and "个工作日" in notice
    shown = render(notice)
    assert "working days" in shown and "past their" in shown
    assert not re.search(r"[\u4e00-\u9fff]", shown), shown
