"""A backup written or removed when the process dies half-way leaves no unverified backup behind.

A backup is two files, the copy and its manifest. Whatever step a kill interrupts, the folder afterwards
offers only verified backups: a manifest without its file is passed over, while a file without its
manifest would be listed as unverified and never thinned (rotation removes verified backups only).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.db import backup as backup_module
from app.db import backup_store
from app.db.backup import create_backup
from app.db.backup_store import KIND_AUTO, KIND_MANUAL, SQLITE_SUFFIX, list_backups, remove_backup


class Killed(BaseException):
    """The process ends here: nothing after this step runs."""


def offered(folder: Path, db_path: Path) -> list[tuple[str, bool]]:
    return [(b.path.name, b.verified) for b in list_backups(folder, db_path.stem)]


@pytest.mark.parametrize("step", ["manifest", "copy"])
def test_a_backup_killed_between_its_two_files_is_not_offered(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    folder = tmp_path / "备份"
    first = create_backup(db_path, folder, kind=KIND_MANUAL)
    real_replace = os.replace

    def replace(source: Any, target: Any) -> None:
        if Path(target).suffix == SQLITE_SUFFIX:  # the copy's rename (not the manifest's)
            raise Killed
        real_replace(source, target)

    def write_manifest(info: Any) -> None:
        raise Killed

    if step == "copy":
        monkeypatch.setattr(backup_module.os, "replace", replace)
    else:
        monkeypatch.setattr(backup_module, "write_manifest", write_manifest)
    with pytest.raises(Killed):
        create_backup(db_path, folder, kind=KIND_AUTO)
    monkeypatch.undo()
    assert offered(folder, db_path) == [(first.path.name, True)]
    again = create_backup(db_path, folder, kind=KIND_AUTO)  # the next backup is written and counted
    assert offered(folder, db_path) == [(again.path.name, True), (first.path.name, True)]


def test_a_removal_killed_half_way_leaves_nothing_unverified(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "备份"
    old = create_backup(db_path, folder, kind=KIND_MANUAL, policy=None)
    new = create_backup(db_path, folder, kind=KIND_AUTO, policy=None)
    real_unlink, calls = Path.unlink, []

    def unlink(self: Path, missing_ok: bool = False) -> None:
        calls.append(self)
        if len(calls) == 2:  # the removal's second step, whichever file it is
            raise Killed
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(backup_store.Path, "unlink", unlink)
    with pytest.raises(Killed):
        remove_backup(old)
    monkeypatch.undo()
    assert calls[0] == old.path  # the copy goes first
    assert offered(folder, db_path) == [(new.path.name, True)]
