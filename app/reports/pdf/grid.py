"""A ruled table laid out one page at a time, with the header row repeated on every page.

Rows stay plain text until they are placed, so a 10,000-row list holds only one page of paragraphs in
memory; every cell is wrapped once (reportlab's Table re-measures the rest of the table at each page).
The header is never left alone at the foot of a page, and a row taller than a whole page is split
between pages instead of overflowing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.reports.pdf.styles import RULE, SHADE
from app.reports.pdf.typesetter import Typesetter

PAD_X = 3.0
PAD_Y = 3.0
OUTER = 0.9
INNER = 0.4
FAKE_BOLD = 0.035  # stroke width per point of type size for headings ("bold" without a bold face)
DATE = "0000-00-00"  # `fit` sample for date columns

Cell: TypeAlias = "str | Flowable | None"


@dataclass(frozen=True)
class Column:
    """A table column: its share of the free width, or exactly the width `fit` and the title need."""

    title: str
    weight: float = 1.0
    align: str = "left"  # left | center | right
    fit: str | None = None  # sample text that must stay on one line, e.g. "2025-12-31"


@dataclass
class _Row:
    cells: list[Flowable]
    height: float


class GridTable(Flowable):
    """Header + rows[start:end] of plain text (or ready paragraphs) in ruled cells."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        ts: Typesetter,
        *,
        start: int = 0,
        end: int | None = None,
        cell_style: ParagraphStyle | None = None,
        min_row_height: float = 0.0,
        _cache: dict[int, _Row] | None = None,
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows = rows
        self.ts = ts
        self.start = start
        self.end = len(rows) if end is None else end
        self.cell_style = cell_style or ts.styles.cell
        self.min_row_height = min_row_height
        self._cache: dict[int, _Row] = dict(_cache or {})
        self._widths: list[float] = []
        self._header: _Row | None = None
        self._count = 0  # rows (from start) measured by the last wrap and fitting
        self.progress_weight = max(self.end - self.start, 1)

    # -- measuring ---------------------------------------------------------------
    def _prepare(self, avail_width: float) -> None:
        if self._widths and abs(sum(self._widths) - avail_width) < 0.01:
            return
        self._widths = self._column_widths(avail_width)
        self._cache.clear()
        styles = [self.ts.styles.header_cell] * len(self.columns)
        self._header = self._measure([c.title for c in self.columns], styles)

    def _column_widths(self, avail_width: float) -> list[float]:
        body, size = self.ts.fonts.body, self.cell_style.fontSize
        fixed = {
            i: max(stringWidth(c.fit, body, size), stringWidth(c.title, body, size)) + 2 * PAD_X + 1
            for i, c in enumerate(self.columns)
            if c.fit is not None
        }
        free = avail_width - sum(fixed.values())
        total = sum(c.weight for i, c in enumerate(self.columns) if i not in fixed) or 1.0
        return [fixed.get(i, free * c.weight / total) for i, c in enumerate(self.columns)]

    def _styles(self) -> list[ParagraphStyle]:
        s = self.ts.styles
        by_align = {"left": self.cell_style, "center": s.cell_center, "right": s.cell_right}
        return [by_align[c.align] for c in self.columns]

    def _measure(self, texts: Sequence[Cell], styles: Sequence[ParagraphStyle]) -> _Row:
        cells: list[Flowable] = []
        height = 0.0
        for text, style, width in zip(texts, styles, self._widths, strict=True):
            para = text if isinstance(text, Flowable) else self.ts.cell(text, style)
            _, h = para.wrap(width - 2 * PAD_X, 1e7)
            cells.append(para)
            height = max(height, h)
        return _Row(cells, height + 2 * PAD_Y)

    def _row(self, index: int) -> _Row:
        row = self._cache.get(index)
        if row is None:
            row = self._cache[index] = self._measure(self.rows[index], self._styles())
            row.height = max(row.height, self.min_row_height)
        return row

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._prepare(availWidth)
        assert self._header is not None
        height = self._header.height
        index = self.start
        while index < self.end and height <= availHeight:
            height += self._row(index).height
            index += 1
        fits = height <= availHeight
        self._count = index - self.start if fits else max(index - self.start - 1, 0)
        # Forget rows measured beyond this page: they are measured again where they land.
        for stale in [k for k in self._cache if k >= index]:
            del self._cache[stale]
        self.width, self.height = availWidth, height
        return availWidth, height

    # -- splitting ---------------------------------------------------------------
    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.start + self._count >= self.end:
            return [self]
        cut = self.start + self._count
        if self._count == 0:
            frame = getattr(self, "_frame", None)
            if not getattr(frame, "_atTop", False):
                return []  # header and first row go to the next page together
            return self._split_tall_row(availWidth, availHeight)
        kept = {k: v for k, v in self._cache.items() if self.start <= k < cut}
        head = self._sibling(self.rows, self.start, cut, kept)
        tail = self._sibling(self.rows, cut, self.end, {k: v for k, v in self._cache.items() if k >= cut})
        return [head, tail]

    def _sibling(
        self, rows: Sequence[Sequence[Cell]], start: int, end: int, cache: dict[int, _Row]
    ) -> GridTable:
        table = GridTable(
            self.columns, rows, self.ts, start=start, end=end, cell_style=self.cell_style,
            min_row_height=self.min_row_height, _cache=cache,
        )  # fmt: skip
        table._widths, table._header = self._widths, self._header
        return table

    def _split_tall_row(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """A row taller than a page: each cell's paragraph is split at the page foot."""
        assert self._header is not None
        room = availHeight - self._header.height - 2 * PAD_Y
        row = self._row(self.start)
        first: list[Cell] = []
        rest: list[Cell] = []
        for para, width in zip(row.cells, self._widths, strict=True):
            parts = para.splitOn(self.canv, width - 2 * PAD_X, room) if room > 0 else []
            if len(parts) == 2:
                first.append(parts[0])
                rest.append(parts[1])
            elif para.height <= room:
                first.append(para)
                rest.append("")
            else:
                first.append("")
                rest.append(para)
        rows = [first, rest, *self.rows[self.start + 1 : self.end]]
        return [self._sibling(rows, 0, 1, {}), self._sibling(rows, 1, len(rows), {})]

    # -- drawing -----------------------------------------------------------------
    def draw(self) -> None:
        assert self._header is not None
        canv: Canvas = self.canv
        rows = [self._header] + [self._row(i) for i in range(self.start, self.start + self._count)]
        xs = [0.0]
        for w in self._widths:
            xs.append(xs[-1] + w)
        top = self.height
        canv.saveState()
        canv.setFillColor(SHADE)
        canv.rect(0, top - self._header.height, self.width, self._header.height, stroke=0, fill=1)
        canv.restoreState()
        y = top
        for row in rows:
            for para, x0 in zip(row.cells, xs, strict=False):
                offset = (row.height - 2 * PAD_Y - para.height) / 2  # centred vertically
                para.drawOn(canv, x0 + PAD_X, y - PAD_Y - offset - para.height)
            y -= row.height
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(INNER)
        y = top
        for row in rows[:-1]:
            y -= row.height
            canv.line(0, y, self.width, y)
        for x in xs[1:-1]:
            canv.line(x, 0, x, top)
        canv.setLineWidth(OUTER)
        canv.rect(0, 0, self.width, top, stroke=1, fill=0)
        canv.restoreState()


class BlankRowsGrid(GridTable):
    """Numbered blank rows (to fill in by hand) that use up the rest of the page: `least` to `most`."""

    def __init__(
        self, columns: Sequence[Column], ts: Typesetter, *, least: int, most: int, row_height: float
    ) -> None:
        super().__init__(columns, [], ts, min_row_height=row_height)
        self.least, self.most = least, most
        self.progress_weight = least

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._prepare(availWidth)
        assert self._header is not None
        room = int((availHeight - self._header.height) // self.min_row_height)
        count = min(max(room, self.least), self.most)
        if count != len(self.rows):
            blank = [""] * (len(self.columns) - 1)
            self.rows = [[str(i), *blank] for i in range(1, count + 1)]
            self.end = count
            self._cache.clear()
        return super().wrap(availWidth, availHeight)
