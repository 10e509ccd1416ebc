"""Message boxes with Chinese buttons, in one place so every page words things the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.messages import CONTEXT, JoinedMessage, Message
from app.services.errors import ServiceError
from app.ui.application import display_name


def render(text: str) -> str:
    """`text` in the interface's language: a service `Message` is translated, plain text passes through."""
    if isinstance(text, JoinedMessage):
        return render(text.separator).join(render(part) for part in text.parts)
    if isinstance(text, Message):
        template = QCoreApplication.translate(CONTEXT, text.template)
        if not text.args:
            return template
        args = {key: render(value) if isinstance(value, str) else value for key, value in text.args.items()}
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return str(text)
    return text


def render_errors(errors: dict[str, str]) -> dict[str, str]:
    """Field errors of a `ValidationError` in the interface's language."""
    return {field: render(text) for field, text in errors.items()}


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, title: str | None) -> QMessageBox:
    box = QMessageBox(
        icon,
        render(title) if title else display_name(),
        render(text),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
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
    """The message of an error the user can act on (bad input, the environment), in the interface's
    language, else None."""
    if isinstance(error, ServiceError):
        return render(error.message)
    from app.db.errors import DatabaseEnvironmentError  # loads SQLAlchemy: not before the first window

    if isinstance(error, DatabaseEnvironmentError):
        return render(error.args[0]) if error.args and isinstance(error.args[0], str) else str(error)
    return None
