"""文件 menu entries for ledgers and documents: 导出台账…, 导入台账…, 打印文档….

Each handler takes the main window (see main_window.MENU_ACTIONS) and opens its dialog window-modal.
The dialogs, and the libraries they need (openpyxl, reportlab), are loaded when first opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.services.documents.kinds import DocumentKind
from app.services.hub import Services
from app.services.scope import Scope
from app.ui import changes
from app.ui.changes import Change
from app.ui.messages import show_error
from app.ui.pages.page import Page
from app.ui.widgets.ledger_tools import LedgerTools, record_label, this_year

if TYPE_CHECKING:
    from app.services.ledger_import import ImportResult

# What an import writes for each kind of record it counts (ImportResult.created / .updated): members
# come with their 站室组 memberships, sessions with attendance and participants, suggestions with their
# units, and 办理 steps ("event") belong to the suggestions.
IMPORTED_CHANGES: Mapping[str, frozenset[Change]] = {
    "platform": frozenset({Change.PLATFORMS}),
    "unit": frozenset({Change.UNITS}),
    "member": frozenset({Change.MEMBERS, Change.ROSTERS}),
    "session": frozenset({Change.SESSIONS}),
    "suggestion": frozenset({Change.SUGGESTIONS}),
    "event": frozenset({Change.SUGGESTIONS}),
}


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
    """文件 ▸ 导入台账…; afterwards the pages showing what it wrote show the new rows (the change bus)."""
    if not window.services.actor.can_write:
        show_error(_parent(window), QCoreApplication.translate("MainWindow", "只读用户不能导入台账。"))
        return None
    from app.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.services, _parent(window))
    wizard.imported.connect(lambda result: changes.publish(*import_changes(result)))
    return _open(wizard)


def import_changes(result: ImportResult) -> frozenset[Change]:
    """The kinds of records an import wrote (none when it wrote nothing): only the pages showing them
    re-read. A kind of record this table does not know yet changes everything, to be safe."""
    kinds: set[Change] = set()
    for entity, count in (*result.created.items(), *result.updated.items()):
        if count:
            kinds |= IMPORTED_CHANGES.get(entity, changes.EVERYTHING)
    return frozenset(kinds)


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
