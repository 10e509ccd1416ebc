"""Who is acting: the value every service receives (what they may do is decided in permissions)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from app.models.enums import UserRole


@dataclass(frozen=True)
class Actor:
    """A signed-in account as the services see it.

    `platform_ids` are the platforms a coordinator looks after (empty for the other roles, who are not
    bound to platforms). Made by services.accounts on sign-in; tests build it directly.
    """

    username: str
    display_name: str
    role: UserRole = UserRole.VIEWER
    platform_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    user_id: uuid.UUID | None = None

    @property
    def can_write(self) -> bool:
        """Whether the role changes records at all (the per-record rules are in permissions)."""
        return self.role is not UserRole.VIEWER

    @property
    def is_coordinator(self) -> bool:
        return self.role is UserRole.COORDINATOR

    def describe(self) -> str:
        """张文书（工作人员）: how screens and printouts name the person."""
        return f"{self.display_name}（{self.role.label}）"
