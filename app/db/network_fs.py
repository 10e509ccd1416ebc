"""SQLite files on network shares are refused: SQLite's locking is not safe over NFS, SMB or SSHFS.

SQLite's own guidance (https://sqlite.org/useovernet.html) is to use a client/server database when
several computers share the data; for this app that is a shared PostgreSQL database. People who know
what they do may override the refusal (`--allow-network-share`, or LEDGER_ALLOW_NETWORK_SHARE=1); the
app then warns instead.

Linux: the filesystem type of the mount holding the file, from /proc/self/mounts. Windows: a UNC path
(\\\\server\\share) or a drive letter that GetDriveTypeW reports as DRIVE_REMOTE (a mapped network drive).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from app.db.errors import DatabaseEnvironmentError
from app.messages import msg

log = logging.getLogger(__name__)

ALLOW_ENV = "LEDGER_ALLOW_NETWORK_SHARE"
MOUNTS = Path("/proc/self/mounts")
DRIVE_REMOTE = 4

NETWORK_TYPES = {
    "nfs": "NFS",
    "nfs4": "NFS",
    "cifs": "SMB/CIFS",
    "smb3": "SMB",
    "smbfs": "SMB",
    "ncpfs": "NetWare",
    "afs": "AFS",
    "9p": "9P",
    "ceph": "Ceph",
    "glusterfs": "GlusterFS",
    "lustre": "Lustre",
    "gpfs": "GPFS",
    "davfs": "WebDAV",
    "sshfs": "SSHFS",
}
# FUSE filesystems are network ones unless known to be local (fuseblk is a local disk, e.g. NTFS).
LOCAL_FUSE = {"fuseblk", "fuse.portal", "fuse.lxcfs", "fuse.gocryptfs", "fuse.encfs", "fuse.ntfs-3g"}


class NetworkShareRefused(DatabaseEnvironmentError):
    """The SQLite file is on a network filesystem."""


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and the like as octal escapes (\\040)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_type(path: Path, mounts: str) -> tuple[str, str] | None:
    """(mount point, filesystem type) of the mount holding `path`, from /proc/mounts text."""
    best: tuple[str, str] | None = None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, kind = _unescape(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, kind)
    return best


def _network_kind(kind: str) -> str | None:
    if kind in NETWORK_TYPES:
        return NETWORK_TYPES[kind]
    if kind.startswith("fuse") and kind not in LOCAL_FUSE:
        name = kind.partition(".")[2]
        return "SSHFS" if name == "sshfs" else msg("FUSE（{value}）", value=name or "fuse")
    return None


def network_location(
    path: Path,
    *,
    platform: str = sys.platform,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """A description of the network filesystem holding `path`, or None when it is a local disk."""
    if platform.startswith("win"):
        return _windows_location(str(path), drive_type)
    if mounts is None:
        try:
            mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # macOS and the BSDs: no /proc; nothing reliable to go on
    found = mount_type(path.resolve(), mounts)  # symbolic links followed; the file need not exist yet
    if found is None:
        return None
    point, kind = found
    network = _network_kind(kind)
    return msg("{network} 网络文件系统（挂载于 {point}）", network=network, point=point) if network else None


def _windows_location(text: str, drive_type: Callable[[str], int] | None) -> str | None:
    win = PureWindowsPath(text)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return msg("网络共享文件夹（{anchor}）", anchor=win.anchor)
    if text.upper().startswith("\\\\?\\UNC\\"):
        return msg("网络共享文件夹")
    drive = win.drive
    if not drive:
        return None
    kind = (drive_type or _get_drive_type)(drive + "\\")
    return msg("映射的网络驱动器（{drive}）", drive=drive) if kind == DRIVE_REMOTE else None


def _get_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def allowed_by_environment() -> bool:
    return os.environ.get(ALLOW_ENV, "").strip().lower() in ("1", "yes", "true", "on")


def refuse_network_share(path: Path, *, allow: bool = False, **probe: object) -> str | None:
    """Raise NetworkShareRefused for a file on a network share; with `allow`, return the warning."""
    where = network_location(path, **probe)  # type: ignore[arg-type]
    if where is None:
        return None
    advice = msg(
        "SQLite 数据库文件放在网络共享上时，多台电脑同时使用会因文件锁不可靠而损坏数据。"
        "多人共用请改用共享的 PostgreSQL 数据库（--db postgresql://…）"
        "，或把数据库文件放在本机磁盘上。"
    )
    if not (allow or allowed_by_environment()):
        raise NetworkShareRefused(
            msg(
                "数据库文件位于{where}：{path}。{advice}确实了解风险并只在一台电脑上使用时，"
                "可加 --allow-network-share 强制打开。",
                where=where,
                path=path,
                advice=advice,
            )
        )
    warning = msg("警告：数据库文件位于{where}，已按要求强制打开。{advice}", where=where, advice=advice)
    log.warning("SQLite file on a network share opened on request: %s (%s)", path, where)
    return warning
