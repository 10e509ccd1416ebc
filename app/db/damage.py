"""What happens when the SQLite file is found damaged: keep a copy, find the newest good backup, say so.

The damaged file itself is never written to again. A copy is kept beside it as `ledger.sqlite3.damaged`
(with its write-ahead log as `….damaged-wal`, which SQLite reads with it), so that a restore, which
overwrites the file, loses nothing: the copy can be opened read-only (`--db ledger.sqlite3.damaged`, or
from the desktop app's dialog) to copy out whatever is still readable.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.db.backup_location import backup_folder
from app.db.backup_store import SHOWN_COUNTS, BackupInfo, newest_verified, sqlite_database_id
from app.db.health import READ_ONLY_AFTER_DAMAGE, DatabaseDamaged
from app.messages import msg
from app.paths import data_dir

if TYPE_CHECKING:
    from app.db.session import Database

log = logging.getLogger(__name__)

DAMAGED_SUFFIX = ".damaged"
COUNT_LABELS = {
    "consultation_session": ("协商议事活动", "次"),
    "suggestion": ("意见建议", "条"),
    "member": ("委员", "名"),
    "platform": ("站室组", "个"),
    "attachment": ("附件", "个"),
}


@dataclass(frozen=True)
class DamageReport:
    path: Path
    problems: tuple[str, ...]
    kept_as: Path | None  # the copy of the damaged file, to open read-only
    newest_backup: BackupInfo | None
    backup_folder: Path


def is_damaged_copy(path: Path) -> bool:
    return path.name.endswith(DAMAGED_SUFFIX)


def keep_damaged(path: Path) -> Path | None:
    """Copy the damaged file (and its log) aside once; an identical copy already kept is reused."""
    if not path.is_file():
        return None
    target = path.with_name(path.name + DAMAGED_SUFFIX)
    if target.exists() and not _same_file(path, target):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.{stamp}{DAMAGED_SUFFIX}")
    if target.exists():
        return target
    try:
        wal = Path(f"{path}-wal")
        if wal.is_file():
            shutil.copy2(wal, f"{target}-wal")
        shutil.copy2(path, target)  # last: a complete .damaged file means the log beside it is too
    except OSError as exc:
        log.error("could not keep a copy of the damaged database %s: %s", path, exc)
        return None
    log.warning("damaged database kept as %s", target)
    return target


def _same_file(path: Path, copy: Path) -> bool:
    a, b = path.stat(), copy.stat()
    return a.st_size == b.st_size and int(a.st_mtime) == int(b.st_mtime)


def newest_backup_for(path: Path, folder: Path) -> BackupInfo | None:
    """The newest verified backup of this database: in its backup folder, else next to it or in the
    data folder (where a copy of the database moved elsewhere still finds the original's backups)."""
    identity = sqlite_database_id(path)
    found = []
    for place in dict.fromkeys((folder, path.parent / "backups", data_dir() / "backups")):
        backup = newest_verified(place, path.stem, identity)
        if backup is not None:
            found.append(backup)
    return max(found, key=lambda b: b.created_at, default=None)


def assess_damage(db: Database, problems: tuple[str, ...]) -> DamageReport:
    path = db.sqlite_file
    assert path is not None
    folder = backup_folder(db.engine.url)
    return DamageReport(path, problems, keep_damaged(path), newest_backup_for(path, folder), folder)


def mark_damaged(db: Database, problems: tuple[str, ...]) -> DamageReport:
    """Switch the database to read-only for good, keeping a copy and finding the backup to offer."""
    db.state.switch_to_read_only(READ_ONLY_AFTER_DAMAGE)
    if db.sqlite_file is not None:
        from app.db.check_record import forget

        forget(db.sqlite_file)  # never trusted as clean again without a full check
    report = assess_damage(db, problems)
    db.state.switch_to_read_only(READ_ONLY_AFTER_DAMAGE, damage=report)
    log.error("database %s is damaged: %s", report.path, "; ".join(problems[:3]))
    return report


def counts_text(counts: Mapping[str, int]) -> str:
    """“协商议事活动 300 次，意见建议 915 条，…” for the tables a clerk knows."""
    shown = [t for t in SHOWN_COUNTS if t in counts]
    return "，".join(f"{COUNT_LABELS[t][0]} {counts[t]} {COUNT_LABELS[t][1]}" for t in shown)


def backup_summary(info: BackupInfo) -> str:
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        msg("{when}，{counts_text}", when=when, counts_text=counts_text(info.counts)) if info.counts else when
    )


def damage_message(report: DamageReport) -> str:
    """The command line's message: what is wrong, what was kept, and the exact command to restore."""
    shown = "；".join(report.problems[:2]) + (
        msg("（共 {count} 处）", count=len(report.problems)) if len(report.problems) > 2 else ""
    )
    lines = [
        msg("数据库文件已损坏，为避免丢失数据，本程序不会写入它：{path}", path=report.path),
        msg("  检查结果：{shown}", shown=shown),
    ]
    if report.kept_as is not None:
        lines.append(
            msg(
                "  损坏的文件已另存为：{kept_as}（可用 --db 只读打开，导出仍能读取的内容）",
                kept_as=report.kept_as,
            )
        )
    backup = report.newest_backup
    if backup is None:
        lines.append(
            msg("  备份文件夹 {backup_folder} 中没有有效的备份。", backup_folder=report.backup_folder)
        )
    else:
        lines.append(
            msg(
                "  最新的有效备份：{path}（{backup_summary}）",
                path=backup.path,
                backup_summary=backup_summary(backup),
            )
        )
        lines.append(
            msg(
                '  恢复方法：python -m app --db "{path}" backup restore "{path2}"',
                path=report.path,
                path2=backup.path,
            )
        )
    return "\n".join(lines)


def damaged_error(db: Database, problems: tuple[str, ...]) -> DatabaseDamaged:
    return DatabaseDamaged(damage_message(mark_damaged(db, problems)))
