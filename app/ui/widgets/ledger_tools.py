"""The 导出台账, 导出所选 and 打印 ▾ buttons of a list page.

导出台账 opens the export dialog with the page's filters as its scope; 导出所选 writes the selected rows
(the list's columns, phones masked) to a sheet; 打印 ▾ lists the documents that can be printed for the
selected row (an activity's record, dossier and sign-in sheet; a suggestion's assignment form; a
unit's reminder; a member's duty record).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from app.services.documents.kinds import DocumentKind
from app.services.hub import Services
from app.services.language import shown
from app.services.scope import Scope
from app.ui.models.columns import Column
from app.ui.tasks import TaskHandle
from app.ui.widgets.record_chooser import session_label
from app.ui.widgets.row_export import export_rows
from app.ui.widgets.scope_fields import scope_from_filters

if TYPE_CHECKING:  # the dialogs (openpyxl, reportlab) are loaded when first opened
    from app.ui.dialogs.document_dialog import DocumentDialog
    from app.ui.dialogs.export_dialog import ExportDialog


class ListPageLike(Protocol):
    """What the buttons use of a list page."""

    services: Services
    model: Any  # a ServiceTableModel: query() gives the page's filters
    name_key: ClassVar[str]
    columns: ClassVar[list[Column]]
    title_text: ClassVar[str]  # the page's Chinese title (documents use it)

    def title(self) -> str: ...

    def selected_row(self) -> dict[str, Any] | None: ...

    def selected_id(self) -> uuid.UUID | None: ...

    def selected_rows(self) -> list[dict[str, Any]]: ...


def record_label(row: dict[str, Any], name_key: str) -> str:
    """How a selected row is named in the document dialog."""
    if "held_on" in row and "topic" in row:
        return session_label(row)
    return str(row.get(name_key) or "")


def this_year(today: date | None = None) -> Scope:
    year = (today or date.today()).year
    return Scope(date(year, 1, 1), date(year, 12, 31))


def page_scope(page: ListPageLike) -> Scope:
    """The page's filters as a Scope; a filter combination a Scope refuses leaves the scope open."""
    try:
        return scope_from_filters(page.model.query().filters)
    except (ValueError, TypeError):
        return Scope()


class LedgerTools(QWidget):
    def __init__(
        self, page: ListPageLike, print_kinds: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        """`print_kinds`: DocumentKind values offered under 打印 ▾ for the selected row."""
        super().__init__(parent)
        self.page = page
        self.export_button = QPushButton(self.tr("导出台账"))
        self.export_button.setToolTip(self.tr("按当前筛选条件导出 Excel 台账"))
        self.export_button.clicked.connect(lambda _checked=False: self.open_export())
        self.export_selected_button = QPushButton(self.tr("导出所选"))
        self.export_selected_button.setToolTip(
            self.tr("把选中的行（可多选）导出为 Excel，联系电话隐去中间四位")
        )
        self.export_selected_button.clicked.connect(lambda _checked=False: self.export_selected())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_button)
        layout.addWidget(self.export_selected_button)
        self.print_button: QPushButton | None = None
        self.print_actions: dict[DocumentKind, Any] = {}
        if print_kinds:
            self.print_button = QPushButton(self.tr("打印"))
            self.print_button.setToolTip(self.tr("为选中的记录生成可打印的文档"))
            menu = QMenu(self.print_button)
            for kind in map(DocumentKind, print_kinds):
                action = menu.addAction(shown(kind) + "…")
                action.triggered.connect(lambda _checked=False, k=kind: self.open_document(k))
                self.print_actions[kind] = action
            self.print_button.setMenu(menu)
            layout.addWidget(self.print_button)
        self.last_dialog: QWidget | None = None  # the dialog opened last (tests look at it)
        self.set_rows([], None)

    def set_rows(self, rows: list[dict[str, Any]], current: dict[str, Any] | None) -> None:
        """The selected rows (导出所选) and the one a document is printed for."""
        if self.print_button is not None:
            self.print_button.setEnabled(current is not None)
        self.export_selected_button.setEnabled(bool(rows))
        self.export_selected_button.setText(
            self.tr("导出所选（{n}）").format(n=len(rows)) if len(rows) > 1 else self.tr("导出所选")
        )

    def export_selected(self) -> TaskHandle | None:
        rows = self.page.selected_rows()
        if not rows:
            return None
        # The workbook is a document: Chinese headers and title whatever the display language.
        columns = [(c.key, c.header) for c in self.page.columns]
        formatters: dict[str, Callable[[Any], Any]] = {c.key: c.text for c in self.page.columns}
        title = f"{self.page.title_text}（所选 {len(rows)} 条）"
        return export_rows(
            self.window(), self.page.services, title, columns, lambda: rows, formatters=formatters
        )

    def open_export(self) -> ExportDialog:
        from app.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.page.services, page_scope(self.page), self.window())
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_document(self, kind: DocumentKind) -> DocumentDialog | None:
        row, record_id = self.page.selected_row(), self.page.selected_id()
        if row is None or record_id is None:
            return None
        scope = this_year() if kind.uses_scope else None
        record = (record_id, record_label(row, self.page.name_key))
        from app.ui.dialogs.document_dialog import DocumentDialog

        dialog = DocumentDialog(self.page.services, kind, record, scope, self.window())
        self._keep(dialog)
        dialog.open()
        return dialog

    def _keep(self, dialog: QWidget) -> None:
        self.last_dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())  # type: ignore[attr-defined]
