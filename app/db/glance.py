"""A first look at a ledger file before the storage layer is loaded: may the sign-in dialog show at once?

    seen = glance(target)   # None: look no further here, open the database the usual way first

The desktop app shows its first window (the sign-in dialog) while SQLAlchemy, the models and the
services load and the database opens in the background. To choose that window it needs two facts,
read here with the standard library's sqlite3 only, read-only, writing nothing: whether the file holds
an account that can sign in (the rule of app.services.accounts.has_accounts: a password is set; a test
keeps the two in step) and the office's name for the dialog's title. Anything unusual — no file yet,
PostgreSQL, a damaged copy, no SQLite header, an unreadable table — answers None, and the app opens
the database first, with its dialogs for every problem, as it always did.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app.db.sqlite_file import has_sqlite_header, sqlite_uri

ACCOUNTS_SQL = "SELECT count(*) FROM app_user WHERE password_hash IS NOT NULL"
OFFICE_NAME_SQL = "SELECT value FROM office_setting WHERE key = 'office_name'"
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass(frozen=True)
class Glance:
    path: Path
    has_accounts: bool
    office_name: str | None  # as stored; None when never set


def sqlite_file_of(target: str | Path | None) -> Path | None:
    """The SQLite file a `--db` value names (no value: this computer's default file); None: not SQLite."""
    if target is None:
        from app.paths import default_database_path

        return default_database_path()
    text = str(target).strip()
    if not text:
        return None
    scheme = _URL.match(text)
    if scheme is None:
        return Path(text).expanduser().resolve()
    if scheme.group(1).split("+")[0].lower() == "sqlite" and text.startswith("sqlite:///"):
        rest = text[len("sqlite:///") :].split("?", 1)[0]
        return Path(rest).expanduser().resolve() if rest and rest != ":memory:" else None
    return None


def glance(target: str | Path | None) -> Glance | None:
    path = sqlite_file_of(target)
    if path is None or path.name.endswith(".damaged") or not path.is_file() or not has_sqlite_header(path):
        return None
    try:
        with closing(sqlite3.connect(sqlite_uri(path), uri=True, timeout=2)) as conn:
            (accounts,) = conn.execute(ACCOUNTS_SQL).fetchone()
            row = conn.execute(OFFICE_NAME_SQL).fetchone()
    except sqlite3.Error:
        return None
    office = None
    if row is not None:
        try:
            value = json.loads(row[0])
        except (TypeError, ValueError):
            value = None
        office = value if isinstance(value, str) else None
    return Glance(path, bool(accounts), office)
