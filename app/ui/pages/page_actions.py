"""Menu entries that bring up one of the pages (listed in main_window.MENU_ACTIONS)."""

from __future__ import annotations

from typing import Protocol

from app.ui.pages.page import Page


class Window(Protocol):
    def select_page(self, key: str) -> Page: ...


def show_dashboard(window: Window) -> Page:
    return window.select_page("dashboard")


def show_search(window: Window) -> Page:
    page = window.select_page("search")
    page.activate()  # focus the search box even when the page was already shown
    return page


def show_settings(window: Window) -> Page:
    return window.select_page("settings")
