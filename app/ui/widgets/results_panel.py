"""成果运用 of a session or 履职活动 (or a 协商专报): the 协商专报 sent on it, 领导批示, 成果转化, and whether
residents were told and the record is public. Each part is changed through its service; the panel says
why a button is off when the reader may not use it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.language import shown
from app.services.listing import ListQuery
from app.services.subjects import Subject, SubjectKind
from app.ui.dialogs.form_dialog import SAVES_ON_ITS_OWN
from app.ui.dialogs.results_entries import FeedbackDialog, InstructionEntryDialog, OutcomeEntryDialog
from app.ui.messages import confirm, render, show_error
from app.ui.style import styled_label
from app.ui.widgets.detail_text import NO_VALUE, Section


def small_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(90)
    return table


def fill(table: QTableWidget, rows: list[tuple[Any, list[str]]]) -> None:
    """Rows of (id, texts); the id is kept on the first cell."""
    table.setRowCount(len(rows))
    for r, (row_id, texts) in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(256, row_id)
            table.setItem(r, c, item)


def selected_id(table: QTableWidget) -> Any:
    rows = table.selectionModel().selectedRows()
    item = table.item(rows[0].row(), 0) if rows else None
    return item.data(256) if item is not None else None


class ResultsPanel(QWidget):
    changed = Signal()
    report_requested = Signal()  # 登记协商专报 on this session or activity (the owner opens the dialog)

    def __init__(
        self, services: Services, subject: Subject, about: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty(SAVES_ON_ITS_OWN, True)  # its entries are saved as they are made
        self.services = services
        self.subject = subject
        self.about = about
        self.dialogs: list[QDialog] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.feedback_text = styled_label("", "pageHint", wrap=True)
        self.feedback_button = QPushButton(self.tr("登记反馈与公开…"))
        self.feedback_button.clicked.connect(lambda _c=False: self.open_feedback())
        self.reports = small_table(
            [self.tr("期号"), self.tr("报送日期"), self.tr("报送对象"), self.tr("专报标题")]
        )
        self.report_button = QPushButton(self.tr("登记协商专报…"))
        self.report_button.clicked.connect(lambda _c=False: self.report_requested.emit())
        self.instructions = small_table([self.tr("批示日期"), self.tr("批示领导"), self.tr("批示内容")])
        self.add_instruction_button = QPushButton(self.tr("添加批示…"))
        self.add_instruction_button.clicked.connect(lambda _c=False: self.open_instruction())
        self.remove_instruction_button = QPushButton(self.tr("删除所选批示"))
        self.remove_instruction_button.clicked.connect(lambda _c=False: self.remove_instruction())
        self.outcomes = small_table(
            [self.tr("转化为"), self.tr("落实日期"), self.tr("转化内容"), self.tr("文号或项目")]
        )
        self.add_outcome_button = QPushButton(self.tr("添加成果转化…"))
        self.add_outcome_button.clicked.connect(lambda _c=False: self.open_outcome())
        self.remove_outcome_button = QPushButton(self.tr("删除所选"))
        self.remove_outcome_button.clicked.connect(lambda _c=False: self.remove_outcome())
        kind = subject.kind
        if kind in (SubjectKind.SESSION, SubjectKind.ACTIVITY):
            layout.addWidget(
                self._section(self.tr("反馈群众与是否公开"), self.feedback_text, [self.feedback_button])
            )
            layout.addWidget(self._section(self.tr("协商专报"), self.reports, [self.report_button]))
        layout.addWidget(
            self._section(
                self.tr("领导批示"),
                self.instructions,
                [self.add_instruction_button, self.remove_instruction_button],
            )
        )
        if kind in (SubjectKind.SESSION, SubjectKind.ACTIVITY, SubjectKind.RESULTS_REPORT):
            layout.addWidget(
                self._section(
                    self.tr("成果转化"), self.outcomes, [self.add_outcome_button, self.remove_outcome_button]
                )
            )
        layout.addStretch(1)
        self.reload()

    def _section(self, title: str, body: QWidget, buttons: list[QPushButton]) -> Section:
        section = Section(title, body)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        section.layout_.addLayout(row)
        return section

    # -- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        s = self.services
        kind = self.subject.kind
        if kind in (SubjectKind.SESSION, SubjectKind.ACTIVITY):
            self.record = (s.sessions if kind is SubjectKind.SESSION else s.activities).get(self.subject.id)
            self.feedback_text.setText(self.feedback_summary(self.record))
            key = "session_id" if kind is SubjectKind.SESSION else "activity_id"
            page = s.results_reports.list(ListQuery(filters={key: self.subject.id}, limit=None))
            fill(self.reports, [(r["id"], [r["number"] or "", str(r["issued_on"]), r["sent_to"], r["title"]])
                                for r in page.rows])  # fmt: skip
        fill(
            self.instructions,
            [(i.id, [i.given_on.isoformat(), i.leader, i.text]) for i in s.instructions.list(self.subject)],
        )
        fill(
            self.outcomes,
            [
                (
                    o.id,
                    [
                        shown(o.kind),
                        o.achieved_on.isoformat() if o.achieved_on else "",
                        o.description,
                        o.reference or "",
                    ],
                )
                for o in s.outcomes.list(self.subject)
            ],
        )
        self._enable()

    def feedback_summary(self, record: Any) -> str:
        if record.feedback_on is not None:
            told = self.tr("{day}以“{method}”方式向群众反馈").format(
                day=record.feedback_on.isoformat(),
                method=shown(record.feedback_method),
            )
            if record.feedback_note:
                told += self.tr("：{note}").format(note=record.feedback_note)
        else:
            told = self.tr("尚未登记向群众反馈的情况")
        public = {
            True: self.tr("公开"),
            False: self.tr("不公开（{reason}）").format(reason=record.not_public_reason or NO_VALUE),
        }
        return (
            told
            + "；"
            + self.tr("是否公开：{value}").format(value=public.get(record.is_public, self.tr("未定")))
        )

    def _enable(self) -> None:
        change = self.services.outcomes.refusal(self.subject)
        instruct = self.services.instructions.refusal(self.subject)
        report = self.services.results_reports.change_refusal(
            {"platform_id": getattr(getattr(self, "record", None), "platform_id", None)}
        )
        for button, refusal in (
            (self.feedback_button, change),
            (self.add_outcome_button, change),
            (self.remove_outcome_button, change),
            (self.add_instruction_button, instruct),
            (self.remove_instruction_button, instruct),
            (self.report_button, report),
        ):
            button.setEnabled(refusal is None)
            button.setToolTip(refusal or "")

    # -- changing -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog))
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def open_feedback(self) -> QDialog:
        return self._open(FeedbackDialog(self.services, self.subject, self.about, self.record, self))

    def open_instruction(self) -> QDialog:
        return self._open(InstructionEntryDialog(self.services, self.subject, self.about, self))

    def open_outcome(self) -> QDialog:
        return self._open(OutcomeEntryDialog(self.services, self.subject, self.about, self))

    def remove_instruction(self) -> None:
        self._remove(self.instructions, self.services.instructions.remove, self.tr("删除所选的领导批示吗？"))

    def remove_outcome(self) -> None:
        self._remove(self.outcomes, self.services.outcomes.remove, self.tr("删除所选的成果转化记录吗？"))

    def _remove(self, table: QTableWidget, remove: Any, question: str) -> None:
        row_id = selected_id(table)
        if row_id is None or not confirm(self, question, title=self.tr("删除"), accept_text=self.tr("删除")):
            return
        try:
            remove(row_id)
        except ServiceError as exc:
            show_error(self, render(exc.message))
        self._changed()
