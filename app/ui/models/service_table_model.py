"""One lazy table model for every list: rows come from a service's `list(ListQuery)` a page at a time.

Sorting, searching and filtering re-query the service (SQL with indexes) instead of sorting or filtering
Python rows, so a 100,000-row table costs one page of rows, not 100,000. Each page is read off the GUI
thread (app.ui.tasks): the rows shown stay until the new ones arrive (`loaded`), and an answer to a
query that has been replaced meanwhile is dropped. Each page continues after the last row loaded (the
service's cursor), so scrolling to the end costs the same page after page. The exact total is counted
apart, also off the GUI thread: until it arrives `total` is the rows loaded so far and `loaded` says
-1, which the list shows as a count under way.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.services.errors import ServiceError
from app.services.listing import Cursor, ListQuery, Page
from app.ui.messages import render
from app.ui.models import roles
from app.ui.models.columns import Column
from app.ui.tasks import TaskContext, refusal, run_task

Fetch = Callable[[ListQuery], Page]
AnyIndex = QModelIndex | QPersistentModelIndex

_ROW = roles.USER + 1  # ServiceTableModel.ROW_ROLE
_ROLES = roles.SHOWN | {_ROW}

OVERDUE_COLOR = QColor("#c62828")
ARCHIVED_COLOR = QColor("#8a8a8a")


class ServiceTableModel(QAbstractTableModel):
    """Rows of `fetch(ListQuery)`; `columns` say which row keys to show and how."""

    ROW_ROLE = _ROW  # the row's dict

    # A fresh first page arrived (argument: the matching rows, or -1 while they are being counted), and
    # again once the count is in.
    loaded = Signal(int)
    failed = Signal(str)  # the service refused the query (Chinese message)

    def __init__(
        self,
        fetch: Fetch,
        columns: Sequence[Column],
        *,
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._columns = list(columns)
        self._page_size = page_size
        self._query = ListQuery(limit=page_size)
        self._rows: list[dict[str, Any]] = []
        self._total = 0  # -1: not counted yet
        self._next: Cursor | None = None  # where the next page starts; None: all rows are loaded
        self._live = False  # set by the first refresh(); before that, changes only update the query
        self._generation = 0  # bumped by every refresh: older answers are dropped
        self._fetching = False  # a next page is on its way

    # -- query state -------------------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    @property
    def total(self) -> int:
        """Rows matching the current query, loaded or not (the rows loaded until the count arrives)."""
        return self._total if self._total >= 0 else len(self._rows)

    @property
    def total_known(self) -> bool:
        return self._total >= 0

    @property
    def is_live(self) -> bool:
        return self._live

    def query(self) -> ListQuery:
        return replace(self._query, filters=dict(self._query.filters))

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self._query.search:
            self._query.search = text
            self._requery()

    def set_filter(self, key: str, value: Any) -> None:
        self.set_filters({key: value})

    def set_filters(self, values: dict[str, Any], *, requery: bool = True) -> None:
        """Set several filters with one query (none with `requery=False`); None or "" removes a filter."""
        changed = False
        for key, value in values.items():
            if value is None or value == "":
                changed |= self._query.filters.pop(key, None) is not None
            elif self._query.filters.get(key) != value:
                self._query.filters[key] = value
                changed = True
        if changed and requery:
            self._requery()

    def set_include_archived(self, include: bool) -> None:
        if include != self._query.include_archived:
            self._query.include_archived = include
            self._requery()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view's header; column -1 means the service's default order."""
        key = None
        if 0 <= column < len(self._columns) and self._columns[column].sortable:
            key = self._columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder and key is not None
        if (key, descending) != (self._query.sort, self._query.descending):
            self._query.sort = key
            self._query.descending = descending
            self._requery()

    def _requery(self) -> None:
        if self._live:
            self.refresh()

    # -- loading -----------------------------------------------------------------
    def refresh(self) -> bool:
        """Load the first page again (in the background). False when the service refused the query at
        once (then `failed` fired); True when the rows have arrived or are on their way (`loaded`)."""
        self._live = True
        self._generation += 1
        generation = self._generation
        query = replace(self.query(), offset=0, limit=self._page_size, count=False, cursor=None)
        fetch = self._fetch

        def work(_ctx: TaskContext) -> Page:
            return fetch(query)

        handle = run_task(
            work,
            on_result=lambda page: self._arrived(generation, page),
            on_error=lambda error: self._refused(generation, error),
            owner=self,
        )
        return not (handle.done and handle.error is not None)

    def _arrived(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self._fetching = False
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next = page.next_cursor
        self._total = len(self._rows) if self._next is None else -1  # one page holds them all
        self.endResetModel()
        self.loaded.emit(self._total)
        if self._total < 0:
            self._count(generation)

    def _count(self, generation: int) -> None:
        """Count the matching rows in the background; the answer is dropped if the query changed."""
        query = replace(self.query(), limit=0, count=True, cursor=None)
        fetch = self._fetch

        def work(_ctx: TaskContext) -> int:
            return fetch(query).total

        def counted(total: int) -> None:
            if generation == self._generation and self._total < 0:
                self._total = max(total, len(self._rows))
                self.loaded.emit(self._total)

        run_task(
            work,
            on_result=counted,
            on_error=refusal(self.failed.emit, lambda: generation == self._generation),
            owner=self,
        )

    def _refused(self, generation: int, error: BaseException) -> None:
        if not isinstance(error, ServiceError):
            raise error  # our bug: the crash dialog shows it
        if generation == self._generation:
            self._fetching = False
            self._next = None  # ask for no more pages of a refused query
            self.failed.emit(render(error.message))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and self._next is not None and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if parent.isValid() or not self.canFetchMore(parent):
            return
        start = len(self._rows)
        generation = self._generation
        # Each page continues after the last row loaded; the total is counted apart.
        query = replace(self.query(), offset=0, limit=self._page_size, count=False, cursor=self._next)
        fetch = self._fetch
        self._fetching = True

        def work(_ctx: TaskContext) -> Page:
            return fetch(query)

        run_task(
            work,
            on_result=lambda page: self._more(generation, start, page),
            on_error=lambda error: self._refused(generation, error),
            owner=self,
        )

    def _more(self, generation: int, start: int, page: Page) -> None:
        if generation != self._generation or start != len(self._rows):
            return
        self._fetching = False
        self._next = page.next_cursor
        if page.rows:
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        if self._total >= 0:
            self._total = max(self._total, len(self._rows))
        elif self._next is None:  # the last page came before the count: now we know (the count is dropped)
            self._total = len(self._rows)
            self.loaded.emit(self._total)

    # -- reading rows -------------------------------------------------------------
    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def row_id(self, row: int) -> uuid.UUID:
        value = self._rows[row]["id"]
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))

    def find_row(self, record_id: uuid.UUID) -> int | None:
        """Position of a record among the rows loaded so far."""
        for i, row in enumerate(self._rows):
            if str(row.get("id")) == str(record_id):
                return i
        return None

    def column_of(self, key: str) -> int:
        for i, col in enumerate(self._columns):
            if col.key == key:
                return i
        raise KeyError(key)

    # -- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every visible cell on each paint: plain ints, no enum lookups.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == _ROW:
            return row
        if role == roles.FOREGROUND:
            if row.get("overdue"):
                return QBrush(OVERDUE_COLOR)
            if row.get("archived_at") is not None:
                return QBrush(ARCHIVED_COLOR)
            return None
        column = self._columns[index.column()]
        if role == roles.ALIGNMENT:
            return int(column.align.value)
        text = column.text(row.get(column.key))
        if role == roles.DISPLAY:
            return text
        return text if len(text) > 12 else None  # the tool tip: only for text the cell may cut off

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].align.value)
        return None
