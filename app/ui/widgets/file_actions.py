"""Choosing where to save, and opening a finished file or its folder with the system's programs."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import APP_NAME
from app.ui.messages import render

_UNSAFE = re.compile(r'[\\/:*?"<>|\r\n\t]+')


def safe_file_name(text: str, limit: int = 60) -> str:
    """A file name made from user text: no path separators or characters Windows refuses."""
    cleaned = _UNSAFE.sub("_", text).strip(" ._")
    return cleaned[:limit] or QCoreApplication.translate("files", "未命名")


def documents_dir() -> Path:
    """Where files are offered first: the user's documents folder, else the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, name_filter: str) -> Path | None:
    """The system's save dialog (it asks before replacing a file); None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    wanted = suggested.suffix
    return path if path.suffix.lower() == wanted.lower() else path.with_name(path.name + wanted)


def ask_open_path(parent: QWidget | None, title: str, folder: Path, name_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), name_filter)
    return Path(chosen) if chosen else None


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def show_file_done(parent: QWidget | None, title: str, text: str, path: Path) -> QMessageBox:
    """Say a file is ready, with 打开文件 and 打开所在文件夹 buttons."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title or APP_NAME,
        render(text),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(QCoreApplication.translate("files", "文件位置：{path}").format(path=path))
    open_button = box.addButton(
        QCoreApplication.translate("files", "打开文件"), QMessageBox.ButtonRole.AcceptRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("files", "打开所在文件夹"), QMessageBox.ButtonRole.ActionRole
    )
    close_button = box.addButton(
        QCoreApplication.translate("files", "关闭"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(close_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        open_file(path)
    elif clicked is folder_button:
        open_folder(path)
    return box
