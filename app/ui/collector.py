"""The cycle collector in the running window.

A moment after the main window has shown (its first page read and painted), what its start-up made
(the modules of SQLAlchemy, the table models, Qt's wrappers, the pages and their widgets: a few
hundred thousand objects that live as long as the window) is set aside with gc.freeze: full
collections, which list pages otherwise trigger every few pages, then walk only what was made since
instead of all of it again (190–520 ms each on a large ledger). Nothing is copied or kept alive by
this; objects made later are collected as usual.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

SETTLE_MS = 2000  # the first page's rows read and painted by then on a large ledger


def set_aside_when_settled(window: QWidget) -> None:
    """Once `window` has been shown SETTLE_MS, move every object that exists then out of the collector's
    sight (dropped if the window is gone by then)."""
    QTimer.singleShot(SETTLE_MS, window, set_aside)


def set_aside() -> None:
    """Freeze what exists now (only while the collector runs). No collection first: it would be the
    very stall this avoids; cycles already garbage then stay, few, as the collector ran meanwhile."""
    if gc.isenabled():
        gc.freeze()
