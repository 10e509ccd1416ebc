"""The demo's random source: seeded, and quick for the millions of small draws a large load makes."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")


class Weighted(Generic[T]):
    def __init__(self, items: Sequence[T], weights: Iterable[float]) -> None:
        self.items = tuple(items)
        self.cum = tuple(itertools.accumulate(weights))
        if len(self.cum) != len(self.items) or not self.items:
            raise ValueError("one weight per item, at least one item")
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


class DemoRandom(random.Random):
    """random.Random with cheaper `randint` and `choice` (one float each instead of rejection sampling).

    The bias of scaling a 53-bit float to small ranges is far below anything demo data could show.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]
