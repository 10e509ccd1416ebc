"""The one version string: the installed package's metadata (pyproject.toml is its only source).

A bare checkout that was never installed (no metadata) reads the version from the pyproject.toml beside
the package; the frozen bundles carry the metadata with them.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

DISTRIBUTION = "consultation-ledger"
UNKNOWN = "0+unknown"


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return checkout_version(Path(__file__).resolve().parents[1] / "pyproject.toml")


def checkout_version(pyproject: Path) -> str:
    """The [project] version of `pyproject` (UNKNOWN when there is no such file or field)."""
    import tomllib  # only a bare checkout needs it (every start pays for an import at the top)

    try:
        with pyproject.open("rb") as f:
            version = tomllib.load(f).get("project", {}).get("version")
    except (OSError, tomllib.TOMLDecodeError):
        return UNKNOWN
    return version if isinstance(version, str) else UNKNOWN
