"""What the main window needs from a page: a key, a title, and being told when it is shown or closed."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.actor import Actor
from app.services.hub import Services
from app.ui.settings import UiSettings

PAGE_CONTEXT = "Pages"


class Page(QWidget):
    """Base of every page. Pages get their services and settings through the constructor."""

    key: ClassVar[str]  # stable name for select_page(), settings and the screenshot command
    title_text: ClassVar[str]  # marked with QT_TRANSLATE_NOOP("Pages", …)

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings

    @classmethod
    def allowed(cls, actor: Actor) -> bool:
        """Whether the page is there at all for this person (pages for some roles only say no)."""
        return True

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate(PAGE_CONTEXT, cls.title_text)

    def activate(self) -> None:
        """Called each time the page is shown; load data lazily here."""

    def refresh(self) -> None:
        """Reload what the page shows (menu 视图 → 刷新)."""

    def save_state(self) -> None:
        """Remember layout (column widths …) before the window closes."""

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the page is chosen with Ctrl+1 … Ctrl+9."""
        return self
