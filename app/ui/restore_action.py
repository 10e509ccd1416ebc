"""恢复: one confirmation and one background restore, used by the 备份与恢复 page and the damage dialog.

The question says what will be replaced (the current counts against the backup's), that the current
data is kept aside as a 恢复前 backup first, and how to undo. Counting and restoring run through the task
helper; `on_done` hears of a finished restore on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.db.backup_store import BackupInfo
from app.db.damage import backup_summary, counts_text
from app.db.restore import RestoreResult
from app.services.hub import Services
from app.ui.messages import confirm, show_error, show_info, user_error_text
from app.ui.tasks import TaskContext, TaskHandle, run_with_progress


def question(info: BackupInfo, current: dict[str, int] | None, *, sqlite: bool) -> str:
    now = (
        counts_text(current)
        if current is not None
        else QCoreApplication.translate("restore", "已损坏，无法读取")
    )
    text = QCoreApplication.translate(
        "restore",
        "恢复会用这份备份替换当前数据库的全部内容：\n\n备份：{backup}\n当前：{current}\n\n"
        "恢复前，当前数据库会先另存为一份“恢复前”备份；恢复错了，恢复那一份即可撤销。",
    ).format(backup=backup_summary(info), current=now)
    if not sqlite:
        text += "\n" + QCoreApplication.translate(
            "restore", "这是多人共用的数据库：恢复前请其他工作人员先关闭程序。"
        )
    return text


def done_text(result: RestoreResult) -> str:
    text = QCoreApplication.translate("restore", "已从备份恢复：{summary}").format(
        summary=counts_text(result.counts)
    )
    if result.safety_copy is not None:
        text += "\n" + QCoreApplication.translate("restore", "恢复前的数据库已备份为：{path}").format(
            path=result.safety_copy.path
        )
    if result.damaged_copy is not None:
        text += "\n" + QCoreApplication.translate("restore", "损坏的文件保留为：{path}").format(
            path=result.damaged_copy
        )
    return text


def restore_backup(
    parent: QWidget,
    services: Services,
    info: BackupInfo,
    *,
    on_done: Callable[[RestoreResult], None] | None = None,
) -> TaskHandle:
    """Count what is there now, ask, then restore in the background."""
    backups = services.backups

    def failed(error: BaseException) -> None:
        text = user_error_text(error)
        if text is None:
            raise error  # our bug: the crash dialog
        show_error(parent, text, QCoreApplication.translate("restore", "恢复未完成"))

    def restored(result: RestoreResult) -> None:
        show_info(parent, done_text(result), QCoreApplication.translate("restore", "恢复完成"))
        if on_done is not None:
            on_done(result)

    def ask(current: dict[str, int] | None) -> None:
        text = question(info, current, sqlite=backups.is_sqlite)
        if not confirm(
            parent,
            text,
            title=QCoreApplication.translate("restore", "从备份恢复"),
            accept_text=QCoreApplication.translate("restore", "恢复"),
        ):
            return

        def work(_ctx: TaskContext) -> RestoreResult:
            return backups.restore(info)

        run_with_progress(
            parent,
            QCoreApplication.translate("restore", "正在恢复数据库…"),
            work,
            on_result=restored,
            on_error=failed,
        )

    def count(_ctx: TaskContext) -> dict[str, int] | None:
        return backups.current_counts()

    return run_with_progress(
        parent,
        QCoreApplication.translate("restore", "正在读取当前数据库…"),
        count,
        on_result=ask,
        on_error=failed,
    )
