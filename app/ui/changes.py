"""One change notification for the whole window: which kinds of records a service call just changed.

Whoever calls a service that writes publishes what it changed, once, after the call succeeded:

    services.handling.remind(...)
    changes.publish(Change.SUGGESTIONS)

and every page, detail window or chooser that shows such records re-reads them:

    changes.subscribe(self, {Change.SUGGESTIONS, Change.UNITS}, self.reload)

Nobody chains `changed` signals from dialog to dialog or keeps windows alive in lists to hear back.
A subscription ends with the widget that holds it. A page that is not on screen only notes that it
is stale and re-reads when it is shown (`Page.activate`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot


class Change(enum.StrEnum):
    PLATFORMS = "platforms"  # 站室组 (names, districts, active flag)
    MEMBERS = "members"
    ROSTERS = "rosters"  # who belongs to which 站室组
    UNITS = "units"  # 承办单位
    SESSIONS = "sessions"  # 协商议事活动, their attendance and participants
    SUGGESTIONS = "suggestions"  # 意见建议 and every 办理 step
    ATTACHMENTS = "attachments"
    CYCLE = "cycle"  # topics and the plan, duty activities, reports, 社情民意, instructions and outcomes
    SETTINGS = "settings"  # office settings, holidays, print settings
    ACCOUNTS = "accounts"


EVERYTHING = frozenset(Change)


class ChangeBus(QObject):
    changed = Signal(object)  # a frozenset of Change

    def publish(self, kinds: Iterable[Change]) -> None:
        kinds = frozenset(kinds)
        if kinds:
            self.changed.emit(kinds)


class _Subscription(QObject):
    """A child of the subscriber: Qt disconnects it when the subscriber is destroyed."""

    def __init__(
        self, owner: QObject, kinds: frozenset[Change], slot: Callable[[frozenset[Change]], None]
    ) -> None:
        super().__init__(owner)
        self.kinds = kinds
        self.slot = slot

    @Slot(object)
    def deliver(self, kinds: frozenset[Change]) -> None:
        touched = kinds & self.kinds
        if touched:
            self.slot(touched)


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    """The application's bus (one per QApplication; created on first use)."""
    global _bus
    app = QCoreApplication.instance()
    if _bus is None or _bus.parent() is not app:
        _bus = ChangeBus(app)
    return _bus


def publish(*kinds: Change) -> None:
    """Tell every subscriber that records of these kinds changed."""
    bus().publish(kinds)


def subscribe(owner: QObject, kinds: Iterable[Change], slot: Callable[[frozenset[Change]], None]) -> QObject:
    """Call `slot(touched kinds)` while `owner` lives, whenever one of `kinds` changed."""
    subscription = _Subscription(owner, frozenset(kinds), slot)
    bus().changed.connect(subscription.deliver)
    return subscription
