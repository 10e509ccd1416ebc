"""A SQLite file's magic header and read-only URI, with the standard library only (no SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_uri(path: Path, *, read_only: bool = True, immutable: bool = False) -> str:
    uri = f"file:{quote(str(path))}"
    params = [p for p, on in (("mode=ro", read_only), ("immutable=1", immutable)) if on]
    return uri + ("?" + "&".join(params) if params else "")


def has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
