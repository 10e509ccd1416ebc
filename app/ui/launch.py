"""Open the desktop app: QApplication, crash dialog, the signed-in user, the main window, the event loop."""

from __future__ import annotations

import getpass
import logging

from app.db.session import Database
from app.services.actor import Actor
from app.services.hub import Services
from app.ui.application import create_application
from app.ui.crash_hook import install_gui_hook
from app.ui.main_window import MainWindow
from app.ui.safekeeping import Safekeeping, first_window
from app.ui.settings import UiSettings

log = logging.getLogger(__name__)


def signed_in_user(db: Database, fallback: Actor) -> Actor:
    """The stored user for this computer's login name, or `fallback` on a fresh database."""
    try:
        username = getpass.getuser()
    except Exception:  # no login name (some service accounts): use the fallback
        return fallback
    return Services(db, fallback).users.actor_for(username, fallback=fallback)


def run_gui(db: Database, actor: Actor, argv: list[str]) -> int:
    app = create_application(argv)
    install_gui_hook()
    user = signed_in_user(db, actor)
    log.info("desktop app started for %s on %s", user.username, db.url)
    window = first_window(lambda: MainWindow(Services(db, user), UiSettings()), Services(db, user))
    if window is None:  # the database is damaged and the user chose not to restore
        return 1
    window.restore_settings()
    window.show()
    keeper = Safekeeping(window)  # start-up check in the background, damage, automatic backups
    keeper.start()
    code = int(app.exec())
    keeper.finish()
    return code
