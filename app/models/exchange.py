"""数据交换 between installations (the office and station laptops): who we are, whom we trust, what moved.

- `ExchangeInstallation` (one row): this database's identity in packages — id, name, Ed25519 key pair,
  and a counter numbering its exports and imports (`clock`).
- `ExchangePeer`: installations whose packages were accepted, with the public key trusted on first use.
- `ExchangePackage`: the history of packages sent and received, with their summaries.
- `ExchangeBase`: per peer and record, the state last received from that peer (revision and exchanged
  field values) — the common base of the next three-way merge with it.
- `ExchangeConflict`: a field both sides changed to different values, kept until a clerk chooses.
- `Tombstone`: a row that was deleted (not archived), so that the deletion travels too
  (app/models/revisions.py).
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models._base import StoredRevision, TableBase, UTCDateTime, utcnow


class ExchangeInstallation(SQLModel, table=True):
    __tablename__ = "exchange_installation"

    id: int = Field(default=1, primary_key=True)
    installation_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    name: str = Field(max_length=100)
    private_key: str = Field(sa_type=sa.Text)  # PKCS#8 PEM of the Ed25519 signing key
    public_key: str = Field(max_length=64)  # raw public key, hex
    clock: int = Field(default=0, nullable=False)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class ExchangePeer(TableBase, table=True):
    __tablename__ = "exchange_peer"
    __table_args__ = (sa.UniqueConstraint("installation_id", name="uq_exchange_peer_installation"),)

    installation_id: uuid.UUID
    name: str = Field(max_length=100)
    public_key: str = Field(max_length=64)
    fingerprint: str = Field(max_length=80)
    office: bool = False  # its packages are exported by the office (admin / clerk accounts)
    first_seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    accepted_by: str = Field(max_length=50)


class ExchangePackage(TableBase, table=True):
    __tablename__ = "exchange_package"

    package_id: uuid.UUID
    direction: str = Field(max_length=10)  # "sent" or "received"
    seq: int  # the sender's number for the package
    peer_installation_id: uuid.UUID | None = None  # received: the sender
    peer_name: str | None = Field(default=None, max_length=100)
    packaged_at: datetime = Field(sa_type=UTCDateTime)  # when the sender wrote it
    processed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)  # sent: reading began
    username: str = Field(max_length=50)
    file_name: str = Field(max_length=255)
    coverage: str = Field(sa_type=sa.Text)  # JSON: the platforms covered (or all), reference lists …
    since: datetime | None = Field(default=None, sa_type=UTCDateTime)
    summary: str = Field(sa_type=sa.Text)  # JSON: counts per kind (and for received: conflicts, refused)


class ExchangeBase(SQLModel, table=True):
    __tablename__ = "exchange_base"

    peer_id: uuid.UUID = Field(primary_key=True)  # the peer's installation id
    entity: str = Field(primary_key=True, max_length=50)
    record_id: uuid.UUID = Field(primary_key=True)
    revision: str | None = Field(default=None, sa_type=StoredRevision)
    seq: int  # the peer's package that brought it
    acked: int = 0  # our package the peer had merged this record from, as its package said (0: none)
    clock: int  # our clock when it arrived
    fields: str = Field(sa_type=sa.Text)  # JSON of the exchanged fields


class ExchangeConflict(TableBase, table=True):
    __tablename__ = "exchange_conflict"
    __table_args__ = (sa.Index("ix_exchange_conflict_open", "resolved_at", "entity", "record_id"),)

    peer_installation_id: uuid.UUID
    peer_name: str = Field(max_length=100)
    package_id: uuid.UUID
    entity: str = Field(max_length=50)
    record_id: uuid.UUID
    platform_id: uuid.UUID | None = None
    record_label: str = Field(max_length=200)
    field: str = Field(max_length=50)
    base: str | None = Field(default=None, sa_type=sa.Text)  # JSON; NULL when no common base is known
    mine: str = Field(sa_type=sa.Text)
    theirs: str = Field(sa_type=sa.Text)
    mine_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    theirs_by: str = Field(max_length=100)
    theirs_at: datetime = Field(sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by: str | None = Field(default=None, max_length=50)
    resolution: str | None = Field(default=None, max_length=10)  # "mine" or "theirs"


class Tombstone(SQLModel, table=True):
    __tablename__ = "exchange_tombstone"

    entity: str = Field(primary_key=True, max_length=50)
    record_id: uuid.UUID = Field(primary_key=True)
    revision: str | None = Field(default=None, sa_type=StoredRevision)
    deleted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
