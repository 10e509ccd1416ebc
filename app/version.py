"""The one version string: the installed package's metadata (pyproject.toml is its only source).

Every start needs it before its first window (the window titles carry it), so it is read the quick way
first: the `Version:` field of the distribution's METADATA file in its `*.dist-info` folder on
`sys.path` (the core metadata format; an installed wheel, an editable install and the frozen bundles
all have one). Only when no such folder is found does `importlib.metadata` look (it costs ~50 ms to
import: the email parser, zip files). A bare checkout that was never installed (no metadata) reads the
version from the pyproject.toml beside the package.
"""

from __future__ import annotations

import os
import re  # already loaded by every start before this module
import sys
from pathlib import Path

DISTRIBUTION = "consultation-ledger"
UNKNOWN = "0+unknown"


def app_version() -> str:
    quick = dist_info_version(DISTRIBUTION, sys.path)
    if quick is not None:
        return quick
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return checkout_version(Path(__file__).resolve().parents[1] / "pyproject.toml")


def _normalised(name: str) -> str:
    """A distribution name as dist-info folders spell it (PEP 503: runs of -_. as one _, lower case)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def dist_info_version(name: str, folders: list[str]) -> str | None:
    """The Version field of `name`'s METADATA in the first folder of `folders` that has its dist-info
    (the order importlib.metadata searches too); None when none has one."""
    wanted = _normalised(name)
    for folder in folders:
        try:
            entries = os.scandir(folder or ".")
        except OSError:
            continue
        with entries:
            found = [e.path for e in entries if _dist_info_of(e.name) == wanted]
        for path in sorted(found):
            version = _metadata_version(Path(path) / "METADATA")
            if version is not None:
                return version
    return None


def _dist_info_of(folder: str) -> str | None:
    """The normalised distribution name of a `name-version.dist-info` folder (None: not one)."""
    if not folder.endswith(".dist-info"):
        return None
    return _normalised(folder[: -len(".dist-info")].split("-")[0])


def _metadata_version(path: Path) -> str | None:
    """The `Version:` header of a core-metadata file (the headers end at the first empty line)."""
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    break
                key, _, value = line.partition(":")
                if key.strip().lower() == "version" and value.strip():
                    return value.strip()
    except (OSError, UnicodeDecodeError):
        return None
    return None


def checkout_version(pyproject: Path) -> str:
    """The [project] version of `pyproject` (UNKNOWN when there is no such file or field)."""
    import tomllib  # only a bare checkout needs it (every start pays for an import at the top)

    try:
        with pyproject.open("rb") as f:
            version = tomllib.load(f).get("project", {}).get("version")
    except (OSError, tomllib.TOMLDecodeError):
        return UNKNOWN
    return version if isinstance(version, str) else UNKNOWN
