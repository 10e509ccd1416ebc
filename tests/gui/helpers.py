"""Typing like a user, and quick ways to put records in the database for the GUI tests."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import PlatformKind, SessionState, TopicSource
from app.models.platforms import Platform, PlatformCreate
from app.models.sessions import ConsultationSession, ConsultationSessionCreate
from app.models.units import HandlingUnitCreate
from app.services.hub import Services


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type into a widget. Latin text goes through key clicks; Chinese arrives the way an input method
    delivers it, as a committed string (QTest cannot synthesise key events for non-Latin-1 text)."""
    widget.setFocus()
    for is_ascii, group in groupby(text, key=str.isascii):
        chunk = "".join(group)
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def add_platform(services: Services, name: str, district: str = "城西区", **fields: object) -> Platform:
    data = {"kind": PlatformKind.STATION, "name": name, "district": district, **fields}
    return services.platforms.create(PlatformCreate.model_validate(data))


def add_session(
    services: Services,
    platform: Platform,
    topic: str,
    held_on: date = date(2024, 5, 20),
    state: SessionState = SessionState.HELD,
) -> ConsultationSession:
    data = ConsultationSessionCreate(
        topic=topic,
        topic_source=TopicSource.RESIDENTS,
        held_on=held_on,
        platform_id=platform.id,
        state=state,
    )
    return services.sessions.create(data)


def add_units(services: Services, count: int) -> None:
    """`count` handling units named 单位0000 … in one transaction (fast enough for 500)."""
    with services.db.session() as session:
        for i in range(count):
            services.units.create(HandlingUnitCreate(name=f"承办单位{i:04d}"), session=session)


class MessageBoxes:
    """Stands in for QMessageBox.exec: records each box's text and answers it."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.accept = False  # True: press the box's accept button (e.g. 归档), else close it

    def exec(self, box: QMessageBox) -> int:
        self.texts.append(box.text())
        if self.accept:
            for button in box.buttons():
                if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                    button.click()
                    break
        return 0
