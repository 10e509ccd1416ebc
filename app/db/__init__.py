"""Storage: engines, sessions, migrations, start-up checks and backups."""

from __future__ import annotations

from app.db.session import Database
from app.db.startup import Startup, open_database

__all__ = ["Database", "Startup", "open_database"]
