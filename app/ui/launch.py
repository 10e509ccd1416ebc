"""Open the desktop app: QApplication, crash dialog, the database, first run or sign-in, the main window,
the event loop. A database that cannot be opened, or is found damaged before the window opens, is a
dialog saying why and what to do (app/ui/opening.py, DamagedDatabaseDialog); never a silent exit.

Nobody gets in without an account: a database without one asks for its first administrator (first-run
dialog); otherwise the sign-in dialog must succeed. 切换用户 closes the window and signs in again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from app.db.damage import DamageReport, mark_damaged
from app.db.health import DatabaseDamaged
from app.db.session import Database
from app.services.accounts import AccountService
from app.services.actor import Actor
from app.services.hub import Services
from app.services.office_settings import DEFAULT_OFFICE_NAME, OfficeSettingsService
from app.ui.application import create_application
from app.ui.crash_hook import install_gui_hook
from app.ui.dialogs.damaged_dialog import DamagedDatabaseDialog
from app.ui.dialogs.first_run_dialog import FirstRunDialog
from app.ui.dialogs.sign_in_dialog import SignInDialog
from app.ui.main_window import MainWindow
from app.ui.opening import open_for_desktop
from app.ui.safekeeping import Safekeeping, first_window, start_check
from app.ui.settings import UiSettings
from app.ui.tasks import wait_for_tasks

log = logging.getLogger(__name__)


def ask_for_account(db: Database, settings: UiSettings) -> Actor | None:
    """The person at the computer, signed in (or the first administrator, just created); None: cancelled."""
    if not AccountService(db).has_accounts():
        first = FirstRunDialog(db)
        accepted = first.exec() == QDialog.DialogCode.Accepted
        if not first.station_set_up:
            if not accepted or first.actor is None:
                return None
            settings.set_last_username(first.actor.username)
            return first.actor
        # a station's laptop set up from the office's package: its coordinator signs in as usual
    office = OfficeSettingsService(db, Actor("", "")).get().office_name
    shown = "" if office == DEFAULT_OFFICE_NAME else office
    dialog = SignInDialog(db, username=settings.last_username(), office=shown)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    settings.set_last_username(dialog.actor.username)
    return dialog.actor


class Session(QObject):
    """One signed-in person's window; 切换用户 replaces it with the next person's."""

    def __init__(self, db: Database, settings: UiSettings) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.window: MainWindow | None = None
        self.keeper: Safekeeping | None = None

    def open(self, actor: Actor) -> MainWindow | None:
        log.info("desktop app signed in as %s on %s", actor.username, self.db.url)
        services = Services(self.db, actor)
        window = first_window(lambda: MainWindow(services, self.settings), services)
        if window is None:
            return None
        window.switch_user_requested.connect(self.switch_user)
        window.restore_settings()
        window.show()
        self.window = window
        previous = self.keeper
        self.keeper = Safekeeping(window, backed_up_at=previous.detach() if previous else None)
        self.keeper.start()  # damage shown in this window, automatic backups
        return window

    def close(self) -> None:
        """After the last window closed: a last backup when something was written."""
        if self.keeper is not None:
            self.keeper.finish()

    def switch_user(self) -> None:
        old = self.window
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        QApplication.setQuitOnLastWindowClosed(False)  # the sign-in dialog may close while no window shows
        try:
            if old is not None:
                old.save_settings()
                old.hide()
            actor = ask_for_account(self.db, self.settings)
        finally:
            QApplication.setQuitOnLastWindowClosed(quits)
        if actor is None:
            if old is not None:
                old.show()  # cancelled: the person signed in stays
            return
        if old is not None:
            old.close()
            old.deleteLater()
        self.open(actor)


def launch(target: str | Path | None, *, create: bool, allow_network: bool, argv: list[str]) -> int:
    """`python -m app [--db …]`: open the database (asking what to do when it cannot be), then run."""
    create_application(argv)
    install_gui_hook()
    db = open_for_desktop(target, create=create, allow_network=allow_network)
    if db is None:
        return 1
    try:
        return run_gui(db, argv)
    finally:
        db.dispose()


def run_gui(db: Database, argv: list[str]) -> int:
    app = create_application(argv)
    install_gui_hook()
    start_check(db)  # quick_check in the background from the start; writes (signing in too) wait for it
    settings = UiSettings()
    try:
        actor = ask_for_account(db, settings)
    except DatabaseDamaged:  # the accounts could not be read: no one can sign in to restore from here
        log.error("sign-in could not read the damaged database %s", db.url)
        show_damage_before_sign_in(db)
        wait_for_tasks()
        return 1
    if actor is None:
        wait_for_tasks()
        return 0
    session = Session(db, settings)
    if session.open(actor) is None:  # the database is damaged and the person chose not to restore
        wait_for_tasks()
        return 1
    code = int(app.exec())
    session.close()
    return code


def show_damage_before_sign_in(db: Database) -> None:
    report = db.state.damage
    if not isinstance(report, DamageReport):
        report = mark_damaged(db, db.state.problems or (db.state.reason or "",))
    DamagedDatabaseDialog(report, may_restore=False, window_open=False).exec()
