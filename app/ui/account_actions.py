"""账户 menu entries: 切换用户… and 修改密码… (listed in main_window.MENU_ACTIONS)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.services.hub import Services
from app.ui.dialogs.password_dialog import PasswordDialog


def switch_user(window: object) -> None:
    """Ask the launcher to sign someone else in (the window is replaced when they do)."""
    window.switch_user_requested.emit()  # type: ignore[attr-defined]


def change_password(window: object) -> QDialog:
    """The signed-in person changes their own password."""
    services: Services = window.services  # type: ignore[attr-defined]
    dialog = PasswordDialog(services, None, window if isinstance(window, QWidget) else None)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
