"""The cycle collector during an import's long runs over a large plan.

A check or a write of 10,000 rows allocates millions of small objects while the preview and the plan
(hundreds of thousands of objects that live until the end) sit in memory; each full collection walks
all of them again, for nothing. `settled()` moves what exists when the run starts out of the
collector's sight (gc.freeze) and gives it back at the end (gc.unfreeze): objects made during the
run are collected as usual, and cycles that were already garbage are collected after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def settled() -> Iterator[None]:
    """Objects that exist now are left out of collections until the block ends (nested blocks and
    runs in other threads at once only give them back sooner)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
