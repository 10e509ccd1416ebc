"""The desktop app's last-resort error handler: log at critical level, then show the crash dialog.

Errors of the user's environment (a read-only or damaged database, a full disk) are not crashes: they get
a plain message instead. Damage has its own dialog (app/ui/safekeeping.py), so it is only logged here.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.crash import format_exception
from app.log import log_file
from app.ui.application import display_name

if TYPE_CHECKING:
    from app.ui.dialogs.crash_dialog import CrashDialog

log = logging.getLogger("app.crash")

MAX_OPEN_DIALOGS = 3  # an error repeating in a paint handler must not bury the user in dialogs
_open_dialogs: list[CrashDialog] = []


def environment_summary() -> str:
    import platform  # only a crash needs it

    return (
        f"{APP_NAME} {__version__} · Python {platform.python_version()} · PySide6 {pyside_version}"
        f" · {platform.platform()}"
    )


def gui_excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> CrashDialog | QMessageBox | None:
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return None
    from app.db.errors import classify  # the storage layer (SQLAlchemy) is loaded only when needed
    from app.db.health import DatabaseDamaged

    environment = classify(exc)
    if environment is not None:
        log.warning("%s: %s", exc_type.__name__, environment)
        if isinstance(environment, DatabaseDamaged) or QApplication.instance() is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning, display_name(), str(environment), parent=QApplication.activeWindow()
        )
        box.addButton(QApplication.translate("messages", "确定"), QMessageBox.ButtonRole.AcceptRole)
        box.open()
        return box
    details = f"{environment_summary()}\n\n{format_exception(exc_type, exc, tb)}"
    log.critical("unexpected error\n%s", details)
    return show_crash_dialog(f"{exc_type.__name__}: {exc}", details)


def show_crash_dialog(summary: str, details: str) -> CrashDialog | None:
    """Open (never exec) the dialog, so a failure inside a running loop does not nest event loops."""
    if QApplication.instance() is None or len(_open_dialogs) >= MAX_OPEN_DIALOGS:
        sys.stderr.write(f"程序内部错误：{summary}\n详细信息已写入日志文件：{log_file()}\n")
        return None
    from app.ui.dialogs.crash_dialog import CrashDialog  # made the first time it is needed

    dialog = CrashDialog(summary, details, str(log_file()), QApplication.activeWindow())
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _forget(dialog))
    dialog.open()
    return dialog


def _forget(dialog: CrashDialog) -> None:
    if dialog in _open_dialogs:
        _open_dialogs.remove(dialog)
    dialog.deleteLater()


def install_gui_hook() -> None:
    sys.excepthook = gui_excepthook
