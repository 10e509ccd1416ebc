"""操作日志 (administrators and clerks): who changed what and when, field by field, from the audit trail.

Filters: person, record kind, action and period. The selected entry shows each changed field before and
after in Chinese; 打开记录 opens the record; 导出 Excel writes the filtered log (phones masked).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import AuditAction
from app.services import permissions
from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.field_english import ENTITY_ENGLISH, FIELD_ENGLISH
from app.services.hub import Services
from app.services.language import english_shown, shown, shown_text
from app.services.listing import ListQuery
from app.ui import tasks
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error
from app.ui.models.columns import RIGHT, Column, enum_label, label_text
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.date_range import DateRangeFilter
from app.ui.widgets.file_actions import ask_save_path, documents_dir, show_file_done
from app.ui.widgets.header_fit import set_column_width
from app.ui.widgets.record_table import RecordTable


def _fields(value: object) -> str:
    """The changed fields' names (、-separated, 等 when more), each in the display language."""
    text = str(value or "")
    if not english_shown():
        return text
    more = text.endswith("等")
    names = [shown_text(n, FIELD_ENGLISH) for n in (text[:-1] if more else text).split("、") if n]
    return ", ".join(names) + (" …" if more else "")


COLUMNS = [
    Column("seq", QT_TRANSLATE_NOOP("Columns", "序号"), 60, RIGHT),
    Column(
        "at",
        QT_TRANSLATE_NOOP("Columns", "时间"),
        140,
        formatter=lambda v: f"{v:%Y-%m-%d %H:%M}" if v else "",
    ),
    Column("actor_name", QT_TRANSLATE_NOOP("Columns", "操作人"), 90),
    Column(
        "action", QT_TRANSLATE_NOOP("Columns", "操作"), 80, sortable=False, formatter=enum_label(AuditAction)
    ),
    Column(
        "entity_label",
        QT_TRANSLATE_NOOP("Columns", "记录类型"),
        100,
        sortable=False,
        formatter=label_text(ENTITY_ENGLISH),
    ),
    Column(
        "changed", QT_TRANSLATE_NOOP("Columns", "变更字段"), 260, sortable=False, flex=True, formatter=_fields
    ),
    Column("note", QT_TRANSLATE_NOOP("Columns", "说明"), 200),
]
# The record an entry names, opened the way its list opens it (entity → dialog maker).
Opener = Callable[[Services, uuid.UUID, QWidget], QDialog]


def _openers() -> dict[str, Opener]:
    from app.ui.dialogs.member_dialog import MemberDialog
    from app.ui.dialogs.platform_dialog import PlatformDialog
    from app.ui.dialogs.session_detail import SessionDetailDialog
    from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
    from app.ui.dialogs.unit_dialog import UnitDialog

    session: Opener = lambda s, i, p: SessionDetailDialog(s, i, p)  # noqa: E731
    return {
        "consultation_session": session,
        "session_attendance": session,  # their entries name the session
        "session_participant": session,
        "suggestion": lambda s, i, p: SuggestionDetailDialog(s, i, p),
        "platform": lambda s, i, p: PlatformDialog(s, i, p),
        "member": lambda s, i, p: MemberDialog(s, i, p),
        "handling_unit": lambda s, i, p: UnitDialog(s, i, p),
    }


