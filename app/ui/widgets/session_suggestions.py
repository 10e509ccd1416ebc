"""A session's (or a 履职活动's) suggestions with their state and deadline; 办理 acts on the selected one."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.models.enums import SuggestionState
from app.services.hub import Services
from app.services.listing import ListQuery
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, Column
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.style import styled_label
from app.ui.widgets.handling_menu import HandlingButton, Target
from app.ui.widgets.header_fit import set_column_width
from app.ui.widgets.record_table import RecordTable

COLUMNS = [
    Column("title", QT_TRANSLATE_NOOP("Columns", "建议标题"), 260, flex=True),
    Column("state", QT_TRANSLATE_NOOP("Columns", "状态"), 70, CENTER),
    Column("lead_unit_name", QT_TRANSLATE_NOOP("Columns", "主办单位"), 170),
    Column("due_on", QT_TRANSLATE_NOOP("Columns", "办理时限"), 96, CENTER),
    Column("replied_on", QT_TRANSLATE_NOOP("Columns", "答复日期"), 96, CENTER),
    Column("result_class", QT_TRANSLATE_NOOP("Columns", "办理结果"), 130),
    Column("proposer_name", QT_TRANSLATE_NOOP("Columns", "提出人"), 80),
]


def target_of(row: dict[str, Any]) -> Target:
    return Target(
        row["id"],
        SuggestionState(row["state"]),
        row.get("platform_id"),
        archived=row.get("archived_at") is not None,
    )


class SessionSuggestions(QWidget):
    open_requested = Signal(object)  # a suggestion's id

    def __init__(
        self,
        services: Services,
        session_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        filter_key: str = "session_id",
    ) -> None:
        """`filter_key`: "session_id" for a session's suggestions, "activity_id" for an activity's."""
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.filter_key = filter_key
        self.model = ServiceTableModel(services.suggestions.list, COLUMNS, parent=self)
        self.model.set_filter(filter_key, session_id)
        self._keep: uuid.UUID | None = None
        self.model.loaded.connect(lambda _n: self._loaded())
        self.view = RecordTable(0, COLUMNS[0].width)
        self.view.setModel(self.model)
        for i, column in enumerate(COLUMNS):
            set_column_width(self.view, i, column.width)
        self.view.doubleClicked.connect(
            lambda index: self.open_requested.emit(self.model.row_id(index.row()))
        )
        self.view.open_requested.connect(
            lambda index: self.open_requested.emit(self.model.row_id(index.row()))
        )
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.handling = HandlingButton(services, self)
        self.handling.handling_menu.detail_requested.connect(self.open_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.handling)
        top.addStretch(1)
        top.addWidget(styled_label(self.tr("双击查看办理详情；红色为超期未答复"), "pageHint"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        self._keep = self.selected_id()
        self.model.refresh()

    def _loaded(self) -> None:
        row = self.model.find_row(self._keep) if self._keep is not None else None
        if row is not None:
            self.view.selectRow(row)
        self._selected()

    def rows(self) -> list[dict[str, Any]]:
        """All of the session's suggestions (a handful), read now: the detail's tab title and timeline."""
        return self.services.suggestions.list(
            ListQuery(filters={self.filter_key: self.session_id}, limit=None)
        ).rows

    def selected_id(self) -> uuid.UUID | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def _selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.handling.set_target(target_of(self.model.row(rows[0].row())) if rows else None)
