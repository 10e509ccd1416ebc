"""数据交换: send a data package to the office or a station, import one with a preview, see the history.

Exporting covers one platform or the whole office (a coordinator: their platforms only); 只导出上次之后
的变化 sends only what changed since the last package of the same range. Importing first checks the
package and shows what it would change (a trial run), then imports when the user agrees. Conflicts are
handled in the 处理冲突 dialog. Both runs go through the task helper, with progress and cancel.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.exchange.directions import DIRECTION_ENGLISH
from app.services.hub import Services
from app.ui import tasks
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error, show_info
from app.ui.models.columns import Column, label_text
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.widgets.file_actions import ask_open_path, ask_save_path, documents_dir, safe_file_name
from app.ui.widgets.header_fit import set_column_width
from app.ui.widgets.record_table import RecordTable

if TYPE_CHECKING:
    from app.services.exchange import Checked, ExportResult, ImportSummary

COLUMNS = [
    Column(
        "processed_at",
        QT_TRANSLATE_NOOP("Columns", "时间"),
        130,
        formatter=lambda v: f"{v.astimezone():%Y-%m-%d %H:%M}" if v else "",
    ),
    Column(
        "direction_label",
        QT_TRANSLATE_NOOP("Columns", "发出/收到"),
        80,
        sortable=False,
        formatter=label_text(DIRECTION_ENGLISH),
    ),
    Column("peer_name", QT_TRANSLATE_NOOP("Columns", "发送方"), 160, formatter=label_text(DIRECTION_ENGLISH)),
    Column("coverage_text", QT_TRANSLATE_NOOP("Columns", "范围"), 220, sortable=False),
    Column("summary_text", QT_TRANSLATE_NOOP("Columns", "结果"), 240, sortable=False, flex=True),
    Column("file_name", QT_TRANSLATE_NOOP("Columns", "文件"), 200),
    Column("username", QT_TRANSLATE_NOOP("Columns", "操作人"), 90),
]
WHOLE_OFFICE = "all"


@dataclass(frozen=True)
class _State:
    """What the page shows above the history, read together off the GUI thread."""

    identity: tuple[str, str | None]
    peers: list[Any]
    platforms: list[tuple[uuid.UUID, str]]
    conflicts: int


class ExchangePage(Page):
    key = "exchange"
    title_text = QT_TRANSLATE_NOOP("Pages", "数据交换")

    @classmethod
    def allowed(cls, actor: Actor) -> bool:
        return actor.can_write

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.dialogs: list[QDialog] = []
        self._generation = 0  # bumped by each reading of what the page shows
        heading = QHBoxLayout()
        heading.addWidget(styled_label(self.title(), "pageTitle"))
        heading.addSpacing(12)
        hint = self.tr("站室组与办公室互相发送数据包：按记录合并，双方改了同一处时列为冲突，不会静默覆盖。")
        heading.addWidget(styled_label(hint, "pageHint"), 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        self.identity = styled_label("", "pageHint")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trusted = styled_label("", "pageHint", wrap=True)
        self.trusted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.scope = QComboBox()
        self.scope.setMinimumContentsLength(16)
        self.since_last = QCheckBox(self.tr("只导出上次之后的变化"))
        self.export_button = QPushButton(self.tr("导出数据包…"))
        self.export_button.clicked.connect(lambda _c=False: self.export())
        self.import_button = QPushButton(self.tr("导入数据包…"))
        self.import_button.clicked.connect(lambda _c=False: self.import_package())
        self.conflicts_button = QPushButton(self.tr("处理冲突"))
        self.conflicts_button.clicked.connect(lambda _c=False: self.open_conflicts())
        metrics = self.conflicts_button.fontMetrics()
        self.conflicts_button.setMinimumWidth(metrics.horizontalAdvance(self.tr("处理冲突（9999）")) + 24)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("导出范围")))
        actions.addWidget(self.scope)
        actions.addWidget(self.since_last)
        actions.addWidget(self.export_button)
        actions.addSpacing(24)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.conflicts_button)

        # The exchange service (and the signing library under it) is imported by the first page of
        # history, off the GUI thread.
        self.model = ServiceTableModel(lambda query: services.exchange.history(query), COLUMNS, parent=self)
        self.model.failed.connect(lambda message: show_error(self, message))
        self.view = RecordTable(4, COLUMNS[4].width)
        self.view.setModel(self.model)
        for i, column in enumerate(COLUMNS):
            set_column_width(self.view, i, column.width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.identity)
        layout.addWidget(self.trusted)
        layout.addLayout(actions)
        layout.addWidget(styled_label(self.tr("发出和收到的数据包"), "countLabel"))
        layout.addWidget(self.view, 1)

    # -- Page ---------------------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read this computer's identity, the trusted senders, the export ranges and the open conflicts
        off the GUI thread, then the history; an answer overtaken by a newer reading is dropped."""
        self._generation = generation = self._generation + 1
        services = self.services

        def work(_ctx: tasks.TaskContext) -> _State:
            exchange = services.exchange
            return _State(
                exchange.identity(),
                exchange.peers(),
                exchange.platform_choices(),
                exchange.conflicts.open_count(),
            )

        def arrived(state: _State) -> None:
            if generation == self._generation:
                self._show(state)

        tasks.run_task(work, on_result=arrived, on_error=self._failed, owner=self)
        self.model.refresh()

    def _show(self, state: _State) -> None:
        name, fingerprint = state.identity
        self.identity.setText(
            self.tr("本机：{name}　密钥指纹：{fp}").format(name=name, fp=fingerprint)
            if fingerprint
            else self.tr("本机：{name}（第一次导出或导入数据包时生成密钥）").format(name=name)
        )
        peers = state.peers
        self.trusted.setText(
            self.tr("已信任的发送方：{peers}").format(
                peers="；".join(f"{p.name}（{p.fingerprint}）" for p in peers)
            )
            if peers
            else self.tr("还没有收到过其他电脑的数据包。")
        )
        current = self.scope.currentData()
        self.scope.clear()
        if not self.services.actor.is_coordinator:
            self.scope.addItem(self.tr("整个办公室"), WHOLE_OFFICE)
        for platform_id, label in state.platforms:
            self.scope.addItem(label, str(platform_id))
        if current is not None and self.scope.findData(current) >= 0:
            self.scope.setCurrentIndex(self.scope.findData(current))
        count = state.conflicts
        self.conflicts_button.setText(
            self.tr("处理冲突（{n}）").format(n=count) if count else self.tr("处理冲突")
        )

    # -- export -------------------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> bool:
        choice = self.scope.currentData()
        platforms = None if choice in (None, WHOLE_OFFICE) else frozenset({uuid.UUID(choice)})
        if path is None:
            name = self.tr("数据包-{scope}-{day}.zip").format(
                scope=safe_file_name(self.scope.currentText()), day=date.today().isoformat()
            )
            path = ask_save_path(
                self, self.tr("导出数据包"), documents_dir() / name, self.tr("数据包 (*.zip)")
            )
            if path is None:
                return False
        since_last = self.since_last.isChecked()
        exchange = self.services.exchange

        def done(result: ExportResult) -> None:
            total = sum(result.counts.values())
            show_info(self, self.tr("已导出数据包（{n} 条记录）：\n{path}").format(n=total, path=result.path))
            self.refresh()

        tasks.run_with_progress(
            self,
            self.tr("正在导出数据包…"),
            lambda ctx: exchange.export(path, platforms, since_last=since_last, progress=ctx.progress),
            on_result=done,
            on_error=self._failed,
        )
        return True

    # -- import -------------------------------------------------------------------------------------
    def import_package(self, path: Path | None = None) -> bool:
        if path is None:
            path = ask_open_path(self, self.tr("导入数据包"), documents_dir(), self.tr("数据包 (*.zip)"))
            if path is None:
                return False
        exchange = self.services.exchange

        def check(ctx: Any) -> tuple[Checked, ImportSummary]:
            checked = exchange.check(path)
            return checked, exchange.import_package(path, dry_run=True, progress=ctx.progress)

        tasks.run_with_progress(
            self,
            self.tr("正在检查数据包…"),
            check,
            on_result=lambda result: self._preview(path, *result),
            on_error=self._failed,
        )
        return True

    def _preview(self, path: Path, checked: Checked, trial: ImportSummary) -> None:
        from app.ui.dialogs.package_preview import PackagePreviewDialog

        dialog = PackagePreviewDialog(checked, trial, self)
        self.dialogs.append(dialog)
        dialog.accepted.connect(lambda: self._import(path))
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        dialog.open()

    def _import(self, path: Path) -> None:
        exchange = self.services.exchange

        def done(summary: ImportSummary) -> None:
            total = summary.total
            text = self.tr("已导入：新增 {c}，修改 {u}，无变化 {n}，冲突 {k}，拒绝 {r}。").format(
                c=total["created"],
                u=total["updated"],
                n=total["unchanged"],
                k=total["conflicts"],
                r=total["refused"],
            )
            if total["conflicts"]:
                text += self.tr("\n有冲突的字段暂时保留本机的值，请点“处理冲突”逐项选择。")
            show_info(self, text)
            self.refresh()

        tasks.run_with_progress(
            self,
            self.tr("正在导入数据包…"),
            lambda ctx: exchange.import_package(path, accept_new=True, progress=ctx.progress),
            on_result=done,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        show_error(self, render(exc.message))

    # -- conflicts ----------------------------------------------------------------------------------
    def open_conflicts(self) -> QDialog:
        from app.ui.dialogs.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.services, self)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        self.refresh()
