"""导出所选 / 导出检索结果: ask where, write the sheet off the GUI thread, then offer to open it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.errors import ServiceError
from app.services.hub import Services
from app.ui.messages import render, show_error
from app.ui.tasks import TaskContext, TaskHandle, run_with_progress
from app.ui.widgets import file_actions


def _tr(text: str) -> str:
    return QCoreApplication.translate("RowExport", text)


def export_rows(
    parent: QWidget,
    services: Services,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Callable[[], Iterable[dict[str, Any]]],
    *,
    formatters: dict[str, Callable[[Any], Any]] | None = None,
) -> TaskHandle | None:
    """Ask for a file name, then write `rows()` (read in the background) as one sheet."""
    suggested = file_actions.documents_dir() / (
        f"{file_actions.safe_file_name(title)}_{date.today().isoformat()}.xlsx"
    )
    path = file_actions.ask_save_path(parent, _tr("导出到 Excel"), suggested, _tr("Excel 工作簿 (*.xlsx)"))
    if path is None:
        return None
    writer = services.row_export

    def work(_ctx: TaskContext) -> int:
        return writer.write(path, title, columns, rows(), formatters=formatters)

    def done(n: int) -> None:
        file_actions.show_file_done(
            parent, _tr("导出完成"), _tr("已导出 {n} 行（联系电话已隐去）。").format(n=n), path
        )

    def failed(error: BaseException) -> None:
        if isinstance(error, ServiceError):
            show_error(parent, render(error.message))
        elif isinstance(error, OSError):
            show_error(parent, _tr("无法写入文件：{error}").format(error=error.strerror or error))
        else:
            raise error

    return run_with_progress(parent, _tr("正在导出…"), work, on_result=done, on_error=failed)
