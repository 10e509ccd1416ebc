"""The main window only wires pages and menus together.

To add a page: write a `Page` subclass and add its class to PAGES (a page whose `allowed(actor)` says
no is left out for that person: 账户管理 for administrators, 操作日志 for administrators and clerks).
To add a menu entry: write a handler `f(window) -> None` (see app/ui/actions.py) and add one
`MenuAction(...)` line to MENU_ACTIONS; menus are created from MENUS in that order. Ctrl+1 … Ctrl+9
show the first nine pages of the navigation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.services.hub import Services
from app.services.language import shown
from app.ui import account_actions, actions, export_actions
from app.ui.application import window_title
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.notices import show_startup_notice
from app.ui.pages import page_actions
from app.ui.pages.accounts_page import AccountsPage
from app.ui.pages.activities_page import ActivitiesPage
from app.ui.pages.audit_page import AuditPage
from app.ui.pages.backup_page import BackupPage
from app.ui.pages.dashboard_page import DashboardPage
from app.ui.pages.duty_page import DutyPage
from app.ui.pages.exchange_page import ExchangePage
from app.ui.pages.members_page import MembersPage
from app.ui.pages.opinions_page import OpinionsPage
from app.ui.pages.page import Page
from app.ui.pages.platforms_page import PlatformsPage
from app.ui.pages.reports_page import ResearchReportsPage, ResultsReportsPage
from app.ui.pages.search_page import SearchPage
from app.ui.pages.sessions_page import SessionsPage
from app.ui.pages.settings_page import SettingsPage
from app.ui.pages.suggestions_page import SuggestionsPage
from app.ui.pages.topics_page import TopicsPage
from app.ui.pages.units_page import UnitsPage
from app.ui.screen_fit import fitted
from app.ui.settings import UiSettings
from app.ui.slices import after_paint, run_in_slices

PAGES: list[type[Page]] = [
    DashboardPage,  # the first page a clerk sees
    PlatformsPage,
    MembersPage,
    TopicsPage,
    SessionsPage,
    ActivitiesPage,
    SuggestionsPage,
    OpinionsPage,
    ResearchReportsPage,
    ResultsReportsPage,
    UnitsPage,
    SearchPage,
    DutyPage,
    ExchangePage,
    AuditPage,
    AccountsPage,
    SettingsPage,
    BackupPage,
]

CONTEXT = "MainWindow"
MENUS: list[tuple[str, str]] = [
    ("file", QT_TRANSLATE_NOOP("MainWindow", "文件(&F)")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "视图(&V)")),
    ("account", QT_TRANSLATE_NOOP("MainWindow", "账户(&A)")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "帮助(&H)")),
]


@dataclass(frozen=True)
class MenuAction:
    menu: str  # a key of MENUS
    text: str  # marked with QT_TRANSLATE_NOOP("MainWindow", …)
    run: Callable[[Any], object]  # receives the MainWindow
    shortcut: QKeySequence.StandardKey | str | None = None


MENU_ACTIONS: list[MenuAction] = [
    MenuAction("file", QT_TRANSLATE_NOOP("MainWindow", "导入台账…"), export_actions.import_ledger, "Ctrl+I"),
    MenuAction("file", QT_TRANSLATE_NOOP("MainWindow", "导出台账…"), export_actions.export_ledger, "Ctrl+E"),
    MenuAction("file", QT_TRANSLATE_NOOP("MainWindow", "打印文档…"), export_actions.print_document, "Ctrl+P"),
    MenuAction("file", QT_TRANSLATE_NOOP("MainWindow", "设置…"), page_actions.show_settings),
    MenuAction(
        "file", QT_TRANSLATE_NOOP("MainWindow", "退出"), actions.quit_app, QKeySequence.StandardKey.Quit
    ),
    MenuAction("view", QT_TRANSLATE_NOOP("MainWindow", "工作台"), page_actions.show_dashboard),
    MenuAction("view", QT_TRANSLATE_NOOP("MainWindow", "检索"), page_actions.show_search, "Ctrl+Shift+F"),
    MenuAction("view", QT_TRANSLATE_NOOP("MainWindow", "刷新"), actions.refresh_page, "F5"),
    MenuAction("account", QT_TRANSLATE_NOOP("MainWindow", "切换用户…"), account_actions.switch_user),
    MenuAction("account", QT_TRANSLATE_NOOP("MainWindow", "修改密码…"), account_actions.change_password),
    MenuAction("help", QT_TRANSLATE_NOOP("MainWindow", "使用指南"), actions.show_guide, "F1"),
    MenuAction("help", QT_TRANSLATE_NOOP("MainWindow", "开始使用"), page_actions.show_dashboard),
    MenuAction("help", QT_TRANSLATE_NOOP("MainWindow", "关于"), actions.show_about),
]

DEFAULT_SIZE = QSize(1280, 800)
PAGE_SHORTCUTS = 9  # Ctrl+1 … Ctrl+9
NAVIGATION_WIDTH = 150  # the list of pages: enough for the Chinese names
NAVIGATION_MAX_WIDTH = 230
NAVIGATION_PADDING = 44  # the item padding of the style sheet and the selection bar


def translated(marked: str) -> str:
    """The translation of a string marked with QT_TRANSLATE_NOOP("MainWindow", …)."""
    return QCoreApplication.translate(CONTEXT, marked)


class PageSlots(Mapping[str, Page]):
    """The window's pages by key, in navigation order; each is made the first time it is asked for.

    A page's constructor reads its filter choices and builds its widgets: only the page shown at start
    is made before the window appears, the others when first opened (or asked for by key).
    """

    def __init__(self, classes: list[type[Page]], make: Callable[[type[Page]], Page]) -> None:
        self._classes = {c.key: c for c in classes}
        self._make = make
        self._made: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._made.get(key)
        if page is None:
            page = self._made[key] = self._make(self._classes[key])
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._classes

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def classes(self) -> list[type[Page]]:
        return list(self._classes.values())

    def made(self) -> list[Page]:
        """The pages made so far, in navigation order."""
        return [self._made[k] for k in self._classes if k in self._made]


class MainWindow(QMainWindow):
    switch_user_requested = Signal()  # 账户 ▸ 切换用户: the launcher signs someone in and replaces the window

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.setWindowTitle(window_title())
        self.setMinimumSize(760, 520)
        self.pages = PageSlots([p for p in PAGES if p.allowed(services.actor)], self._make_page)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.stack = QStackedWidget()
        self.navigation.blockSignals(True)  # no page loads before one is chosen
        for page_class in self.pages.classes():
            item = QListWidgetItem(page_class.title())
            item.setData(Qt.ItemDataRole.UserRole, page_class.key)
            item.setSizeHint(QSize(0, 40))
            position = self.navigation.count() + 1
            if position <= PAGE_SHORTCUTS:
                item.setToolTip(self.tr("{page}（Ctrl+{n}）").format(page=page_class.title(), n=position))
            self.navigation.addItem(item)
        self.navigation.blockSignals(False)
        self.navigation.setFixedWidth(self._navigation_width())
        self.navigation.setCurrentRow(-1)
        self.navigation.currentRowChanged.connect(self._show_row)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.menu_actions = self._build_menus()
        for position, key in enumerate(list(self.pages)[:PAGE_SHORTCUTS], 1):
            QShortcut(QKeySequence(f"Ctrl+{position}"), self, lambda key=key: self.jump_to(key))
        self._build_status_bar()
        if self.pages:  # the page the window opens on is built with it (damage met here is offered a restore)
            first = next(iter(self.pages))
            start = self.settings.current_page(first)
            self.pages[start if start in self.pages else first]
        self.startup_notice = show_startup_notice(self)

    def _navigation_width(self) -> int:
        """Wide enough for the longest page name (English ones are longer), within bounds."""
        bold = QFont(self.navigation.font())
        bold.setBold(True)  # the current page's name is shown in bold
        metrics = QFontMetrics(bold)
        texts = [self.navigation.item(i).text() for i in range(self.navigation.count())]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        return min(NAVIGATION_MAX_WIDTH, max(NAVIGATION_WIDTH, widest + NAVIGATION_PADDING))

    def _build_menus(self) -> dict[str, QAction]:
        menus = {key: self.menuBar().addMenu(translated(title)) for key, title in MENUS}
        built: dict[str, QAction] = {}
        for spec in MENU_ACTIONS:
            action = menus[spec.menu].addAction(translated(spec.text))
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, run=spec.run: run(self))
            built[spec.text] = action
        return built

    def _build_status_bar(self) -> None:
        actor = self.services.actor
        database = QLabel(
            QCoreApplication.translate("MainWindow", "数据库：{url}").format(url=self.services.db.url)
        )
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        user = QLabel(
            QCoreApplication.translate("MainWindow", "当前用户：{name}（{role}）").format(
                name=actor.display_name, role=shown(actor.role)
            )
        )
        user.setObjectName("signedIn")
        user.setToolTip(
            QCoreApplication.translate("MainWindow", "账户：{username}").format(username=actor.username)
        )
        self.statusBar().addWidget(database, 1)
        self.statusBar().addPermanentWidget(user)

    # -- pages -------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return list(self.pages)

    def _make_page(self, page_class: type[Page]) -> Page:
        # Made inside the stack: its widgets take the window's style once, as they are built, instead
        # of the whole finished page being restyled when it moves into the window.
        page = page_class(self.services, self.settings, self.stack)
        self.stack.addWidget(page)
        return page

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        if page is None:  # nothing shown yet: the first page, as the window opens on it
            page = self.pages[next(iter(self.pages))]
        assert isinstance(page, Page)
        return page

    def select_page(self, key: str) -> Page:
        """Show a page by key ("platforms", "members", "sessions", "suggestions", "units")."""
        if key not in self.pages:
            raise KeyError(key)
        row = list(self.pages).index(key)
        if self.navigation.currentRow() == row:
            self._show_row(row)
        else:
            self.navigation.setCurrentRow(row)
        return self.pages[key]

    def jump_to(self, key: str) -> Page:
        """Ctrl+1 … Ctrl+9: show a page and put the keyboard in it (a list's table, a search box)."""
        page = self.select_page(key)
        page.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)
        return page

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[list(self.pages)[row]]
        if self.stack.currentWidget() is page:  # shown already: read again on the next turn
            run_in_slices(page, [page.activate])
        else:
            self.stack.setCurrentWidget(page)
            # Painted as it stands before it starts reading: the reading (Python work on the pool's
            # threads) would otherwise share the interpreter lock with that first paint.
            after_paint(page, page.activate)
        self.settings.set_current_page(page.key)

    # -- window state ------------------------------------------------------------------
    def restore_settings(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fitted(self, DEFAULT_SIZE))
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        first = next(iter(self.pages))
        key = self.settings.current_page(first)
        self.select_page(key if key in self.pages else first)

    def save_settings(self) -> None:
        for page in self.pages.made():
            page.save_state()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
