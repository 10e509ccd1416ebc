"""Values tests share: the actor that reads everything (an administrator)."""

from __future__ import annotations

from app.models.enums import UserRole
from app.services.actor import Actor

ADMIN_ACTOR = Actor("admin", "管理员", UserRole.ADMIN)
