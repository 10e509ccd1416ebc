"""A dated timeline of handling events: what happened, to which suggestion, and who recorded it."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.models.enums import EventKind
from app.models.suggestions import FollowUpEvent
from app.services.language import shown

KIND_COLOURS = {
    EventKind.CREATED: "#4c5663",
    EventKind.ASSIGNED: "#1f5fae",
    EventKind.ACCEPTED: "#1f5fae",
    EventKind.RETURNED: "#b26a00",
    EventKind.REPLIED: "#2e7d32",
    EventKind.CONCLUDED: "#2e7d32",
    EventKind.NOT_ADOPTED: "#6b7580",
    EventKind.INSTRUCTION: "#8e24aa",
    EventKind.EVALUATED: "#00838f",
    EventKind.REMINDER: "#c62828",
    EventKind.SUPERVISION: "#c62828",
    EventKind.CALL: "#c62828",
}


SESSION_COLOUR = "#1d2733"


@dataclass(frozen=True)
class TimelineEntry:
    day: date
    label: str  # what happened: 交办, 答复, 召开 …
    text: str
    actor: str
    subject: str = ""  # the suggestion an entry belongs to, in a session's timeline
    colour: str = "#4c5663"


def entries_from_events(events: Iterable[FollowUpEvent], subject: str = "") -> list[TimelineEntry]:
    """Timeline entries labelled in Chinese (交办, 答复 …), never by their stored codes."""
    entries = []
    for e in events:
        kind = EventKind(e.kind)
        entries.append(
            TimelineEntry(
                e.happened_on, shown(kind), e.text or "", e.actor, subject, KIND_COLOURS.get(kind, "#4c5663")
            )
        )
    return entries


class TimelineView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.entries: list[TimelineEntry] = []
        self.set_entries([])

    def set_entries(self, entries: Iterable[TimelineEntry]) -> None:
        self.entries = sorted(entries, key=lambda e: e.day)
        if not self.entries:
            self.setHtml(f'<p style="color:#6b7580">{html.escape(self.tr("还没有跟踪记录。"))}</p>')
            return
        rows = []
        for e in self.entries:
            subject = f'<span style="color:#6b7580">【{html.escape(e.subject)}】</span>' if e.subject else ""
            rows.append(
                "<tr>"
                f'<td width="92" style="color:#4c5663" nowrap>{e.day.isoformat()}</td>'
                f'<td width="76" style="color:{e.colour}; font-weight:bold" nowrap>'
                f"{html.escape(e.label)}</td>"
                f"<td>{subject}{html.escape(e.text)}</td>"
                f'<td width="80" style="color:#6b7580">{html.escape(e.actor)}</td>'
                "</tr>"
            )
        self.setHtml(
            '<table width="100%" cellspacing="0" cellpadding="5" style="border-collapse:collapse">'
            + "".join(rows)
            + "</table>"
        )
