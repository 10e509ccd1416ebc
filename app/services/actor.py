"""Who is acting, and what they may do."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass

from app.models.enums import UserRole
from app.services.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str
    role: UserRole = UserRole.CLERK
    platform_id: uuid.UUID | None = None

    @property
    def can_write(self) -> bool:
        return self.role is not UserRole.VIEWER

    def require_write(self) -> None:
        if not self.can_write:
            raise PermissionDenied(f"用户“{self.display_name}”为只读权限，不能修改数据。")

    def require_admin(self) -> None:
        if self.role is not UserRole.ADMIN:
            raise PermissionDenied("只有管理员可以执行此操作。")

    def require_platform(self, platform_id: uuid.UUID | None) -> None:
        """Coordinators keep only their own platform's records."""
        self.require_write()
        if self.role is UserRole.COORDINATOR and platform_id != self.platform_id:
            raise PermissionDenied("平台联络员只能登记和修改本平台的记录。")


def system_actor() -> Actor:
    """The person at this computer, as a clerk: used by the command line and a fresh install."""
    try:
        name = getpass.getuser()
    except Exception:  # pragma: no cover - platform specific
        name = "local"
    return Actor(username=name, display_name=name, role=UserRole.ADMIN)