class AuditPage(Page):
    key = "audit"
    title_text = QT_TRANSLATE_NOOP("Pages", "操作日志")

    @classmethod
    def allowed(cls, actor: Actor) -> bool:
        return permissions.may_read_audit(actor)

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.count_label = styled_label("", "countLabel")
        self.model = ServiceTableModel(services.audit_log.list, COLUMNS, parent=self)
        self.model.loaded.connect(lambda n: self.count_label.setText(self.tr("共 {n} 条").format(n=f"{n:,}")))
        self.model.failed.connect(lambda message: show_error(self, message))
        self.model.modelReset.connect(self._selection_changed)
        self.opened: list[QDialog] = []
        heading = QHBoxLayout()
        heading.addWidget(styled_label(self.title(), "pageTitle"))
        heading.addSpacing(12)
        hint = self.tr("每次新增、修改、归档、登录和导出都记录在此，日志只能追加、不能修改或删除。")
        heading.addWidget(styled_label(hint, "pageHint"), 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)

        self.person = ChoiceCombo()
        self.kind = ChoiceCombo()
        self.action = ChoiceCombo()
        self.period = DateRangeFilter()
        for combo, key in ((self.person, "actor"), (self.kind, "entity"), (self.action, "action")):
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self.model.set_filter(k, c.value()))
        self.period.changed.connect(self._period_changed)
        self.open_button = QPushButton(self.tr("打开记录"))
        self.open_button.clicked.connect(lambda _c=False: self.open_record())
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setToolTip(self.tr("按当前筛选条件导出操作日志（联系电话已隐去）"))
        self.export_button.clicked.connect(lambda _c=False: self.export())
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("操作人"), self.person),
            (self.tr("记录类型"), self.kind),
            (self.tr("操作"), self.action),
            (self.tr("时间"), self.period),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        filters.addWidget(self.export_button)

        self.view = RecordTable(5, COLUMNS[5].width)
        self.view.setModel(self.model)
        for i, column in enumerate(COLUMNS):
            set_column_width(self.view, i, column.width)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _i: self.open_record())
        self.detail_title = styled_label("", "pageHint", wrap=True)
        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels([self.tr("字段"), self.tr("修改前"), self.tr("修改后")])
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setWordWrap(True)
        header = self.detail.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._selection_changed()

    # -- Page ---------------------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._load_choices()
        self.model.refresh()

    def _load_choices(self) -> None:
        log = self.services.audit_log
        everyone = self.tr("全部")
        for combo, choices in (
            (self.person, log.people()),
            (self.kind, log.entity_choices()),
            (self.action, log.action_choices()),
        ):
            combo.blockSignals(True)
            combo.set_choices(choices, none_label=everyone)
            combo.blockSignals(False)

    def _period_changed(self) -> None:
        start, end = self.period.range()
        self.model.set_filters({"date_from": start, "date_to": end})

    # -- the selected entry -------------------------------------------------------------------------
    def selected_row(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(
            row is not None and row.get("entity_id") is not None and row.get("entity") in _openers()
        )
        self.detail.setRowCount(0)
        if row is None:
            self.detail_title.setText(self.tr("选择一条日志，查看每个字段修改前后的内容。"))
            return
        try:
            entry = self.services.audit_log.entry(row["id"])
        except ServiceError as exc:
            self.detail_title.setText(render(exc.message))
            return
        self.detail_title.setText(
            self.tr("第 {seq} 条　{at}　{who}（{username}）　{action} · {kind}").format(
                seq=entry.seq, at=f"{entry.at:%Y-%m-%d %H:%M:%S}", who=entry.actor_name,
                username=entry.username, action=shown(entry.action) if entry.action else entry.action_label,
                kind=shown_text(entry.entity_label, ENTITY_ENGLISH),
            )
            + (f"：{entry.note}" if entry.note else "")
        )  # fmt: skip
        if not entry.changes:
            self.detail.setRowCount(1)
            self.detail.setItem(0, 0, QTableWidgetItem(self.tr("（没有字段变更）")))
        for change in entry.changes:
            r = self.detail.rowCount()
            self.detail.insertRow(r)
            for c, text in enumerate((shown_text(change.label, FIELD_ENGLISH), change.before, change.after)):
                self.detail.setItem(r, c, QTableWidgetItem(text))
        self.detail.resizeRowsToContents()

    def open_record(self) -> QDialog | None:
        row = self.selected_row()
        if row is None or row.get("entity_id") is None:
            return None
        opener = _openers().get(row["entity"])
        if opener is None:
            return None
        try:
            dialog = opener(self.services, row["entity_id"], self)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        self.opened.append(dialog)
        dialog.finished.connect(lambda _r: self.opened.remove(dialog) if dialog in self.opened else None)
        dialog.open()
        return dialog

    def export(self) -> bool:
        name = self.tr("操作日志-{day}.xlsx").format(day=date.today().isoformat())
        path = ask_save_path(
            self, self.tr("导出操作日志"), documents_dir() / name, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path is None:
            return False
        query = ListQuery(filters=dict(self.model.query().filters))
        log = self.services.audit_log

        def done(rows: int) -> None:
            show_file_done(
                self, self.tr("导出操作日志"), self.tr("已导出 {n} 条操作日志。").format(n=rows), path
            )
            self.model.refresh()  # the export itself is now in the log

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                raise exc
            show_error(self, render(exc.message))

        tasks.run_with_progress(
            self,
            self.tr("正在导出操作日志…"),
            lambda _ctx: log.export(path, query),
            on_result=done,
            on_error=failed,
        )
        return True
