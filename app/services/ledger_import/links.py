"""Writing the lists a ledger cell holds: attendance, departments, handling units, memberships.

Each list replaces what is stored for the record (for attendance: per status column in the file), and a
change is audited like the entity services audit it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlmodel import Session, select

from app.models.enums import AttendanceStatus, AuditAction, MembershipRole, ParticipantKind, UnitRole
from app.models.platforms import PlatformMembership
from app.models.sessions import SessionAttendance, SessionParticipant
from app.models.suggestions import SuggestionUnit
from app.services import audit
from app.services.actor import Actor


class LinkWriter:
    def __init__(self, s: Session, actor: Actor) -> None:
        self.s = s
        self.actor = actor
        self.created = False

    def write(
        self, created: bool, entity: str, obj: Any, links: dict[str, Any], fix: Callable[[Any], Any]
    ) -> None:
        """Write a record's lists; a record created by this import has none stored yet (no lookups)."""
        self.created = created
        if "attendance" in links:
            self.attendance(obj.id, links["attendance"])
        if "departments" in links:
            self.departments(obj.id, links["departments"])
        if "memberships" in links:
            self.memberships(obj.id, links["memberships"])
        if entity == "suggestion":
            self.units(obj, links.get("co_units"))

    def stored(self, model: Any, column: Any, record_id: uuid.UUID) -> list[Any]:
        return [] if self.created else list(self.s.exec(select(model).where(column == record_id)))

    def _audit(self, entity: str, record_id: uuid.UUID, before: Any, after: Any) -> None:
        if before != after:
            audit.record(
                self.s, self.actor, AuditAction.UPDATE, entity, record_id, before=before, after=after
            )

    def attendance(self, session_id: uuid.UUID, wanted: dict[AttendanceStatus, list[uuid.UUID]]) -> None:
        rows = {
            a.member_id: a for a in self.stored(SessionAttendance, SessionAttendance.session_id, session_id)
        }
        before = {str(k): v.status.value for k, v in rows.items()}
        desired = {mid: status for status, ids in wanted.items() for mid in ids}
        for mid, row in rows.items():
            if row.status in wanted and mid not in desired:
                self.s.delete(row)
        for mid, status in desired.items():
            current = rows.get(mid)
            if current is None:
                self.s.add(SessionAttendance(session_id=session_id, member_id=mid, status=status))
            elif current.status != status:
                current.status = status
        after = {
            str(k): v.status.value for k, v in rows.items() if not (v.status in wanted and k not in desired)
        }
        after.update({str(k): AttendanceStatus(v).value for k, v in desired.items()})
        self._audit("session_attendance", session_id, before, after)

    def departments(self, session_id: uuid.UUID, names: list[str]) -> None:
        old = [
            p
            for p in self.stored(SessionParticipant, SessionParticipant.session_id, session_id)
            if p.kind is ParticipantKind.DEPARTMENT
        ]
        before = [p.organization or p.name for p in old]
        if sorted(before) == sorted(names):
            return
        for row in old:
            self.s.delete(row)
        for name in names:
            self.s.add(
                SessionParticipant(
                    session_id=session_id,
                    kind=ParticipantKind.DEPARTMENT,
                    name=name[:50],
                    organization=name[:100],
                )
            )
        self._audit("session_participant", session_id, {"departments": before}, {"departments": names})

    def memberships(self, member_id: uuid.UUID, wanted: list[tuple[uuid.UUID, MembershipRole]]) -> None:
        """The member's current platforms become `wanted`; one no longer listed is left today (its row
        stays with a left date, as rosters keep history)."""
        rows = {
            m.platform_id: m
            for m in self.stored(PlatformMembership, PlatformMembership.member_id, member_id)
            if m.left_on is None
        }
        before = {str(k): v.role.value for k, v in rows.items()}
        desired = dict(wanted)
        for pid, row in rows.items():
            if pid not in desired:
                row.left_on = date.today()
        for pid, role in desired.items():
            current = rows.get(pid)
            if current is None:
                self.s.add(PlatformMembership(platform_id=pid, member_id=member_id, role=role))
            elif current.role != role:
                current.role = role
        self._audit("platform_membership", member_id, before, {str(k): v.value for k, v in desired.items()})

    def units(self, suggestion: Any, co_units: list[uuid.UUID] | None) -> None:
        """One 主办 row for the lead unit and 会办 rows for the others (a lead is never also 会办)."""
        rows = {
            u.unit_id: u for u in self.stored(SuggestionUnit, SuggestionUnit.suggestion_id, suggestion.id)
        }
        before = {str(k): v.role.value for k, v in rows.items()}
        co = co_units if co_units is not None else [k for k, v in rows.items() if v.role is UnitRole.CO]
        desired: dict[uuid.UUID, UnitRole] = {uid: UnitRole.CO for uid in co}
        if suggestion.lead_unit_id is not None:
            desired[suggestion.lead_unit_id] = UnitRole.LEAD
        if before == {str(k): v.value for k, v in desired.items()}:
            return
        for uid, row in rows.items():
            if uid not in desired:
                self.s.delete(row)
        for uid, role in desired.items():
            current = rows.get(uid)
            if current is None:
                self.s.add(SuggestionUnit(suggestion_id=suggestion.id, unit_id=uid, role=role))
            elif current.role != role:
                current.role = role
        self._audit("suggestion_unit", suggestion.id, before, {str(k): v.value for k, v in desired.items()})
