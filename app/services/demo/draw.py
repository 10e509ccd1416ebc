"""Weighted draws from the seeded random source (faster than random.choices for one item at a time)."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

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
