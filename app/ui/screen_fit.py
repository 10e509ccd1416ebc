"""Windows open no larger than the screen they appear on.

A 1366×768 office laptop leaves about 1366×728 above the task bar, a small one 1024×700 or less: a
window asking for 1280×800 (or a detail window for 1000×720) would open with its buttons below the
screen's edge. Every window that asks for a generous default size asks through here.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 48)  # what the window manager adds around a window: borders and the title bar


def fitted(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, made smaller where the available area of the widget's screen is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() - FRAME
    return wanted.boundedTo(room)


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    widget.resize(fitted(widget, QSize(width, height)))
