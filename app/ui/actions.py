"""What the menu entries do. Each takes the main window; list new ones in main_window.MENU_ACTIONS."""

from __future__ import annotations

import html
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.log import log_file
from app.ui.application import display_name
from app.ui.pages.page import Page


class Window(Protocol):
    """What menu handlers may use of the main window."""

    def close(self) -> bool: ...

    def current_page(self) -> Page: ...

    def select_page(self, key: str) -> Page: ...


def quit_app(window: Window) -> None:
    window.close()


def refresh_page(window: Window) -> None:
    window.current_page().refresh()


def show_guide(window: Window) -> QWidget:
    from app.ui.help import show_user_guide  # the guide's text is read when asked for

    return show_user_guide(window if isinstance(window, QWidget) else None)


def _database(window: Window) -> str:
    db = getattr(getattr(window, "services", None), "db", None)
    if db is None:
        return "—"
    return str(db.sqlite_file or db.url.replace("postgresql+psycopg://", "postgresql://"))


def show_about(window: Window) -> QMessageBox:
    text = QCoreApplication.translate(
        "MainWindow",
        "<h3>{name}</h3><p>版本 {version}</p>"
        "<p>记录政协“站、室、组”的协商议事活动，跟踪每条意见建议从交办、办理、答复到办结和评价的全过程。</p>"
        "<p>数据保存在本机，无需联网。</p>"
        "<p>数据库：{database}<br>日志文件：{log}</p>",
    ).format(
        name=display_name(),
        version=__version__,
        database=html.escape(_database(window)),
        log=html.escape(str(log_file())),
    )
    parent = window if isinstance(window, QWidget) else None
    box = QMessageBox(QMessageBox.Icon.NoIcon, QCoreApplication.translate("MainWindow", "关于"), text)
    box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.addButton(QCoreApplication.translate("MainWindow", "确定"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box
