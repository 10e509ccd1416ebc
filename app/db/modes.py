"""How a database is checked as it opens (a name the command line can use without loading the storage)."""

from __future__ import annotations

import enum


class Startup(enum.Enum):
    CHECK_NOW = "check_now"
    IN_BACKGROUND = "in_background"
    TOLERATE_DAMAGE = "tolerate_damage"
