"""文件 menu entries for ledgers and documents: 导出台账…, 导入台账…, 打印文档….

Each handler takes the main window (see main_window.MENU_ACTIONS) and opens its dialog window-modal.
The dialogs, and the libraries they need (openpyxl, reportlab), are loaded when first opened.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.services.documents.kinds import DocumentKind
from app.services.hub import Services
from app.services.scope import Scope
from app.ui import changes
from app.ui.messages import show_error
from app.ui.pages.page import Page
from app.ui.widgets.ledger_tools import LedgerTools, record_label, this_year


class Window(Protocol):
    services: Services

    def current_page(self) -> Page: ...

    def select_page(self, key: str) -> Page: ...


def _parent(window: Window) -> QWidget | None:
    return window if isinstance(window, QWidget) else None


def _open(dialog: QDialog) -> QDialog:
    """Show a dialog window-modal; it is deleted once closed."""
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


def export_ledger(window: Window) -> QDialog:
    """文件 ▸ 导出台账…: all records unless the user narrows the period or scope."""
    from app.ui.dialogs.export_dialog import ExportDialog

    return _open(ExportDialog(window.services, Scope(), _parent(window)))


def import_ledger(window: Window) -> QDialog | None:
    """文件 ▸ 导入台账…; afterwards every page shows the new rows (the change bus)."""
    if not window.services.actor.can_write:
        show_error(_parent(window), QCoreApplication.translate("MainWindow", "只读用户不能导入台账。"))
        return None
    from app.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.services, _parent(window))
    wizard.imported.connect(lambda _result: changes.publish(*changes.EVERYTHING))
    return _open(wizard)


def print_document(window: Window) -> QDialog:
    """文件 ▸ 打印文档…: the first document of the selected row when the page has one, else the summary."""
    kind, record = DocumentKind.SUMMARY, None
    tools = getattr(window.current_page(), "ledger_tools", None)
    if isinstance(tools, LedgerTools) and tools.print_actions:
        row, record_id = tools.page.selected_row(), tools.page.selected_id()
        if row is not None and record_id is not None:
            kind = next(iter(tools.print_actions))
            record = (record_id, record_label(row, tools.page.name_key))
    scope = this_year() if kind.uses_scope else None
    from app.ui.dialogs.document_dialog import DocumentDialog

    return _open(DocumentDialog(window.services, kind, record, scope, _parent(window)))
