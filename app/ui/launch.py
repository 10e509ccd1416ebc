"""Open the desktop app: QApplication, crash dialog, the database, first run or sign-in, the main window,
the event loop. A database that cannot be opened, or is found damaged before the window opens, is a
dialog saying why and what to do (app/ui/opening.py, DamagedDatabaseDialog); never a silent exit.

Nobody gets in without an account: a database without one asks for its first administrator (first-run
dialog); otherwise the sign-in dialog must succeed. 切换用户 closes the window and signs in again.

The first window comes before anything heavy. When a first look at the file (app/db/glance.py, the
standard library only) finds accounts, the sign-in dialog shows at once, and the database opens in the
background while the person types — SQLAlchemy, the models, the services and the main window's pages
load there too — so the main window follows the sign-in quickly. Everything else (no file yet, no
accounts, PostgreSQL, a problem opening the file) opens the database first, as before. The start-up
`quick_check` runs in the background in both cases, and only writes wait for it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.application import create_application
from app.ui.collector import set_aside_when_settled
from app.ui.crash_hook import install_gui_hook
from app.ui.dialogs.sign_in_dialog import SignInDialog
from app.ui.settings import UiSettings
from app.ui.slices import on_paint
from app.ui.tasks import TaskContext, TaskHandle, run_task, wait_for_tasks

if TYPE_CHECKING:
    from app.db.glance import Glance
    from app.db.session import Database
    from app.services.actor import Actor
    from app.ui.main_window import MainWindow
    from app.ui.safekeeping import Safekeeping

log = logging.getLogger(__name__)


def ask_for_account(db: Database, settings: UiSettings) -> Actor | None:
    """The person at the computer, signed in (or the first administrator, just created); None: cancelled."""
    from app.services.accounts import AccountService
    from app.services.actor import Actor
    from app.services.office_settings import OfficeSettingsService
    from app.ui.dialogs.first_run_dialog import FirstRunDialog

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
    dialog = SignInDialog(db, username=settings.last_username(), office=shown_office(office))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        if dialog.damaged is not None:
            raise dialog.damaged
        return None
    settings.set_last_username(dialog.actor.username)
    return dialog.actor


def shown_office(name: str | None) -> str:
    """The office's name as the sign-in dialog's title ("": not set yet, the app's name shows)."""
    from app.services.office_names import DEFAULT_OFFICE_NAME

    return "" if not name or name == DEFAULT_OFFICE_NAME else name


class Session(QObject):
    """One signed-in person's window; 切换用户 replaces it with the next person's."""

    def __init__(self, db: Database, settings: UiSettings) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.window: MainWindow | None = None
        self.keeper: Safekeeping | None = None

    def open(self, actor: Actor) -> MainWindow | None:
        from app.services.hub import Services
        from app.ui.main_window import MainWindow
        from app.ui.safekeeping import Safekeeping, first_window

        log.info("desktop app signed in as %s on %s", actor.username, self.db.url)
        services = Services(self.db, actor)
        window = first_window(lambda: MainWindow(services, self.settings), services)
        if window is None:
            return None
        window.switch_user_requested.connect(self.switch_user)
        window.restore_settings()
        window.show()
        set_aside_when_settled(window)
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
    from app.db.glance import glance

    create_application(argv)
    install_gui_hook()
    seen = glance(target)
    if seen is not None and seen.has_accounts:
        early = sign_in_while_opening(target, seen, create=create, allow_network=allow_network)
        if not early.problem:
            try:
                if early.db is not None and early.actor is not None:
                    return run_signed_in(early.db, early.actor)
                return early.code
            finally:
                if early.db is not None:
                    early.db.dispose()
        # opening met a problem the person can act on: the usual way below shows it with its choices
    from app.ui.opening import open_for_desktop

    db = open_for_desktop(target, create=create, allow_network=allow_network)
    if db is None:
        return 1
    try:
        return run_gui(db, argv)
    finally:
        db.dispose()


class EarlySignIn:
    """What the sign-in dialog shown before the database opened ended with."""

    def __init__(self) -> None:
        self.db: Database | None = None
        self.actor: Actor | None = None  # None: not signed in (`code` says how it ended)
        self.code = 0
        self.problem = False  # opening met a problem the person can act on: the usual way shows it


def sign_in_while_opening(
    target: str | Path | None, seen: Glance, *, create: bool, allow_network: bool
) -> EarlySignIn:
    """The sign-in dialog at once; the database opens and the heavy modules load behind it."""
    from app.db.modes import Startup

    settings = UiSettings()
    dialog = SignInDialog(None, username=settings.last_username(), office=shown_office(seen.office_name))
    outcome = EarlySignIn()
    opening: list[TaskHandle] = []

    def work(_ctx: TaskContext) -> Database:
        from app.db import open_database

        db = open_database(target, startup=Startup.IN_BACKGROUND, allow_network=allow_network, create=create)
        import app.services.accounts  # noqa: F401  (what signing in needs, loaded here, not on the GUI thread)

        return db

    def opened(db: Database) -> None:
        from app.ui.safekeeping import start_check

        outcome.db = db
        if dialog.isVisible():  # not 退出 already
            start_check(db)  # quick_check in the background (when the file needs one); writes wait for it
            run_task(lambda _ctx: preload(), on_error=lambda error: log.warning("preload: %s", error))
            dialog.set_database(db)

    def failed(error: BaseException) -> None:
        from app.db.errors import classify

        if classify(error) is None:
            raise error  # our bug: the crash dialog
        log.error("desktop app cannot open database %s: %s", target, error)
        outcome.problem = True
        dialog.reject()

    # Opening starts once the dialog has painted: nothing competes with the first window.
    painted = on_paint(dialog, lambda: opening.append(run_task(work, on_result=opened, on_error=failed)))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    painted.cancel()  # closed before it ever painted: nothing was opened
    while opening and not opening[0].done:  # 退出 while opening: the database is open (or failed) first
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    wait_for_tasks()  # the main window's modules are loaded before the GUI thread imports any of them
    if outcome.problem:
        if outcome.db is not None:
            outcome.db.dispose()
        outcome.db = None
        return outcome
    if accepted and dialog.actor is not None:
        settings.set_last_username(dialog.actor.username)
        outcome.actor = dialog.actor
    elif dialog.damaged is not None and outcome.db is not None:
        log.error("sign-in could not read the damaged database %s", outcome.db.url)
        show_damage_before_sign_in(outcome.db)
        outcome.code = 1
    return outcome


def preload() -> None:
    """Import what the main window needs, off the GUI thread while the person types (no widget is made).

    Nothing else imports these meanwhile: the GUI thread waits for this task before it builds the
    window (one module imported by two threads at once can see the other's half-made module)."""
    import app.services.hub
    import app.ui.main_window
    import app.ui.safekeeping  # noqa: F401


def run_signed_in(db: Database, actor: Actor) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = Session(db, UiSettings())
    if session.open(actor) is None:
        wait_for_tasks()
        return 1
    code = int(app.exec())
    session.close()
    return code


def run_gui(db: Database, argv: list[str]) -> int:
    from app.db.health import DatabaseDamaged
    from app.ui.safekeeping import start_check

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
    from app.db.damage import DamageReport, mark_damaged
    from app.ui.dialogs.damaged_dialog import DamagedDatabaseDialog

    report = db.state.damage
    if not isinstance(report, DamageReport):
        report = mark_damaged(db, db.state.problems or (db.state.reason or "",))
    DamagedDatabaseDialog(report, may_restore=False, window_open=False).exec()
