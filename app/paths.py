"""Where the app keeps its files: one per-user data folder (overridable for tests and portable use)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from app import APP_ID

DATA_DIR_ENV = "LEDGER_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "ledger.sqlite3"


def attachment_cache_dir() -> Path:
    """Copies of attachments written out of the database to be opened with the system's viewer.

    The content itself lives in the database; these copies may be deleted at any time.
    """
    path = data_dir() / "cache" / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The package's own data (fonts, compiled translations, icons, the user guide).

    Found beside the package's own modules (what importlib.resources answers for a package on the file
    system, without importing it before the first window), so an installed wheel or a frozen bundle works
    with no checkout around it. The sources these are built from (translation catalogues, the icon
    drawing) live in the checkout's top-level resources/ folder.
    """
    return Path(__file__).resolve().parent / "resources"


def bundled_font() -> Path:
    """The CJK font the app ships (TrueType outlines, so reportlab can embed it)."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
