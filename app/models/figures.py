"""The 工作台's last computed figures, kept with the database so a window opens on them at once."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from app.models._base import TableBase, UTCDateTime


class FigureCache(TableBase, table=True):
    """One scope's figures (StatisticsService.summary as JSON) and when they were computed.

    Derived data: rewritten whenever the figures are computed afresh, never audited, never exported.
    """

    __tablename__ = "figure_cache"

    key: str = Field(max_length=400, unique=True)  # the scope, as the reader may see it (JSON)
    computed_at: datetime = Field(sa_type=UTCDateTime)
    figures: str  # JSON
