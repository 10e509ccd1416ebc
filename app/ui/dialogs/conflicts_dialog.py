"""处理冲突: the fields both sides changed, one row each; the clerk chooses per field and it is resolved.

The list shows the common base, this database's value and the other side's, who sent it and when; the
selected conflict's three values are shown in full below. 采用本机的值 / 采用对方的值 write the choice
(audited; it travels back in the next package) and take the row off the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.exchange.kinds import KIND_ENGLISH
from app.services.field_english import FIELD_ENGLISH
from app.services.hub import Services
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error
from app.ui.models.columns import Column, label_text
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.style import styled_label
from app.ui.widgets.record_table import RecordTable

COLUMNS = [
    Column(
        "kind_label",
        QT_TRANSLATE_NOOP("Columns", "记录类型"),
        100,
        sortable=False,
        formatter=label_text(KIND_ENGLISH),
    ),
    Column("record_label", QT_TRANSLATE_NOOP("Columns", "记录"), 200, flex=True),
    Column(
        "field_label",
        QT_TRANSLATE_NOOP("Columns", "字段"),
        90,
        sortable=False,
        formatter=label_text(FIELD_ENGLISH),
    ),
    Column("base_text", QT_TRANSLATE_NOOP("Columns", "原来的值"), 120, sortable=False),
    Column("mine_text", QT_TRANSLATE_NOOP("Columns", "本机的值"), 140, sortable=False),
    Column("theirs_text", QT_TRANSLATE_NOOP("Columns", "对方的值"), 140, sortable=False),
    Column("theirs_by", QT_TRANSLATE_NOOP("Columns", "对方"), 160, sortable=False),
    Column(
        "theirs_at",
        QT_TRANSLATE_NOOP("Columns", "对方导出时间"),
        130,
        formatter=lambda v: f"{v.astimezone():%Y-%m-%d %H:%M}" if v else "",
    ),
]


class ConflictsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("处理数据交换冲突"))
        self.resize(1100, 620)
        self.model = ServiceTableModel(services.exchange.conflicts.list, COLUMNS, parent=self)
        self.model.set_filter("open", True)
        self.model.failed.connect(lambda message: show_error(self, message))
        self.model.modelReset.connect(self._selection_changed)
        self.count = styled_label("", "countLabel")
        self.model.loaded.connect(lambda n: self.count.setText(self.tr("待处理 {n} 处").format(n=n)))
        hint = styled_label(
            self.tr(
                "双方都改了同一字段、改成了不同的值。本机暂时保留本机的值；请逐项选择采用哪一方的值，"
                "选择会记入操作日志，并随下一个数据包发给对方。"
            ),
            "pageHint",
            wrap=True,
        )
        self.view = RecordTable(1, COLUMNS[1].width)
        self.view.setModel(self.model)
        for i, column in enumerate(COLUMNS):
            self.view.setColumnWidth(i, column.width)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.detail_title = styled_label("", "pageHint", wrap=True)
        self.base = self._text_box()
        self.mine = self._text_box()
        self.theirs = self._text_box()
        values = QGridLayout()
        for place, (label, box) in enumerate(
            (
                (self.tr("原来的值"), self.base),
                (self.tr("本机的值"), self.mine),
                (self.tr("对方的值"), self.theirs),
            )
        ):
            values.addWidget(QLabel(label), 0, place)
            values.addWidget(box, 1, place)
        self.keep_mine = QPushButton(self.tr("采用本机的值"))
        self.take_theirs = QPushButton(self.tr("采用对方的值"))
        self.keep_mine.clicked.connect(lambda _c=False: self.resolve("mine"))
        self.take_theirs.clicked.connect(lambda _c=False: self.resolve("theirs"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.detail_title)
        layout.addLayout(values, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.model.refresh()

    @staticmethod
    def _text_box() -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setReadOnly(True)
        box.setMaximumHeight(110)
        return box

    def selected_row(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, row: int) -> None:
        self.view.selectRow(row)

    def _selection_changed(self) -> None:
        row = self.selected_row()
        for button in (self.keep_mine, self.take_theirs):
            button.setEnabled(row is not None)
        if row is None:
            self.detail_title.setText(self.tr("选择一处冲突，查看双方的值。"))
            for box in (self.base, self.mine, self.theirs):
                box.setPlainText("")
            return
        self.detail_title.setText(
            self.tr("{kind}“{record}”的“{field}”　对方：{who}").format(
                kind=row["kind_label"],
                record=row["record_label"],
                field=row["field_label"],
                who=row["theirs_by"],
            )
        )
        self.base.setPlainText(row["base_text"])
        self.mine.setPlainText(row["mine_text"])
        self.theirs.setPlainText(row["theirs_text"])

    def resolve(self, choice: str) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        try:
            self.services.exchange.conflicts.resolve(row["id"], choice, expected_version=row["version"])
        except ServiceError as exc:
            show_error(self, render(exc.message))
            self.model.refresh()
            return False
        self.model.refresh()
        if self.model.rowCount() > 0:
            self.view.selectRow(0)
        return True
