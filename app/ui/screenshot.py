"""Render the main window to an image without showing it on screen (documentation, checks, CI)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QImage

from app.services.hub import Services
from app.ui import tasks
from app.ui.application import create_application
from app.ui.main_window import MainWindow
from app.ui.settings import UiSettings


def grab_window(services: Services, page: str, size: tuple[int, int]) -> QImage:
    """The window at `size` showing `page`, after its list has loaded."""
    create_application(["screenshot"])
    # Background work (the dashboard's figures) runs inline, so the picture shows its result.
    inline, tasks.SYNCHRONOUS = tasks.SYNCHRONOUS, True
    try:
        with tempfile.TemporaryDirectory() as scratch:
            # Fresh settings: the picture shows the default layout, and the user's saved layout is untouched.
            settings = UiSettings(
                QSettings(str(Path(scratch) / "screenshot.ini"), QSettings.Format.IniFormat)
            )
            return _grab(MainWindow(services, settings), page, size)
    finally:
        tasks.SYNCHRONOUS = inline


def _grab(window: MainWindow, page: str, size: tuple[int, int]) -> QImage:
    image = render_page(window, page, size)
    window.hide()
    window.deleteLater()
    QCoreApplication.processEvents()
    return image


def render_page(window: MainWindow, page: str, size: tuple[int, int]) -> QImage:
    """The window at `size` showing `page` (shown off screen; the window stays for a look at its widgets)."""
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*size)
    window.show()
    window.select_page(page)  # the page loads (its list, the 工作台's figures) once, as it is shown
    for _ in range(3):  # let layouts and deferred paints settle
        QCoreApplication.processEvents()
    image = window.grab().toImage()
    if image.size().width() != size[0] or image.size().height() != size[1]:
        image = image.scaled(
            *size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def render_window(services: Services, out: Path, page: str, size: tuple[int, int]) -> bool:
    return grab_window(services, page, size).save(str(out))
