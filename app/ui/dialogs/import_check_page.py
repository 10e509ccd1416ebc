"""Import steps 3 and 4: the check of every row (errors per row and column), then the import and its summary.

The check itself is the dry run: nothing is written until the user presses 导入, which stays disabled
while any row has an error. The import runs in one transaction; a cancel leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.services.errors import ServiceError
from app.services.ledger_import import ImportPlan, ImportResult, RowIssue, plan_summary, result_summary
from app.services.ledger_import.model import ERROR
from app.services.ledger_import.progress import OperationCancelled
from app.ui.dialogs.import_steps import ImportState, StepPage
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error
from app.ui.style import ERROR as ERROR_COLOR
from app.ui.style import styled_label
from app.ui.tasks import Work
from app.ui.widgets.file_actions import ask_save_path, show_file_done
from app.ui.widgets.header_fit import set_column_width

MAX_LISTED = 2000  # issues shown in the table; the error workbook has all of them
OK_COLOR = "#2e7d32"


# The kinds of row the check lists (translated when shown).
KIND_ERROR = QT_TRANSLATE_NOOP("ImportCheckPage", "错误")
KIND_NOTE = QT_TRANSLATE_NOOP("ImportCheckPage", "提示")
KIND_SKIPPED = QT_TRANSLATE_NOOP("ImportCheckPage", "跳过")


def issue_rows(plan: ImportPlan) -> list[tuple[str, RowIssue]]:
    """(kind, issue): errors first, then notes and skipped rows, each in sheet and row order."""
    order = lambda i: (i.sheet, i.row, i.column_index or 0)  # noqa: E731
    return [
        *((KIND_ERROR, i) for i in sorted(plan.errors, key=order)),
        *((KIND_NOTE, i) for i in sorted(plan.warnings, key=order)),
        *((KIND_SKIPPED, i) for i in sorted(plan.skipped, key=order)),
    ]


class CheckPage(StepPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("检查结果"))
        self.setSubTitle(
            self.tr("已逐行检查，尚未写入任何数据。没有错误才能导入；导入要么全部写入，要么都不写入。")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.summary = styled_label("", "pageHint", wrap=True)
        self.issues = QTableWidget(0, 5)
        self.issues.setHorizontalHeaderLabels(
            [self.tr("类型"), self.tr("工作表"), self.tr("行"), self.tr("列"), self.tr("说明")]
        )
        self.issues.verticalHeader().hide()
        self.issues.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues.setWordWrap(True)
        header = self.issues.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 48), (1, 120), (2, 56), (3, 110)):
            set_column_width(self.issues, column, width)
        self.cut_note = styled_label("", "pageHint")
        self.save_button = QPushButton(self.tr("保存错误报告…"))
        self.save_button.clicked.connect(lambda _checked=False: self.save_report())
        buttons = QHBoxLayout()
        buttons.addWidget(self.cut_note, 1)
        buttons.addWidget(self.save_button)
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(self.tr("例如：胜利路驿站月报"))
        self.profile_button = QPushButton(self.tr("保存导入方案"))
        self.profile_button.clicked.connect(lambda _checked=False: self.save_profile())
        profile = QHBoxLayout()
        profile.addWidget(QLabel(self.tr("把这次的对应关系保存为导入方案，下月同一站点的台账一步导入：")))
        profile.addWidget(self.profile_name, 1)
        profile.addWidget(self.profile_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues, 1)
        layout.addLayout(buttons)
        layout.addLayout(profile)

    def plan(self) -> ImportPlan:
        assert self.state.plan is not None, "the mapping page checks the rows first"
        return self.state.plan

    def initializePage(self) -> None:
        plan = self.plan()
        errors = len(plan.errors)
        if errors:
            self.verdict.setText(
                self.tr(
                    "发现 {n} 处错误，不能导入。请修改原文件后重新选择，或返回上一步调整各列的含义。"
                ).format(n=errors)
            )
            color = ERROR_COLOR
        else:
            self.verdict.setText(self.tr("检查通过，可以导入。"))
            color = OK_COLOR
        self.verdict.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.summary.setText("\n".join(plan_summary(plan)))
        rows = issue_rows(plan)
        shown = rows[:MAX_LISTED]
        self.issues.setRowCount(len(shown))
        red = QColor(ERROR_COLOR)
        for r, (kind, issue) in enumerate(shown):
            texts = (
                QCoreApplication.translate("ImportCheckPage", kind),
                issue.sheet,
                str(issue.row) if issue.row else "",
                issue.column or "",
                render(issue.message),
            )
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if issue.severity == ERROR and kind == KIND_ERROR:
                    item.setForeground(red)
                self.issues.setItem(r, c, item)
        self.issues.resizeRowsToContents()
        self.cut_note.setText(
            self.tr("共 {n} 条，此处列出前 {shown} 条；错误报告中有全部内容。").format(
                n=len(rows), shown=len(shown)
            )
            if len(rows) > len(shown)
            else ""
        )
        self.save_button.setEnabled(bool(rows))
        self.profile_name.setText(plan.mapping.name or self.state.profile or "")

    def isComplete(self) -> bool:
        return self.state.plan is not None and self.state.plan.ok

    # -- the saved mapping (导入方案) -----------------------------------------------------------------------
    def save_profile(self) -> bool:
        preview, _mapping = self.state.require_preview()
        plan = self.plan()
        name = self.profile_name.text().strip()
        try:
            self.state.service.save_profile(name, preview, plan.mapping)
        except ServiceError as exc:
            show_error(self, self.tr("无法保存导入方案：{reason}").format(reason=render(exc.message)))
            return False
        self.state.profile = name
        self.cut_note.setText(self.tr("已保存导入方案“{name}”。").format(name=name))
        return True

    # -- the error workbook ------------------------------------------------------------------------------
    def report_name(self) -> Path:
        source = self.state.path or Path(self.tr("台账.xlsx"))
        return source.with_name(self.tr("{name}_错误报告.xlsx").format(name=source.stem))

    def save_report(self) -> Path | None:
        target = ask_save_path(
            self, self.tr("保存错误报告"), self.report_name(), self.tr("Excel 工作簿 (*.xlsx)")
        )
        return self.write_report(target) if target is not None else None

    def write_report(self, target: Path) -> Path | None:
        try:
            path = self.state.service.write_error_report(self.plan(), target)
        except (ServiceError, OSError) as exc:
            reason = render(exc.message) if isinstance(exc, ServiceError) else (exc.strerror or str(exc))
            show_error(self, self.tr("无法保存错误报告：{reason}").format(reason=reason))
            return None
        text = self.tr("已保存错误报告：出错的单元格标为红色，每行末尾写明原因。")
        show_file_done(self, self.tr("错误报告"), text, path)
        return path

    # -- StepPage: the import ------------------------------------------------------------------------
    def needs_step(self) -> bool:
        return self.state.result is None

    def step_label(self) -> str:
        return self.tr("正在导入……")

    def step_work(self) -> Work | None:
        plan = self.plan()
        if not plan.ok:
            return None
        return self.state.import_job(plan)

    def step_done(self, result: ImportResult) -> None:
        self.state.result = result

    def step_failed(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            self.step_cancelled()
        elif isinstance(error, ServiceError):
            show_error(self, self.tr("没有导入任何数据：{reason}").format(reason=render(error.message)))
        else:
            raise error

    def step_cancelled(self) -> None:
        self.verdict.setText(self.tr("已取消导入，数据库没有任何改动。可以再次点“导入”。"))


class DonePage(QWizardPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("导入完成"))
        self.setSubTitle(self.tr("所有记录已在一个事务中写入。"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.state.result
        lines = result_summary(result) if result is not None else []
        self.summary.setText("\n".join(lines))
