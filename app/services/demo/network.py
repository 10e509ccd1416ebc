"""The standing network of the demo city: handling units, members, platforms and who belongs where."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa

from app.models import HandlingUnit, Member, Platform, PlatformMembership
from app.models._base import table_of
from app.models.enums import MembershipRole, PlatformKind
from app.services.demo.catalogue import (
    CITY_BRAND,
    CITY_UNITS,
    DISTRICTS,
    ROADS,
    SECTOR_GROUPS,
    SECTOR_WEIGHTS,
    SECTORS,
    STUDIO_THEMES,
    TERM,
    District,
    district_government,
    title_for,
)
from app.services.demo.draw import Weighted
from app.services.demo.names import NameMaker
from app.services.demo.writer import BulkWriter, Stamper
from app.services.names import derived_name_columns

STATIONS_PER_DISTRICT = {
    "城东区": 3,
    "城中区": 3,
    "城西区": 3,
    "城北区": 2,
    "湟中区": 2,
    "大通县": 2,
    "湟源县": 1,
}
DISTRICT_WEIGHTS = {
    "城东区": 16,
    "城中区": 18,
    "城西区": 18,
    "城北区": 14,
    "湟中区": 14,
    "大通县": 11,
    "湟源县": 9,
}
KIND_ACTIVITY = {PlatformKind.STATION: 3.0, PlatformKind.STUDIO: 2.0, PlatformKind.LIAISON_GROUP: 1.5}
_GENERIC_COMMUNITIES = ("幸福社区", "和平社区", "建设社区", "团结社区", "新华社区", "光明社区")


@dataclass
class PlatformInfo:
    id: uuid.UUID
    name: str
    kind: PlatformKind
    district: District
    township: str | None
    address: str | None
    members: list[tuple[uuid.UUID, MembershipRole]] = field(default_factory=list)

    @property
    def convener_id(self) -> uuid.UUID | None:
        leaders = [m for m, r in self.members if r in (MembershipRole.CONVENER, MembershipRole.HEAD)]
        return leaders[0] if leaders else (self.members[0][0] if self.members else None)


@dataclass
class MemberInfo:
    id: uuid.UUID
    name: str
    sector: str
    district: str


class UnitRegistry:
    """Handling units by name; a unit the demo needs but the database lacks is written on first use."""

    def __init__(self, writer: BulkWriter, stamper: Stamper, names: NameMaker, since: date) -> None:
        self.writer, self.stamper, self.names, self.since = writer, stamper, names, since
        self.ids: dict[str, uuid.UUID] = {}
        self.created = 0

    def id_for(self, name: str) -> uuid.UUID:
        found = self.ids.get(name)
        if found is not None:
            return found
        row = self.stamper.base(self.since)
        row.update(
            name=name,
            contact=self.names.name(),
            phone=self.names.landline(),
            notes=None,
            archived_at=None,
            **derived_name_columns(name),
        )
        self.writer.add("handling_unit", row)
        self.ids[name] = row["id"]
        self.created += 1
        return row["id"]


def district_named(name: str, township: str | None) -> District:
    for d in DISTRICTS:
        if d.name == name:
            return d
    return District(name, (township or name,), _GENERIC_COMMUNITIES, True)


@dataclass
class Network:
    platforms: list[PlatformInfo]
    members: dict[uuid.UUID, str]  # id -> name
    units: UnitRegistry
    created_platforms: int = 0
    created_members: int = 0
    created_memberships: int = 0


def build_network(writer: BulkWriter, stamper: Stamper, names: NameMaker, since: date) -> Network:
    """Create the catalogue's units, ~200 members and ~30 platforms of all three kinds."""
    rng = stamper.rng
    units = UnitRegistry(writer, stamper, names, since - timedelta(days=400))
    for name in (*CITY_UNITS, *(district_government(d.name) for d in DISTRICTS)):
        units.id_for(name)

    members = _make_members(writer, stamper, names, since)
    by_district: dict[str, list[MemberInfo]] = {}
    by_sector: dict[str, list[MemberInfo]] = {}
    for m in members:
        by_district.setdefault(m.district, []).append(m)
        by_sector.setdefault(m.sector, []).append(m)

    platforms: list[PlatformInfo] = []
    taken_names: set[str] = set()

    def add(
        kind: PlatformKind, name: str, district: District, town: str | None, picked: list[MemberInfo]
    ) -> None:
        founded = since - timedelta(days=rng.randint(30, 1500))
        address = f"{district.name}{town or ''}{rng.choice(ROADS)}{rng.randint(1, 199)}号"
        row = stamper.base(founded)
        row.update(
            kind=kind.value, name=name, district=district.name, township=town, address=address,
            coordinator=names.name(), phone=names.landline(), founded_on=founded, active=True,
            notes=None, archived_at=None, **derived_name_columns(name),
        )  # fmt: skip
        writer.add("platform", row)
        info = PlatformInfo(row["id"], name, kind, district, town, address)
        lead_role = MembershipRole.HEAD if kind is PlatformKind.STATION else MembershipRole.CONVENER
        for i, member in enumerate(picked):
            role = lead_role if i == 0 else MembershipRole.LIAISON if i == 1 else MembershipRole.MEMBER
            link = stamper.base(founded)
            link.update(platform_id=info.id, member_id=member.id, role=role.value, joined_on=founded)
            link["left_on"] = None
            writer.add("platform_membership", link)
            info.members.append((member.id, role))
        platforms.append(info)
        taken_names.add(name)

    for district in DISTRICTS:
        local = by_district.get(district.name, [])
        towns = rng.sample(district.townships, STATIONS_PER_DISTRICT[district.name])
        for town in towns:
            place = f"{town}{rng.choice(district.communities)}" if rng.random() < 0.35 else town
            add(PlatformKind.STATION, f"{district.name}{place}委员驿站", district, town,
                rng.sample(local, min(len(local), rng.randint(5, 10))))  # fmt: skip
    for theme, sector in STUDIO_THEMES:
        pool = by_sector[sector]
        leader = rng.choice(pool)
        others = rng.sample([m for m in members if m is not leader], rng.randint(3, 6))
        district = district_named(leader.district, None)
        add(PlatformKind.STUDIO, f"{leader.name}{theme}委员工作室", district,
            rng.choice(district.townships), [leader, *others])  # fmt: skip
    for district in DISTRICTS:
        local = list(by_district.get(district.name, []))
        rng.shuffle(local)
        add(PlatformKind.LIAISON_GROUP, f"{district.name}委员联络组", district, None, local)
    for sector in SECTOR_GROUPS:
        group = list(by_sector[sector])
        rng.shuffle(group)
        add(PlatformKind.LIAISON_GROUP, f"{sector}委员联络组", district_named("城中区", None), None, group)

    return Network(
        platforms=platforms,
        members={m.id: m.name for m in members},
        units=units,
        created_platforms=len(platforms),
        created_members=len(members),
        created_memberships=sum(len(p.members) for p in platforms),
    )


