"""What the user sees when the database file is damaged: what happened, what was kept, the way out.

The window stays open read-only behind it. The dialog offers the newest verified backup (restoring is
for administrators), opening the kept damaged copy read-only to copy out what is still readable, and
carrying on read-only. It only reports; restoring and opening are done by whoever opened it
(app/ui/safekeeping.py), through the signals.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.db.damage import DamageReport, backup_summary
from app.ui.dialogs.problem_dialog import ProblemDialog
from app.ui.messages import render


class DamagedDatabaseDialog(ProblemDialog):
    restore_requested = Signal()
    open_damaged_requested = Signal()

    def __init__(
        self,
        report: DamageReport,
        *,
        may_restore: bool,
        window_open: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`window_open` False: the damage stopped the window from opening; the way out is a restore."""
        super().__init__(self.tr("数据库文件已损坏"), self.tr("数据库文件已损坏，程序已改为只读"), parent)
        self.report = report
        self.add_text(
            self.tr(
                "为避免丢失数据，程序不会再写入这个文件：现在可以查看和导出仍能读取的内容，不能保存修改。\n"
                "文件：{path}"
            ).format(path=report.path)
        )
        problems = "\n".join(f"· {render(p)}" for p in report.problems[:4])
        more = len(report.problems) - 4
        if more > 0:
            problems += "\n" + self.tr("…… 另有 {n} 处").format(n=more)
        self.add_text(self.tr("检查结果：\n{problems}").format(problems=problems), hint=True)
        if report.kept_as is not None:
            self.add_text(self.tr("损坏的文件已另存为：{path}").format(path=report.kept_as))
        backup = report.newest_backup
        if backup is not None:
            offer = self.tr("最新的有效备份：{summary}\n{path}").format(
                summary=backup_summary(backup), path=backup.path
            )
            if not may_restore:
                offer += "\n" + self.tr("只有管理员可以恢复备份，请联系管理员。")
        else:
            offer = self.tr(
                "备份文件夹 {folder} 中没有有效的备份。可以只读打开损坏的文件，导出仍能读取的内容。"
            ).format(folder=report.backup_folder)
        self.offer = self.add_text(offer)

        self.restore_button = self.add_button(self.tr("恢复这份备份…"))
        self.restore_button.setVisible(backup is not None)
        self.restore_button.setEnabled(backup is not None and may_restore)
        self.restore_button.clicked.connect(self.restore_requested.emit)
        self.open_button = self.add_button(self.tr("只读打开损坏的文件"))
        self.open_button.setEnabled(report.kept_as is not None)
        self.open_button.setVisible(window_open)
        self.open_button.clicked.connect(self.open_damaged_requested.emit)
        self.continue_button = self.add_button(
            self.tr("继续只读查看") if window_open else self.tr("退出"), right=True
        )
        self.continue_button.clicked.connect(self.accept)
        if backup is not None and may_restore:
            self.restore_button.setDefault(True)
        else:
            self.continue_button.setDefault(True)
