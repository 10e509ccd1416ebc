"""导出台账: choose period, scope and file, then write the workbook off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import permissions
from app.services.child_work import Job, ServiceCall
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.ledger_export import ExportResult, OperationCancelled
from app.services.scope import Scope
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import confirm, render, show_error, show_info
from app.ui.style import styled_label
from app.ui.tasks import TaskHandle, run_with_progress
from app.ui.widgets.file_actions import ask_save_path, documents_dir, safe_file_name, show_file_done
from app.ui.widgets.scope_fields import ScopeFields


def default_file_name(scope: Scope, today: date) -> str:
    """协商议事台账_2025-01-01_2025-12-31.xlsx (截至 today when the period is open), plus the district."""
    start = scope.date_from.isoformat() if scope.date_from else ""
    end = (scope.date_to or today).isoformat()
    period = (
        f"{start}_{end}" if start else QCoreApplication.translate("ExportDialog", "截至{day}").format(day=end)
    )
    parts = [QCoreApplication.translate("ExportDialog", "协商议事台账"), period]
    if scope.district:
        parts.append(safe_file_name(scope.district))
    return "_".join(parts) + ".xlsx"


class ExportDialog(FormDialog):
    confirm_discard = False  # the choices are made again in a moment

    def __init__(
        self,
        services: Services,
        scope: Scope | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today or date.today()
        self.export_result: ExportResult | None = None
        self.handle: TaskHandle | None = None
        self._path_chosen = False  # once the user picks a file, the period no longer renames it
        self._confirmed: Path | None = None  # chosen in the system dialog, which asked about replacing
        self.setWindowTitle(self.tr("导出台账"))
        self.setMinimumWidth(560)

        intro = styled_label(
            self.tr(
                "导出一个 Excel 工作簿，含“协商议事台账”“意见建议办理台账”“站室组名册”“委员名册”"
                "和“统计”五张工作表。活动按活动时间、意见建议按提出日期计入时间范围。"
            ),
            "pageHint",
            wrap=True,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.scope_fields = ScopeFields(services, form, today=self.today)
        self.full = QCheckBox(self.tr("完整导出（含完整手机号）"))
        self.full_warning = styled_label(
            self.tr(
                "完整导出时委员名册中的手机号不再隐去中间四位，本次导出会记入操作记录（审计日志）。"
                "请妥善保管导出的文件。"
            ),
            "fieldError",
            wrap=True,
        )
        self.full_warning.setVisible(False)
        self.full.toggled.connect(self.full_warning.setVisible)
        if not permissions.may_export_full(services.actor):
            self.full.setEnabled(False)
            self.full.setToolTip(self.tr("只有管理员和办公室工作人员可以完整导出"))
        form.addRow("", self.full)
        form.addRow("", self.full_warning)
        self.path_edit = QLineEdit()
        self.path_edit.textEdited.connect(lambda _text: self._mark_chosen())
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(lambda _checked=False: self.browse())
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("保存到"), path_row)

        buttons = QDialogButtonBox()
        self.export_button = self.set_primary(
            buttons.addButton(self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

        if scope is not None:
            self.scope_fields.set_scope(scope)
        self.scope_fields.changed.connect(self._suggest_path)
        self._suggest_path()

    # -- the file --------------------------------------------------------------------------------
    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._mark_chosen()

    def _mark_chosen(self) -> None:
        self._path_chosen = True

    def _suggest_path(self) -> None:
        if self._path_chosen:
            return
        try:
            scope = self.scope_fields.scope()
        except ServiceError:
            return  # start after end: keep the last name until the period makes sense
        current = self.path()
        folder = current.parent if current is not None else documents_dir()
        self.path_edit.setText(str(folder / default_file_name(scope, self.today)))

    def browse(self) -> None:
        current = self.path() or documents_dir() / self.tr("协商议事台账.xlsx")
        chosen = ask_save_path(self, self.tr("导出台账到"), current, self.tr("Excel 工作簿 (*.xlsx)"))
        if chosen is not None:
            self.set_path(chosen)
            self._confirmed = chosen

    # -- exporting --------------------------------------------------------------------------------
    def start_export(self) -> TaskHandle | None:
        path = self.path()
        if path is None:
            show_error(self, self.tr("请选择导出文件的保存位置。"))
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
            self.path_edit.setText(str(path))
        try:
            scope = self.scope_fields.scope()
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        if path.exists() and self._confirmed != path:
            question = self.tr("文件“{name}”已存在，要替换它吗？").format(name=path.name)
            if not confirm(self, question, title=self.tr("导出台账"), accept_text=self.tr("替换")):
                return None
        # openpyxl is pure Python: the workbook is written in a child process, so the window keeps
        # the interpreter lock to itself (app.ui.tasks).
        call = ServiceCall(
            "app.services.ledger_export:LedgerExportService",
            "export",
            args=(path, scope),
            kwargs={"full": self.full.isChecked()},
            init={"today": self.today},
        )
        work = Job(self.services.db, self.services.actor, call)
        self.export_button.setEnabled(False)
        self.handle = run_with_progress(
            self,
            self.tr("正在导出台账……"),
            work,
            on_result=self._exported,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        return self.handle

    def _exported(self, result: ExportResult) -> None:
        self.export_result = result
        self.export_button.setEnabled(True)
        self.accept()
        show_file_done(self.parentWidget(), self.tr("导出完成"), result.summary(), result.path)

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, OperationCancelled):
            self._cancelled()
        elif isinstance(error, ServiceError):
            show_error(self, render(error.message))
        elif isinstance(error, OSError):
            show_error(self, self.tr("无法写入文件：{reason}").format(reason=error.strerror or error))
        else:
            raise error

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        show_info(self, self.tr("已取消导出，没有生成文件。"))


def open_export_dialog(services: Services, scope: Scope | None, parent: QWidget | None) -> ExportDialog:
    dialog = ExportDialog(services, scope, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