def _make_members(writer: BulkWriter, stamper: Stamper, names: NameMaker, since: date) -> list[MemberInfo]:
    rng = stamper.rng
    taken: set[str] = set()
    districts = Weighted(list(DISTRICT_WEIGHTS), DISTRICT_WEIGHTS.values())
    out: list[MemberInfo] = []
    for sector, count in SECTOR_WEIGHTS.items():
        parties, workplaces = SECTORS[sector]
        for _ in range(count):
            name, gender = names.unique(taken)
            district = districts.pick(rng)
            d = district_named(district, None)
            place = rng.choice(workplaces).format(
                city=CITY_BRAND, district=district, town=rng.choice(d.townships),
                village=rng.choice(d.communities).removesuffix("村").removesuffix("社区"),
            )  # fmt: skip
            row = stamper.base(since - timedelta(days=rng.randint(200, 900)))
            row.update(
                name=name, **derived_name_columns(name),
                gender=gender.value, sector=sector, party=rng.choice(parties), term=TERM,
                workplace=place + title_for(place, rng.choice), phone=names.mobile(),
                notes=None, archived_at=None,
            )  # fmt: skip
            writer.add("member", row)
            out.append(MemberInfo(row["id"], name, sector, district))
    return out


def load_network(
    conn: sa.Connection, writer: BulkWriter, stamper: Stamper, names: NameMaker, since: date
) -> Network | None:
    """The network already in the database (for --append, or a database with platforms), or None."""
    pl, pm, me, hu = (table_of(m).c for m in (Platform, PlatformMembership, Member, HandlingUnit))
    rows = conn.execute(
        sa.select(pl.id, pl.name, pl.kind, pl.district, pl.township, pl.address)
        .where(pl.archived_at.is_(None))
        .order_by(pl.name)
    ).all()
    if not rows:
        return None
    platforms = {
        r.id: PlatformInfo(r.id, r.name, PlatformKind(r.kind), district_named(r.district, r.township),
                           r.township, r.address)
        for r in rows
    }  # fmt: skip
    links = conn.execute(
        sa.select(pm.platform_id, pm.member_id, pm.role)
        .join(table_of(Member), me.id == pm.member_id)
        .where(me.archived_at.is_(None))
        .order_by(pm.platform_id, pm.role, pm.member_id)
    ).all()
    for link in links:
        if link.platform_id in platforms:
            platforms[link.platform_id].members.append((link.member_id, MembershipRole(link.role)))
    members = {r.id: r.name for r in conn.execute(sa.select(me.id, me.name).where(me.archived_at.is_(None)))}
    units = UnitRegistry(writer, stamper, names, since)
    units.ids.update({r.name: r.id for r in conn.execute(sa.select(hu.id, hu.name))})
    return Network(platforms=list(platforms.values()), members=members, units=units)
