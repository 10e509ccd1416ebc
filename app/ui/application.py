"""The QApplication as the ledger needs it: names, icon, style, the bundled CJK font, its language."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, ORG_NAME, __version__
from app.paths import bundled_font, resources_dir
from app.services.language import set_display_language
from app.ui import language
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.style import STYLE_SHEET

log = logging.getLogger(__name__)

FONT_POINT_SIZE = 10
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


# The program's name as the catalogues know it (the same text as app.APP_NAME).
NAME_TEXT = QT_TRANSLATE_NOOP("Application", "协商议事台账")


def display_name() -> str:
    """The program's name in the interface's language (window titles, message boxes, 关于)."""
    return QCoreApplication.translate("Application", NAME_TEXT) if NAME_TEXT == APP_NAME else APP_NAME


def window_title() -> str:
    """The main window's title: the app's name and its version (from the package metadata)."""
    return f"{display_name()} {__version__}"


def app_icon() -> QIcon:
    """The application icon at every size it ships in (window title bars, task bars, the about box)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resources_dir() / "icons" / f"{APP_ID}-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    if icon.isNull():
        log.warning("application icon not found in %s", resources_dir() / "icons")
    return icon


def needs_offscreen() -> bool:
    """True on a Linux/BSD machine with no display, where Qt would abort without the offscreen platform."""
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_application(argv: Sequence[str]) -> QApplication:
    """The running QApplication (made if needed), configured once."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    if app.property("ledger_configured"):
        return
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    install_translations(app)  # first: the display name below is translated
    # Qt adds the display name to every window title that does not end with it already: dialogs read
    # "打印文档 — 协商议事台账 0.1.0", the main window just its own title.
    app.setApplicationDisplayName(window_title())
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland/X11 match the window to consultation-ledger.desktop and its icon
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # the same look on every platform, and in offscreen screenshots
    use_bundled_font(app)
    app.setStyleSheet(STYLE_SHEET)
    app.setProperty("ledger_configured", True)


def use_bundled_font(app: QApplication) -> str | None:
    """Register the shipped CJK font and make it the app font, so Chinese never shows as boxes.

    Using it everywhere (not only where the system lacks a Chinese font) keeps every machine and every
    screenshot looking the same.
    """
    font_id = QFontDatabase.addApplicationFont(str(bundled_font()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font %s could not be loaded", bundled_font())
        return None
    font = QFont(families[0], FONT_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return families[0]


def install_translations(app: QApplication, code: str | None = None) -> list[str]:
    """Load the catalogues of `code`, by default the language chosen for this run (LEDGER_LANG, else
    the setting kept on this computer). Returns the names of the catalogues loaded."""
    if code is None:
        from app.ui.settings import UiSettings

        code = language.chosen_language(UiSettings().language())
    app.setProperty("ledger_language", code)
    set_display_language(code)  # labels the services hand to the interface follow it; documents never do
    return language.apply_language(app, code)


def current_language() -> str:
    """The language the interface was set up in (language.CHINESE before any set-up)."""
    app = QCoreApplication.instance()
    code = app.property("ledger_language") if app is not None else None
    return code if isinstance(code, str) else language.DEFAULT
