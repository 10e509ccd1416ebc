"""Who sends a package: this installation's Ed25519 key pair, fingerprints, and senders trusted on first use.

Each database is one installation with its own key pair, made the first time it sends or receives a
package (so copies of a fresh database made before that do not share a key). A receiver trusts a
sender's key the first time it accepts one of its packages (like SSH) and from then on refuses any
package from that sender signed with another key.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlmodel import Session, select

from app.messages import msg
from app.models.exchange import ExchangeInstallation, ExchangePeer
from app.services.errors import ServiceError


class TrustRefused(ServiceError):
    """The package's sender is known with another key (or the key is not a valid Ed25519 key)."""


def fingerprint(public_hex: str) -> str:
    """SHA256:… of the raw public key, as SSH prints key fingerprints."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def _new_key_pair() -> tuple[str, str]:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return pem, public.hex()


def installation(session: Session, default_name: str) -> ExchangeInstallation:
    """This database's installation (made now, with a new key pair, if it has none yet)."""
    row = session.get(ExchangeInstallation, 1)
    if row is None:
        pem, public = _new_key_pair()
        row = ExchangeInstallation(id=1, name=default_name[:100], private_key=pem, public_key=public)
        session.add(row)
        session.flush()
    return row


def tick(session: Session, inst: ExchangeInstallation) -> int:
    """The next number of this installation's clock (exports and imports are numbered by it)."""
    inst.clock += 1
    session.add(inst)
    session.flush()
    return inst.clock


def sign(inst: ExchangeInstallation, data: bytes) -> bytes:
    key = serialization.load_pem_private_key(inst.private_key.encode("ascii"), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key.sign(data)


def signature_valid(public_hex: str, data: bytes, signature: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        key.verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class SenderTrust:
    installation_id: uuid.UUID
    name: str
    fingerprint: str
    new: bool  # never seen before: trusted on this first use
    office: bool  # its packages come from the office (known since the first one)


def check_sender(
    session: Session, installation_id: uuid.UUID, name: str, public_hex: str, *, office: bool
) -> SenderTrust:
    """Whether the sender is known with this key (or new); a changed key is always refused."""
    own = session.get(ExchangeInstallation, 1)
    if own is not None and own.installation_id == installation_id:
        raise TrustRefused(msg("这个数据包是本机导出的，不能导入本机。"))
    peer = session.exec(select(ExchangePeer).where(ExchangePeer.installation_id == installation_id)).first()
    print_ = fingerprint(public_hex)
    if peer is None:
        return SenderTrust(installation_id, name, print_, True, office)
    if peer.public_key != public_hex:
        raise TrustRefused(
            msg(
                "发送方“{name}”的密钥与本机记住的不同（记住的指纹 {fingerprint}，"
                "数据包的指纹 {print}）。数据包可能被伪造，已拒绝导入。"
                "（重装程序或换了电脑的站点会作为新的发送方出现，不会是这种情况；"
                "请与对方核实。）",
                name=peer.name,
                fingerprint=peer.fingerprint,
                print=print_,
            )
        )
    return SenderTrust(installation_id, peer.name, print_, False, peer.office)


def remember_sender(session: Session, trust: SenderTrust, public_hex: str, username: str) -> None:
    now = datetime.now(UTC)
    peer = session.exec(
        select(ExchangePeer).where(ExchangePeer.installation_id == trust.installation_id)
    ).first()
    if peer is None:
        peer = ExchangePeer(
            installation_id=trust.installation_id,
            name=trust.name[:100],
            public_key=public_hex,
            fingerprint=trust.fingerprint,
            office=trust.office,
            accepted_by=username[:50],
        )
    peer.last_seen_at = now
    session.add(peer)
    session.flush()
