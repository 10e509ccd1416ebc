"""Opening the database when the desktop app starts: every problem is a dialog, never a silent exit.

    db = open_for_desktop(target, create=False, allow_network=False)   # None: the person chose 退出

A problem the person can act on (app/db/unavailable.py, or any other DatabaseEnvironmentError) is shown
in OpenProblemDialog with its ways out: create a new ledger at that place, open another file, try again
or quit. Our own bugs go on to the crash dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.db import Startup, open_database
from app.db.errors import DatabaseEnvironmentError, classify
from app.db.session import Database
from app.db.unavailable import DatabaseUnavailable
from app.paths import data_dir
from app.ui.dialogs.open_problem_dialog import OpenProblemDialog

log = logging.getLogger(__name__)


def open_for_desktop(target: str | Path | None, *, create: bool, allow_network: bool) -> Database | None:
    while True:
        try:
            db = open_database(
                target, startup=Startup.IN_BACKGROUND, allow_network=allow_network, create=create
            )
        except Exception as exc:  # sorted: the person's environment (a dialog), or our bug (re-raised)
            error = classify(exc)
            if error is None:
                raise
            log.error("desktop app cannot open database %s: %s", target, exc)
            choice = ask(error)
            if choice == "quit":
                return None
            if choice == "create":
                create = True
            elif choice == "other":
                chosen = choose_file(error)
                if chosen is not None:
                    target, create = chosen, False
            continue
        if db.created:
            log.info("desktop app created a new ledger at %s", db.sqlite_file or db.url)
        return db


def ask(error: DatabaseEnvironmentError) -> str:
    dialog = OpenProblemDialog(error)
    dialog.exec()
    return dialog.choice or "quit"  # closed with the window's own button: the same as 退出


def choose_file(error: DatabaseEnvironmentError) -> Path | None:
    path = error.path if isinstance(error, DatabaseUnavailable) else None
    folder = next((p for p in (path.parent, *path.parents) if p.is_dir()), None) if path else None
    chosen, _filter = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("opening", "打开台账数据库"),
        str(folder or data_dir()),
        QCoreApplication.translate("opening", "台账数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)"),
    )
    return Path(chosen) if chosen else None
