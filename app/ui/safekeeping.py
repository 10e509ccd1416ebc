"""Keeping the database safe while the window is open: the start-up check, damage, automatic backups.

    start_check(db)                # at launch: quick_check in the background, writes wait for it
    keeper = Safekeeping(window)   # after window.show(): damage shown here, automatic backups
    keeper.start()
    ...
    keeper.finish()                # after the event loop: a last backup if anything changed

The check runs through the task helper while the window is already open; writes wait for it in the
database layer (app/db/health.py). When the file is found damaged, then or at any later moment, the
status bar says the database is read-only and a dialog offers the newest verified backup. Backups are
made every 30 minutes and on exit when something was written, and once at start when there is none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from app.db import open_database
from app.db.damage import DamageReport, mark_damaged
from app.db.health import DatabaseDamaged, DatabaseState, Health
from app.db.restore import RestoreResult
from app.db.session import Database
from app.db.startup import check_file
from app.paths import data_dir
from app.services.backups import AUTO_INTERVAL_MINUTES
from app.services.hub import Services
from app.ui.application import display_name
from app.ui.dialogs.damaged_dialog import DamagedDatabaseDialog
from app.ui.main_window import MainWindow
from app.ui.messages import render, show_error, user_error_text
from app.ui.notices import NoticeWindow, show_in_status_bar
from app.ui.pages.page import Page
from app.ui.restore_action import restore_backup
from app.ui.screen_fit import resize_within_screen
from app.ui.settings import UiSettings
from app.ui.tasks import TaskContext, TaskHandle, run_task, wait_for_tasks

log = logging.getLogger(__name__)


class KeptWindow(NoticeWindow, Protocol):
    def current_page(self) -> Page: ...


class Safekeeping(QObject):
    state_changed = Signal()  # relayed from whichever thread changed the state

    def __init__(
        self,
        window: KeptWindow,
        *,
        interval_minutes: int = AUTO_INTERVAL_MINUTES,
        backed_up_at: int | None = None,
    ) -> None:
        """`backed_up_at`: the commits counted at the last backup, when this window follows another's."""
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.services = window.services
        self.db = window.services.db
        self.state: DatabaseState = self.db.state
        # commits so far are in the last backup, or need none (the start-up upgrade backs up itself)
        self.backed_up_at = self.state.commits if backed_up_at is None else backed_up_at
        self.first_backup_due = True
        self.label = QLabel()
        self.label.setObjectName("databaseHealth")
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_minutes * 60_000)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.dialog: DamagedDatabaseDialog | None = None
        self.check: TaskHandle | None = None
        self.backup: TaskHandle | None = None
        self.salvage_windows: list[QMainWindow] = []
        self.assessing = False  # a copy of the damaged file is being kept
        self.state_changed.connect(self._state_changed)
        self.state.add_listener(self._relay)
        self._show_state()

    def _relay(self, _state: DatabaseState) -> None:
        self.state_changed.emit()  # queued to the GUI thread when called from a worker

    # -- start-up -------------------------------------------------------------------------------
    def start(self) -> TaskHandle | None:
        """Show what is known; the check (started at launch, or here) reports through the state."""
        if self.state.notice:
            show_in_status_bar(self.window, self.state.notice)
        self.timer.start()
        self.check = start_check(self.db)
        self._state_changed()
        return self.check

    def detach(self) -> int:
        """Another window takes over (切换用户): stop here; returns the commits backed up so far."""
        self.timer.stop()
        self.state.remove_listener(self._relay)
        return self.backed_up_at

    # -- damage ---------------------------------------------------------------------------------
    def _state_changed(self) -> None:
        self._show_state()
        if self.state.health in (Health.OK, Health.UNCHECKED) and self.first_backup_due:
            self.first_backup_due = False
            if self.services.backups.is_sqlite:
                self.back_up(changed=False)  # only when there is no good backup yet
        if not self.state.read_only or self.dialog is not None or self.db.sqlite_file is None:
            return
        damage = self.state.damage
        if isinstance(damage, DamageReport):
            self.show_damage(damage)
            return
        if self.assessing:
            return
        self.assessing = True
        db, problems = self.db, self.state.problems or (self.state.reason or "",)

        def work(_ctx: TaskContext) -> DamageReport:
            return mark_damaged(db, problems)  # keep a copy, find the backup: off the GUI thread

        def dealt_with(_report: DamageReport) -> None:
            self.assessing = False
            self._state_changed()

        def failed(error: BaseException) -> None:
            self.assessing = False
            log.error("damage not dealt with: %s", error)

        run_task(work, on_result=dealt_with, on_error=failed)

    def show_damage(self, report: DamageReport) -> DamagedDatabaseDialog:
        parent = self.window if isinstance(self.window, QMainWindow) else None
        dialog = DamagedDatabaseDialog(report, may_restore=self.services.backups.may_restore, parent=parent)
        dialog.restore_requested.connect(lambda: self._restore_from(dialog))
        dialog.open_damaged_requested.connect(lambda: self.open_damaged(report))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _restore_from(self, dialog: DamagedDatabaseDialog) -> None:
        backup = dialog.report.newest_backup
        if backup is not None:
            restore_backup(
                dialog, self.services, backup, on_done=lambda result: self.restored(result, dialog)
            )

    def restored(self, _result: RestoreResult, dialog: DamagedDatabaseDialog | None = None) -> None:
        if dialog is not None:
            dialog.accept()
        self.dialog = None
        self.backed_up_at = self.state.commits
        self._show_state()
        self.window.current_page().refresh()

    def open_damaged(self, report: DamageReport) -> QMainWindow | None:
        """A second window over the kept damaged copy, read-only, to copy out what is readable."""
        if report.kept_as is None:
            return None
        try:
            db = open_database(report.kept_as)
        except Exception as exc:
            text = user_error_text(exc)
            if text is None:
                raise
            show_error(None, text)
            return None
        ui = UiSettings(QSettings(str(data_dir() / "damaged-window.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Services(db, self.services.actor), ui)
        window.setWindowTitle(
            f"{display_name()} — " + self.tr("只读：{name}").format(name=Path(report.kept_as).name)
        )
        window.destroyed.connect(lambda _obj=None: db.engine.dispose())
        resize_within_screen(window, 1100, 720)
        window.show()
        self.salvage_windows.append(window)
        return window

    # -- status ---------------------------------------------------------------------------------
    def _show_state(self) -> None:
        texts = {
            Health.CHECKING: self.tr("正在检查数据库…（可以查看，保存会等检查完成）"),
            Health.READ_ONLY: self.tr("数据库只读"),
        }
        text = texts.get(self.state.health, "")
        self.label.setText(text)
        self.label.setToolTip(render(self.state.reason or ""))
        self.label.setStyleSheet("color: #c62828; font-weight: bold;" if self.state.read_only else "")
        self.label.setVisible(bool(text))

    # -- automatic backups ----------------------------------------------------------------------
    def changed(self) -> bool:
        return self.state.commits != self.backed_up_at

    def back_up_if_changed(self) -> TaskHandle | None:
        return self.back_up(changed=self.changed()) if self.changed() else None

    def back_up(self, *, changed: bool) -> TaskHandle | None:
        if self.backup is not None and not self.backup.done:
            return None
        commits = self.state.commits
        backups = self.services.backups

        def done(info: object) -> None:
            if info is not None:
                self.backed_up_at = commits

        def failed(error: BaseException) -> None:
            text = user_error_text(error) or str(error)
            log.error("automatic backup failed: %s", text)
            show_in_status_bar(self.window, self.tr("自动备份未完成：{reason}").format(reason=text))

        self.backup = run_task(
            lambda _ctx: backups.automatic(changed=changed), on_result=done, on_error=failed
        )
        return self.backup

    def finish(self) -> None:
        """After the window closed: a last backup when something was written since the last one."""
        self.detach()
        wait_for_tasks()  # a backup under way finishes first
        if not self.changed() or self.state.read_only:
            return
        try:
            info = self.services.backups.automatic(changed=True)
            if info is not None:
                self.backed_up_at = self.state.commits
                log.info("exit backup written: %s", info.path)
        except Exception as exc:  # the window is gone: log it; the next start backs up again
            log.error("exit backup failed: %s", exc)


def start_check(db: Database) -> TaskHandle | None:
    """Run the start-up quick_check through the task helper (once; None when there is nothing to run)."""
    if not db.state.claim_check():
        return None

    def work(_ctx: TaskContext) -> bool:
        return check_file(db)

    def failed(error: BaseException) -> None:
        log.error("start-up check failed: %s", error)
        db.state.check_skipped()

    return run_task(work, on_error=failed)


def first_window(make: Callable[[], MainWindow], services: Services) -> MainWindow | None:
    """Build the main window. If the damage is met while it is being built (a page reads a damaged
    table), offer the newest verified backup first; None when the user quits instead."""
    try:
        return make()
    except DatabaseDamaged:
        log.error("the main window could not be built on the damaged database")
    db = services.db
    report = db.state.damage
    if not isinstance(report, DamageReport):
        report = mark_damaged(db, db.state.problems or (db.state.reason or "",))
    dialog = DamagedDatabaseDialog(report, may_restore=services.backups.may_restore, window_open=False)
    restored: list[RestoreResult] = []

    def done(result: RestoreResult) -> None:
        restored.append(result)
        dialog.accept()

    backup = report.newest_backup
    if backup is not None:
        dialog.restore_requested.connect(lambda: restore_backup(dialog, services, backup, on_done=done))
    dialog.exec()
    return make() if restored else None
