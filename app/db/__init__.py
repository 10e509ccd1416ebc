"""Storage: engines, sessions, migrations, start-up checks and backups.

The names below are loaded when first taken (`from app.db import open_database`), so importing a small
module of this package (`app.db.modes`) does not load SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.db.modes import Startup
    from app.db.session import Database
    from app.db.startup import open_database

__all__ = ["Database", "Startup", "open_database"]

_HOMES = {"Database": "app.db.session", "Startup": "app.db.modes", "open_database": "app.db.startup"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
