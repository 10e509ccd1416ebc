"""A package checked whole before anything of it is merged: its manifest read into PackageInfo."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.messages import msg
from app.services.errors import ServiceError
from app.services.exchange import identity
from app.services.exchange.package import Package, PackageRefused

OFFICE = frozenset({"admin", "clerk"})


class NewSender(ServiceError):
    """The sender is not known yet; the caller must show the fingerprint and ask before trusting it."""

    def __init__(self, trust: identity.SenderTrust) -> None:
        super().__init__(
            f"首次收到来自“{trust.name}”的数据包。请与对方核对密钥指纹 {trust.fingerprint} 后再导入。"
        )
        self.trust = trust


@dataclass(frozen=True)
class PackageInfo:
    """A checked package's manifest, as the preview shows it."""

    sender_id: uuid.UUID
    sender_name: str
    public_key: str
    fingerprint: str
    seq: int
    package_id: uuid.UUID
    created_at: datetime
    exported_by: dict[str, str]
    coverage: dict[str, Any]
    kinds: dict[str, int]

    @property
    def office(self) -> bool:
        return str(self.exported_by.get("role")) in OFFICE

    @property
    def platform_ids(self) -> frozenset[uuid.UUID] | None:
        platforms = self.coverage.get("platforms")
        return None if platforms is None else frozenset(uuid.UUID(p["id"]) for p in platforms)

    def as_json(self) -> dict[str, Any]:
        return {
            "package_id": str(self.package_id),
            "seq": self.seq,
            "created_at": self.created_at.isoformat(),
            "sender": {
                "installation_id": str(self.sender_id),
                "name": self.sender_name,
                "fingerprint": self.fingerprint,
            },
            "exported_by": self.exported_by,
            "coverage": self.coverage,
            "kinds": self.kinds,
        }


def open_checked(path: str | Path) -> tuple[Package, PackageInfo]:
    """Open a package and check it whole (signature, checksums) before anything is read from it."""
    package = Package(path)
    try:
        package.verify(identity.signature_valid)
        m = package.manifest
        sender = m["sender"]
        info = PackageInfo(
            uuid.UUID(str(sender["installation_id"])),
            str(sender.get("name") or "")[:100],
            str(sender["public_key"]),
            identity.fingerprint(str(sender["public_key"])),
            int(m["seq"]),
            uuid.UUID(str(m["package_id"])),
            datetime.fromisoformat(str(m["created_at"])).astimezone(UTC),
            {k: str(v) for k, v in dict(m["exported_by"]).items()},
            dict(m["coverage"]),
            {str(k): int(v) for k, v in dict(m["kinds"]).items()},
        )
        _ = info.platform_ids  # the platform ids must be readable
    except PackageRefused:
        package.close()
        raise
    except (KeyError, TypeError, ValueError) as exc:
        package.close()
        raise PackageRefused(
            msg(
                "数据包“{name}”的清单格式有误（{exc}），已拒绝导入，数据库未作任何改动。",
                name=package.name,
                exc=exc,
            )
        ) from None
    return package, info
