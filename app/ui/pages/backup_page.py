"""备份与恢复: the backups with their time, size and record counts; 立即备份, 验证 and 恢复.

Everything is done by BackupService (app/services/backups.py) through the task helper; the page only
shows what it answers. Administrators and office clerks see and make backups; restoring, which replaces
everyone's data, is for administrators. The folder can be moved, e.g. to a USB drive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.backup_store import BackupInfo
from app.db.restore import RestoreResult
from app.services import permissions
from app.services.actor import Actor
from app.services.backups import KIND_ENGLISH, kind_label
from app.services.hub import Services
from app.services.language import shown_text
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error, user_error_text
from app.ui.pages.page import Page
from app.ui.restore_action import restore_backup
from app.ui.settings import UiSettings
from app.ui.style import ERROR, styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_task, run_with_progress
from app.ui.widgets.attachments_panel import size_text
from app.ui.widgets.header_fit import set_column_width

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupPage", "备份时间"),
    QT_TRANSLATE_NOOP("BackupPage", "类型"),
    QT_TRANSLATE_NOOP("BackupPage", "大小"),
    QT_TRANSLATE_NOOP("BackupPage", "协商议事活动"),
    QT_TRANSLATE_NOOP("BackupPage", "意见建议"),
    QT_TRANSLATE_NOOP("BackupPage", "委员"),
    QT_TRANSLATE_NOOP("BackupPage", "附件"),
    QT_TRANSLATE_NOOP("BackupPage", "状态"),
    QT_TRANSLATE_NOOP("BackupPage", "文件"),
)
COUNTED = ("consultation_session", "suggestion", "member", "attachment")


class BackupPage(Page):
    key = "backup"
    title_text = QT_TRANSLATE_NOOP("Pages", "备份与恢复")

    @classmethod
    def allowed(cls, actor: Actor) -> bool:
        return permissions.may_back_up(actor)

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.backups: list[BackupInfo] = []
        self.task: TaskHandle | None = None
        service = services.backups
        self.may_back_up = service.may_back_up
        self.folder_label = styled_label("", "countLabel", wrap=True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder_button = QPushButton(self.tr("更改文件夹…"))
        self.change_folder_button.setToolTip(self.tr("例如放到 U 盘或另一块硬盘上，电脑损坏时备份仍在"))
        self.change_folder_button.clicked.connect(self.choose_folder)
        self.open_folder_button = QPushButton(self.tr("打开文件夹"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.default_folder_button = QPushButton(self.tr("恢复默认位置"))
        self.default_folder_button.clicked.connect(lambda: self.set_folder(None))
        folder_row = QHBoxLayout()
        folder_row.addWidget(styled_label(self.tr("备份文件夹："), "countLabel"))
        folder_row.addWidget(self.folder_label, 1)
        for button in (self.change_folder_button, self.open_folder_button, self.default_folder_button):
            button.setEnabled(self.may_back_up)
            folder_row.addWidget(button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((140, 64, 76, 96, 76, 60, 50, 110)):
            set_column_width(self.table, column, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.create_button = QPushButton(self.tr("立即备份"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_backup)
        self.verify_button = QPushButton(self.tr("验证"))
        self.verify_button.setToolTip(self.tr("重新检查所选备份是否完好、可以用来恢复"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("恢复…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.message = styled_label("", "pageHint", wrap=True)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.verify_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.message, 1)

        self.notice = styled_label("", "pageHint", wrap=True)
        self.notice.setStyleSheet(f"color: {ERROR};")
        self.notice.hide()
        heading = QHBoxLayout()
        heading.addWidget(styled_label(self.title(), "pageTitle"))
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(styled_label(render(service.policy_text()), "pageHint", wrap=True))
        layout.addLayout(folder_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    # -- Page -----------------------------------------------------------------------------------
    def activate(self) -> None:
        self.load()

    def refresh(self) -> None:
        self.load()

    # -- reading --------------------------------------------------------------------------------
    def load(self) -> TaskHandle | None:
        service = self.services.backups
        self.folder_label.setText(str(service.folder()))
        if not self.may_back_up:
            self._notice(self.tr("只有管理员和办公室工作人员可以查看和创建备份。"))
            self.show_backups([])
            return None

        def work(_ctx: TaskContext) -> tuple[list[BackupInfo], str | None]:
            return service.list(), service.tool_problem()

        def shown(result: tuple[list[BackupInfo], str | None]) -> None:
            backups, problem = result
            self._notice(problem)
            self.show_backups(backups)

        self.task = run_task(work, on_result=shown, on_error=self._failed, owner=self)
        return self.task

    def show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            state = (
                self.tr("已验证")
                if info.verified
                else self.tr("未验证：{why}").format(why="；".join(render(p) for p in info.problems[:1]))
            )
            cells = [
                info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                shown_text(kind_label(info.kind), KIND_ENGLISH),
                size_text(info.size),
                *(str(info.count(t)) if info.counts else "—" for t in COUNTED),
                state,
                info.path.name,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column < 7:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not info.verified:
                    item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("还没有备份。点击“立即备份”做第一份。") if self.may_back_up else "")
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        service = self.services.backups
        self.create_button.setEnabled(self.may_back_up)
        self.verify_button.setEnabled(self.may_back_up and chosen is not None)
        self.restore_button.setEnabled(service.may_restore and chosen is not None)
        self.restore_button.setToolTip("" if service.may_restore else self.tr("只有管理员可以从备份恢复"))

    def _notice(self, text: str | None) -> None:
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        text = user_error_text(error)
        if text is None:
            raise error
        self.message.setText(text)
        show_error(self, text)

    # -- acting ---------------------------------------------------------------------------------
    def create_backup(self) -> TaskHandle:
        service = self.services.backups

        def done(info: BackupInfo) -> None:
            self.load()
            self.message.setText(self.tr("已备份并验证：{name}").format(name=info.path.name))

        self.task = run_with_progress(
            self,
            self.tr("正在备份并验证…"),
            lambda _ctx: service.create(),
            on_result=done,
            on_error=self._failed,
        )
        return self.task

    def verify_selected(self) -> TaskHandle | None:
        chosen = self.selected()
        if chosen is None:
            return None
        service = self.services.backups

        def done(info: BackupInfo) -> None:
            self.load()
            if info.verified:
                self.message.setText(self.tr("验证通过：{name}").format(name=info.path.name))
            else:
                text = self.tr("验证未通过：{why}").format(
                    why="；".join(render(p) for p in info.problems[:3])
                )
                self.message.setText(text)
                show_error(self, text)

        self.task = run_with_progress(
            self,
            self.tr("正在验证备份…"),
            lambda _ctx: service.verify(chosen),
            on_result=done,
            on_error=self._failed,
        )
        return self.task

    def restore_selected(self) -> TaskHandle | None:
        chosen = self.selected()
        if chosen is None:
            return None
        if not chosen.verified:
            show_error(self, self.tr("这份备份尚未通过验证，请先点击“验证”。"))
            return None
        self.task = restore_backup(self, self.services, chosen, on_done=self._restored)
        return self.task

    def _restored(self, result: RestoreResult) -> None:
        self.load()
        self.message.setText(self.tr("已恢复：{name}").format(name=result.restored.path.name))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择备份文件夹"), str(self.services.backups.folder())
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path | None) -> None:
        try:
            chosen = self.services.backups.set_folder(folder)
        except Exception as exc:
            self._failed(exc)
            return
        self.message.setText(self.tr("以后的备份保存在：{folder}").format(folder=chosen))
        self.load()

    def open_folder(self) -> bool:
        folder = self.services.backups.folder()
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
