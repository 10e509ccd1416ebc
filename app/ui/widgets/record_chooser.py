"""Choose the record a document is about (an activity, a suggestion, a unit or a member).

A read-only line shows the choice; 选择… opens a searchable list that loads rows as it scrolls, so it
works the same with ten records or a hundred thousand.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.activity_kinds import KIND_ENGLISH
from app.services.hub import Services
from app.services.listing import ListQuery, Page
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, Column, label_text
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.widgets.header_fit import set_column_width
from app.ui.widgets.search_box import SearchBox


@dataclass(frozen=True)
class RecordSource:
    """Which list to choose from, what to show, and how to name a chosen row."""

    noun: str  # the Chinese noun the documents service uses (DocumentKind.id_noun), marked for translation
    fetch: Callable[[Services], Callable[[ListQuery], Page]]
    columns: list[Column]
    label: Callable[[dict[str, Any]], str]
    search_hint: str  # QT_TRANSLATE_NOOP("RecordChooser", …)


def noun_text(noun: str) -> str:
    """The noun of a kind of record as the interface shows it (its key stays Chinese)."""
    return QCoreApplication.translate("RecordChooser", noun)


def session_label(row: dict[str, Any]) -> str:
    return f"{row.get('held_on') or ''}　{row.get('topic') or ''}".strip()


SOURCES: dict[str, RecordSource] = {
    source.noun: source
    for source in (
        RecordSource(
            QT_TRANSLATE_NOOP("RecordChooser", "协商议事活动"),
            lambda s: s.sessions.list,
            [
                Column("held_on", QT_TRANSLATE_NOOP("Columns", "活动时间"), 96, CENTER),
                Column("topic", QT_TRANSLATE_NOOP("Columns", "议题"), 300),
                Column("platform_name", QT_TRANSLATE_NOOP("Columns", "站室组"), 200),
            ],
            session_label,
            QT_TRANSLATE_NOOP("RecordChooser", "搜索议题、地点或站室组"),
        ),
        RecordSource(
            QT_TRANSLATE_NOOP("RecordChooser", "意见建议"),
            lambda s: s.suggestions.list,
            [
                Column("raised_on", QT_TRANSLATE_NOOP("Columns", "提出日期"), 96, CENTER),
                Column("title", QT_TRANSLATE_NOOP("Columns", "建议标题"), 300),
                Column("lead_unit_name", QT_TRANSLATE_NOOP("Columns", "主办单位"), 180),
            ],
            lambda row: str(row.get("title") or ""),
            QT_TRANSLATE_NOOP("RecordChooser", "搜索标题、内容或承办单位"),
        ),
        RecordSource(
            QT_TRANSLATE_NOOP("RecordChooser", "承办单位"),
            lambda s: s.units.list,
            [
                Column("name", QT_TRANSLATE_NOOP("Columns", "单位名称"), 320),
                Column("contact", QT_TRANSLATE_NOOP("Columns", "联系人"), 100),
            ],
            lambda row: str(row.get("name") or ""),
            QT_TRANSLATE_NOOP("RecordChooser", "搜索单位名称或联系人"),
        ),
        RecordSource(
            QT_TRANSLATE_NOOP("RecordChooser", "议题"),
            lambda s: s.topics.list,
            [
                Column("plan_year", QT_TRANSLATE_NOOP("Columns", "计划年度"), 70, CENTER),
                Column("title", QT_TRANSLATE_NOOP("Columns", "议题"), 300),
                Column("platform_name", QT_TRANSLATE_NOOP("Columns", "承办"), 180),
            ],
            lambda row: str(row.get("title") or ""),
            QT_TRANSLATE_NOOP("RecordChooser", "搜索议题或提出者"),
        ),
        RecordSource(
            QT_TRANSLATE_NOOP("RecordChooser", "履职活动"),
            lambda s: s.activities.list,
            [
                Column("held_on", QT_TRANSLATE_NOOP("Columns", "活动时间"), 96, CENTER),
                Column(
                    "kind_label", QT_TRANSLATE_NOOP("Columns", "类型"), 90, formatter=label_text(KIND_ENGLISH)
                ),
                Column("title", QT_TRANSLATE_NOOP("Columns", "活动主题"), 280),
                Column("platform_name", QT_TRANSLATE_NOOP("Columns", "组织层级"), 160),
            ],
            lambda row: (
                f"{row.get('held_on') or ''}　{row.get('kind_label') or ''}：{row.get('title') or ''}".strip()
            ),
            QT_TRANSLATE_NOOP("RecordChooser", "搜索主题、地点或组织单位"),
        ),
        RecordSource(
            QT_TRANSLATE_NOOP("RecordChooser", "协商专报"),
            lambda s: s.results_reports.list,
            [
                Column("issued_on", QT_TRANSLATE_NOOP("Columns", "报送日期"), 96, CENTER),
                Column("number", QT_TRANSLATE_NOOP("Columns", "期号"), 150),
                Column("title", QT_TRANSLATE_NOOP("Columns", "专报标题"), 300),
            ],
            lambda row: f"{row.get('number') or ''}　{row.get('title') or ''}".strip(),
            QT_TRANSLATE_NOOP("RecordChooser", "搜索标题、期号或报送对象"),
        ),
        RecordSource(
            QT_TRANSLATE_NOOP("RecordChooser", "委员"),
            lambda s: s.members.list,
            [
                Column("name", QT_TRANSLATE_NOOP("Columns", "姓名"), 90),
                Column("sector", QT_TRANSLATE_NOOP("Columns", "界别"), 140),
                Column("workplace", QT_TRANSLATE_NOOP("Columns", "工作单位及职务"), 280),
            ],
            lambda row: str(row.get("name") or ""),
            QT_TRANSLATE_NOOP("RecordChooser", "搜索姓名、界别或工作单位"),
        ),
    )
}


class RecordPicker(FormDialog):
    confirm_discard = False  # a choice costs nothing to redo

    def __init__(self, services: Services, source: RecordSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("选择{noun}").format(noun=noun_text(source.noun)))
        self.resize(720, 480)
        self.chosen: tuple[uuid.UUID, str] | None = None
        self.search = SearchBox(QCoreApplication.translate("RecordChooser", source.search_hint))
        self.model = ServiceTableModel(source.fetch(services), source.columns, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, column in enumerate(source.columns):
            set_column_width(self.view, i, column.width)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.search.search_changed.connect(self.model.set_search)
        self.model.loaded.connect(lambda _n: self._current_first())
        buttons = QDialogButtonBox()
        self.set_primary(buttons.addButton(self.tr("选择"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.model.refresh()

    def first_focus(self) -> QWidget | None:
        return self.search

    def _current_first(self) -> None:
        """The first row found is the one Enter takes (the arrow keys move on from it)."""
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.selectRow(0)

    def accept(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row(index.row())
        self.chosen = (self.model.row_id(index.row()), self.source.label(row))
        super().accept()


class RecordChooser(QWidget):
    """The chosen record's name and a 选择… button; `changed` fires when the choice changes."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.source: RecordSource | None = None
        self.record_id: uuid.UUID | None = None
        self.label = ""
        self.line = QLineEdit()
        self.line.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("选择…"))
        self.choose_button.clicked.connect(lambda _checked=False: self.choose())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.choose_button)

    def set_noun(self, noun: str | None) -> None:
        """Switch to another kind of record; a choice of the old kind no longer applies."""
        source = SOURCES.get(noun) if noun else None
        if source is self.source:
            return
        self.source = source
        self.set_record(None, "")
        if source is not None:
            self.line.setPlaceholderText(self.tr("请选择{noun}").format(noun=noun_text(source.noun)))

    def set_record(self, record_id: uuid.UUID | None, label: str) -> None:
        self.record_id = record_id
        self.label = label if record_id is not None else ""
        self.line.setText(self.label)
        self.line.setCursorPosition(0)
        self.changed.emit()

    def choose(self) -> RecordPicker | None:
        if self.source is None:
            return None
        picker = RecordPicker(self.services, self.source, self.window())
        picker.accepted.connect(lambda: self._picked(picker))
        picker.finished.connect(lambda _result: picker.deleteLater())
        picker.open()
        return picker

    def _picked(self, picker: RecordPicker) -> None:
        if picker.chosen is not None:
            self.set_record(*picker.chosen)
