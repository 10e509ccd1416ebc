"""Deterministic demo data of one city: platforms, members, units, sessions and suggestions in every state.

The generator is imported when first used (`from app.services.demo import load_demo`), so naming the
demo's defaults costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

DEMO_VERSION = 3  # bumped whenever the rows a seed gives change (benchmarks cache demo databases by it)
DEFAULT_PASSWORD = "demo1234"  # the demo accounts' password unless `demo --password` says otherwise

if TYPE_CHECKING:
    from app.services.demo.generator import DemoResult, count_sessions, load_demo

__all__ = ["DEFAULT_PASSWORD", "DemoResult", "count_sessions", "load_demo"]


def __getattr__(name: str) -> Any:
    if name in ("DemoResult", "count_sessions", "load_demo"):
        from app.services.demo import generator

        return getattr(generator, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
