"""Search results as a list: kind, title, date, platform, state, and the matching text highlighted."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.field_english import FIELD_ENGLISH
from app.services.language import shown_text
from app.services.search import SearchHit
from app.services.search_hits import WORDS_ENGLISH
from app.ui.widgets.detail_text import BADGE_COLOURS

HIGHLIGHT = "#ffe58f"
KIND_COLOURS = {"session": "#1f5fae", "suggestion": "#e08a2c", "member": "#2e7d32"}


def highlighted(text: str, words: Sequence[str]) -> str:
    """`text` as HTML with every occurrence of any word marked (ASCII letters case-insensitively)."""
    needles = sorted({w for w in words if w}, key=len, reverse=True)
    if not needles:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in needles), re.IGNORECASE | re.ASCII)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f'<span style="background:{HIGHLIGHT}">{html.escape(match.group())}</span>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def hit_html(hit: SearchHit, words: Sequence[str]) -> str:
    kind_colour = KIND_COLOURS.get(hit.kind, "#4c5663")
    state_colour = BADGE_COLOURS.get(hit.state, "#4c5663")
    facts = "　·　".join(
        html.escape(t)
        for t in (hit.date.isoformat() if hit.date else "", hit.platform_name, hit.district)
        if t
    )
    field = html.escape(shown_text(hit.field, FIELD_ENGLISH))
    kind = html.escape(shown_text(hit.kind_label, WORDS_ENGLISH))
    state = html.escape(shown_text(hit.state_label, WORDS_ENGLISH))
    snippet = (
        f'<span style="color:#6b7580">{field}：</span>{highlighted(hit.snippet, words)}'
        if hit.snippet
        else ""
    )
    return (
        f'<span style="color:{kind_colour}; font-weight:bold">【{kind}】</span>'
        f'<span style="font-weight:bold">{highlighted(hit.title, words)}</span>'
        f'　<span style="color:{state_colour}">{state}</span>'
        f'<br><span style="color:#6b7580">{facts}</span>'
        f"<br>{snippet}"
    )


class SearchResults(QListWidget):
    """The hits, each a rich-text label; built a few at a time (`CHUNK` per turn of the event loop), so a
    page of 100 hits never holds the window while its labels are laid out."""

    open_requested = Signal(object)  # the SearchHit
    CHUNK = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._words: list[str] = []
        self._generation = 0  # bumped by set_hits: the chunks of an older page stop
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.itemDoubleClicked.connect(lambda item: self.open_requested.emit(self.hits[self.row(item)]))
        self.itemActivated.connect(lambda item: self.open_requested.emit(self.hits[self.row(item)]))

    def set_hits(self, hits: Sequence[SearchHit], words: Sequence[str]) -> None:
        self.clear()
        self._generation += 1
        self.hits = list(hits)
        self._words = list(words)
        self._add_chunk(self._generation)

    def finish(self) -> None:
        """Build the labels not yet built now."""
        while self.count() < len(self.hits):
            self._add_chunk(self._generation, schedule=False)

    def _add_chunk(self, generation: int, *, schedule: bool = True) -> None:
        if generation != self._generation:
            return  # another page replaced these hits
        start = self.count()
        for hit in self.hits[start : start + self.CHUNK]:
            self._add(hit)
        if schedule and self.count() < len(self.hits):
            QTimer.singleShot(0, self, lambda: self._add_chunk(generation))

    def _add(self, hit: SearchHit) -> None:
        label = QLabel(hit_html(hit, self._words))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(10, 5, 10, 5)
        column.addWidget(label)
        item = QListWidgetItem()
        item.setSizeHint(QSize(0, box.sizeHint().height() + 4))
        self.addItem(item)
        self.setItemWidget(item, box)

    def labels(self) -> list[str]:
        """The rich text of each result (what a user reads)."""
        self.finish()
        out = []
        for i in range(self.count()):
            box = self.itemWidget(self.item(i))
            label = box.findChild(QLabel) if box is not None else None
            out.append(label.text() if label is not None else "")
        return out
