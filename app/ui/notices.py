"""The start-up notice: how many suggestions are overdue or due soon, said without blocking anyone.

It appears in the status bar for a while and as a banner on the 工作台 page until dismissed; a second
banner says when next year's holidays are not entered yet (from 1 December) and opens their entry. The
counts are read in the background, so the window opens at once.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from app.services.followup import StartupNotice
from app.services.hub import Services
from app.ui.messages import render
from app.ui.pages.page import Page
from app.ui.tasks import TaskContext, TaskHandle, run_task

log = logging.getLogger(__name__)

STATUS_MESSAGE_MS = 60_000
ROOM_MARGIN = 8  # px between the message and the labels at its right


class NoticeWindow(Protocol):
    services: Services

    @property
    def pages(self) -> Mapping[str, Page]: ...

    def statusBar(self) -> QStatusBar: ...

    def isVisible(self) -> bool: ...

    def installEventFilter(self, watcher: QObject) -> None: ...


class _WhenShown(QObject):
    """Shows a status-bar message once the window is on screen.

    A message posted before that would not hide the status bar's own labels (Qt hides only visible
    ones), and the two texts would be drawn over each other.
    """

    def __init__(self, window: NoticeWindow, text: str) -> None:
        super().__init__(window if isinstance(window, QObject) else None)  # lives as long as the window
        self.window = window
        self.text = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            show_message(self.window.statusBar(), self.text)
        return False


def show_message(bar: QStatusBar, text: str) -> str:
    """Post `text`, shortened with “…” to the room left of the permanent labels (the user's name), so
    the two are never drawn into each other; the banner on 工作台 keeps the whole text."""
    bar.showMessage(text, STATUS_MESSAGE_MS)  # hides the temporary labels: what stays is permanent
    children = bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    # Sizes the labels ask for, not their geometry: just after the window is shown it is not laid out yet.
    taken = sum(w.sizeHint().width() + ROOM_MARGIN for w in children if not w.isHidden())
    room = bar.width() - taken - 2 * ROOM_MARGIN
    shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(room, 40))
    if shown != text:
        bar.showMessage(shown, STATUS_MESSAGE_MS)
    return shown


def show_in_status_bar(window: NoticeWindow, text: str) -> _WhenShown | None:
    if window.isVisible():
        show_message(window.statusBar(), text)
        return None
    waiting = _WhenShown(window, text)
    window.installEventFilter(waiting)
    return waiting


def notice_text(notice: StartupNotice) -> str:
    return " ".join(render(t) for t in (notice.message, notice.calendar_warning) if t)


def show_startup_notice(window: NoticeWindow) -> TaskHandle:
    followup = window.services.followup

    def work(_ctx: TaskContext) -> StartupNotice:
        return followup.startup_notice()

    def shown(notice: StartupNotice) -> None:
        if not notice.has_news:
            return
        text = notice_text(notice)
        show_in_status_bar(window, text)
        dashboard = window.pages.get("dashboard")
        show = getattr(dashboard, "show_notice", None)
        if show is not None and notice.message:
            show(render(notice.message))
        holidays = getattr(dashboard, "show_holiday_notice", None)
        if holidays is not None and notice.calendar_warning:
            if notice.missing_year is not None:
                holidays(render(notice.calendar_warning), notice.missing_year)
            elif show is not None:
                show(render(notice.calendar_warning))

    def failed(error: BaseException) -> None:
        # A notice is a courtesy: if it cannot be read, the pages themselves will say what is wrong.
        log.warning("start-up notice not shown: %s", error)

    return run_task(
        work, on_result=shown, on_error=failed, owner=window if isinstance(window, QObject) else None
    )
