"""Where a database's backups go: `backups/` next to the SQLite file (for PostgreSQL: in the data folder),
or a folder chosen for it, e.g. on a USB drive.

The choice is kept per database on this computer (`local-settings.json` in the data folder), since it names
a local path; `LEDGER_BACKUP_DIR` overrides it for scripts.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from app.db.backup_store import PARTIAL_PREFIX
from app.paths import data_dir

log = logging.getLogger(__name__)

BACKUP_DIR_ENV = "LEDGER_BACKUP_DIR"
LOCAL_SETTINGS = "local-settings.json"


def database_key(url: URL) -> tuple[str, str, Path]:
    """(key in the local settings, short name for file names, default folder) of a database."""
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database)
        return str(path), path.stem, path.parent / "backups"
    safe = url.set(password=None).render_as_string(hide_password=True)
    return safe, url.database or "ledger", data_dir() / "backups"


def backup_folder(url: URL) -> Path:
    override = os.environ.get(BACKUP_DIR_ENV)
    if override:
        return Path(override).expanduser()
    key, _name, default = database_key(url)
    chosen = _local_settings().get("backup_folders", {}).get(key)
    return Path(chosen) if isinstance(chosen, str) and chosen else default


def set_backup_folder(url: URL, folder: Path | None) -> Path:
    """Remember another folder for this database's backups (None: back to the default)."""
    key, _name, _default = database_key(url)
    settings = _local_settings()
    folders = dict(settings.get("backup_folders", {}))
    if folder is None:
        folders.pop(key, None)
    else:
        folders[key] = str(folder.expanduser().resolve())
    settings["backup_folders"] = folders
    target = data_dir() / LOCAL_SETTINGS
    temp = target.with_name(f"{PARTIAL_PREFIX}{target.name}")
    temp.write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temp, target)
    return backup_folder(url)


def _local_settings() -> dict[str, Any]:
    path = data_dir() / LOCAL_SETTINGS
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("unreadable %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}
