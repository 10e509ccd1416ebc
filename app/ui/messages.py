"""Message boxes with Chinese buttons, in one place so every page words things the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db.errors import DatabaseEnvironmentError
from app.services.errors import ServiceError
from app.ui.application import display_name


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, title: str | None) -> QMessageBox:
    box = QMessageBox(icon, title or display_name(), text, QMessageBox.StandardButton.NoButton, parent)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        text,
        title or QCoreApplication.translate("messages", "无法完成操作"),
    )
    box.addButton(QCoreApplication.translate("messages", "确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Information, text, title)
    box.addButton(QCoreApplication.translate("messages", "确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, text: str, *, title: str, accept_text: str) -> bool:
    """Ask before doing something; True only when the user pressed `accept_text`."""
    box = _box(parent, QMessageBox.Icon.Question, text, title)
    yes = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("messages", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def user_error_text(error: BaseException) -> str | None:
    """The Chinese message of an error the user can act on (bad input, the environment), else None."""
    if isinstance(error, ServiceError):
        return error.message
    if isinstance(error, DatabaseEnvironmentError):
        return str(error)
    return None
