"""The package file: a zip holding a signed manifest, JSON Lines per kind, tombstones and attachment contents.

Writing streams each member into the zip while hashing it; the manifest lists every member's SHA-256
and size and is signed last (manifest.sig: the raw Ed25519 signature of manifest.json's bytes).

Reading refuses a package before anything of it reaches the database: a file that is not a zip or too
large, unexpected or unsafe member names (absolute paths, "..", backslashes, duplicates), declared sizes
or compression ratios of a zip bomb, a manifest of another format, a signature that does not verify
with the manifest's key, a member missing from the manifest or the manifest naming a missing member,
and a member whose bytes do not hash to the manifest's SHA-256 (read with a cap at its declared size).
The format is described in FORMAT.md beside this file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.messages import msg
from app.services.errors import ServiceError
from app.services.xlsx_guard import size_text

FORMAT = "consultation-ledger-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TOMBSTONES = "tombstones.jsonl"
_RECORDS = re.compile(r"^records/[a-z_]{1,40}\.jsonl$")
_BLOB = re.compile(r"^blobs/[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


class PackageRefused(ServiceError):
    """The file is not a sound package; nothing was read into the database."""


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 2 * 1024**3
    max_member_bytes: int = 1024**3
    max_total_bytes: int = 4 * 1024**3
    max_manifest_bytes: int = 4 * 1024**2
    max_ratio: int = 200  # uncompressed : compressed, above ratio_floor
    ratio_floor: int = 10 * 1024**2
    max_entries: int = 200_000
    max_line_bytes: int = 16 * 1024**2


DEFAULT_LIMITS = Limits()


def records_member(key: str) -> str:
    return f"records/{key}.jsonl"


def blob_member(sha256: str) -> str:
    return f"blobs/{sha256}"


def jsonl(rows: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


# -- writing ----------------------------------------------------------------------------------------
class PackageWriter:
    """Writes members to a temporary zip beside `target`; `finish` signs the manifest, moves it in place."""

    def __init__(self, target: Path) -> None:
        if not target.parent.is_dir():
            raise ServiceError(msg("文件夹“{parent}”不存在。", parent=target.parent))
        self.target = target
        handle, name = tempfile.mkstemp(prefix=".exchange-", suffix=".part", dir=target.parent)
        os.close(handle)
        self.temp = Path(name)
        self.zip = zipfile.ZipFile(self.temp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self.files: dict[str, dict[str, Any]] = {}

    def add_lines(self, name: str, chunks: Iterable[bytes]) -> int:
        """Write a member from byte chunks; returns the number of chunks (lines) written."""
        digest = hashlib.sha256()
        size = lines = 0
        with self.zip.open(name, "w", force_zip64=True) as out:
            for chunk in chunks:
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                lines += 1
        self.files[name] = {"sha256": digest.hexdigest(), "size": size}
        return lines

    def finish(self, manifest: dict[str, Any], sign: Any) -> None:
        manifest = {**manifest, "files": dict(sorted(self.files.items()))}
        data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        self.zip.writestr(MANIFEST, data)
        self.zip.writestr(SIGNATURE, sign(data))
        self.zip.close()
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        try:
            self.zip.close()
        finally:
            self.temp.unlink(missing_ok=True)


# -- reading ----------------------------------------------------------------------------------------
class Package:
    """An opened, checked package. Use as a context manager; `verify` must pass before reading records."""

    def __init__(self, path: str | Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        self.name = self.path.name
        self._open_checked()
        self.manifest_bytes = self._read_capped(MANIFEST, limits.max_manifest_bytes)
        self.signature = self._read_capped(SIGNATURE, 1024)
        self.manifest = self._parse_manifest()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.zip.close()

    def close(self) -> None:
        self.zip.close()

    def _refuse(self, why: str) -> PackageRefused:
        return PackageRefused(
            msg("数据包“{name}”{why}，已拒绝导入，数据库未作任何改动。", name=self.name, why=why)
        )

    def _open_checked(self) -> None:
        if not self.path.is_file():
            raise PackageRefused(msg("找不到文件“{path}”。", path=self.path))
        size = self.path.stat().st_size
        if size > self.limits.max_file_bytes:
            raise self._refuse(
                msg(
                    "大小为 {size_text}，超过上限 {size_text2}",
                    size_text=size_text(size),
                    size_text2=size_text(self.limits.max_file_bytes),
                )
            )
        with self.path.open("rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                raise self._refuse(msg("不是数据包（不是 zip 文件）"))
        try:
            self.zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise self._refuse(msg("已损坏（{exc}）", exc=exc)) from None
        infos = self.zip.infolist()
        if len(infos) > self.limits.max_entries:
            raise self._refuse(msg("含有 {count} 个文件，超过上限", count=len(infos)))
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if name in seen:
                raise self._refuse(msg("含有重名的文件“{name}”", name=name))
            seen.add(name)
            if not _safe_name(name):
                raise self._refuse(msg("含有不安全或不认识的文件名“{name}”", name=name[:80]))
            if info.flag_bits & 0x1:
                raise self._refuse(msg("含有加密的文件"))
            if info.file_size > self.limits.max_member_bytes:
                raise self._refuse(
                    msg(
                        "中的“{name}”解压后为 {size_text}，超过上限",
                        name=name,
                        size_text=size_text(info.file_size),
                    )
                )
            if info.file_size > self.limits.ratio_floor and info.file_size > self.limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise self._refuse(msg("中的“{name}”压缩比异常（可能是“压缩炸弹”）", name=name))
            total += info.file_size
        if total > self.limits.max_total_bytes:
            raise self._refuse(msg("解压后共 {size_text}，超过上限", size_text=size_text(total)))
        for required in (MANIFEST, SIGNATURE):
            if required not in seen:
                raise self._refuse(msg("缺少 {required}", required=required))

    def _read_capped(self, name: str, cap: int) -> bytes:
        with self.zip.open(name) as source:
            data = source.read(cap + 1)
        if len(data) > cap:
            raise self._refuse(msg("中的“{name}”超过允许的大小", name=name))
        return data

    def _parse_manifest(self) -> dict[str, Any]:
        try:
            manifest = json.loads(self.manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise self._refuse(msg("的清单（manifest.json）已损坏")) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise self._refuse(msg("不是本程序的数据包"))
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise self._refuse(msg("的格式版本（{version}）比本程序新，请升级程序后再导入", version=version))
        for key in ("package_id", "seq", "created_at", "sender", "exported_by", "coverage", "kinds", "files"):
            if key not in manifest:
                raise self._refuse(msg("的清单缺少“{key}”", key=key))
        if not isinstance(manifest["files"], dict) or not isinstance(manifest["sender"], dict):
            raise self._refuse(msg("的清单格式有误"))
        return manifest

    def verify(self, signature_valid: Any) -> None:
        """Signature first (cheap), then every member against the manifest's SHA-256 and size."""
        public = str(self.manifest["sender"].get("public_key", ""))
        if not signature_valid(public, self.manifest_bytes, self.signature):
            raise self._refuse(msg("的签名无效（数据包被改动过，或不是由所称的发送方导出）"))
        listed: dict[str, Any] = self.manifest["files"]
        present = {i.filename for i in self.zip.infolist()} - {MANIFEST, SIGNATURE}
        if set(listed) != present:
            odd = sorted(set(listed) ^ present)[0]
            raise self._refuse(msg("的内容与清单不符（“{odd}”）", odd=odd))
        for name, meta in listed.items():
            size = int(meta.get("size", -1)) if isinstance(meta, dict) else -1
            info = self.zip.getinfo(name)
            if size != info.file_size:
                raise self._refuse(msg("中的“{name}”大小与清单不符", name=name))
            digest = hashlib.sha256()
            read = 0
            with self.zip.open(name) as source:
                while chunk := source.read(_CHUNK):
                    read += len(chunk)
                    if read > size:
                        raise self._refuse(msg("中的“{name}”大小与清单不符", name=name))
                    digest.update(chunk)
            if digest.hexdigest() != meta.get("sha256") or read != size:
                raise self._refuse(msg("中的“{name}”校验值与清单不符（内容被改动过）", name=name))
            if name.startswith("blobs/") and name[len("blobs/") :] != digest.hexdigest():
                raise self._refuse(msg("中的“{name}”内容与其校验值不符", name=name))

    def lines(self, name: str) -> Iterator[dict[str, Any]]:
        """The JSON objects of a JSON Lines member (none when the package has no such member)."""
        if name not in self.manifest["files"]:
            return
        with self.zip.open(name) as source:
            for number, raw in enumerate(source, 1):
                if len(raw) > self.limits.max_line_bytes:
                    raise self._refuse(msg("中“{name}”第 {number} 行过长", name=name, number=number))
                try:
                    row = json.loads(raw)
                except (UnicodeDecodeError, json.JSONDecodeError):
                    raise self._refuse(
                        msg("中“{name}”第 {number} 行不是有效的 JSON", name=name, number=number)
                    ) from None
                if not isinstance(row, dict):
                    raise self._refuse(msg("中“{name}”第 {number} 行格式有误", name=name, number=number))
                yield row

    def blob(self, sha256: str) -> IO[bytes] | None:
        name = blob_member(sha256)
        return self.zip.open(name) if name in self.manifest["files"] else None


def _safe_name(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE, TOMBSTONES):
        return True
    return bool(_RECORDS.match(name) or _BLOB.match(name))
