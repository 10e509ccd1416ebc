"""导出所选 / 导出检索结果: ask where, write the sheet off the GUI thread, then offer to open it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.language import document_language
from app.ui.messages import render, show_error
from app.ui.tasks import TaskContext, TaskHandle, run_with_progress
from app.ui.widgets import file_actions


def export_rows(
    parent: QWidget,
    services: Services,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Callable[[], Iterable[dict[str, Any]]],
    *,
    formatters: dict[str, Callable[[Any], Any]] | None = None,
) -> TaskHandle | None:
    """Ask for a file name, then write `rows()` (read in the background) as one sheet. The sheet is a
    document: `title` and the column headers are the Chinese source texts (not translated), and the
    cells are written in Chinese whatever the display language."""
    suggested = file_actions.documents_dir() / (
        f"{file_actions.safe_file_name(title)}_{date.today().isoformat()}.xlsx"
    )
    path = file_actions.ask_save_path(
        parent,
        QCoreApplication.translate("RowExport", "导出到 Excel"),
        suggested,
        QCoreApplication.translate("RowExport", "Excel 工作簿 (*.xlsx)"),
    )
    if path is None:
        return None
    writer = services.row_export

    def work(_ctx: TaskContext) -> int:
        with document_language():  # the workbook is a document: its cells stay Chinese
            return writer.write(path, title, columns, rows(), formatters=formatters)

    def done(n: int) -> None:
        file_actions.show_file_done(
            parent,
            QCoreApplication.translate("RowExport", "导出完成"),
            QCoreApplication.translate("RowExport", "已导出 {n} 行（联系电话已隐去）。").format(n=n),
            path,
        )

    def failed(error: BaseException) -> None:
        if isinstance(error, ServiceError):
            show_error(parent, render(error.message))
        elif isinstance(error, OSError):
            show_error(
                parent,
                QCoreApplication.translate("RowExport", "无法写入文件：{error}").format(
                    error=error.strerror or error
                ),
            )
        else:
            raise error

    return run_with_progress(
        parent, QCoreApplication.translate("RowExport", "正在导出…"), work, on_result=done, on_error=failed
    )
