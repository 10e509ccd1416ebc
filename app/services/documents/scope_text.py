"""How a document names the scope it covers."""

from __future__ import annotations

from sqlmodel import Session

from app.models.platforms import Platform
from app.services.errors import NotFoundError
from app.services.scope import Scope


def period_text(s: Session, scope: Scope) -> str:
    """The scope in words (2025年1月1日至2025年12月31日 · 城西区), naming the platform when there is one."""
    text = scope.describe()
    if scope.platform_id is not None:
        platform = s.get(Platform, scope.platform_id)
        if platform is None:
            raise NotFoundError("找不到该站室组，请检查编号是否正确。")
        text += f" · {platform.name}"
    return text
