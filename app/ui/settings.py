"""Window and table settings, declared once with their defaults and kept with QSettings.

The file lives in the app's data folder (under the organisation and application names), so a portable
copy or a test run with its own LEDGER_DATA_DIR never touches another user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app import APP_ID, ORG_NAME
from app.paths import data_dir


def open_qsettings() -> QSettings:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir()))
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_ID)


class UiSettings:
    """Typed access to the few things the desktop app remembers between runs."""

    WINDOW_GEOMETRY = "window/geometry"
    WINDOW_STATE = "window/state"
    CURRENT_PAGE = "window/page"
    HEADER_STATE = "pages/{page}/header"
    LAST_USERNAME = "signin/username"
    LANGUAGE = "interface/language"

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_qsettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes(self.WINDOW_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        return self._bytes(self.WINDOW_STATE)

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue(self.WINDOW_GEOMETRY, geometry)
        self.store.setValue(self.WINDOW_STATE, state)

    def current_page(self, default: str) -> str:
        value = self.store.value(self.CURRENT_PAGE, default)
        return value if isinstance(value, str) and value else default

    def set_current_page(self, key: str) -> None:
        self.store.setValue(self.CURRENT_PAGE, key)

    def header_state(self, page: str) -> QByteArray | None:
        return self._bytes(self.HEADER_STATE.format(page=page))

    def set_header_state(self, page: str, state: QByteArray) -> None:
        self.store.setValue(self.HEADER_STATE.format(page=page), state)

    def last_username(self) -> str:
        """Who signed in last on this computer (offered in the sign-in dialog; never a password)."""
        value = self.store.value(self.LAST_USERNAME, "")
        return value if isinstance(value, str) else ""

    def set_last_username(self, username: str) -> None:
        self.store.setValue(self.LAST_USERNAME, username)

    def language(self) -> str:
        """The interface language chosen on this computer ("zh_CN", "en"; "" when never chosen)."""
        value = self.store.value(self.LANGUAGE, "")
        return value if isinstance(value, str) else ""

    def set_language(self, code: str) -> None:
        self.store.setValue(self.LANGUAGE, code)
        self.store.sync()

    def sync(self) -> None:
        self.store.sync()
