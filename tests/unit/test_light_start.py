"""What every start loads before its first window is kept small: the version read without
importlib.metadata, the log rotated without logging.handlers — each doing what the library would."""

from __future__ import annotations

import logging
from importlib import metadata
from pathlib import Path

from app.log import RotatingLog
from app.version import DISTRIBUTION, app_version, dist_info_version


def test_the_quick_version_is_the_package_metadata_version() -> None:
    assert app_version() == metadata.version(DISTRIBUTION)


def test_the_version_is_read_from_the_first_folder_with_the_dist_info(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, version in ((first, "2.1.0"), (second, "1.0.0")):
        info = folder / f"consultation_ledger-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: consultation-ledger\nVersion: {version}\n\nVersion: 9\n",
            encoding="utf-8",
        )
    (tmp_path / "other-3.0.dist-info").mkdir()
    folders = [str(tmp_path / "none"), str(first), str(second)]
    assert dist_info_version("consultation-ledger", folders) == "2.1.0"
    assert dist_info_version("Consultation_Ledger", [str(second)]) == "1.0.0"
    assert dist_info_version("consultation-ledger", [str(tmp_path)]) is None


def test_the_log_rotates_by_size_keeping_three_old_files(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    path = logs / "ledger.log"
    handler = RotatingLog(path, max_bytes=1000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test_light_start.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(100):
            logger.warning("line %03d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in logs.iterdir())
    assert files == ["ledger.log", "ledger.log.1", "ledger.log.2", "ledger.log.3"]
    assert all(p.stat().st_size < 1000 for p in logs.iterdir())
    newest = path.read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("line 099")
    older = (logs / "ledger.log.1").read_text(encoding="utf-8").splitlines()
    assert int(older[-1].split()[1]) + 1 == int(newest[0].split()[1])  # nothing lost between files
