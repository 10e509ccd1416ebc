"""The rows of the workbook read last, kept in this process for the check and the import that follow.

Reading a register parses every row of every sheet (reader.read_workbook); the check and the import
then need the body rows again. Parsing the file a second time cost about as much as the first read
(≈ 6 s of a 10,000-row register's import), so the read keeps what it parsed, and `rows` hands it over
while the file is the one that was read: the same path, modification time and size (reader.sheet_rows
asks; reader.body_rows refuses a file changed since the read before that). Only one workbook is kept,
and only up to KEEP_CELLS cells: a larger one is streamed from the file again, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KEEP_CELLS = 2_000_000

Row = tuple[int, tuple[Any, ...]]


@dataclass
class Keeping:
    """The rows of one read, gathered while it streams (given up once past the budget)."""

    budget: int = field(default_factory=lambda: KEEP_CELLS)
    sheets: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    over: bool = False

    def begin(self, sheet: str) -> None:
        if not self.over:
            self.sheets[sheet] = []

    def add(self, sheet: str, values: tuple[Any, ...]) -> None:
        if self.over:
            return
        self.budget -= max(len(values), 1)
        if self.budget < 0:
            self.over, self.sheets = True, {}
            return
        self.sheets[sheet].append(values)


@dataclass(frozen=True)
class _Kept:
    path: str
    file_key: tuple[int, int]
    sheets: dict[str, list[tuple[Any, ...]]]


_kept: _Kept | None = None


def keep(path: Path, file_key: tuple[int, int], keeping: Keeping) -> None:
    """What a finished read gathered, in place of what an earlier read kept."""
    global _kept
    _kept = None if keeping.over else _Kept(_name(path), file_key, keeping.sheets)


def rows(path: Path, file_key: tuple[int, int], sheet: str, start: int) -> list[Row] | None:
    """The sheet's rows from `start` as the read parsed them, or None when this file's are not kept."""
    kept = _kept
    if kept is None or kept.path != _name(path) or kept.file_key != file_key:
        return None
    values = kept.sheets.get(sheet, [])
    return [(n, v) for n, v in enumerate(values[start - 1 :], start)]


def forget() -> None:
    global _kept
    _kept = None


def _name(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path)
